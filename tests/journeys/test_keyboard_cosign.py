"""Keyboard only: a member co-signs an idea without a mouse, in English and in Arabic.
Every Tab on the way shows where the focus is (checks.press_tab)."""

import pytest

from policies.models import CoSignature, PolicyPage

from .checks import check_page, press_tab, record_tabbable, visit
from .people import log_in

pytestmark = pytest.mark.browser

IDEA = "demo-cosigning-deposit-help"  # collecting co-signatures in the demo
MEMBERS = {"en": "morag@coproduce.example", "ar": "layla@coproduce.example"}


def tab_to(page, selector):
    """Tab (checking the focus each time) until `selector` has the focus."""
    for _ in record_tabbable(page):
        press_tab(page)
        if page.evaluate(f"document.activeElement.matches({selector!r})"):
            return
    raise AssertionError(f"Tab never reached {selector} on {page.url}")


@pytest.mark.parametrize("language", MEMBERS)
def test_member_cosigns_with_the_keyboard_alone(demo_site, page, language):
    idea = PolicyPage.objects.get(slug=IDEA, locale__language_code="en")
    log_in(page, MEMBERS[language])
    visit(page, f"/members/ideas/{idea.pk}/co-sign/")
    assert page.evaluate("document.documentElement.lang") == language

    tab_to(page, 'form[action$="/co-sign/"] textarea')
    page.keyboard.type("Deposits keep people stuck.")
    tab_to(page, 'form[action$="/co-sign/"] input[type=radio]')
    page.keyboard.press("ArrowDown")  # another way to show their name
    chosen = page.evaluate("document.activeElement.value")
    tab_to(page, 'form[action$="/co-sign/"] button[type=submit]')
    with page.expect_navigation():
        page.keyboard.press("Enter")
    check_page(page)
    assert page.locator("main .cosigner-list").inner_text().count("Deposits keep people stuck.")

    signature = CoSignature.objects.get(page=idea, member__user__email=MEMBERS[language])
    assert signature.statement == "Deposits keep people stuck."
    assert signature.credit == chosen
