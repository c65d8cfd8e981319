from django.apps import AppConfig


class PoliciesConfig(AppConfig):
    name = "policies"
    verbose_name = "Policy ideas"

    def ready(self):
        from . import workflow_emails

        workflow_emails.connect()
