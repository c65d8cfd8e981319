"""Journey 4: members comment on one section of a shared draft, another replies, a third
suggests a change to another section, and the author accepts it; on a desktop and on a
phone. The members read the forum in their own languages (Arabic and Urdu right to left,
Chinese), so every page is checked in those too."""

import pytest

from policies.drafting import latest_draft
from policies.models import PolicyPage

from .checks import follow, visit
from .conftest import DEVICES
from .people import log_in

pytestmark = pytest.mark.browser

DRAFT = "fix-damp-and-mould-within-14-days"
AUTHOR = "morag@coproduce.example"
COMMENTER, REPLIER, SUGGESTER = (
    "layla@coproduce.example",
    "aisha@coproduce.example",
    "wei@coproduce.example",
)
COMMENT = "Landlords should also check the windows."
REPLY = "Yes, and the roof."
SUGGESTION = "Damp comes from cold homes. It is never the tenant's fault."


@pytest.mark.parametrize("device", DEVICES)
def test_comment_reply_suggest_and_accept(demo_site, open_page, device):
    idea = PolicyPage.objects.get(slug=DRAFT, locale__language_code="en")
    draft = f"/members/ideas/{idea.pk}/"
    people = {}
    for email in (COMMENTER, REPLIER, SUGGESTER, AUTHOR):
        people[email] = open_page(device)
        log_in(people[email], email)

    page = people[COMMENTER]
    visit(page, draft)
    assert page.evaluate("document.documentElement.dir") == "rtl"
    first = page.locator("main section.draft-section").first
    first.locator("details.comment-open > summary").click()
    first.locator("details.comment-open textarea").fill(COMMENT)
    follow(page, first.locator("details.comment-open button[type=submit]"))
    assert COMMENT in page.locator("main section.draft-section").first.inner_text()

    page = people[REPLIER]
    visit(page, draft)
    thread = page.locator("main section.draft-section").first.locator(
        "ol.comments > li", has_text=COMMENT
    )
    thread.locator("details.reply-box > summary").click()
    thread.locator("details.reply-box textarea").fill(REPLY)
    follow(page, thread.locator("details.reply-box button[type=submit]"))
    replies = page.locator("main section.draft-section").first.locator("ol.comments--replies")
    assert REPLY in replies.inner_text()

    page = people[SUGGESTER]
    visit(page, draft)
    last = page.locator("main section.draft-section").last
    follow(page, last.locator('a[href*="/suggest/"]'))
    page.locator("main form textarea").fill(SUGGESTION)
    follow(page, page.locator("main form button[type=submit]"))
    assert SUGGESTION in page.locator("main section.draft-section").last.inner_text()

    page = people[AUTHOR]
    visit(page, draft)
    suggestion = page.locator("main .suggestion", has_text=SUGGESTION)
    follow(page, suggestion.locator('form[action*="/accept/"] button'))
    last_section = latest_draft(PolicyPage.objects.get(pk=idea.pk)).sections[-1]
    assert "never the tenant" in last_section.value["text"].source
    assert page.locator("main .suggestion", has_text=SUGGESTION).count() == 0
