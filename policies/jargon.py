"""Jargon and its plainer alternatives: a list staff edit as a snippet, one per language.

Scoring asks `glossary(language)`, which is cached, so scoring a whole page or every
keystroke of a draft costs at most one query per language until staff change the list."""

from django.conf import settings
from django.core.cache import cache
from django.db import models
from django.db.models.functions import Lower
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

CACHE_KEY = "policies:jargon:{}"
CACHE_SECONDS = 24 * 60 * 60


class JargonTerm(models.Model):
    term = models.CharField(
        _("word or phrase"),
        max_length=100,
        help_text=_("Found whole, in any mix of capitals, e.g. “in receipt of”."),
    )
    alternative = models.CharField(
        _("plainer words"), max_length=200, help_text=_("What to write instead, e.g. “getting”.")
    )
    language = models.CharField(
        _("language"), max_length=10, choices=settings.WAGTAIL_CONTENT_LANGUAGES, default="en"
    )

    panels = [FieldPanel("term"), FieldPanel("alternative"), FieldPanel("language")]

    class Meta:
        verbose_name = _("jargon word")
        verbose_name_plural = _("jargon words")
        ordering = ["language", "term"]
        constraints = [
            models.UniqueConstraint(Lower("term"), "language", name="one_jargon_term_per_language")
        ]

    def __str__(self):
        return f"{self.term} → {self.alternative}"

    def save(self, *args, **kwargs):
        self.term = " ".join(self.term.split())
        super().save(*args, **kwargs)


def content_language(code):
    """The site's content language for a code ("en-GB" → "en"), or the default one."""
    try:
        return get_supported_content_language_variant(code or "")
    except LookupError:
        return settings.LANGUAGE_CODE


def glossary(language):
    """{lower-case term: plainer words} for a language; cached until staff edit the list."""
    language = content_language(language)
    key = CACHE_KEY.format(language)
    terms = cache.get(key)
    if terms is None:
        terms = {
            term.lower(): alternative
            for term, alternative in JargonTerm.objects.filter(language=language).values_list(
                "term", "alternative"
            )
        }
        cache.set(key, terms, CACHE_SECONDS)
    return terms


@receiver(post_save, sender=JargonTerm)
@receiver(post_delete, sender=JargonTerm)
def forget_cached_glossaries(**kwargs):
    # A term may have moved language, so forget every language's list.
    cache.delete_many([CACHE_KEY.format(code) for code, _name in settings.LANGUAGES])


class JargonTermViewSet(SnippetViewSet):
    model = JargonTerm
    icon = "help"
    menu_label = _("Jargon words")
    list_display = ["term", "alternative", "language"]
    list_filter = ["language"]
    search_fields = ["term", "alternative"]
    search_backend_name = None  # a short list: plain database filtering is enough
    ordering = ["language", "term"]


register_snippet(JargonTermViewSet)
