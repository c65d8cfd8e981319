"""In a real browser (Debian's Chromium), the public and members' pages raise no CSP
violations, and the policy really blocks code injected into a page."""

from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client

from tests.factories import MemberFactory, PolicyPageFactory

pytestmark = [
    pytest.mark.browser,
    # A plain flush would re-create content types under new ids, which the next journey's
    # serialized rollback cannot load over.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(not Path("/usr/bin/chromium").exists(), reason="needs /usr/bin/chromium"),
]

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# Records every violation the page reports to itself, enforced or report-only.
RECORD_VIOLATIONS = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.cspViolations.push(`${event.effectiveDirective} ${event.blockedURI} ${event.disposition}`);
});
"""


@pytest.fixture
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


def open_page(browser, cookies=()):
    context = browser.new_context()
    context.add_init_script(RECORD_VIOLATIONS)
    context.add_cookies(list(cookies))
    page = context.new_page()
    page.console_messages = []
    page.on("console", lambda message: page.console_messages.append(message.text))
    return page


def violations(page):
    csp_console = [m for m in page.console_messages if "Content Security Policy" in m]
    return page.evaluate("window.cspViolations") + csp_console


@pytest.fixture
def idea_and_member_session(live_server, policy_index):
    """Made before the browser starts: Django refuses ORM calls beside Playwright's loop."""
    idea = PolicyPageFactory(parent=policy_index)
    client = Client()
    client.force_login(MemberFactory().user)
    return idea.url, client.cookies[settings.SESSION_COOKIE_NAME].value


def test_public_and_members_pages_raise_no_csp_violations(
    live_server, idea_and_member_session, browser
):
    idea_url, session = idea_and_member_session
    public = ["/en/", "/ar/", "/en/policies/", idea_url, "/en/no-such-page/"]
    visits = [(open_page(browser), public)]
    member_cookie = {"name": settings.SESSION_COOKIE_NAME, "value": session, "url": live_server.url}
    visits.append((open_page(browser, [member_cookie]), [*public, "/members/"]))
    for page, paths in visits:
        for path in paths:
            response = page.goto(live_server.url + path)
            assert response.status in (200, 404), path
            assert "content-security-policy" in response.headers, path
            page.wait_for_load_state("load")
            assert violations(page) == [], (path, violations(page))


def test_the_browser_blocks_injected_inline_code(live_server, home, browser):
    page = open_page(browser)
    page.goto(live_server.url + "/en/")
    page.evaluate(
        """() => {
          const script = document.createElement("script");
          script.textContent = "window.injected = true";
          document.body.append(script);
          const style = document.createElement("style");
          style.textContent = "body { background: red }";
          document.head.append(style);
        }"""
    )
    page.wait_for_timeout(200)
    assert page.evaluate("window.injected") is None
    found = page.evaluate("window.cspViolations")
    assert any(v.startswith("script-src-elem inline enforce") for v in found), found
    assert any(v.startswith("style-src-elem inline enforce") for v in found), found
