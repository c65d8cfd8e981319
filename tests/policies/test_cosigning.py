import pytest
from django.core.management import call_command
from wagtail.models import PageLogEntry, TaskState

from members_area.models import Credit, Member
from policies import cosigning
from policies.cosigning import (
    AlreadyCosigned,
    CosignError,
    confirm_cosignature,
    cosign,
    ideas_waiting_for_cosignature,
    publication_credits,
    withdraw_cosignature,
)
from policies.models import CoSignature, PolicyPage
from policies.stages import stage_of
from policies.workflow import (
    active_workflow_state,
    cosigning_round,
    submit_for_cosigning,
    withdraw_from_workflow,
)
from tests.cosign_fixtures import set_threshold
from tests.factories import MemberFactory, UserFactory

pytestmark = pytest.mark.django_db


def fresh(page):
    return PolicyPage.objects.get(pk=page.pk)


@pytest.fixture
def submitted(idea, author):
    submit_for_cosigning(idea, author.user)
    return fresh(idea)


def test_submitting_starts_the_cosigning_step(submitted):
    stage = stage_of(submitted)
    assert stage.key == "cosigning"
    assert str(stage.label) == "Collecting co-signatures (0 of 5)"
    assert stage.since is not None


def test_cosigning_counts_and_records_revision_statement_and_credit(submitted):
    member = MemberFactory()
    signature = cosign(member, submitted, "<b>Rents</b> are too high", Credit.ANONYMOUS)
    assert signature.statement == "Rents are too high"
    assert signature.credit == Credit.ANONYMOUS
    assert signature.revision_id == submitted.latest_revision_id
    assert fresh(submitted).cosignature_count == 1
    assert PageLogEntry.objects.filter(page=submitted, action="coproduce.cosign").count() == 1


def test_a_member_cosigns_only_once(submitted):
    member = MemberFactory()
    cosign(member, submitted)
    with pytest.raises(AlreadyCosigned):
        cosign(member, submitted)
    assert CoSignature.objects.filter(page=submitted).count() == 1
    assert fresh(submitted).cosignature_count == 1


def test_authors_cannot_cosign_their_own_idea(submitted, author):
    with pytest.raises(CosignError):
        cosign(author, submitted)
    assert not CoSignature.objects.exists()


def test_pending_members_cannot_cosign(submitted):
    with pytest.raises(CosignError):
        cosign(MemberFactory(status=Member.Status.PENDING), submitted)
    assert not CoSignature.objects.exists()


def test_nobody_cosigns_a_draft_that_was_not_sent(idea):
    with pytest.raises(CosignError):
        cosign(MemberFactory(), idea)
    assert not CoSignature.objects.exists()


def test_nobody_cosigns_while_changes_are_requested(submitted, policy_officer):
    state = active_workflow_state(submitted)
    state.current_task_state.task.specific.on_action(
        state.current_task_state, policy_officer, "reject", comment="Shorter please"
    )
    with pytest.raises(CosignError):
        cosign(MemberFactory(), fresh(submitted))
    assert not CoSignature.objects.exists()


def test_reaching_the_threshold_moves_the_idea_to_the_policy_team(submitted, workflow, mailoutbox):
    set_threshold(workflow, 2)
    cosign(MemberFactory(), submitted)
    assert stage_of(fresh(submitted)).key == "cosigning"
    cosign(MemberFactory(), submitted)
    page = fresh(submitted)
    assert stage_of(page).key == "policy"
    first_round = cosigning_round(page)
    assert first_round.status == TaskState.STATUS_APPROVED
    # Co-signing stays open after the threshold; the step does not approve again.
    cosign(MemberFactory(), page)
    assert fresh(page).cosignature_count == 3
    assert stage_of(fresh(page)).key == "policy"
    assert TaskState.objects.filter(status=TaskState.STATUS_APPROVED).count() == 1


def test_withdrawing_a_cosignature_lowers_the_count(submitted):
    member = MemberFactory()
    cosign(member, submitted)
    withdraw_cosignature(member, submitted)
    assert fresh(submitted).cosignature_count == 0
    assert not CoSignature.objects.exists()
    assert PageLogEntry.objects.filter(action="coproduce.cosign.withdraw").count() == 1
    with pytest.raises(CosignError):
        withdraw_cosignature(member, submitted)


def test_ideas_waiting_for_cosignature(submitted, policy_index, author, django_assert_num_queries):
    from tests.factories import shared_idea

    member = MemberFactory()
    other = shared_idea(policy_index, MemberFactory())
    submit_for_cosigning(other, other.authorships.get().member.user)
    not_sent = shared_idea(policy_index, MemberFactory())
    mine = shared_idea(policy_index, member)
    submit_for_cosigning(mine, member.user)
    with django_assert_num_queries(1):
        waiting = list(ideas_waiting_for_cosignature(member))
    assert {p["pk"] for p in waiting} == {submitted.pk, other.pk}
    assert not_sent.pk not in {p["pk"] for p in waiting}
    assert {p["threshold"] for p in waiting} == {5}
    assert not any(p["signed_earlier"] for p in waiting)
    cosign(member, fresh(other))
    assert [p["pk"] for p in ideas_waiting_for_cosignature(member)] == [submitted.pk]
    assert {p["pk"] for p in ideas_waiting_for_cosignature(author)} == {other.pk, mine.pk}
    pending = MemberFactory(status=Member.Status.PENDING)
    assert list(ideas_waiting_for_cosignature(pending)) == []


def test_resubmission_asks_earlier_cosigners_to_confirm(submitted, author, mailoutbox):
    early, late = MemberFactory(), MemberFactory()
    cosign(early, submitted)
    cosign(late, submitted)
    withdraw_from_workflow(submitted, author.user)
    page = fresh(submitted)
    page.title = "A changed title"
    page.save_revision(user=author.user)
    mailoutbox.clear()
    submit_for_cosigning(fresh(page), author.user)
    page = fresh(page)
    assert page.cosignature_count == 0
    assert sorted(m.to[0] for m in mailoutbox if "still support" in m.subject) == sorted(
        [early.user.email, late.user.email]
    )
    assert [p["pk"] for p in ideas_waiting_for_cosignature(early)] == [page.pk]
    assert ideas_waiting_for_cosignature(early)[0]["signed_earlier"]
    confirm_cosignature(early, page)
    page = fresh(page)
    assert page.cosignature_count == 1
    current, earlier = cosigning.cosigners(page, cosigning_round(page))
    assert [s.member for s in current] == [early]
    assert [s.member for s in earlier] == [late]
    with pytest.raises(CosignError):
        confirm_cosignature(early, page)
    # An earlier supporter taking back their support does not change the current count.
    withdraw_cosignature(late, page)
    assert fresh(page).cosignature_count == 1


def test_unchanged_idea_sent_again_keeps_its_cosignatures(submitted, author):
    cosign(MemberFactory(), submitted)
    withdraw_from_workflow(submitted, author.user)
    submit_for_cosigning(fresh(submitted), author.user)
    assert fresh(submitted).cosignature_count == 1


def test_reconcile_repairs_a_counter_changed_by_hand(submitted):
    for _ in range(3):
        cosign(MemberFactory(), submitted)
    PolicyPage.objects.filter(pk=submitted.pk).update(cosignature_count=42)
    call_command("reconcile_cosignatures")
    assert fresh(submitted).cosignature_count == 3
    assert not cosigning.pages_with_wrong_counts().exists()


def test_publication_credits_name_cosigners_as_they_chose(submitted):
    full = MemberFactory(user=UserFactory(first_name="Ann", last_name="Lee"))
    first = MemberFactory(user=UserFactory(first_name="Bob", last_name="Roy"))
    cosign(full, submitted, credit=Credit.FULL_NAME)
    cosign(first, submitted, credit=Credit.FIRST_NAME)
    cosign(MemberFactory(), submitted, credit=Credit.ANONYMOUS)
    assert publication_credits(submitted) == ["Ann Lee", "Bob"]


def test_an_unchanged_idea_with_enough_cosignatures_goes_straight_on(submitted, author, workflow):
    set_threshold(workflow, 1)
    cosign(MemberFactory(), submitted)
    withdraw_from_workflow(fresh(submitted), author.user)
    submit_for_cosigning(fresh(submitted), author.user)
    assert stage_of(fresh(submitted)).key == "policy"


def test_staff_see_each_cosignature_in_the_ideas_history(submitted, admin_client):
    # The history entry is written by cosigning._record, not Wagtail's log(): it must read
    # the same in the admin, with who did it.
    member = MemberFactory()
    cosign(member, submitted)
    html = admin_client.get(f"/admin/pages/{submitted.pk}/history/").content.decode()
    assert "Co-signed" in html
    assert member.user.get_full_name() in html or member.user.get_username() in html
