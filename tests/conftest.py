import types

import pytest
from allauth.account.internal.flows.login import record_authentication
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.conf import settings
from django.core.cache import caches
from django.core.management import call_command
from django.db import connection
from django.utils import translation
from wagtail.models import Locale, Page, Site

from .factories import HomePageFactory, PolicyIndexPageFactory


def pytest_collection_modifyitems(config, items):
    """Tests marked `postgres` need the real server; say so plainly when it is not there."""
    if settings.DATABASES["default"]["ENGINE"].endswith("postgresql"):
        return
    skip = pytest.mark.skip(
        reason="needs PostgreSQL: set DATABASE_URL or start it on 127.0.0.1:5432"
    )
    for item in items:
        if "postgres" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def empty_cache():
    """Rate-limit counters and cached pages belong to one test only."""
    for each in caches.all():
        each.clear()
    yield
    for each in caches.all():
        each.clear()


@pytest.fixture(autouse=True)
def english_by_default():
    """A test that serves a page in Polish must not leave the next test speaking Polish:
    the active language belongs to the thread, not to one request."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def locales(db):
    return {
        code: Locale.objects.get_or_create(language_code=code)[0]
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES
    }


@pytest.fixture
def home(locales):
    Page.objects.filter(depth=2, content_type__app_label="wagtailcore").delete()
    home = HomePageFactory(parent=Page.get_first_root_node())
    Site.objects.update_or_create(
        is_default_site=True, defaults={"root_page": home, "hostname": "testserver", "port": 80}
    )
    return home


@pytest.fixture
def policy_index(home):
    return PolicyIndexPageFactory(parent=home)


@pytest.fixture
def on_postgres():
    return connection.vendor == "postgresql"


@pytest.fixture
def media_root(settings, tmp_path):
    """Pictures and their renditions are written to a throwaway folder."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def skip_to_admin(client, user):
    """Log a staff user into the Wagtail admin without typing a code. The admin refuses
    sessions that did not use a second factor (members_area.middleware), so this gives the
    user an authenticator and records that the session used it. For tests of other
    features; tests/members_area tests the real login with a real code."""
    if not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
        TOTP.activate(user, generate_totp_secret())
    client.force_login(user)
    session = client.session
    record_authentication(types.SimpleNamespace(session=session), user, "mfa", type="totp")
    session.save()
    return client


@pytest.fixture
def admin_client(client, admin_user):
    """pytest-django's admin_client, past the staff second factor."""
    return skip_to_admin(client, admin_user)


@pytest.fixture(scope="session", autouse=True)
def compiled_catalogues():
    """Pages in Polish need the compiled catalogues (.mo, not in git): compile them when a
    .po is newer, so a bare `pytest` works as well as `make test`."""
    call_command("compile_catalogues", verbosity=0)
