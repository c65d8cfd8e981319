"""Staff reach the Wagtail admin only through the allauth login, with a code from an
authenticator app."""

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import generate_totp_secret

from tests.factories import PASSWORD, AccountFactory

from .conftest import give_authenticator, log_in, log_in_with_code, totp_code

pytestmark = pytest.mark.postgres


def test_admin_sends_visitors_to_the_one_login(client, db):
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response.url == "/accounts/login/?next=/admin/pages/"


def test_the_old_admin_login_address_is_the_allauth_login(client, db):
    page = client.get("/admin/login/?next=/admin/")
    assert page.status_code == 200
    assert "account/login.html" in [t.name for t in page.templates]


def test_password_alone_does_not_open_the_admin(client, policy_staff):
    give_authenticator(policy_staff)
    response = log_in(client, policy_staff.email)
    assert response.url == "/accounts/2fa/authenticate/"
    # Not logged in yet: the admin still asks for the login.
    assert client.get("/admin/").url.startswith("/accounts/login/")


def test_password_and_code_open_the_admin(client, policy_staff):
    secret = give_authenticator(policy_staff)
    log_in(client, policy_staff.email, path="/accounts/login/?next=/admin/")
    response = client.post("/accounts/2fa/authenticate/", {"code": totp_code(secret)})
    assert response.status_code == 302
    assert response.url == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_a_wrong_code_is_refused_with_the_error_pattern(client, policy_staff):
    give_authenticator(policy_staff)
    log_in(client, policy_staff.email)
    page = client.post("/accounts/2fa/authenticate/", {"code": "000000"})
    html = page.content.decode()
    assert page.status_code == 200
    assert "There is a problem" in html
    assert "<title>Error:" in html
    assert client.get("/admin/").status_code == 302


# Real commits: allauth announces the new authenticator once its transaction commits. The
# serialized rollback puts back what the migrations made (Wagtail's root page) afterwards.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_staff_without_an_app_set_one_up_before_the_admin(client, policy_staff):
    assert log_in(client, policy_staff.email).status_code == 302
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response.url == "/accounts/2fa/totp/activate/"

    # allauth asks for the password again before adding an authenticator.
    asked = client.get("/accounts/2fa/totp/activate/")
    assert asked.url == "/accounts/reauthenticate/?next=%2Faccounts%2F2fa%2Ftotp%2Factivate%2F"
    back = client.post(asked.url, {"password": PASSWORD})
    assert back.url == "/accounts/2fa/totp/activate/"
    page = client.get("/accounts/2fa/totp/activate/")
    assert page.status_code == 200
    secret = page.context["form"].secret
    assert "<script" not in page.content.decode()
    assert " style=" not in page.content.decode()
    activated = client.post("/accounts/2fa/totp/activate/", {"code": totp_code(secret)})
    assert activated.status_code == 302
    assert Authenticator.objects.filter(user=policy_staff, type="totp").exists()
    # Typing the app's code counts as this session's second factor.
    assert client.get("/admin/").status_code == 200


def test_a_session_that_skipped_the_code_is_logged_out_of_the_admin(client, policy_staff):
    give_authenticator(policy_staff)
    client.force_login(policy_staff)
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response.url == "/accounts/login/?next=/admin/pages/"
    assert "_auth_user_id" not in client.session


def test_superusers_need_the_code_too(client, db):
    boss = AccountFactory(is_superuser=True, is_staff=True)
    secret = give_authenticator(boss)
    assert log_in(client, boss.email).url == "/accounts/2fa/authenticate/"
    client.post("/accounts/2fa/authenticate/", {"code": totp_code(secret)})
    assert client.get("/admin/").status_code == 200


def test_members_do_not_need_a_code(client, member):
    assert log_in(client, member.user.email).url == "/members/"


def test_codes_are_checked_against_the_right_secret(client, policy_staff):
    give_authenticator(policy_staff)
    log_in(client, policy_staff.email)
    response = client.post(
        "/accounts/2fa/authenticate/", {"code": totp_code(generate_totp_secret())}
    )
    assert response.status_code == 200
    assert client.get("/admin/").status_code == 302


def test_staff_login_helper_reaches_the_admin(client, policy_staff):
    secret = give_authenticator(policy_staff)
    log_in_with_code(client, policy_staff, secret)
    assert client.get("/admin/").status_code == 200


def test_staff_land_in_the_admin_after_logging_in(client, policy_staff):
    secret = give_authenticator(policy_staff)
    response = log_in_with_code(client, policy_staff, secret)
    assert response.url == "/admin/"


def test_wagtails_own_password_reset_is_switched_off(client, db):
    # It would send its own emails outside allauth's rate limits; staff use allauth's.
    assert client.get("/admin/password_reset/", follow=True).status_code == 404


def test_the_shared_admin_client_fixture_reaches_the_admin(admin_client):
    assert admin_client.get("/admin/").status_code == 200


def test_skip_to_admin_helper_reaches_the_admin(client, policy_staff):
    from tests.conftest import skip_to_admin

    assert skip_to_admin(client, policy_staff).get("/admin/").status_code == 200
