"""A member types in the idea editor; the plain-words note under each section updates, through
the JSON endpoint, including for a section the script added without reloading."""

import pytest

from tests.factories import JargonTermFactory, MemberFactory

from .checks import visit
from .people import log_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.postgres,
]

HARD = (
    "We will facilitate the process of change in a meaningful co-productive manner, "
    "in accordance with the aforementioned strategic framework, for stakeholders."
)
EASY = "We want fair rent. Our homes must be warm. Fix the damp fast now."


def test_the_note_updates_as_a_member_types(
    transactional_db, django_db_serialized_rollback, policy_index, open_page
):
    from playwright.sync_api import expect

    JargonTermFactory(term="facilitate", alternative="help")
    page = open_page()
    log_in(page, MemberFactory().user.email)
    visit(page, "/members/ideas/new/")
    first = page.locator("#sections-0-readability")
    expect(first).to_have_attribute("aria-live", "polite")
    page.fill("#id_sections-0-text", HARD)
    expect(first).to_contain_text("Hard to read.")
    expect(first).to_contain_text("“help” for “facilitate”")

    page.click("[data-add-section]")
    second = page.locator("#sections-1-readability")
    expect(second).to_be_empty()  # not a copy of the first section's advice
    assert page.evaluate(
        "[...document.querySelectorAll('[id]')].map(e => e.id)"
        ".every((id, i, all) => all.indexOf(id) === i)"
    ), "adding a section repeated an id"
    page.fill("#id_sections-1-text", EASY)
    expect(second).to_contain_text("Easy to read.")
    expect(first).to_contain_text("Hard to read.")

    page.fill("#id_sections-0-text", EASY)
    expect(first).to_contain_text("Easy to read.")
    expect(first).not_to_contain_text("facilitate")
