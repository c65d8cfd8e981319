import re
import time

import pytest
from allauth.mfa import app_settings as mfa_settings
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, generate_totp_secret, hotp_value
from django.contrib.auth.models import Group, Permission

from members_area.groups import COMMUNICATIONS, FORUM_MEMBERS, POLICY_TEAM
from tests.cosign_fixtures import (  # noqa: F401
    author,
    comms_officer,
    idea,
    policy_officer,
    staff_groups,
    workflow,
)
from tests.drafting_fixtures import coauthor, draft, lead, other  # noqa: F401
from tests.factories import PASSWORD, AccountFactory, MemberFactory, PendingMemberFactory


@pytest.fixture(autouse=True)
def code_window(settings):
    # Accept the code of the 30-second step either side, so a code computed just before a
    # step boundary still works when checked just after it.
    settings.MFA_TOTP_TOLERANCE = 1


@pytest.fixture
def groups(db):
    made = {
        name: Group.objects.get_or_create(name=name)[0]
        for name in (FORUM_MEMBERS, POLICY_TEAM, COMMUNICATIONS)
    }
    access_admin = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    made[POLICY_TEAM].permissions.add(access_admin)
    made[COMMUNICATIONS].permissions.add(access_admin)
    return made


@pytest.fixture
def member(groups):
    member = MemberFactory(user=AccountFactory(), preferred_language="en")
    member.user.groups.add(groups[FORUM_MEMBERS])
    return member


@pytest.fixture
def pending(groups):
    return PendingMemberFactory()


@pytest.fixture
def policy_staff(groups):
    return AccountFactory(groups=[groups[POLICY_TEAM]])


def totp_code(secret):
    step = int(time.time()) // mfa_settings.TOTP_PERIOD
    return format_hotp_value(hotp_value(secret, step))


def give_authenticator(user):
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    return secret


def log_in(client, email, password=PASSWORD, path="/accounts/login/"):
    return client.post(path, {"login": email, "password": password})


def log_in_with_code(client, user, secret, password=PASSWORD):
    """The whole staff login: password, then a fresh code from the authenticator."""
    response = log_in(client, user.email, password)
    assert response.status_code == 302 and response.url == "/accounts/2fa/authenticate/"
    return client.post("/accounts/2fa/authenticate/", {"code": totp_code(secret)})


@pytest.fixture
def staff_client(client, policy_staff):
    secret = give_authenticator(policy_staff)
    response = log_in_with_code(client, policy_staff, secret)
    assert response.status_code == 302
    return client


def links_in(message):
    return re.findall(r"https?://\S+", message.body)
