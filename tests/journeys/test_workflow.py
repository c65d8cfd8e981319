"""Journey 5: an idea goes through the editorial workflow. The author sends it; five
members co-sign it; a policy officer asks for changes in the Wagtail admin; the author
changes it and sends it again; the co-signers confirm; the policy team approves, then
communications approve, which publishes it, and a visitor reads it.

Our own pages (members' area, public site) pass every check, axe included. Wagtail's own
admin screens pass the same checks except axe: their markup is Wagtail's (known:
Draftail's editor has no accessible name, wagtail#14205)."""

import pytest

from policies.models import PolicyPage

from .checks import follow, visit
from .people import log_in

pytestmark = pytest.mark.browser

DRAFT = "fix-damp-and-mould-within-14-days"
AUTHOR = "morag@coproduce.example"
COSIGNERS = [
    "layla@coproduce.example",
    "aisha@coproduce.example",
    "wei@coproduce.example",
    "jamie@coproduce.example",
    "eilidh@coproduce.example",
]
OFFICER = "policy@coproduce.example"
COMMUNICATIONS = "comms@coproduce.example"
CHANGES = "Please say how the 14 days would be checked."


def signed_in(open_page, email):
    page = open_page()
    log_in(page, email)
    return page


def submit(page, cosign_url):
    visit(page, cosign_url)
    follow(page, page.locator('main form[action$="/send/"] button'))


def review_in_admin(page, idea, action, comment=None):
    """In the page editor: open the workflow actions and choose one; an action that asks
    for a comment opens a dialog for it."""
    visit(page, f"/admin/pages/{idea.pk}/edit/", wagtail_admin=True)
    asks_comment = "[data-workflow-action-modal-url]"
    button = page.locator(
        f'footer button[data-workflow-action-name="{action}"]'
        + (f":not({asks_comment})" if comment is None else asks_comment)
    )
    if not button.is_visible():
        page.locator(
            "footer [data-w-dropdown-target=toggle], footer .dropdown-toggle"
        ).first.click()
    if comment is None:
        follow(page, button, wagtail_admin=True)
        return
    button.click()
    dialog = page.locator(".modal, [role=dialog]").filter(has=page.locator("textarea"))
    dialog.locator("textarea").fill(comment)
    follow(page, dialog.locator("button[type=submit]"), wagtail_admin=True)


def test_an_idea_goes_through_review_to_publication(demo_site, open_page):
    idea = PolicyPage.objects.get(slug=DRAFT, locale__language_code="en")
    cosign_url = f"/members/ideas/{idea.pk}/co-sign/"
    author = signed_in(open_page, AUTHOR)
    submit(author, cosign_url)

    cosigners = [signed_in(open_page, email) for email in COSIGNERS]
    for page in cosigners:
        visit(page, cosign_url)
        page.locator("main form textarea").fill("Damp made my children ill.")
        follow(page, page.locator('main form[action$="/co-sign/"] button[type=submit]'))
    idea.refresh_from_db()
    assert idea.cosignature_count == len(COSIGNERS)

    officer = signed_in(open_page, OFFICER)
    review_in_admin(officer, idea, "reject", comment=CHANGES)

    visit(author, cosign_url)
    assert CHANGES in author.locator("main .stage__comment").inner_text()
    visit(author, f"/members/ideas/{idea.pk}/edit/")
    author.locator("#id_sections-1-text").fill(
        "Councils check that repairs start within 14 days, and fine landlords who are late."
    )
    follow(author, author.locator("main button[name=action][value=save]:not(.visually-hidden)"))
    submit(author, cosign_url)

    for page in cosigners:
        visit(page, cosign_url)
        follow(page, page.locator('main form[action$="/co-sign/confirm/"] button'))

    review_in_admin(officer, idea, "approve")
    communications = signed_in(open_page, COMMUNICATIONS)
    review_in_admin(communications, idea, "approve")

    idea.refresh_from_db()
    assert idea.live
    visitor = open_page()
    visit(visitor, idea.url)
    assert "fine landlords who are late" in visitor.locator("main").inner_text()
