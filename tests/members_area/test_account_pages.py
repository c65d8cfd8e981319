"""Every account page a person can reach wears the site's layout, in plain words, with no
inline script or style (a strict Content-Security-Policy is coming)."""

import re

import pytest
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes

from tests.factories import PASSWORD

from .conftest import give_authenticator, log_in

pytestmark = pytest.mark.postgres

ANONYMOUS_PAGES = [
    "/accounts/login/",
    "/accounts/signup/",
    "/accounts/password/reset/",
    "/accounts/password/reset/done/",
    "/accounts/confirm-email/",
    "/accounts/confirm-email/not-a-real-key/",
    "/accounts/password/reset/key/1-not-a-real-key/",
    "/members/privacy/",
]
LOGGED_IN_PAGES = [
    "/accounts/logout/",
    "/accounts/password/change/",
    "/accounts/email/",
    "/accounts/reauthenticate/",
    "/accounts/2fa/",
]


def assert_site_page(response):
    html = response.content.decode()
    assert response.status_code == 200, response
    assert 'class="site-header"' in html
    assert "<script" not in html
    assert not re.search(r"\sstyle=", html)
    assert not re.search(r"\son[a-z]+=", html)
    assert "placeholder=" not in html


@pytest.mark.parametrize("url", ANONYMOUS_PAGES)
def test_pages_before_logging_in(client, db, url):
    assert_site_page(client.get(url, follow=True))


@pytest.mark.parametrize("url", LOGGED_IN_PAGES)
def test_pages_once_logged_in(client, member, url):
    give_authenticator(member.user)
    RecoveryCodes.activate(member.user)
    client.force_login(member.user)
    assert_site_page(client.get(url))


def test_second_factor_page(client, member):
    give_authenticator(member.user)
    log_in(client, member.user.email, PASSWORD)
    assert_site_page(client.get("/accounts/2fa/authenticate/"))


def test_recovery_codes_page(client, member):
    give_authenticator(member.user)
    RecoveryCodes.activate(member.user)
    client.force_login(member.user)
    # allauth asks for the password again before showing the codes.
    client.post("/accounts/reauthenticate/", {"password": PASSWORD})
    assert_site_page(client.get("/accounts/2fa/recovery-codes/"))
