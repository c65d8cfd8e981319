"""Members' pages kept for each reader (members_area.reader_cache) and cached comment threads
(members_area.comment_fragments): served again only while nothing they show has changed,
never to another reader, and with a CSRF token that works."""

import re

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext

from members_area.groups import POLICY_TEAM
from members_area.models import Member
from policies.comments import add_comment
from policies.cosigning import cosign
from policies.draft_models import Comment
from policies.drafting import save_draft_edit, share_with_forum, suggest_change
from policies.models import PolicyPage
from policies.workflow import submit_for_cosigning
from tests.factories import MemberFactory

from .helpers import newest, url

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


@pytest.fixture
def shared(draft):
    share_with_forum(draft)
    return draft


def page_of(client, path):
    response = client.get(path)
    assert response.status_code == 200
    return response.content.decode()


def without_tokens(html):
    return TOKEN.sub("", html)


def test_a_kept_page_costs_three_queries_and_its_token_works(client, shared, lead, other):
    comment = add_comment(lead, shared, "Rents are too high")
    client.force_login(other.user)
    built = page_of(client, url(shared))
    with CaptureQueriesContext(connection) as queries:
        kept = page_of(client, url(shared))
    # The session (in the database in tests), the reader with their member record, and the
    # fingerprint (prepared on the server, and logged as Django logs its own).
    assert len(queries) == 3
    assert queries[-1]["sql"].startswith("SELECT md5(")
    assert without_tokens(kept) == without_tokens(built)
    assert "csrf-token-placeholder" not in kept
    client.handler.enforce_csrf_checks = True
    # The token in the reply box: cached thread HTML gets the reader's token on the way out.
    token = TOKEN.search(kept.split('class="reply-box"')[1]).group(1)
    response = client.post(
        url(shared, "comments/"),
        {"text": "Mine too", "parent": comment.pk, "csrfmiddlewaretoken": token},
    )
    assert response.status_code == 302
    assert Comment.objects.filter(parent=comment, author=other).exists()


def change_comment_text(page, **_people):
    Comment.objects.filter(page=page).update(text="Changed behind the page")
    return "Changed behind the page"


def rename_commenter(page, lead, **_people):
    Member.objects.filter(pk=lead.pk).update(display_name="Morag Renamed")
    return "Morag Renamed"


def resolve_comment(page, **_people):
    Comment.objects.filter(page=page).update(resolved=True)
    return "Resolved"


def suggest(page, coauthor, other, **_people):
    suggest_change(other, page, newest(page).sections[0].id, "A kinder cap")
    return "A kinder cap"


def new_version(page, coauthor, **_people):
    page = PolicyPage.objects.get(pk=page.pk)
    rows = [
        {"id": s.id, "heading": s.value["heading"], "text": "Rewritten section"}
        for s in newest(page).sections
    ]
    save_draft_edit(coauthor, page, page.latest_revision_id, "Fair rents now", "S", rows)
    return "Fair rents now"


def send_for_cosigning(page, lead, **_people):
    submit_for_cosigning(PolicyPage.objects.get(pk=page.pk), lead.user)
    return "Collecting co-signatures"


def join_policy_team(page, other, **_people):
    # Staff read staff-only comments: what the reader may see changed, not the idea.
    other.user.groups.add(Group.objects.get_or_create(name=POLICY_TEAM)[0])
    return "Only staff know this"


@pytest.mark.parametrize(
    "change",
    [
        change_comment_text,
        rename_commenter,
        resolve_comment,
        suggest,
        new_version,
        send_for_cosigning,
        join_policy_team,
    ],
)
def test_any_change_shows_at_once(client, shared, lead, coauthor, other, workflow, change):
    add_comment(lead, shared, "Rents are too high")
    add_comment(lead, shared, "Only staff know this", staff_only=True)
    client.force_login(other.user)
    page_of(client, url(shared))
    page_of(client, url(shared))  # kept now
    shown = change(shared, lead=lead, coauthor=coauthor, other=other)
    assert shown in page_of(client, url(shared))


def test_kept_pages_and_threads_are_never_another_readers(client, shared, lead, other):
    add_comment(other, shared, "My own thought")
    staff_note = add_comment(lead, shared, "A note for staff", staff_only=True)
    staff = MemberFactory()
    staff.user.groups.add(Group.objects.get_or_create(name=POLICY_TEAM)[0])
    client.force_login(staff.user)
    assert "A note for staff" in page_of(client, url(shared))
    client.force_login(other.user)
    mine = page_of(client, url(shared))
    assert "A note for staff" not in mine
    assert "/members/comments/" in mine and "your comment" in mine  # change or delete theirs
    client.force_login(lead.user)
    theirs = page_of(client, url(shared))
    assert "A note for staff" in theirs  # the lead wrote it
    assert f"/members/comments/{staff_note.pk}/edit/" in theirs
    assert "Report to a moderator" in theirs  # on the other member's comment
    assert f"/members/comments/{staff_note.pk}/edit/" not in mine


def test_a_page_showing_a_message_is_not_kept(client, shared, other):
    client.force_login(other.user)
    page_of(client, url(shared))
    client.post(url(shared, "comments/"), {"text": "Hello"})
    once = page_of(client, url(shared))
    again = page_of(client, url(shared))
    assert "Your comment is posted." in once
    assert "Your comment is posted." not in again


def test_the_home_page_follows_cosigning_at_once(client, idea, author, other):
    submit_for_cosigning(idea, author.user)
    submitted = PolicyPage.objects.get(pk=idea.pk)
    client.force_login(other.user)
    title = submitted.title
    assert title in page_of(client, "/members/")
    page_of(client, "/members/")  # kept now
    cosign(other, PolicyPage.objects.get(pk=submitted.pk))
    home = page_of(client, "/members/")
    waiting = home.split('id="to-cosign"')[1].split("</section>")[0]
    assert title not in waiting
