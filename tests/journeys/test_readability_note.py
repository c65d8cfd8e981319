"""A member types in a section; the note under it updates, through the JSON endpoint."""

import os

import pytest
from django.test import Client

from tests.factories import JargonTermFactory, MemberFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
CSRF_SECRET = "readabilityjourneycsrfsecret0123"  # 32 characters, as Django's cookie holds

# The markup the drafting form uses: a textarea pointing at the note rendered by
# policies/includes/readability_note.html (here rendered by the server, then placed).
SECTION = """
<form method="post"><label for="text">Text</label>
<textarea id="text" data-readability="text-note"></textarea>{note}</form>
"""


@pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="needs Debian's Chromium")
def test_the_note_updates_as_a_member_types(live_server, monkeypatch):
    from django.template.loader import render_to_string
    from playwright.sync_api import expect, sync_playwright

    JargonTermFactory(term="facilitate", alternative="help")
    client = Client()
    client.force_login(MemberFactory().user)
    session = client.cookies["sessionid"].value
    note = render_to_string(
        "policies/includes/readability_note.html",
        {"text": "", "language": "en", "note_id": "text-note"},
    )
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")  # Playwright's loop shares the thread
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context()
        context.add_cookies(
            [
                {"name": "sessionid", "value": session, "url": live_server.url},
                {"name": "csrftoken", "value": CSRF_SECRET, "url": live_server.url},
            ]
        )
        page = context.new_page()
        page.goto(f"{live_server.url}/members/")
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
        browser.close()
