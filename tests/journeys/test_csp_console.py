"""In a real browser (Debian's Chromium), the public and members' pages raise no CSP
violations, and the policy really blocks code injected into a page."""

import pytest

from tests.factories import MemberFactory, PolicyPageFactory

from .people import log_in

pytestmark = pytest.mark.browser

# Records every violation the page reports to itself, enforced or report-only.
RECORD_VIOLATIONS = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.cspViolations.push(`${event.effectiveDirective} ${event.blockedURI} ${event.disposition}`);
});
"""


def recording(page):
    page.context.add_init_script(RECORD_VIOLATIONS)
    page.console_messages = []
    page.on("console", lambda message: page.console_messages.append(message.text))
    return page


def violations(page):
    csp_console = [m for m in page.console_messages if "Content Security Policy" in m]
    return page.evaluate("window.cspViolations") + csp_console


def test_public_and_members_pages_raise_no_csp_violations(
    transactional_db, django_db_serialized_rollback, policy_index, open_page
):
    idea_url = PolicyPageFactory(parent=policy_index).url
    visitor, member = recording(open_page()), recording(open_page())
    log_in(member, MemberFactory().user.email)
    public = ["/en/", "/ar/", "/en/policies/", idea_url, "/en/no-such-page/"]
    for page, paths in ((visitor, public), (member, [*public, "/members/"])):
        for path in paths:
            response = page.goto(path)
            assert response.status in (200, 404), path
            assert "content-security-policy" in response.headers, path
            page.wait_for_load_state("load")
            assert violations(page) == [], (path, violations(page))


def test_the_browser_blocks_injected_inline_code(
    transactional_db, django_db_serialized_rollback, home, page
):
    recording(page).goto("/en/")
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
    page.wait_for_function("window.cspViolations.length >= 2")
    assert page.evaluate("window.injected") is None
    found = page.evaluate("window.cspViolations")
    assert any(v.startswith("script-src-elem inline enforce") for v in found), found
    assert any(v.startswith("style-src-elem inline enforce") for v in found), found
