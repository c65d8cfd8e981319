from django.apps import AppConfig


class PoliciesConfig(AppConfig):
    name = "policies"
    verbose_name = "Policy ideas"

    def ready(self):
        from django.db.models.signals import post_save
        from wagtail.models import Revision

        from . import workflow, workflow_emails

        workflow_emails.connect()
        post_save.connect(
            workflow.follow_reviewer_edits, sender=Revision, dispatch_uid="follow_reviewer_edits"
        )
