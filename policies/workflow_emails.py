"""Emails about the editorial workflow, sent as background tasks (members_area.emails):
authors hear of every step, co-signers hear when the idea is published, and each staff
group hears when an idea waits for it.

They replace Wagtail's own workflow emails, which are sent inside the request, in English,
with links into the admin (members never use it). `connect()` runs in this app's ready(),
before Wagtail's admin app connects its handlers: ours take the same dispatch_uid, so
Wagtail's are never connected."""

from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import AbstractGroupApprovalTask, TaskState, WorkflowState
from wagtail.signals import task_submitted, workflow_approved, workflow_rejected, workflow_submitted

from members_area.emails import send_email
from members_area.models import Member

from .stages import CHANGES_REQUESTED, COSIGNING, PUBLISHED, step_of_task
from .workflow_models import CoSignature


def _member_path(page):
    return reverse("members_area:cosign", args=[page.pk])


def _email_members(members, template, context):
    for member in members:
        if member.notify != Member.Notify.NEVER and member.user.email:
            send_email(member.user.email, template, context, member.preferred_language)


def _authors(page):
    return Member.objects.filter(authorships__page=page).select_related("user")


def email_authors(page, step, comment=""):
    context = {"title": page.title, "step": step, "comment": comment, "path": _member_path(page)}
    _email_members(_authors(page), "policies/emails/idea_progress", context)


def _page_of(workflow_state):
    return workflow_state.content_object.specific


def on_task_submitted(sender, instance, user=None, **kwargs):
    task = instance.task.specific
    page = _page_of(instance.workflow_state)
    step = step_of_task(task)
    email_authors(page, step)
    if isinstance(task, AbstractGroupApprovalTask):
        staff = get_user_model().objects.filter(groups__in=task.groups.all(), is_active=True)
        if user is not None:
            staff = staff.exclude(pk=user.pk)
        context = {
            "title": page.title,
            "task": task.name,
            "path": reverse("wagtailadmin_pages:edit", args=[page.pk]),
        }
        for email in staff.exclude(email="").values_list("email", flat=True).distinct():
            send_email(email, "policies/emails/waiting_for_review", context)


def on_workflow_submitted(sender, instance, user=None, **kwargs):
    """Co-signers of an earlier version are asked whether they support the one sent in."""
    current = instance.task_states.filter(status=TaskState.STATUS_IN_PROGRESS).first()
    page = _page_of(instance)
    if current is None or step_of_task(current.task.specific) != COSIGNING:
        return
    earlier = Member.objects.filter(cosignatures__page=page).exclude(
        cosignatures__cosigning_round=current
    )
    context = {"title": page.title, "path": _member_path(page)}
    _email_members(earlier.select_related("user"), "policies/emails/confirm_support", context)


def on_workflow_rejected(sender, instance, user=None, **kwargs):
    task_state = instance.current_task_state
    email_authors(_page_of(instance), CHANGES_REQUESTED, comment=task_state.comment)


def on_workflow_approved(sender, instance, user=None, **kwargs):
    page = _page_of(instance)
    email_authors(page, PUBLISHED)
    cosigners = Member.objects.filter(
        pk__in=CoSignature.objects.filter(page=page).values("member")
    ).select_related("user")
    context = {"title": page.title, "path": page.url or ""}
    _email_members(cosigners, "policies/emails/cosigned_idea_published", context)


def connect():
    task_submitted.connect(
        on_task_submitted,
        sender=TaskState,
        dispatch_uid="group_approval_task_submitted_email_notification",
    )
    workflow_submitted.connect(
        on_workflow_submitted,
        sender=WorkflowState,
        dispatch_uid="workflow_state_submitted_email_notification",
    )
    workflow_rejected.connect(
        on_workflow_rejected,
        sender=WorkflowState,
        dispatch_uid="workflow_state_rejected_email_notification",
    )
    workflow_approved.connect(
        on_workflow_approved,
        sender=WorkflowState,
        dispatch_uid="workflow_state_approved_email_notification",
    )
