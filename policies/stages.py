"""Where an idea stands, in plain words with a date, for members and staff alike."""

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _
from wagtail.models import GroupApprovalTask, Page, WorkflowState

from members_area.groups import COMMUNICATIONS, POLICY_TEAM

from .workflow_models import CoSignTask

DRAFT = "draft"
SHARED = "shared"
COSIGNING = "cosigning"
POLICY_TEAM_REVIEW = "policy"
COMMUNICATIONS_REVIEW = "communications"
STAFF_REVIEW = "review"
PUBLISHED = "published"
CHANGES_REQUESTED = "changes_requested"

LABELS = {
    DRAFT: _("Draft"),
    SHARED: _("Shared with the forum"),
    POLICY_TEAM_REVIEW: _("With the policy team"),
    COMMUNICATIONS_REVIEW: _("With communications"),
    STAFF_REVIEW: _("With the charity's staff"),
    PUBLISHED: _("Published"),
    CHANGES_REQUESTED: _("Changes requested"),
}
ASKED_BY = {
    POLICY_TEAM_REVIEW: _("The policy team asked for changes:"),
    COMMUNICATIONS_REVIEW: _("Communications asked for changes:"),
    STAFF_REVIEW: _("The charity's staff asked for changes:"),
}


@dataclass
class Stage:
    key: str
    since: datetime | None
    count: int | None = None
    threshold: int | None = None
    comment: str = ""
    asked_by: str = ""

    @property
    def label(self):
        if self.key == COSIGNING:
            return _("Collecting co-signatures (%(count)s of %(threshold)s)") % {
                "count": self.count,
                "threshold": self.threshold,
            }
        return LABELS[self.key]

    @property
    def asked_by_message(self):
        return ASKED_BY.get(self.asked_by, ASKED_BY[STAFF_REVIEW])


def _staff_step(task_id, group_names):
    names = group_names.get(task_id, set())
    if POLICY_TEAM in names:
        return POLICY_TEAM_REVIEW
    if COMMUNICATIONS in names:
        return COMMUNICATIONS_REVIEW
    return STAFF_REVIEW


def _stage(page, state, thresholds, group_names):
    if page.live:
        return Stage(PUBLISHED, page.first_published_at)
    if state is None or state.current_task_state is None:
        if page.shared_with_forum:
            return Stage(SHARED, page.shared_at)
        return Stage(DRAFT, page.latest_revision_created_at)
    task_state = state.current_task_state
    task_id = task_state.task_id
    if state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        # A request for changes at the co-signing step comes from the policy team (only
        # they may act there).
        asked_by = (
            POLICY_TEAM_REVIEW if task_id in thresholds else _staff_step(task_id, group_names)
        )
        return Stage(
            CHANGES_REQUESTED, task_state.finished_at, comment=task_state.comment, asked_by=asked_by
        )
    if task_id in thresholds:
        return Stage(
            COSIGNING,
            task_state.started_at,
            count=page.cosignature_count,
            threshold=thresholds[task_id],
        )
    return Stage(_staff_step(task_id, group_names), task_state.started_at)


def stages_of(pages):
    """{page id: Stage} for many ideas, in at most three queries whatever their number."""
    pages = list(pages)
    if not pages:  # most members have written no idea: their home asks with none
        return {}
    states = {
        int(state.object_id): state
        for state in WorkflowState.objects.active()
        .filter(
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id__in=[str(page.pk) for page in pages],
        )
        .select_related("current_task_state")
    }
    task_ids = {s.current_task_state.task_id for s in states.values() if s.current_task_state}
    thresholds, group_names = {}, defaultdict(set)
    if task_ids:
        thresholds = dict(CoSignTask.objects.filter(pk__in=task_ids).values_list("pk", "threshold"))
        for task_id, name in GroupApprovalTask.groups.through.objects.filter(
            groupapprovaltask_id__in=task_ids
        ).values_list("groupapprovaltask_id", "group__name"):
            group_names[task_id].add(name)
    return {page.pk: _stage(page, states.get(page.pk), thresholds, group_names) for page in pages}


def step_of_task(task):
    """The stage an idea reaches when `task` starts (used as it starts, for emails)."""
    if isinstance(task, CoSignTask):
        return COSIGNING
    if isinstance(task, GroupApprovalTask):
        return _staff_step(task.pk, {task.pk: set(task.groups.values_list("name", flat=True))})
    return STAFF_REVIEW


def stage_of(page):
    return stages_of([page])[page.pk]
