"""What happens when the editorial workflow's last step is approved (the
WAGTAIL_FINISH_WORKFLOW_ACTION setting). Wagtail's default publishes the page's latest
revision, which may be a draft someone saved after the reviewers looked. We publish exactly
the revision the final step approved.

Wagtail imports this while its models load, so it must not import models at the top."""


def publish_approved_revision(workflow_state, user=None):
    task_state = workflow_state.current_task_state
    if task_state is None:
        # A workflow with no steps approves nothing in particular: publish the latest.
        revision = workflow_state.content_object.get_latest_revision()
    else:
        revision = task_state.revision
    revision.publish(user=user)
