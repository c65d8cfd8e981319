"""A member writes an idea in a real browser: the script adds and moves sections without
reloading, and the saved idea has them in the order shown."""

import os
from contextlib import contextmanager

import pytest
from django.test import Client

from policies.models import PolicyPage
from tests.factories import MemberFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@contextmanager
def phone_browser(base_url, session_cookie):
    """Chromium the size of a phone, signed in. Playwright's sync API runs an event loop,
    so no database work may happen inside this block: do it before or after."""
    if not os.path.exists(CHROMIUM):
        pytest.skip("needs Debian's Chromium at /usr/bin/chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        context = browser.new_context(viewport={"width": 390, "height": 844})
        context.add_cookies([{"name": "sessionid", "value": session_cookie, "url": base_url}])
        try:
            yield context.new_page()
        finally:
            browser.close()


def test_add_move_and_save_sections_with_the_script(live_server, policy_index):
    client = Client()
    client.force_login(MemberFactory(display_name="Morag").user)
    errors = []
    with phone_browser(live_server.url, client.cookies["sessionid"].value) as page:
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(f"{live_server.url}/members/ideas/new/")
        page.fill("#id_title", "Quiet hours for repairs")
        page.fill("#id_summary", "Repairs should not start before 8am.")
        page.fill("#id_sections-0-heading", "First written")
        page.fill("#id_sections-0-text", "Noise at 7am wakes children.")
        page.evaluate("window.notReloaded = true")
        page.click("[data-add-section]")
        assert page.locator("[data-section]").count() == 2
        assert page.evaluate("window.notReloaded === true")  # the script did it, in place
        page.fill("#id_sections-1-heading", "Second written")
        page.fill("#id_sections-1-text", "Workers need notice too.")
        page.locator("[data-section]").nth(1).locator("[data-move='up']").click()
        assert page.locator("#id_sections-0-heading").input_value() == "Second written"
        assert page.evaluate("window.notReloaded === true")
        page.click("button[name='action'][value='save']:not(.visually-hidden)")
        page.wait_for_url(f"{live_server.url}/members/ideas/*/")
    assert errors == []
    idea = PolicyPage.objects.get(title="Quiet hours for repairs").get_latest_revision_as_object()
    assert [s.value["heading"] for s in idea.sections] == ["Second written", "First written"]
