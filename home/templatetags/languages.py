from django import template
from django.conf import settings
from django.utils.translation import get_language

from home.languages import language_links as links_for
from policies.translation import changed_english_version

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context, page=None):
    """{% language_links page as languages %}: the switcher's links and the hreflang
    alternates, in one query."""
    return links_for(context.get("request"), page or None)


@register.simple_tag(takes_context=True)
def english_if_changed(context, page=None):
    """{% english_if_changed page as english %}: the English page when this translation has
    fallen behind it, else None."""
    if not page or not getattr(page, "pk", None) or get_language() == settings.LANGUAGE_CODE:
        return None  # an English page is the source: it cannot be behind itself
    return changed_english_version(page)
