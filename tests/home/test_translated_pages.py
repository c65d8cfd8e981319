"""Staff translate an idea with wagtail-localize and the dummy machine translator; readers
get it in their language, with a switcher that links both ways."""

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from home.languages import language_links
from members_area.demo import seed_groups
from members_area.groups import COMMUNICATIONS
from policies.demo import let_translate
from tests.conftest import skip_to_admin
from tests.factories import MemberFactory, PolicyPageFactory, UserFactory

pytestmark = pytest.mark.postgres

URL = "/{}/policies/cap-rent-rises/"


def switcher_link(href, code, direction="ltr"):
    return f'<a href="{href}" lang="{code}" hreflang="{code}" dir="{direction}" translate="no">'


@pytest.fixture
def comms(policy_index):
    groups = seed_groups(policy_index)
    let_translate(groups[COMMUNICATIONS])
    return UserFactory(groups=[groups[COMMUNICATIONS]])


@pytest.fixture
def rf():
    return RequestFactory()


@pytest.fixture
def policy(policy_index):
    page = PolicyPageFactory(
        parent=policy_index, slug="cap-rent-rises", title="Stop big rent rises"
    )
    page.save_revision().publish()
    return page


def translate_in_admin(client, user, page, codes, capture):
    """What Communications do in the admin: send the page for translation, let the machine
    translate it, publish each language (wagtail-localize publishes once the transaction
    commits, hence `capture`)."""
    skip_to_admin(client, user)
    locales = Locale.objects.filter(language_code__in=codes)
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.id]),
        {"locales": [locale.pk for locale in locales]},
    )
    assert response.status_code == 302
    for locale in locales:
        translation_ = Translation.objects.get(
            source__object_id=page.translation_key, target_locale=locale
        )
        response = client.post(
            reverse("wagtail_localize:machine_translate", args=[translation_.id]),
            {"next": "/admin/"},
        )
        assert response.status_code == 302
        with capture(execute=True):
            response = client.post(
                reverse("wagtailadmin_pages:edit", args=[page.get_translation(locale).id]),
                {"action": "publish"},
            )
        assert response.status_code == 302
    client.logout()


def translate_by_api(page, codes, capture):
    """The same translations without the admin, for tests about something else."""
    source, _created = TranslationSource.get_or_create_from_instance(page)
    with capture(execute=True):
        for code in codes:
            locale = Locale.objects.get(language_code=code)
            Translation.objects.get_or_create(source=source, target_locale=locale)
            source.create_or_update_translation(locale, copy_parent_pages=True, fallback=True)


def test_idea_translated_in_the_admin_reads_in_polish_and_arabic(
    client, comms, policy, django_capture_on_commit_callbacks
):
    translate_in_admin(client, comms, policy, ["pl", "ar"], django_capture_on_commit_callbacks)

    polish = client.get(URL.format("pl")).content.decode()
    assert '<html lang="pl" dir="ltr">' in polish
    assert "rises rent big Stop" in polish  # the dummy machine translation, published
    assert '<span lang="pl" dir="ltr" translate="no" aria-current="true">Polski</span>' in polish
    assert switcher_link("/en/policies/cap-rent-rises/", "en") in polish
    assert switcher_link("/ar/policies/cap-rent-rises/", "ar", "rtl") in polish

    arabic = client.get(URL.format("ar")).content.decode()
    assert '<html lang="ar" dir="rtl">' in arabic
    assert switcher_link("/pl/policies/cap-rent-rises/", "pl") in arabic
    assert switcher_link("/en/policies/cap-rent-rises/", "en") in arabic

    english = client.get(URL.format("en")).content.decode()
    assert '<a href="/pl/policies/cap-rent-rises/" lang="pl"' in english
    assert '<a href="/ar/policies/cap-rent-rises/" lang="ar"' in english
    for code in ("en", "pl", "ar"):
        href = f"http://testserver/{code}/policies/cap-rent-rises/"
        assert f'<link rel="alternate" hreflang="{code}" href="{href}">' in english
    assert 'hreflang="x-default" href="http://testserver/en/policies/cap-rent-rises/"' in english
    assert 'hreflang="gd" href' not in english  # no Gaelic translation, no alternate
    # No Gaelic site at all yet: Gaelic still leads somewhere, with the notice.
    assert '<a href="/gd/?untranslated=1" lang="gd"' in english


def test_republished_english_marks_translations_stale_until_they_are_updated(
    client, policy, django_capture_on_commit_callbacks
):
    translate_by_api(policy, ["pl", "ar"], django_capture_on_commit_callbacks)
    changed_pl = "Wersja angielska zmieniła się od czasu, gdy to przetłumaczono."
    changed_ar = "تغيّرت النسخة الإنجليزية منذ ترجمة هذه الصفحة."
    assert changed_pl not in client.get(URL.format("pl")).content.decode()

    policy.summary = "Rent should rise no faster than inflation."
    policy.save_revision().publish()

    polish = client.get(URL.format("pl")).content.decode()
    assert changed_pl in polish
    assert 'href="/en/policies/cap-rent-rises/" hreflang="en" lang="en">' in polish
    assert changed_ar in client.get(URL.format("ar")).content.decode()
    assert changed_pl not in client.get(URL.format("en")).content.decode()

    # Staff sync the English text and publish the Polish again: Polish is up to date,
    # Arabic, not published since, still says so.
    source = TranslationSource.objects.get(object_id=policy.translation_key)
    source.update_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        source.translations.get(target_locale__language_code="pl").save_target(publish=True)
    assert changed_pl not in client.get(URL.format("pl")).content.decode()
    assert changed_ar in client.get(URL.format("ar")).content.decode()


def test_untranslated_page_leads_to_that_languages_ideas_with_a_notice(
    client, policy, policy_index, django_capture_on_commit_callbacks
):
    translate_by_api(policy_index, ["pl"], django_capture_on_commit_callbacks)

    english = client.get(URL.format("en")).content.decode()
    assert '<a href="/pl/policies/?untranslated=1" lang="pl"' in english

    polish_index = client.get("/pl/policies/?untranslated=1").content.decode()
    assert (
        "Tej strony nie ma jeszcze w tym języku (Polski). Oto pomysły, które mamy w tym języku."
        in polish_index
    )
    # The Polish list holds Polish ideas only: the English one is not there.
    assert "Nie ma tu jeszcze opublikowanych pomysłów." in polish_index
    assert "Stop big rent rises" not in polish_index
    assert "Tej strony nie ma" not in client.get("/pl/policies/").content.decode()


def test_a_missing_translation_offers_the_english_page(
    client, policy, policy_index, django_capture_on_commit_callbacks
):
    translate_by_api(policy_index, ["ur"], django_capture_on_commit_callbacks)
    response = client.get(URL.format("ur"))
    assert response.status_code == 404
    html = response.content.decode()
    assert "یہ صفحہ ابھی اردو میں نہیں ہے" in html
    assert '<a href="/en/policies/cap-rent-rises/" hreflang="en">' in html
    # Other languages keep the same address.
    assert '<a href="/pl/policies/cap-rent-rises/" lang="pl"' in html


def test_pages_that_are_not_wagtail_pages_keep_their_path(client, home):
    html = client.get("/pl/no-such-page/?q=rent").content.decode()
    assert switcher_link("/ar/no-such-page/?q=rent", "ar", "rtl") in html
    assert '<a href="/en/no-such-page/?q=rent" lang="en"' in html


def test_switcher_costs_one_query_however_many_translations(
    rf, policy, django_capture_on_commit_callbacks
):
    def queries_for_links():
        request = rf.get(URL.format("en"))
        policy.get_url(request)  # the site's root paths, cached per request
        with translation.override("en"), CaptureQueriesContext(connection) as queries:
            links = language_links(request, policy)
        return len(queries), links

    alone, links = queries_for_links()
    assert alone == 1
    assert [link.url for link in links.links][1:3] == ["/gd/?untranslated=1", "/pl/?untranslated=1"]
    translate_by_api(
        policy, ["gd", "pl", "ur", "ar", "zh-hans"], django_capture_on_commit_callbacks
    )
    translated, links = queries_for_links()
    assert translated == alone
    assert len(links.alternates) == 6


def test_page_queries_do_not_grow_with_translations(
    client, policy, django_capture_on_commit_callbacks
):
    def page_queries(code):
        client.get(URL.format(code))  # warm the caches
        with CaptureQueriesContext(connection) as queries:
            assert client.get(URL.format(code)).status_code == 200
        return len(queries)

    translate_by_api(policy, ["pl"], django_capture_on_commit_callbacks)
    few = page_queries("pl")
    translate_by_api(policy, ["gd", "ur", "ar", "zh-hans"], django_capture_on_commit_callbacks)
    assert page_queries("pl") == few


def test_member_sees_the_members_area_in_their_own_language(client, home):
    member = MemberFactory(preferred_language="pl")
    client.force_login(member.user)
    html = client.get("/members/").content.decode()
    assert '<html lang="pl" dir="ltr">' in html
    assert "Twoja strona forum" in html
    # No language in the address: the switcher is a form, and the choice wins.
    assert 'action="/i18n/setlang/"' in html
    assert 'name="language" value="ar" lang="ar" dir="rtl" translate="no">العربية</button>' in html
    response = client.post("/i18n/setlang/", {"language": "ar", "next": "/members/"})
    assert response.status_code == 302
    html = client.get("/members/").content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert "صفحتك في المنتدى" in html


def test_translated_home_features_the_ideas_in_its_own_language(
    client, home, policy, django_capture_on_commit_callbacks
):
    home.featured_policies.set([policy])
    home.save_revision().publish()
    translate_by_api(policy, ["pl"], django_capture_on_commit_callbacks)
    translate_by_api(home, ["pl"], django_capture_on_commit_callbacks)
    polish = policy.get_translation(Locale.objects.get(language_code="pl"))
    polish.title = "Koniec z wielkimi podwyżkami czynszu"
    polish.save_revision().publish()

    polish_home = client.get("/pl/").content.decode()
    assert '<a href="/pl/policies/cap-rent-rises/">Koniec z wielkimi' in polish_home
    assert "Stop big rent rises" not in polish_home
