import logging

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.test import override_settings
from django.utils.module_loading import import_string

from config.ratelimits import limit
from tests.factories import PASSWORD, MemberFactory, PolicyPageFactory, UserFactory

from .limited_names import LIMITED_ACTIONS

LIMITED_URLS = "tests.security.limited_urls"


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


def rates(**limits):
    return override_settings(RATE_LIMITS={**settings.RATE_LIMITS, **limits})


def assert_friendly_429(response):
    assert response.status_code == 429
    html = response.content.decode()
    assert "Please wait a little" in html
    assert 'class="skip-link"' in html  # the site's own layout
    assert "Back button" in html


def test_every_named_action_has_a_limit():
    assert set(LIMITED_ACTIONS) <= set(settings.RATE_LIMITS)


@pytest.mark.parametrize("name", LIMITED_ACTIONS)
def test_the_attempt_after_the_limit_gets_429(client, db, caplog, name):
    with (
        override_settings(ROOT_URLCONF=LIMITED_URLS),
        rates(**{name: {key: "3/h" for key in settings.RATE_LIMITS[name]}}),
    ):
        for _ in range(3):
            assert client.post(f"/{name}/", {"username": "a", "email": "a@x"}).status_code == 200
        with caplog.at_level(logging.WARNING, logger="coproduce.security"):
            response = client.post(f"/{name}/", {"username": "a", "email": "a@x"})
    assert_friendly_429(response)
    assert f"event=throttled who=anonymous ip=127.0.0.1 what=POST /{name}/ limit={name}" in (
        caplog.text
    )


def test_reading_a_page_is_never_counted(client, db):
    with override_settings(ROOT_URLCONF=LIMITED_URLS), rates(comment={"ip": "2/h"}):
        for _ in range(5):
            assert client.get("/comment/").status_code == 200
        assert client.post("/comment/").status_code == 200


@override_settings(ROOT_URLCONF=LIMITED_URLS)
@rates(cosign={"user_or_ip": "3/h", "ip": "5/h"})
def test_a_flood_of_cosigns_from_one_account_is_refused_logged_and_not_counted(
    client, policy_index, caplog
):
    idea = PolicyPageFactory(parent=policy_index)
    client.force_login(MemberFactory().user)
    with caplog.at_level(logging.WARNING, logger="coproduce.security"):
        # A new address for every request: the account is still the same.
        statuses = [
            client.post(f"/cosign/{idea.pk}/", REMOTE_ADDR=f"10.0.0.{n}").status_code
            for n in range(10)
        ]
    assert statuses == [200] * 3 + [429] * 7
    idea.refresh_from_db()
    assert idea.cosignature_count == 3
    throttled = [r for r in caplog.records if "event=throttled" in r.getMessage()]
    assert len(throttled) == 7
    assert "limit=cosign" in throttled[0].getMessage()


@override_settings(ROOT_URLCONF=LIMITED_URLS)
@rates(cosign={"user_or_ip": "3/h", "ip": "5/h"})
def test_a_flood_of_cosigns_from_one_address_is_refused_across_accounts(client, policy_index):
    idea = PolicyPageFactory(parent=policy_index)
    statuses = []
    for _ in range(8):
        client.force_login(MemberFactory().user)
        statuses.append(client.post(f"/cosign/{idea.pk}/", REMOTE_ADDR="10.1.1.1").status_code)
    assert statuses == [200] * 5 + [429] * 3
    idea.refresh_from_db()
    assert idea.cosignature_count == 5


def allauth_rates(**limits):
    return override_settings(ACCOUNT_RATE_LIMITS={**settings.ACCOUNT_RATE_LIMITS, **limits})


@allauth_rates(login="3/m/ip")
def test_the_wagtail_admin_login_is_limited_too(client, home):
    # The admin's login is allauth's (WAGTAILADMIN_LOGIN_URL), so allauth's limits hold there:
    # beyond them even the right password signs no one in.
    user = UserFactory(is_superuser=True, is_staff=True)
    for _ in range(3):
        response = client.post("/admin/login/", {"login": user.email, "password": "no"})
        assert response.status_code == 200  # the form again, with its error
    response = client.post("/admin/login/", {"login": user.email, "password": PASSWORD})
    assert_friendly_429(response)
    assert "_auth_user_id" not in client.session


@allauth_rates(reset_password="2/m/ip")
def test_the_wagtail_admin_password_reset_is_limited_too(client, home):
    # Wagtail's own reset is switched off (WAGTAIL_PASSWORD_RESET_ENABLED): the one reset is
    # allauth's, and it is limited.
    assert client.post("/admin/password_reset/", {"email": "x@example.org"}).status_code == 404
    for _ in range(2):
        response = client.post("/accounts/password/reset/", {"email": "x@example.org"})
        assert response.status_code == 302
    assert_friendly_429(client.post("/accounts/password/reset/", {"email": "x@example.org"}))


def test_allauth_finds_our_429_page(rf):
    # allauth answers its own limits with ROOT_URLCONF.handler429.
    handler = import_string(import_string(f"{settings.ROOT_URLCONF}.handler429"))
    assert_friendly_429(handler(rf.post("/accounts/login/")))


def test_an_unknown_limit_name_fails_at_import():
    with pytest.raises(ImproperlyConfigured):
        limit("no-such-action")


@rates(login={"ip": "100/h", "post:username": "2/h"})
def test_wagtails_front_end_login_is_limited_too(client, home):
    for _ in range(2):
        response = client.post("/en/_util/login/", {"username": "someone", "password": "no"})
        assert response.status_code == 200
    assert_friendly_429(client.post("/en/_util/login/", {"username": "someone", "password": "no"}))


@rates(page_password={"ip": "2/h"})
def test_guessing_a_private_pages_password_is_limited(client, policy_index):
    from wagtail.models import PageViewRestriction

    restriction = PageViewRestriction.objects.create(
        page=policy_index, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )
    url = f"/en/_util/authenticate_with_password/{restriction.pk}/{policy_index.pk}/"
    for _ in range(2):
        assert client.post(url, {"password": "guess", "return_url": "/en/"}).status_code == 200
    assert_friendly_429(client.post(url, {"password": "s3cret", "return_url": "/en/"}))
