"""allauth's rate limits: the member login, the admin login (the same view), sign-up and
password reset."""

import pytest

from tests.factories import PASSWORD

from .conftest import give_authenticator, log_in

pytestmark = pytest.mark.postgres

LOCKED = "Too many failed login attempts"


def fail_logins(client, email, times, path):
    for _ in range(times):
        page = log_in(client, email, "not-the-password", path=path)
        assert page.status_code == 200
        assert "There is a problem" in page.content.decode()


def test_member_login_locks_after_five_wrong_passwords(client, member):
    fail_logins(client, member.user.email, 5, "/accounts/login/")
    page = log_in(client, member.user.email, PASSWORD)
    assert page.status_code == 200
    assert LOCKED in page.content.decode()
    assert "_auth_user_id" not in client.session


def test_admin_login_locks_after_five_wrong_passwords(client, policy_staff):
    give_authenticator(policy_staff)
    fail_logins(client, policy_staff.email, 5, "/admin/login/?next=/admin/")
    page = log_in(client, policy_staff.email, PASSWORD, path="/admin/login/?next=/admin/")
    assert page.status_code == 200
    assert LOCKED in page.content.decode()
    assert client.get("/admin/").status_code == 302


def test_both_logins_count_towards_one_lock(client, policy_staff):
    fail_logins(client, policy_staff.email, 3, "/admin/login/")
    fail_logins(client, policy_staff.email, 2, "/accounts/login/")
    page = log_in(client, policy_staff.email, PASSWORD, path="/admin/login/")
    assert LOCKED in page.content.decode()


def test_a_lock_is_per_account(client, member, pending):
    fail_logins(client, member.user.email, 5, "/accounts/login/")
    assert log_in(client, pending.user.email).status_code == 302


def test_many_logins_from_one_address_get_429(client, member):
    statuses = [log_in(client, f"nobody{n}@example.org").status_code for n in range(31)]
    assert statuses[:10] == [200] * 10
    assert statuses[-1] == 429


def test_password_reset_requests_are_limited(client, member):
    statuses = [
        client.post("/accounts/password/reset/", {"email": member.user.email}).status_code
        for _ in range(6)
    ]
    assert statuses[:5] == [302] * 5
    assert statuses[5] == 429


def test_sign_ups_are_limited(client, db):
    statuses = [
        client.post("/accounts/signup/", {"email": f"new{n}@example.org"}).status_code
        for n in range(21)
    ]
    assert statuses[0] == 200
    assert statuses[-1] == 429
    page = client.post("/accounts/signup/", {"email": "one-more@example.org"})
    assert "Please wait a little" in page.content.decode()
