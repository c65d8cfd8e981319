"""Starting and editing ideas through the members' area, without JavaScript."""

import pytest

from policies.models import Authorship, PolicyPage
from tests.factories import MemberFactory, send_for_review

from .helpers import edit_data, new_idea_data, newest, texts, url

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def test_start_an_idea(client, lead, policy_index):
    client.force_login(lead.user)
    assert client.get("/members/ideas/new/").status_code == 200
    response = client.post(
        "/members/ideas/new/",
        new_idea_data(sections=[("What is wrong", "Mould <b>everywhere</b>.\n\nIn every flat.")]),
    )
    page = PolicyPage.objects.get(title="Fix damp")
    assert response.status_code == 302 and response["Location"] == url(page)
    assert not page.live and page.get_parent().specific == policy_index
    assert Authorship.objects.get(page=page, is_lead=True).member == lead
    assert texts(page) == ["<p>Mould <b>everywhere</b>.</p><p>In every flat.</p>"]


def test_add_another_section_and_move_it_up_without_javascript(client, lead, policy_index):
    client.force_login(lead.user)
    data = new_idea_data(sections=[("First", "One"), ("Second", "Two")], action="add")
    response = client.post("/members/ideas/new/", data)
    assert response.status_code == 200
    assert response.context["formset"].total_form_count() == 3
    assert not PolicyPage.objects.exists()
    response = client.post("/members/ideas/new/", {**data, "action": "up-1"})
    rows = [f.initial["heading"] for f in response.context["formset"].forms]
    assert rows == ["Second", "First"]


def test_an_empty_title_is_an_error_and_the_text_is_kept(client, lead, policy_index):
    client.force_login(lead.user)
    data = new_idea_data(title="", sections=[("Heading kept", "Words kept here")])
    response = client.post("/members/ideas/new/", data)
    html = response.content.decode()
    assert response.status_code == 200
    assert "<title>Error:" in html and "There is a problem" in html
    assert "Give your idea a title" in html
    assert "Words kept here" in html and "Heading kept" in html
    assert not PolicyPage.objects.exists()


def test_overlong_fields_and_half_written_sections_are_errors(client, lead, policy_index):
    client.force_login(lead.user)
    data = new_idea_data(
        title="x" * 121, summary="y" * 301, sections=[("", "Text without a heading")]
    )
    html = client.post("/members/ideas/new/", data).content.decode()
    assert "There is a problem" in html
    assert "Ensure this value has at most 120 characters" in html
    assert "Ensure this value has at most 300 characters" in html
    assert "Give this section a heading" in html
    assert "Text without a heading" in html


def test_unknown_draft_is_404(client, lead, policy_index):
    # LocaleMiddleware sends any 404 outside the language prefixes to /en/… first (where
    # Wagtail's catch-all answers 404 again); follow it to the final answer.
    client.force_login(lead.user)
    assert client.get("/members/ideas/999999/", follow=True).status_code == 404
    assert client.get("/members/ideas/999999/edit/", follow=True).status_code == 404


def test_two_members_edit_different_sections_from_one_base_and_both_survive(
    client, draft, lead, coauthor
):
    base = draft.latest_revision_id
    morag = edit_data(draft, {0: "Rents doubled."}, base=base)
    piotr = edit_data(draft, {1: "Cap at inflation."}, base=base)
    client.force_login(lead.user)
    assert client.post(url(draft, "edit/"), morag).status_code == 302
    client.force_login(coauthor.user)
    assert client.post(url(draft, "edit/"), piotr).status_code == 302
    assert texts(draft) == ["<p>Rents doubled.</p>", "<p>Cap at inflation.</p>"]


def test_both_edit_one_section_and_the_conflict_page_shows_both_texts(
    client, draft, lead, coauthor
):
    base = draft.latest_revision_id
    client.force_login(lead.user)
    client.post(url(draft, "edit/"), edit_data(draft, {0: "Morag wrote this."}, base=base))
    client.force_login(coauthor.user)
    response = client.post(
        url(draft, "edit/"), edit_data(draft, {0: "Piotr wrote that."}, base=base)
    )
    html = response.content.decode()
    assert response.status_code == 409
    assert "Morag wrote this." in html and "Piotr wrote that." in html
    assert "Someone else changed this too" in html
    assert texts(draft)[0] == "<p>Morag wrote this.</p>"

    # Piotr puts both together and saves from the conflict page.
    data = edit_data(draft, {0: "Morag wrote this. Piotr wrote that."})
    assert client.post(url(draft, "edit/"), data).status_code == 302
    assert texts(draft)[0] == "<p>Morag wrote this. Piotr wrote that.</p>"


def test_choosing_their_text_on_the_conflict_page(client, draft, lead, coauthor):
    base = draft.latest_revision_id
    client.force_login(lead.user)
    client.post(url(draft, "edit/"), edit_data(draft, {0: "Theirs."}, base=base))
    client.force_login(coauthor.user)
    client.post(url(draft, "edit/"), edit_data(draft, {0: "Mine."}, base=base))
    data = edit_data(draft, {0: "Mine."})
    data["sections-0-take"] = "theirs"
    assert client.post(url(draft, "edit/"), data).status_code == 302
    assert texts(draft)[0] == "<p>Theirs.</p>"


def test_text_sent_after_the_session_ran_out_is_there_after_signing_in(client, draft, lead):
    data = edit_data(draft, {0: "Typed while signed out."})
    response = client.post(url(draft, "edit/"), data)
    assert response.status_code == 302 and "login" in response["Location"]
    client.force_login(lead.user)  # keeps the session, as signing in does
    html = client.get(url(draft, "edit/")).content.decode()
    assert "Typed while signed out." in html
    assert "You were signed out before your changes were saved" in html
    assert texts(draft)[0] == "<p>Rents went up too fast.</p>"


def test_a_draft_sent_for_review_meanwhile_keeps_the_text_and_says_why(client, draft, lead):
    data = edit_data(draft, {0: "Late words."})
    send_for_review(draft, lead.user)
    client.force_login(lead.user)
    response = client.post(url(draft, "edit/"), data)
    html = response.content.decode()
    assert response.status_code == 409
    assert "sent for review while you were writing" in html
    assert "Late words." in html


def test_history_lists_who_saved_and_compares_and_restores(client, draft, lead, coauthor):
    first = draft.latest_revision_id
    client.force_login(coauthor.user)
    client.post(url(draft, "edit/"), edit_data(draft, {0: "Rents went up far too fast."}))
    second = newest(draft).latest_revision_id
    html = client.get(url(draft, "history/")).content.decode()
    assert "Morag" in html and "Piotr" in html
    html = client.get(url(draft, f"history/compare/?from={first}&to={second}")).content.decode()
    assert "<ins>far</ins>" in html
    assert client.post(url(draft, f"history/{first}/restore/")).status_code == 302
    assert texts(draft)[0] == "<p>Rents went up too fast.</p>"
    assert draft.revisions.count() == 3


def test_lead_invites_a_coauthor_found_by_name_who_can_then_edit_and_leave(
    client, draft, lead, other
):
    client.force_login(lead.user)
    html = client.get(url(draft, "co-authors/?q=lay")).content.decode()
    assert "Layla" in html
    client.post(url(draft, "co-authors/"), {"member": other.pk})
    client.force_login(other.user)
    assert client.get(url(draft, "edit/")).status_code == 200
    assert client.post(url(draft, "leave/")).status_code == 302
    assert not draft.authorships.filter(member=other).exists()
    client.force_login(lead.user)
    client.post(url(draft, "leave/"))
    assert draft.authorships.filter(member=lead, is_lead=True).exists()


def test_co_authors_cannot_invite(client, draft, coauthor):
    client.force_login(coauthor.user)
    assert client.get(url(draft, "co-authors/")).status_code == 403
    someone = MemberFactory()
    assert client.post(url(draft, "co-authors/"), {"member": someone.pk}).status_code == 403
