"""Response headers: the Content-Security-Policy, Permissions-Policy, and no caching of
anything a signed-in person sees."""

import json
import os
import subprocess
import sys

import pytest
from django.conf import settings

from tests.config.test_settings import ROOT, run_manage
from tests.conftest import skip_to_admin
from tests.factories import MemberFactory, PolicyPageFactory, UserFactory

ENFORCED = "Content-Security-Policy"
REPORT_ONLY = "Content-Security-Policy-Report-Only"
REQUIRED = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
]


def directives(header):
    return {part.strip() for part in header.split(";")}


def assert_strict(response):
    policy = response[ENFORCED]
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert set(REQUIRED) <= directives(policy)
    assert REPORT_ONLY not in response


@pytest.fixture
def member_client(client, db):
    client.force_login(MemberFactory().user)
    return client


@pytest.mark.parametrize("path", ["/en/", "/en/policies/", "/ar/policies/", "/en/no-such-page/"])
def test_public_pages_enforce_the_strict_policy(client, policy_index, path):
    response = client.get(path)
    assert response.status_code in (200, 404)
    assert_strict(response)


def test_a_policy_page_enforces_the_strict_policy(client, policy_index):
    policy = PolicyPageFactory(parent=policy_index)
    assert_strict(client.get(policy.url))


def test_members_pages_enforce_the_strict_policy(member_client, home):
    response = member_client.get("/members/")
    assert response.status_code == 200
    assert_strict(response)


def test_admin_gets_the_same_policy_report_only(client, home):
    response = client.get("/admin/login/")
    assert ENFORCED not in response
    policy = directives(response[REPORT_ONLY])
    assert set(REQUIRED) - {"frame-ancestors 'none'"} <= policy
    # The admin shows its own preview in a frame.
    assert "frame-ancestors 'self'" in policy


def test_admin_preview_of_a_draft_is_not_blocked_by_the_public_policy(client, policy_index):
    """Wagtail renders a preview by passing the page's public URL through the middleware a
    second time; the public frame-ancestors 'none' must not reach the admin's frame."""
    draft = PolicyPageFactory(parent=policy_index, live=False)
    draft.save_revision()
    skip_to_admin(client, UserFactory(is_superuser=True, is_staff=True))
    response = client.get(f"/admin/pages/{draft.pk}/view_draft/")
    assert response.status_code == 200
    assert draft.title in response.content.decode()
    assert ENFORCED not in response
    assert "frame-ancestors 'self'" in response[REPORT_ONLY]


def test_csp_settings_have_no_unsafe_sources():
    for policy in (settings.CONTENT_SECURITY_POLICY, settings.CONTENT_SECURITY_POLICY_REPORT_ONLY):
        text = json.dumps(policy["DIRECTIVES"])
        assert "unsafe" not in text and "*" not in text


@pytest.mark.parametrize("path", ["/en/", "/admin/login/", "/members/"])
def test_permissions_policy_denies_camera_microphone_geolocation(client, home, path):
    header = client.get(path)["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()"):
        assert feature in header


def test_nosniff_and_referrer_policy_everywhere(client, home):
    response = client.get("/en/")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"


@pytest.mark.parametrize("path", ["/en/", "/en/policies/", "/members/", "/en/no-such-page/"])
def test_nothing_a_signed_in_person_sees_is_stored(member_client, policy_index, path):
    cache_control = member_client.get(path)["Cache-Control"]
    assert "no-store" in cache_control and "private" in cache_control


def test_public_pages_for_anonymous_visitors_may_be_cached(client, policy_index):
    assert "no-store" not in client.get("/en/policies/").get("Cache-Control", "")


PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
    "SECRET_KEY": "k3y-" + "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJ",
    "ALLOWED_HOSTS": "example.org",
}


def production_settings(*names, **env):
    code = (
        "import django, json; django.setup(); from django.conf import settings; "
        f"print(json.dumps({{n: getattr(settings, n) for n in {list(names)!r}}}))"
    )
    environment = {k: v for k, v in os.environ.items() if k not in PRODUCTION_ENV}
    environment.update(PRODUCTION_ENV, **env)
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=environment, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_production_cookies_and_hsts():
    values = production_settings(
        "SESSION_COOKIE_SECURE",
        "SESSION_COOKIE_HTTPONLY",
        "SESSION_COOKIE_SAMESITE",
        "CSRF_COOKIE_SECURE",
        "CSRF_COOKIE_SAMESITE",
        "SECURE_HSTS_SECONDS",
        "SECURE_HSTS_INCLUDE_SUBDOMAINS",
        "SECURE_CONTENT_TYPE_NOSNIFF",
    )
    assert values.pop("SECURE_HSTS_SECONDS") >= 365 * 24 * 3600
    assert values.pop("SESSION_COOKIE_SAMESITE") == values.pop("CSRF_COOKIE_SAMESITE") == "Lax"
    assert all(value is True for value in values.values()), values


def test_deploy_check_wants_redis_for_the_rate_limits():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION_ENV)
    assert result.returncode != 0
    assert "coproduce.W001" in result.stdout + result.stderr
