"""Staff manage the workflow and act at the co-signing step from Wagtail's admin."""

import pytest
from django.urls import reverse

from policies.models import PolicyPage
from policies.stages import stage_of
from policies.workflow import submit_for_cosigning
from tests.conftest import skip_to_admin
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_staff_can_change_the_threshold_in_the_admin(client, workflow):
    task = workflow.tasks.first().specific
    skip_to_admin(client, UserFactory(is_superuser=True, is_staff=True))
    edit_url = reverse("wagtailadmin_workflows:edit_task", args=[task.pk])
    assert 'name="threshold"' in client.get(edit_url).content.decode()
    client.post(edit_url, {"name": task.name, "threshold": 3})
    task.refresh_from_db()
    assert task.threshold == 3


def test_policy_staff_request_changes_at_the_cosigning_step_from_the_admin(
    client, idea, author, policy_officer
):
    submit_for_cosigning(idea, author.user)
    skip_to_admin(client, policy_officer)
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[idea.pk])).content.decode()
    assert "Request changes" in edit
    task_state = idea.current_workflow_task_state
    client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[idea.pk, "reject", task_state.pk]),
        {"comment": "Make it shorter."},
    )
    stage = stage_of(PolicyPage.objects.get(pk=idea.pk))
    assert stage.key == "changes_requested"
    assert stage.comment == "Make it shorter."
