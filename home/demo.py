"""The site root for `seed_demo`: locales, the home page and the Wagtail Site."""

from urllib.parse import urlsplit

from django.conf import settings
from wagtail.models import Locale, Page, Site

from policies import demo_content

from .models import HomePage


def seed_locales():
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)


def seed_home():
    # Wagtail's first migration makes a plain "Welcome" page (and a Site for it) that
    # would take the "home" slug; the demo site is served from our HomePage instead.
    Page.objects.filter(
        depth=2, content_type__model="page", content_type__app_label="wagtailcore"
    ).delete()
    home = HomePage.objects.filter(locale=Locale.get_default()).first()
    if home is None:
        root = Page.get_first_root_node()
        home = root.add_child(
            instance=HomePage(
                title="Renting, made fairer, by the people who rent",
                slug="home",
                intro=demo_content.HOME_INTRO,
                how_to_join=demo_content.HOW_TO_JOIN,
            )
        )
        home.save_revision().publish()
    # The site's address is where `make run` serves it, so full links (sitemap, feed, share
    # links, canonical addresses) work when followed.
    address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={
            "root_page": home,
            "hostname": address.hostname,
            "port": address.port or (443 if address.scheme == "https" else 80),
            "site_name": "Coproduce",
        },
    )
    return home
