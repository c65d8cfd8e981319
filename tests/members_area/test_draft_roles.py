"""Who sees and changes a draft: authors, other members, pending members, staff, the public."""

import pytest

from policies.comments import add_comment
from policies.drafting import share_with_forum
from tests.factories import MemberFactory

from .helpers import edit_data, staff_user, texts, url

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def status(client, path):
    """The final answer, after LocaleMiddleware's redirect of 404s to /en/…"""
    return client.get(path, follow=True).status_code


def test_a_private_draft_is_invisible_to_other_members(client, draft, other):
    client.force_login(other.user)
    assert status(client, url(draft)) == 404
    assert status(client, url(draft, "history/")) == 404
    assert "Fair rents" not in client.get("/members/ideas/").content.decode()


def test_a_private_draft_is_visible_to_its_authors_and_staff(client, draft, coauthor):
    client.force_login(coauthor.user)
    assert client.get(url(draft)).status_code == 200
    client.force_login(staff_user())
    assert client.get(url(draft)).status_code == 200


def test_a_shared_draft_is_visible_to_members_but_not_the_public(client, draft, other):
    share_with_forum(draft)
    client.force_login(other.user)
    assert client.get(url(draft)).status_code == 200
    assert "Fair rents" in client.get("/members/ideas/").content.decode()
    client.logout()
    response = client.get(url(draft))
    assert response.status_code == 302 and "login" in response["Location"]
    assert status(client, f"/en/policies/{draft.slug}/") == 404


def test_a_shared_draft_is_not_visible_to_pending_members(client, draft):
    share_with_forum(draft)
    pending = MemberFactory(status="pending")
    client.force_login(pending.user)
    assert status(client, url(draft)) == 404


def test_only_authors_edit(client, draft, other):
    share_with_forum(draft)
    client.force_login(other.user)
    assert client.get(url(draft, "edit/")).status_code == 403
    assert client.post(url(draft, "edit/"), edit_data(draft, {0: "Vandal"})).status_code == 403
    assert "Vandal" not in texts(draft)[0]
    html = client.get(url(draft)).content.decode()
    assert url(draft, "edit/") not in html
    assert "Suggest a change to this section" in html


def test_staff_only_comments_never_reach_other_members(client, draft, lead, other):
    share_with_forum(draft)
    comment = add_comment(other, draft, "A private worry about my landlord", staff_only=True)
    for member in (lead, MemberFactory()):
        client.force_login(member.user)
        assert "private worry" not in client.get(url(draft)).content.decode()
        assert client.get(f"/members/comments/{comment.pk}/edit/", follow=True).status_code == 404
    client.force_login(other.user)
    assert "private worry" in client.get(url(draft)).content.decode()
    client.force_login(staff_user())
    html = client.get(url(draft)).content.decode()
    assert "private worry" in html and "Only staff can see this" in html


def test_only_the_writer_changes_a_comment(client, draft, lead, other):
    share_with_forum(draft)
    comment = add_comment(other, draft, "Mine")
    client.force_login(lead.user)
    assert client.post(f"/members/comments/{comment.pk}/edit/", {"text": "x"}).status_code == 403
    assert client.post(f"/members/comments/{comment.pk}/delete/").status_code == 403
    assert client.post(f"/members/comments/{comment.pk}/hide/").status_code == 403


def test_pending_members_cannot_start_ideas(client, policy_index):
    pending = MemberFactory(status="pending")
    client.force_login(pending.user)
    assert client.get("/members/ideas/new/").status_code == 403


def test_a_published_idea_sends_readers_to_the_public_page(client, draft, lead, other):
    draft.save_revision(user=lead.user).publish()
    client.force_login(other.user)
    response = client.get(url(draft))
    assert response.status_code == 302 and response["Location"] == draft.url
    assert status(client, url(draft, "history/")) == 404
    client.force_login(lead.user)
    assert client.get(url(draft)).status_code == 200
    assert client.get(url(draft, "edit/")).status_code == 302  # closed to editing


def test_a_comment_kept_over_signing_in_is_shown_not_posted(client, draft, lead):
    client.post(url(draft, "comments/"), {"text": "Written while signed out"})
    client.force_login(lead.user)
    response = client.get(url(draft, "comments/"))
    assert "Written while signed out" in response.content.decode()
    assert not draft_comments(draft)
    client.post(url(draft, "comments/"), {"text": "Written while signed out"})
    assert draft_comments(draft) == ["Written while signed out"]


def draft_comments(page):
    from policies.draft_models import Comment

    return list(Comment.objects.filter(page=page).values_list("text", flat=True))


def test_the_published_idea_credits_each_co_author_as_they_chose(client, draft, lead, coauthor):
    from policies.models import Authorship

    coauthor.user.first_name, coauthor.user.last_name = "Piotr", "Nowak"
    coauthor.user.save()
    Authorship.objects.filter(member=coauthor).update(credit="full")
    Authorship.objects.filter(member=lead).update(credit="anonymous")
    draft.save_revision(user=lead.user).publish()
    html = client.get(draft.url).content.decode()
    assert "<li><bdi>A forum member</bdi></li><li><bdi>Piotr Nowak</bdi></li>" in html


def test_a_button_pressed_after_the_session_ran_out_comes_back_to_its_page(client, draft):
    response = client.post(url(draft, "share/"), HTTP_REFERER=f"http://testserver{url(draft)}")
    assert response.status_code == 302
    assert response["Location"].endswith(f"?next={url(draft)}")
    draft.refresh_from_db()
    assert not draft.shared_with_forum
