"""A member types in a section; the note under it updates, through the JSON endpoint."""

import pytest

from tests.factories import JargonTermFactory, MemberFactory

from .people import log_in

pytestmark = [
    pytest.mark.browser,
]

CSRF_SECRET = "readabilityjourneycsrfsecret0123"  # 32 characters, as Django's cookie holds

# The markup the drafting form uses: a textarea pointing at the note rendered by
# policies/includes/readability_note.html (here rendered by the server, then placed).
SECTION = """
<form method="post"><label for="text">Text</label>
<textarea id="text" data-readability="text-note"></textarea>{note}</form>
"""


def test_the_note_updates_as_a_member_types(transactional_db, django_db_serialized_rollback, page):
    from django.template.loader import render_to_string
    from playwright.sync_api import expect

    JargonTermFactory(term="facilitate", alternative="help")
    log_in(page, MemberFactory().user.email)
    page.context.add_cookies([{"name": "csrftoken", "value": CSRF_SECRET, "url": page.site_url}])
    note = render_to_string(
        "policies/includes/readability_note.html",
        {"text": "", "language": "en", "note_id": "text-note"},
    )
    page.goto("/members/")
    page.evaluate(
        """([html, src]) => {
            document.querySelector("main").insertAdjacentHTML("beforeend", html);
            const script = document.createElement("script");
            script.src = src;
            document.body.append(script);
        }""",
        [SECTION.format(note=note), "/static/js/readability.js"],
    )
    page.wait_for_function("document.querySelector('textarea[data-readability]')")
    page.wait_for_load_state("networkidle")
    region = page.locator("#text-note")
    expect(region).to_have_attribute("aria-live", "polite")
    page.fill(
        "#text",
        "We will facilitate the process of change in a meaningful co-productive manner, "
        "in accordance with the aforementioned strategic framework, for stakeholders.",
    )
    expect(region).to_contain_text("Hard to read.")
    expect(region).to_contain_text("“help” for “facilitate”")
    page.fill("#text", "We want fair rent. Our homes must be warm. Fix the damp fast now.")
    expect(region).to_contain_text("Easy to read.")
    expect(region).not_to_contain_text("facilitate")
