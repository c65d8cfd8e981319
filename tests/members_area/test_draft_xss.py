"""Everything members type into drafts, through the real forms, against the XSS corpus."""

import re

import pytest
from django.test import override_settings

from policies.draft_models import Comment, Suggestion
from policies.models import PolicyPage
from tests.xss_corpus import XSS_PAYLOADS, dangers_in

from .helpers import new_idea_data, newest, url

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

# Our own script files, loaded from /static/js/, are the only scripts the page may carry.
OUR_SCRIPTS = re.compile(r'<script src="/static/js/[a-z-]+\.js" defer></script>')


def test_text_that_is_only_markup_is_an_error_not_a_crash(client, lead, policy_index):
    client.force_login(lead.user)
    data = new_idea_data(summary="<script>alert(1)</script>", sections=[("H", "<img src=x>")])
    html = client.post("/members/ideas/new/", data).content.decode()
    assert "There is a problem" in html and html.count("Write this in words") == 2
    assert not PolicyPage.objects.exists()


# One member comments and suggests once per payload, far beyond the abuse limits, which
# tests/security tests on these same views.
@override_settings(RATELIMIT_ENABLE=False)
def test_no_script_survives_in_titles_summaries_sections_comments_or_suggestions(
    client, lead, other, policy_index
):
    assert len(XSS_PAYLOADS) >= 50
    for number, payload in enumerate(XSS_PAYLOADS):
        client.force_login(lead.user)
        data = new_idea_data(
            title=f"{number} {payload}"[:120],
            summary=f"Summary {payload}"[:300],
            sections=[(f"Heading {payload}"[:120], f"Text {number}\n\n{payload}")],
        )
        response = client.post("/members/ideas/new/", data)
        if "\x00" in payload:  # Django refuses null characters: an error, shown safely
            html = OUR_SCRIPTS.sub("", response.content.decode())
            assert "There is a problem" in html and dangers_in(html) == []
            continue
        assert response.status_code == 302, payload
        page = PolicyPage.objects.latest("pk")
        client.post(url(page, "share/"))

        client.force_login(other.user)
        client.post(url(page, "comments/"), {"text": f"Comment {payload}"})
        block_id = newest(page).sections[0].id
        client.post(url(page, f"sections/{block_id}/suggest/"), {"text": f"Instead {payload}"})
        assert Comment.objects.filter(page=page).exists(), payload
        assert Suggestion.objects.filter(page=page).exists(), payload

        client.force_login(lead.user)
        for path in ("", "history/", "edit/"):
            html = client.get(url(page, path)).content.decode()
            html = OUR_SCRIPTS.sub("", html)
            assert dangers_in(html) == [], (payload, path)
        draft = newest(page)
        stored = [draft.title, draft.summary, draft.sections[0].value["text"].source]
        stored += [Comment.objects.get(page=page).text, Suggestion.objects.get(page=page).text]
        for value in stored:
            assert dangers_in(value) == [], (payload, value)
            assert "<script" not in value.lower(), (payload, value)
