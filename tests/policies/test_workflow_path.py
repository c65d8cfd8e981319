"""The whole way from a shared draft to a published idea, through Wagtail's workflow."""

import pytest
from wagtail.models import PageLogEntry, TaskState

from policies.cosigning import confirm_cosignature, cosign
from policies.models import PolicyPage
from policies.stages import stage_of
from policies.workflow import (
    active_workflow_state,
    ensure_editorial_workflow,
    submit_for_cosigning,
)
from tests.cosign_fixtures import set_threshold
from tests.factories import MemberFactory

pytestmark = pytest.mark.django_db


def fresh(page):
    return PolicyPage.objects.get(pk=page.pk)


def act(page, user, action, **kwargs):
    task_state = active_workflow_state(page).current_task_state
    task_state.task.specific.on_action(task_state, user, action, **kwargs)
    return fresh(page)


def subjects_to(mailoutbox, email):
    return [m.subject for m in mailoutbox if m.to == [email]]


def test_the_full_path_publishes_exactly_the_approved_revision(
    idea, author, workflow, policy_officer, comms_officer, mailoutbox
):
    set_threshold(workflow, 2)
    signers = [MemberFactory(), MemberFactory()]

    submit_for_cosigning(idea, author.user)
    assert stage_of(fresh(idea)).key == "cosigning"
    for member in signers:
        cosign(member, fresh(idea), "I rent too")
    page = fresh(idea)
    assert stage_of(page).key == "policy"
    assert subjects_to(mailoutbox, policy_officer.email) == [f'Waiting for you: "{page.title}"']

    page = act(page, policy_officer, "reject", comment="Please say what it would cost.")
    stage = stage_of(page)
    assert stage.key == "changes_requested"
    assert str(stage.asked_by_message) == "The policy team asked for changes:"
    assert stage.comment == "Please say what it would cost."
    assert "Please say what it would cost." in mailoutbox[-1].body
    assert mailoutbox[-1].to == [author.user.email]

    page.summary = "Rents should rise no faster than wages. It costs the council nothing."
    page.save_revision(user=author.user)
    submit_for_cosigning(fresh(page), author.user)
    page = fresh(page)
    assert stage_of(page).key == "cosigning"
    assert page.cosignature_count == 0
    for member in signers:
        assert subjects_to(mailoutbox, member.user.email)[-1].startswith("Do you still support")
        confirm_cosignature(member, fresh(page))
    page = fresh(page)
    assert stage_of(page).key == "policy"

    page = act(page, policy_officer, "approve")
    assert stage_of(page).key == "communications"
    assert subjects_to(mailoutbox, comms_officer.email) == [f'Waiting for you: "{page.title}"']
    approved_revision = active_workflow_state(page).current_task_state.revision

    # Someone saves a newer draft while communications look at the approved one.
    newer = fresh(page)
    newer.title = "An unreviewed title"
    newer.save_revision(user=policy_officer)

    page = act(page, comms_officer, "approve")
    assert page.live
    assert page.live_revision_id == approved_revision.pk
    assert page.title == idea.title
    assert page.summary.endswith("costs the council nothing.")
    assert page.cosignature_count == 2
    assert stage_of(page).key == "published"

    for member in signers:
        assert subjects_to(mailoutbox, member.user.email)[-1].startswith(
            "An idea you co-signed is published"
        )
    author_subjects = subjects_to(mailoutbox, author.user.email)
    assert author_subjects == [
        f'"{idea.title}" is collecting co-signatures',
        f'"{idea.title}" is with the policy team',
        f'Changes asked for on "{idea.title}"',
        f'"{idea.title}" is collecting co-signatures',
        f'"{idea.title}" is with the policy team',
        f'"{idea.title}" is with communications',
        f'"{idea.title}" is published',
    ]

    actions = list(
        PageLogEntry.objects.filter(page=page).order_by("pk").values_list("action", flat=True)
    )
    assert actions.count("wagtail.workflow.start") == 2
    assert actions.count("coproduce.cosign") == 2
    assert actions.count("coproduce.cosign.confirm") == 2
    assert actions.count("wagtail.workflow.reject") == 1
    assert actions.count("wagtail.workflow.approve") == 4
    assert actions[-1] == "wagtail.publish" or "wagtail.publish" in actions


def test_policy_staff_can_approve_early_at_the_cosigning_step(idea, author, policy_officer):
    submit_for_cosigning(idea, author.user)
    task = active_workflow_state(idea).current_task_state.task.specific
    assert [name for name, *_ in task.get_actions(idea, policy_officer)] == ["reject", "approve"]
    assert task.get_actions(idea, MemberFactory().user) == []
    assert task.get_task_states_user_can_moderate(policy_officer).count() == 1
    page = act(idea, policy_officer, "approve", comment="Urgent")
    assert stage_of(page).key == "policy"


def test_a_late_override_does_nothing_when_the_step_already_moved_on(
    idea, author, workflow, policy_officer
):
    set_threshold(workflow, 1)
    submit_for_cosigning(idea, author.user)
    task_state = active_workflow_state(idea).current_task_state
    cosign(MemberFactory(), fresh(idea))
    task_state.task.specific.on_action(task_state, policy_officer, "approve")
    assert TaskState.objects.filter(status=TaskState.STATUS_APPROVED).count() == 1
    assert stage_of(fresh(idea)).key == "policy"


def test_the_text_is_frozen_for_members_but_not_staff_while_in_review(idea, author, policy_officer):
    submit_for_cosigning(idea, author.user)
    lock = fresh(idea).get_lock()
    assert lock.for_user(author.user)
    assert not lock.for_user(policy_officer)


def test_the_workflow_is_created_once_and_staff_changes_are_kept(policy_index, workflow):
    task = workflow.tasks.first().specific
    task.threshold = 9
    task.save()
    again = ensure_editorial_workflow(policy_index)
    assert again.pk == workflow.pk
    assert [t.name for t in again.tasks] == [
        "Forum co-signing",
        "Policy team review",
        "Communications sign-off",
    ]
    assert again.tasks.first().specific.threshold == 9


def test_members_get_no_wagtail_admin_emails(idea, author, workflow, policy_officer, mailoutbox):
    set_threshold(workflow, 1)
    submit_for_cosigning(idea, author.user)
    cosign(MemberFactory(), fresh(idea))
    act(fresh(idea), policy_officer, "reject", comment="No")
    assert all("/admin/" not in m.body for m in mailoutbox if m.to == [author.user.email])


def test_the_public_page_credits_named_cosigners_and_the_total(
    client, idea, author, workflow, policy_officer, comms_officer
):
    from members_area.models import Credit
    from tests.factories import UserFactory

    set_threshold(workflow, 2)
    submit_for_cosigning(idea, author.user)
    named = MemberFactory(user=UserFactory(first_name="Morven", last_name="Dunn"))
    cosign(named, fresh(idea), credit=Credit.FULL_NAME)
    cosign(MemberFactory(), fresh(idea), credit=Credit.ANONYMOUS)
    act(fresh(idea), policy_officer, "approve")
    page = act(fresh(idea), comms_officer, "approve")
    html = client.get(page.url).content.decode()
    assert "Morven Dunn" in html
    assert "2 forum members co-signed this idea." in html


def test_a_reviewer_who_edits_in_their_step_publishes_their_edit(
    idea, author, workflow, policy_officer, comms_officer
):
    set_threshold(workflow, 1)
    submit_for_cosigning(idea, author.user)
    cosign(MemberFactory(), fresh(idea))
    act(fresh(idea), policy_officer, "approve")
    edited = fresh(idea)
    edited.title = "Fair rents for all"
    revision = edited.save_revision(user=comms_officer)
    page = act(fresh(idea), comms_officer, "approve")
    assert page.live_revision_id == revision.pk
    assert page.title == "Fair rents for all"


def test_authors_who_chose_no_emails_get_none(idea, author, mailoutbox):
    from members_area.models import Member

    author.notify = Member.Notify.NEVER
    author.save()
    submit_for_cosigning(idea, author.user)
    assert not [m for m in mailoutbox if m.to == [author.user.email]]
