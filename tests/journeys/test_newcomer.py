"""Journey 2: a newcomer signs up, confirms their email from the message they were sent,
logs in and waits, reading the members' area. A policy officer logs in with their
password and a code from their authenticator app, and approves them in the admin. The
newcomer then reaches the members' home in the language they chose (Arabic, right to
left) and can start an idea."""

import re
import time

import pytest
from allauth.mfa import app_settings as mfa_settings
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.core import mail

from members_area.demo import DEMO_PASSWORD, DEMO_TOTP_SECRET
from members_area.models import Member

from .checks import follow, visit

pytestmark = pytest.mark.browser

OFFICER = "policy@coproduce.example"
NEWCOMER = {"display_name": "Nadia", "first_name": "Nadia", "last_name": "Aziz"}
EMAIL = "nadia@example.org"
PASSWORD = "a long walk to the shops"


def totp_code(secret):
    step = int(time.time()) // mfa_settings.TOTP_PERIOD
    return format_hotp_value(hotp_value(secret, step))


def log_in(page, email, password):
    visit(page, "/accounts/login/")
    page.locator('input[name="login"]').fill(email)
    page.locator('input[name="password"]').fill(password)
    follow(page, page.locator('main form button[type="submit"]').first)


def test_newcomer_signs_up_is_approved_and_reaches_the_members_home(demo_site, open_page, settings):
    # A code made just before a 30-second step ends is still good just after it.
    settings.MFA_TOTP_TOLERANCE = 1
    newcomer = open_page()

    visit(newcomer, "/accounts/signup/")
    for name, value in {**NEWCOMER, "email": EMAIL, "password1": PASSWORD}.items():
        newcomer.locator(f'input[name="{name}"]').fill(value)
    newcomer.locator('input[name="preferred_language"][value="ar"]').check()
    newcomer.locator('input[name="consent"]').check()
    follow(newcomer, newcomer.locator('main form button[type="submit"]'))
    assert "/accounts/confirm-email/" in newcomer.url

    (message,) = [m for m in mail.outbox if EMAIL in m.to]
    link = re.search(r"https?://[^/\s]+(/accounts/confirm-email/\S+)", message.body)
    visit(newcomer, link.group(1))  # opening the link changes nothing
    follow(newcomer, newcomer.locator('main form button[type="submit"]'))

    log_in(newcomer, EMAIL, PASSWORD)
    assert newcomer.url.endswith("/members/")
    assert newcomer.evaluate("document.documentElement.dir") == "rtl"
    assert newcomer.locator("main .notice").count() == 1  # read-only while waiting
    assert newcomer.locator('main a[href="/members/ideas/new/"]').count() == 0

    officer = open_page()
    log_in(officer, OFFICER, DEMO_PASSWORD)
    assert "/accounts/2fa/authenticate/" in officer.url
    officer.locator('input[name="code"]').fill(totp_code(DEMO_TOTP_SECRET))
    follow(officer, officer.locator('main form button[type="submit"]:not(.button--secondary)'))
    visit(officer, "/admin/membership/?status=pending")
    member = Member.objects.get(user__email=EMAIL)
    follow(officer, officer.locator(f'form[action$="/membership/{member.pk}/approve/"] button'))
    member.refresh_from_db()
    assert member.status == Member.Status.APPROVED

    visit(newcomer, "/members/")
    assert newcomer.evaluate("[document.documentElement.lang, document.documentElement.dir]") == [
        "ar",
        "rtl",
    ]
    assert newcomer.locator("main .notice").count() == 0
    assert newcomer.locator('main a[href="/members/ideas/new/"]').count() == 1
