"""Journey 3: two co-authors write one draft at once, each in their own browser (and their
own language: Morag in English, Piotr in Polish). Changes to different sections both
survive; when both change one section, the second to save sees both texts side by side,
keeps what they want and saves."""

import pytest

from policies.drafting import latest_draft
from policies.models import PolicyPage

from .checks import follow, visit
from .people import log_in

pytestmark = pytest.mark.browser

DRAFT = "fix-damp-and-mould-within-14-days"
AUTHORS = ["morag@coproduce.example", "piotr@coproduce.example"]


def section_texts(page_id):
    return [
        s.value["text"].source for s in latest_draft(PolicyPage.objects.get(pk=page_id)).sections
    ]


def open_editor(page, idea):
    visit(page, f"/members/ideas/{idea.pk}/edit/")


def write(page, section, text):
    page.locator(f"#id_sections-{section}-text").fill(text)


def save(page, status=200):
    follow(page, page.locator("main button[name=action][value=save]:not(.visually-hidden)"), status)


def test_two_coauthors_write_at_once_and_resolve_a_conflict(demo_site, open_page):
    idea = PolicyPage.objects.get(slug=DRAFT, locale__language_code="en")
    morag, piotr = open_page(), open_page()
    log_in(morag, AUTHORS[0])
    log_in(piotr, AUTHORS[1])

    # Different sections at once: both survive.
    open_editor(morag, idea)
    open_editor(piotr, idea)
    write(morag, 0, "Many of us wait half a year for damp to be fixed.")
    write(piotr, 2, "Damp comes from cold homes that nobody looks after.")
    save(morag)
    save(piotr)
    assert piotr.url.endswith(f"/members/ideas/{idea.pk}/")
    texts = section_texts(idea.pk)
    assert "half a year" in texts[0] and "nobody looks after" in texts[2]

    # The same section at once: the second to save sees both texts, and chooses.
    open_editor(morag, idea)
    open_editor(piotr, idea)
    write(morag, 1, "A legal limit of 10 days to start repairs.")
    write(piotr, 1, "A legal limit of 14 days, and 2 days when a baby lives there.")
    save(morag)
    save(piotr, status=409)
    conflict = piotr.locator("main .section-editor--conflict")
    assert conflict.count() == 1
    assert "10 days" in conflict.locator(".conflict").inner_text()  # Morag's, beside
    assert "a baby" in conflict.locator("textarea").input_value()  # Piotr's, in the box
    write(
        piotr, 1, "A legal limit of 10 days to start repairs, and 2 days when a baby lives there."
    )
    conflict.locator('input[type=radio][value="mine"]').check()
    save(piotr)
    assert "10 days to start repairs, and 2 days when a baby" in section_texts(idea.pk)[1]
    assert "half a year" in section_texts(idea.pk)[0]
