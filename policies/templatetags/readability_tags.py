from django import template
from django.utils.translation import get_language

from policies.readability import score_text

register = template.Library()


@register.simple_tag
def readability_score(text, language=None):
    """The score of a piece of writing, for `policies/includes/readability_note.html`."""
    return score_text(text or "", language or get_language())
