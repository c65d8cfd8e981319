"""Keyboard only: on the home page the first Tab reaches the skip link, which moves focus
to the main content, and Tab then reaches every link in order with the focus plainly
visible, in English and in Arabic (right to left)."""

import pytest

from .checks import press_tab, record_tabbable, visit

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("language", ["en", "ar"])
def test_skip_link_first_then_every_link_in_order_with_visible_focus(demo_site, page, language):
    visit(page, f"/{language}/")
    tabbable = record_tabbable(page)
    assert len(tabbable) > 10
    assert 'class="skip-link"' in tabbable[0]
    assert [press_tab(page) for _ in tabbable] == tabbable

    page.goto(f"/{language}/")
    record_tabbable(page)
    assert 'class="skip-link"' in press_tab(page)
    page.keyboard.press("Enter")
    assert page.url.endswith("#main")
    assert page.evaluate("document.activeElement.id") == "main"
    press_tab(page)
    assert page.evaluate("document.querySelector('main').contains(document.activeElement)")
