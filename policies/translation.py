"""Policy pages across languages: when a translation has fallen behind its English source,
topics in a translation's own language, each language's search configuration, and machine
translation of a member's words on request."""

import logging

import requests
from django.conf import settings
from django.db.models import OuterRef, Subquery
from wagtail.models import Locale, Page
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import TranslationSource
from wagtail_localize.strings import StringValue

logger = logging.getLogger(__name__)

# PostgreSQL's built-in text search configurations that fit our languages. The others
# have none: Polish and Urdu need dictionaries PostgreSQL does not ship, Scottish Gaelic
# is not Irish (whose stemmer would mangle it), and Chinese needs a word splitter such as
# zhparser. They use 'simple': whole words, lower-cased, no stemming.
SEARCH_CONFIGS = {"en": "english", "ar": "arabic"}


def search_config_for(language_code):
    """The PostgreSQL text search configuration for a language code such as 'pl' or 'en-gb'."""
    code = (language_code or "").lower()
    return SEARCH_CONFIGS.get(code) or SEARCH_CONFIGS.get(code.split("-")[0], "simple")


def changed_english_version(page):
    """The live English page, if it has been published again since this translation was made
    from it; otherwise None (also for English pages and pages that are no translation).

    A translation is made from wagtail-localize's copy of the English text, taken when staff
    submit or sync it (TranslationSource.last_updated_at), and reaches readers when the
    translation is published (last_published_at). Whichever came first is what readers have:
    republishing the translation without syncing, or syncing without republishing it, both
    leave it behind the English. Pages translated without wagtail-localize only have their
    own publishing date. One query.
    """
    if not page.pk:
        return None
    copied_at = TranslationSource.objects.filter(
        object_id=OuterRef("translation_key"), locale_id=OuterRef("locale_id")
    ).values("last_updated_at")[:1]
    english = (
        Page.objects.live()
        .filter(translation_key=page.translation_key, locale__language_code=settings.LANGUAGE_CODE)
        .exclude(pk=page.pk)
        .annotate(copied_at=Subquery(copied_at))
        .first()
    )
    if english is None or english.last_published_at is None:
        return None
    made_at = [moment for moment in (english.copied_at, page.last_published_at) if moment]
    if made_at and english.last_published_at > min(made_at):
        return english
    return None


def topics_in_locale(topics, locale_id):
    """Each topic's translation in the given locale, or the topic itself where there is none.
    wagtail-localize leaves many-to-many fields alone, so a translated idea would otherwise
    keep the English topics."""
    topics = list(topics)
    keys = [topic.translation_key for topic in topics if topic.locale_id != locale_id]
    if not keys:
        return topics
    model = type(topics[0])
    found = {
        topic.translation_key: topic
        for topic in model.objects.filter(translation_key__in=keys, locale_id=locale_id)
    }
    return [
        topic if topic.locale_id == locale_id else found.get(topic.translation_key, topic)
        for topic in topics
    ]


def machine_translate(text, source_language, target_language):
    """A member's plain text (a comment) in another language, through the same machine
    translation service staff use, for the reader who asked; None when no service is set up,
    it cannot translate between these languages, or it does not answer. Callers label the
    result as a machine translation."""
    translator = get_machine_translator()
    source, target = Locale(language_code=source_language), Locale(language_code=target_language)
    if translator is None or not translator.can_translate(source, target):
        return None
    value = StringValue.from_plaintext(text)
    try:
        return translator.translate(source, target, [value])[value].render_text()
    except (requests.RequestException, KeyError, ValueError):
        logger.warning("Machine translation %s->%s failed", source_language, target_language)
        return None
