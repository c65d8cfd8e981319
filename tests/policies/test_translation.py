import pytest
from django.db import connection
from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

from policies.translation import (
    changed_english_version,
    machine_translate,
    search_config_for,
    topics_in_locale,
)
from tests.factories import PolicyPageFactory, TopicFactory


@pytest.mark.parametrize(
    "code, config",
    [
        ("en", "english"),
        ("en-gb", "english"),
        ("ar", "arabic"),
        ("pl", "simple"),
        ("ur", "simple"),
        ("gd", "simple"),
        ("zh-hans", "simple"),
        ("", "simple"),
    ],
)
def test_each_language_gets_its_search_configuration(code, config):
    assert search_config_for(code) == config


@pytest.mark.postgres
def test_every_search_configuration_exists_in_postgresql_and_stems(db):
    with connection.cursor() as cursor:
        cursor.execute("SELECT cfgname FROM pg_ts_config")
        installed = {row[0] for row in cursor.fetchall()}
        for code in ("en", "gd", "pl", "ur", "ar", "zh-hans"):
            assert search_config_for(code) in installed
        cursor.execute("SELECT to_tsvector(%s, 'renting rents')", [search_config_for("en")])
        assert cursor.fetchone()[0] == "'rent':1,2"


@pytest.fixture
def policy(policy_index):
    page = PolicyPageFactory(parent=policy_index)
    page.save_revision().publish()
    return page


def translate(instance, code, capture):
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    with capture(execute=True):
        translated, _created = source.create_or_update_translation(
            Locale.objects.get(language_code=code), copy_parent_pages=True, fallback=True
        )
    translated.refresh_from_db()
    return translated


@pytest.mark.postgres
def test_english_page_and_fresh_translation_are_not_stale(
    policy, django_capture_on_commit_callbacks
):
    polish = translate(policy, "pl", django_capture_on_commit_callbacks)
    assert changed_english_version(policy) is None
    assert changed_english_version(polish) is None


@pytest.mark.postgres
def test_translation_falls_behind_when_english_is_republished(
    policy, django_capture_on_commit_callbacks
):
    polish = translate(policy, "pl", django_capture_on_commit_callbacks)
    policy.save_revision().publish()
    assert changed_english_version(polish).pk == policy.pk

    # Publishing the Polish again without taking the new English in is not enough…
    polish.save_revision().publish()
    polish.refresh_from_db()
    assert changed_english_version(polish).pk == policy.pk
    # …syncing the English text and publishing the translation is.
    polish = translate(policy, "pl", django_capture_on_commit_callbacks)  # no sync yet
    assert changed_english_version(polish) is not None
    TranslationSource.objects.get(object_id=policy.translation_key).update_from_db()
    polish = translate(policy, "pl", django_capture_on_commit_callbacks)
    assert changed_english_version(polish) is None


@pytest.mark.postgres
def test_page_translated_outside_localize_goes_by_its_publishing_date(locales, policy):
    polish = policy.copy_for_translation(locales["pl"], copy_parents=True)
    polish.save_revision().publish()
    polish.refresh_from_db()
    assert changed_english_version(polish) is None
    policy.save_revision().publish()
    assert changed_english_version(polish).pk == policy.pk


@pytest.mark.postgres
def test_translated_idea_gets_the_topics_in_its_own_language(
    policy, django_capture_on_commit_callbacks
):
    money, repairs = TopicFactory(slug="money", name="Money"), TopicFactory(slug="repairs")
    policy.topics.set([money, repairs])
    policy.save_revision().publish()
    polish_money = translate(money, "pl", django_capture_on_commit_callbacks)
    assert polish_money.slug == "money"  # the same in every language

    polish = translate(policy, "pl", django_capture_on_commit_callbacks)
    # Money has a Polish topic; repairs has none yet and stays as it is.
    assert set(polish.topics.all()) == {polish_money, repairs}


def test_topics_already_in_the_locale_cost_no_query(django_assert_num_queries, locales):
    topic = TopicFactory()
    with django_assert_num_queries(0):
        assert topics_in_locale([topic], topic.locale_id) == [topic]
    assert topics_in_locale([], topic.locale_id) == []


def test_a_comment_is_machine_translated_on_request():
    # The dummy translator reverses the words: the real services are chosen in settings.
    assert machine_translate("My rent went up.", "en", "pl") == "up. went rent My"
    assert "\n" in machine_translate("Two lines\nof text", "pl", "en")
    assert machine_translate("Same language", "en", "en") is None


def test_no_machine_translation_without_a_service(settings):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None
    assert machine_translate("My rent went up.", "en", "pl") is None
