"""The editorial workflow an idea goes through: forum co-signing, the policy team,
communications. Setting it up, finding where an idea is in it, sending an idea in and
taking it back."""

from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.db.transaction import TransactionManagementError
from django.utils.translation import gettext_lazy as _
from wagtail.models import (
    GroupApprovalTask,
    Page,
    TaskState,
    Workflow,
    WorkflowPage,
    WorkflowState,
    WorkflowTask,
)

from members_area.groups import COMMUNICATIONS, POLICY_TEAM

from .models import PolicyPage
from .workflow_models import CoSignTask

WORKFLOW_NAME = "Editorial review"
COSIGNING_TASK_NAME = "Forum co-signing"
POLICY_TASK_NAME = "Policy team review"
COMMUNICATIONS_TASK_NAME = "Communications sign-off"


class WorkflowError(Exception):
    """Something a member asked for can't happen now; the message says why, in plain words."""


def ensure_editorial_workflow(policy_index):
    """Create the workflow and give it to the policy index, once. After that it belongs to
    staff: what they change in the admin is left alone."""
    workflow = Workflow.objects.filter(name=WORKFLOW_NAME).first()
    if workflow is None:
        workflow = Workflow.objects.create(name=WORKFLOW_NAME)
        cosigning = CoSignTask.objects.create(name=COSIGNING_TASK_NAME, threshold=5)
        policy = GroupApprovalTask.objects.create(name=POLICY_TASK_NAME)
        policy.groups.set([Group.objects.get_or_create(name=POLICY_TEAM)[0]])
        communications = GroupApprovalTask.objects.create(name=COMMUNICATIONS_TASK_NAME)
        communications.groups.set([Group.objects.get_or_create(name=COMMUNICATIONS)[0]])
        for order, task in enumerate([cosigning, policy, communications]):
            WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=order)
    if not WorkflowPage.objects.filter(page=policy_index).exists():
        WorkflowPage.objects.create(page=policy_index, workflow=workflow)
    return workflow


def _page_states():
    return WorkflowState.objects.filter(base_content_type=ContentType.objects.get_for_model(Page))


def active_workflow_state(page):
    """The idea's workflow while it is in review or waiting for changes, else None."""
    return (
        _page_states()
        .active()
        .filter(object_id=str(page.pk))
        .select_related("current_task_state__task")
        .first()
    )


def cosigning_rounds():
    return TaskState.objects.filter(
        task__content_type=ContentType.objects.get_for_model(CoSignTask)
    )


def _round_sql(lock):
    task_state, workflow_state, task = (
        model._meta.db_table for model in (TaskState, WorkflowState, CoSignTask)
    )
    # SQLite (make run) has no row locks; it runs one write at a time anyway.
    lock = "FOR UPDATE OF ts" if lock and connection.features.has_select_for_update_of else ""
    return f"""
        SELECT ts.*, ws.status AS workflow_status, t.threshold
        FROM {task_state} ts
        JOIN {workflow_state} ws ON ws.id = ts.workflow_state_id
        JOIN {task} t ON t.task_ptr_id = ts.task_id
        WHERE ws.base_content_type_id = %s AND ws.object_id = %s
        ORDER BY ts.started_at DESC, ts.id DESC
        LIMIT 1 {lock}"""  # noqa: S608 (table names from the models, values as parameters)


def cosigning_round(page, lock=False):
    """The idea's latest co-signing task state (its "round"), or None if it never had one,
    with its workflow's `workflow_status` and its step's `threshold` (staff may change it).

    Co-signatures count in one round: the idea's count is the number of co-signatures in its
    latest round. With `lock`, the row stays locked until the transaction ends: every change
    to the count, and the step's approval, takes this lock first, so they happen one by one.

    Written in SQL because every co-sign asks it, under the lock: the ORM took longer to
    build this query (joins, lock clause, ordering) than PostgreSQL takes to answer it."""
    if lock and connection.get_autocommit():
        raise TransactionManagementError("cosigning_round(lock=True) needs a transaction.")
    rounds = TaskState.objects.raw(
        _round_sql(lock), [ContentType.objects.get_for_model(Page).pk, str(page.pk)]
    )
    return next(iter(rounds), None)


def is_open(cosigning_round):
    """Members can co-sign while the idea is in review, from the co-signing step until it is
    published. Co-signing stays open after the threshold, so late supporters are counted and
    credited too; it closes when changes are asked for or the idea is taken back."""
    return (
        cosigning_round is not None
        and cosigning_round.workflow_status == WorkflowState.STATUS_IN_PROGRESS
    )


def cosigning_is_open(page):
    return not page.live and is_open(cosigning_round(page))


def in_review(page):
    """Sent in and not yet published or sent back: the text is frozen for members."""
    state = active_workflow_state(page)
    return bool(state and state.status == WorkflowState.STATUS_IN_PROGRESS)


def changes_requested(page):
    state = active_workflow_state(page)
    return bool(state and state.status == WorkflowState.STATUS_NEEDS_CHANGES)


def _lock_idea(page):
    """Lock the idea's latest co-signing round, then the idea's row: the order in which
    co-signing takes them too, so two authors clicking at once (or an author and a
    co-signer) queue instead of colliding."""
    cosigning_round(page, lock=True)
    PolicyPage.objects.select_for_update(of=("self",)).filter(pk=page.pk).first()


@transaction.atomic
def submit_for_cosigning(page, user):
    """Send an idea into the workflow, or send it again after changes were asked for. A
    resubmission starts from co-signing again: the forum stands behind the new text first,
    then every staff step looks at it afresh."""
    if page.live:
        raise WorkflowError(_("This idea is already published."))
    if not page.shared_with_forum:
        raise WorkflowError(_("Share the idea with the forum before you send it for co-signing."))
    workflow = page.get_workflow()
    if workflow is None:
        raise WorkflowError(_("Ideas can't be sent for co-signing at the moment."))
    _lock_idea(page)
    state = active_workflow_state(page)
    if state and state.status == WorkflowState.STATUS_IN_PROGRESS:
        raise WorkflowError(_("This idea has already been sent."))
    if state:
        state.cancel(user=user)
    return workflow.start(page, user)


@transaction.atomic
def withdraw_from_workflow(page, user):
    """Take the idea back so the authors can change it. Co-signatures stay; co-signers are
    asked to confirm when the idea is sent again."""
    _lock_idea(page)
    state = active_workflow_state(page)
    if state is None:
        raise WorkflowError(_("This idea is not waiting for anything."))
    state.cancel(user=user)
    return state


def follow_reviewer_edits(sender, instance, created, **kwargs):
    """A reviewer who edits the idea during their own step approves what they edited, so
    their step now stands for the new revision (it is the one published if it is the last
    step). Anyone else's newer draft leaves the step on the revision it was given."""
    if not created or instance.user is None:
        return
    if instance.base_content_type_id != ContentType.objects.get_for_model(Page).pk:
        return
    state = (
        _page_states()
        .filter(object_id=instance.object_id, status=WorkflowState.STATUS_IN_PROGRESS)
        .select_related("current_task_state__task")
        .first()
    )
    task_state = state and state.current_task_state
    if not task_state or task_state.status != TaskState.STATUS_IN_PROGRESS:
        return
    page = instance.as_object()
    actions = task_state.task.specific.get_actions(page, instance.user)
    if any(name == "approve" for name, *_rest in actions):
        TaskState.objects.filter(pk=task_state.pk).update(revision=instance)
