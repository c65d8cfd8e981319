"""Journey 6: communications staff translate a published idea into Polish in the admin
with wagtail-localize: the machine translator (the dummy one in tests) fills in every
string, they correct the title by hand, and publish. A visitor then reads it at /pl/….

wagtail-localize's screens are its own markup, checked like Wagtail's admin (no axe); the
visitor's Polish page passes every check."""

import pytest
from wagtail.models import Locale

from policies.models import PolicyPage

from .checks import follow, visit
from .people import log_in

pytestmark = pytest.mark.browser

IDEA = "demo-published-heating"  # published through the workflow, not translated yet
COMMUNICATIONS = "comms@coproduce.example"
POLISH_TITLE = "Ciepłe domy przed zimą"


def test_communications_translate_an_idea_into_polish(demo_site, open_page):
    idea = PolicyPage.objects.get(slug=IDEA, locale__language_code="en")
    polish = Locale.objects.get(language_code="pl")
    staff = open_page()
    log_in(staff, COMMUNICATIONS)

    visit(staff, f"/admin/localize/submit/page/{idea.pk}/", wagtail_admin=True)
    staff.locator(f'input[name="locales"][value="{polish.pk}"]').check()
    follow(staff, staff.get_by_role("button", name="Submit"), wagtail_admin=True)
    assert "/edit/" in staff.url

    follow(
        staff, staff.locator('form[action*="/machine_translate/"] button').first, wagtail_admin=True
    )
    # The dummy translator turns the words around.
    title = staff.locator("li", has_text="winter before homes Warm").last
    title.get_by_role("button", name="Edit").click()
    box = staff.locator("textarea:focus")  # the editor focuses the string's box
    box.fill(POLISH_TITLE)
    box.press("Enter")  # saves it
    staff.locator("li", has_text=POLISH_TITLE).get_by_role("button", name="Edit").wait_for()

    follow(staff, staff.get_by_role("button", name="Publish in Polski"), wagtail_admin=True)

    translation = PolicyPage.objects.get(translation_key=idea.translation_key, locale=polish)
    assert translation.live
    visitor = open_page()
    visit(visitor, translation.url)
    assert visitor.url.startswith(f"{visitor.site_url}/pl/policies/")
    assert visitor.locator("main h1").inner_text() == POLISH_TITLE
    assert visitor.evaluate("document.documentElement.lang") == "pl"
