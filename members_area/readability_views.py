"""How easy a draft is to read, while the member types (static/js/readability.js)."""

import json

from django.http import JsonResponse
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from django_ratelimit.decorators import ratelimit

from policies.jargon import content_language
from policies.readability import score_text

from .roles import is_approved_member

# A section is a few paragraphs; this is far more, and keeps scoring quick.
MAX_TEXT_LENGTH = 20_000


@never_cache
@require_POST
@ratelimit(key="user_or_ip", rate="120/m", block=True)
def readability(request):
    """POST {"text", "language"} as JSON → the score, and the note's HTML to show."""
    if not is_approved_member(request.user):
        return JsonResponse({"error": _("Please sign in as a forum member.")}, status=403)
    try:
        data = json.loads(request.body)
        text = data.get("text", "")
        if not isinstance(text, str):
            raise ValueError
    except (ValueError, AttributeError):
        return JsonResponse({"error": _("We could not read that text.")}, status=400)
    if len(text) > MAX_TEXT_LENGTH:
        return JsonResponse({"error": _("That text is too long to check.")}, status=400)
    note = score_text(text, content_language(data.get("language")))
    html = render_to_string(
        "policies/includes/readability_note_content.html", {"note": note}, request=request
    )
    return JsonResponse({**note.as_dict(), "html": html})
