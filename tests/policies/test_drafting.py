"""The drafting domain against PostgreSQL: starting, merging edits, suggestions, history."""

import pytest
from wagtail.models import Revision

from policies import drafting, history
from policies.comments import add_comment, comment_threads, threads_by_section
from policies.credits import author_credits
from policies.drafting import latest_draft, save_draft_edit
from policies.member_text import html_to_text
from policies.models import Authorship, PolicyPage
from tests.factories import send_for_review

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def newest(page):
    return latest_draft(PolicyPage.objects.get(pk=page.pk))


def rows(page):
    """The sections of the newest version, as an edit form would send them back."""
    return [
        {"id": b.id, "heading": b.value["heading"], "text": html_to_text(b.value["text"].source)}
        for b in newest(page).sections
    ]


def texts(page):
    return [b.value["text"].source for b in newest(page).sections]


def test_start_idea_makes_an_unpublished_page_under_the_index_led_by_its_starter(
    lead, policy_index
):
    from tests.factories import draft_by

    page = draft_by(lead, policy_index, title="Fix damp & mould")
    page = PolicyPage.objects.get(pk=page.pk)
    assert page.get_parent().specific == policy_index
    assert not page.live and not page.shared_with_forum
    assert page.title == "Fix damp & mould"
    assert Authorship.objects.get(page=page).member == lead
    assert Authorship.objects.get(page=page).is_lead
    assert page.latest_revision.user == lead.user
    assert texts(page) == ["<p>Rents went up too fast.</p>", "<p>A cap on rent rises.</p>"]


def test_two_authors_editing_different_sections_from_one_base_both_survive(draft, lead, coauthor):
    base = newest(draft).latest_revision_id
    morag, piotr = rows(draft), rows(draft)
    morag[0]["text"] = "Rents doubled in five years."
    piotr[1]["text"] = "Rises no bigger than inflation."
    first = save_draft_edit(lead, draft, base, "Fair rents", "Rents should rise slowly.", morag)
    second = save_draft_edit(
        coauthor, draft, base, "Fair rents", "Rents should rise slowly.", piotr
    )
    assert first.saved and second.saved
    assert texts(draft) == [
        "<p>Rents doubled in five years.</p>",
        "<p>Rises no bigger than inflation.</p>",
    ]
    assert second.revision.user == coauthor.user


def test_both_editing_one_section_is_a_conflict_and_saves_nothing(draft, lead, coauthor):
    base = newest(draft).latest_revision_id
    morag, piotr = rows(draft), rows(draft)
    morag[0]["text"] = "Morag's words."
    piotr[0]["text"] = "Piotr's words."
    save_draft_edit(lead, draft, base, "Fair rents", "Rents should rise slowly.", morag)
    saved_revisions = Revision.objects.count()
    result = save_draft_edit(
        coauthor, draft, base, "Fair rents", "Rents should rise slowly.", piotr
    )
    assert not result.saved
    assert Revision.objects.count() == saved_revisions
    [conflict] = result.conflicts
    assert conflict.theirs["value"]["text"] == "<p>Morag's words.</p>"
    assert conflict.mine["value"]["text"] == "<p>Piotr's words.</p>"
    assert result.content["body"][0]["value"]["text"] == "<p>Piotr's words.</p>"


def test_an_untouched_section_never_looks_changed(draft, lead, coauthor):
    """Text stored as HTML comes back from the text box the same, so it merges cleanly."""
    base = newest(draft).latest_revision_id
    morag = rows(draft)
    morag[0]["text"] = "New first section."
    save_draft_edit(lead, draft, base, "Fair rents", "Rents should rise slowly.", morag)
    result = save_draft_edit(
        coauthor, draft, base, "Fair rents", "Rents should rise slowly.", rows(draft)
    )
    assert result.saved and not result.conflicts


def test_suggestion_accepted_is_saved_as_the_suggesters_version(draft, lead, other):
    drafting.share_with_forum(draft)
    block_id = newest(draft).sections[1].id
    suggestion = drafting.suggest_change(other, draft, block_id, "A cap of 3% a year.")
    revision = drafting.accept_suggestion(lead, suggestion)
    suggestion.refresh_from_db()
    assert revision.user == other.user
    assert history.saved_by(revision) == other.display_name
    assert suggestion.status == suggestion.Status.ACCEPTED
    assert suggestion.resolving_revision == revision
    assert suggestion.decided_by == lead
    assert texts(draft)[1] == "<p>A cap of 3% a year.</p>"


def test_suggestion_declined_keeps_the_reason_and_changes_nothing(draft, lead, other):
    block_id = newest(draft).sections[0].id
    suggestion = drafting.suggest_change(other, draft, block_id, "Something else")
    before = texts(draft)
    drafting.decline_suggestion(lead, suggestion, "We said this already <b>above</b>")
    suggestion.refresh_from_db()
    assert suggestion.status == suggestion.Status.DECLINED
    assert suggestion.decline_reason == "We said this already above"
    assert texts(draft) == before


def test_section_comment_stays_on_its_section_when_others_change(draft, lead, coauthor, other):
    body = rows(draft)
    body.append({"id": "", "heading": "Third", "text": "To be removed."})
    save_draft_edit(lead, draft, newest(draft).latest_revision_id, "Fair rents", "S", body)
    first, second, third = rows(draft)
    comment = add_comment(other, draft, "About the cap", block_id=second["id"])
    # Edit the first, move the second to the top, remove the third.
    first["text"] = "Changed first."
    save_draft_edit(
        coauthor, draft, newest(draft).latest_revision_id, "Fair rents", "S", [second, first]
    )
    sections = newest(draft).sections
    assert [s.id for s in sections] == [second["id"], first["id"]]
    on_sections, whole, orphaned = threads_by_section(
        comment_threads(lead.user, draft), [s.id for s in sections]
    )
    assert on_sections[second["id"]] == [comment]
    assert on_sections[first["id"]] == [] and whole == [] and orphaned == []


def test_restoring_a_version_saves_it_again_as_the_newest(draft, lead):
    old = newest(draft).latest_revision
    body = rows(draft)
    body[0]["text"] = "A mistake."
    save_draft_edit(lead, draft, old.pk, "Fair rents", "S", body)
    new = drafting.restore_version(lead, draft, old)
    assert new.pk > old.pk
    assert texts(draft)[0] == "<p>Rents went up too fast.</p>"
    assert draft.revisions.count() == 3


def test_compare_marks_added_and_removed_words_section_by_section(draft, lead):
    old = newest(draft).latest_revision
    body = rows(draft)
    body[0]["text"] = "Rents went up far too fast."
    body = body[:1] + [{"id": "", "heading": "New bit", "text": "Fresh words"}]
    save_draft_edit(lead, draft, old.pk, "Fair rents", "S", body)
    changes = history.compare(old.as_object(), newest(draft).latest_revision.as_object())
    assert [c.status for c in changes] == ["changed", "added", "removed"]
    assert "<ins>far</ins>" in changes[0].diff
    assert "<ins>Fresh words</ins>" in changes[1].diff
    assert "<del>A cap on rent rises.</del>" in changes[2].diff


def test_only_the_lead_cannot_leave_and_credits_follow_each_choice(draft, lead, coauthor):
    coauthor.user.first_name, coauthor.user.last_name = "Piotr", "Nowak"
    coauthor.user.save()
    Authorship.objects.filter(member=coauthor).update(credit="full")
    Authorship.objects.filter(member=lead).update(credit="anonymous")
    assert [str(n) for n in author_credits(draft)] == ["A forum member", "Piotr Nowak"]
    drafting.leave_idea(lead, draft)
    drafting.leave_idea(coauthor, draft)
    assert list(draft.authorships.values_list("member", flat=True)) == [lead.pk]


def test_drafts_are_closed_once_sent_for_review(draft, lead):
    send_for_review(draft, lead.user)
    with pytest.raises(drafting.DraftClosed):
        save_draft_edit(lead, draft, newest(draft).latest_revision_id, "T", "S", rows(draft))


def test_a_reply_is_one_level_deep_and_as_private_as_its_comment(draft, lead, coauthor):
    top = add_comment(lead, draft, "Top", staff_only=True)
    reply = add_comment(coauthor, draft, "Reply", parent=top)
    deeper = add_comment(lead, draft, "Deeper", parent=reply)
    assert reply.parent == top and deeper.parent == top
    assert reply.staff_only and deeper.staff_only
