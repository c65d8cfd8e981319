"""A member writes an idea in a real browser: the script adds and moves sections without
reloading, and the saved idea has them in the order shown."""

import pytest

from policies.models import PolicyPage
from tests.factories import MemberFactory

from .checks import check_page, follow, visit
from .people import log_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.postgres,
]


def test_add_move_and_save_sections_with_the_script(
    transactional_db, django_db_serialized_rollback, policy_index, open_page
):
    page = open_page("phone")
    log_in(page, MemberFactory(display_name="Morag").user.email)
    visit(page, "/members/ideas/new/")
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
    check_page(page)
    follow(page, page.locator("button[name='action'][value='save']:not(.visually-hidden)"))
    assert "/members/ideas/" in page.url
    idea = PolicyPage.objects.get(title="Quiet hours for repairs").get_latest_revision_as_object()
    assert [s.value["heading"] for s in idea.sections] == ["Second written", "First written"]
