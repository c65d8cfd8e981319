"""Comments, suggestions and moderation through the draft page."""

import pytest

from policies.draft_models import Comment, CommentReport, Suggestion
from policies.drafting import share_with_forum
from tests.conftest import skip_to_admin

from .helpers import edit_data, newest, staff_user, texts, url

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


@pytest.fixture
def shared(draft):
    share_with_forum(draft)
    return draft


def test_comment_on_a_section_appears_in_that_section(client, shared, other):
    block_id = newest(shared).sections[1].id
    client.force_login(other.user)
    response = client.post(url(shared, "comments/"), {"text": "What cap?", "block_id": block_id})
    assert response.status_code == 302
    html = client.get(url(shared)).content.decode()
    section = html.split(f'id="section-{block_id}"')[1].split("</section>")[0]
    assert "What cap?" in section


def test_empty_comment_is_an_error(client, shared, other):
    client.force_login(other.user)
    response = client.post(url(shared, "comments/"), {"text": "  "})
    html = response.content.decode()
    assert "<title>Error:" in html and "Write your comment" in html
    assert not Comment.objects.exists()


def test_reply_edit_delete_resolve_report_and_hide(client, shared, lead, other):
    client.force_login(other.user)
    client.post(url(shared, "comments/"), {"text": "First thought"})
    top = Comment.objects.get()
    client.force_login(lead.user)
    client.post(url(shared, "comments/"), {"text": "A reply", "parent": top.pk})
    reply = Comment.objects.get(parent=top)
    client.post(f"/members/comments/{top.pk}/resolve/")
    client.post(f"/members/comments/{top.pk}/report/", {"reason": "Rude"})
    client.force_login(other.user)
    client.post(f"/members/comments/{top.pk}/edit/", {"text": "Second thought"})
    html = client.get(url(shared)).content.decode()
    assert "Second thought" in html and "edited" in html and "Resolved" in html
    assert CommentReport.objects.filter(comment=top, reporter=lead, reason="Rude").exists()

    client.force_login(staff_user())
    client.post(f"/members/comments/{top.pk}/hide/")
    client.force_login(lead.user)
    client.post(f"/members/comments/{reply.pk}/delete/")
    html = client.get(url(shared)).content.decode()
    assert "removed by a moderator" in html and "Second thought" not in html
    assert "deleted by the person who wrote it" in html and "A reply" not in html


def test_suggestion_accepted_through_the_page_credits_the_suggester(client, shared, lead, other):
    block_id = newest(shared).sections[0].id
    client.force_login(other.user)
    assert client.get(url(shared, f"sections/{block_id}/suggest/")).status_code == 200
    client.post(url(shared, f"sections/{block_id}/suggest/"), {"text": "Rents rose 40%."})
    suggestion = Suggestion.objects.get()
    client.force_login(lead.user)
    assert "Rents rose 40%." in client.get(url(shared)).content.decode()
    client.post(url(shared, f"suggestions/{suggestion.pk}/accept/"))
    assert texts(shared)[0] == "<p>Rents rose 40%.</p>"
    history = client.get(url(shared, "history/")).content.decode()
    newest_row = history.split("<tbody>")[1].split("</tr>")[0]
    assert "Layla" in newest_row and "accepted by Morag" in newest_row


def test_suggestion_declined_needs_a_reason(client, shared, lead, other):
    block_id = newest(shared).sections[0].id
    client.force_login(other.user)
    client.post(url(shared, f"sections/{block_id}/suggest/"), {"text": "Other words"})
    suggestion = Suggestion.objects.get()
    client.force_login(lead.user)
    decline = url(shared, f"suggestions/{suggestion.pk}/decline/")
    assert "Say why, so they understand" in client.post(decline, {"reason": ""}).content.decode()
    client.post(decline, {"reason": "We prefer ours"})
    suggestion.refresh_from_db()
    assert suggestion.status == "declined" and suggestion.decline_reason == "We prefer ours"


def test_authors_do_not_suggest_and_others_do_not_accept(client, shared, lead, other):
    block_id = newest(shared).sections[0].id
    client.force_login(lead.user)
    assert client.get(url(shared, f"sections/{block_id}/suggest/")).status_code == 403
    client.force_login(other.user)
    client.post(url(shared, f"sections/{block_id}/suggest/"), {"text": "x"})
    suggestion = Suggestion.objects.get()
    assert client.post(url(shared, f"suggestions/{suggestion.pk}/accept/")).status_code == 403


def test_staff_see_members_comments_in_the_admin(client, shared, other, django_user_model):
    client.force_login(other.user)
    client.post(url(shared, "comments/"), {"text": "Admins should read this", "staff_only": "on"})
    admin = django_user_model.objects.create_superuser("boss", "boss@example.org", "pw")
    skip_to_admin(client, admin)
    html = client.get(f"/admin/pages/{shared.pk}/edit/").content.decode()
    assert "Members&#x27; comments" in html or "Members' comments" in html
    assert "Admins should read this" in html


def test_notifications_page_lists_what_happened(client, shared, lead, other):
    client.force_login(other.user)
    client.post(url(shared, "comments/"), {"text": "Hello"})
    client.force_login(lead.user)
    html = client.get("/members/notifications/").content.decode()
    assert "Layla commented on “Fair rents”" in html and "New:" in html
    client.post("/members/notifications/read/")
    assert "New:" not in client.get("/members/notifications/").content.decode()


def test_comments_on_a_removed_section_stay_readable(client, shared, lead, other):
    first_id = newest(shared).sections[0].id
    client.force_login(other.user)
    client.post(url(shared, "comments/"), {"text": "On the first part", "block_id": first_id})
    client.force_login(lead.user)
    data = edit_data(shared)
    data["sections-0-DELETE"] = "on"
    assert client.post(url(shared, "edit/"), data).status_code == 302
    assert [s.id for s in newest(shared).sections] != [first_id]
    html = client.get(url(shared)).content.decode()
    removed = html.split("Comments on sections that were removed")[1]
    assert "On the first part" in removed
