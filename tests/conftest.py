import pytest
from django.conf import settings
from django.db import connection
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
