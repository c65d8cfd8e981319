from django.apps import AppConfig


class MembersAreaConfig(AppConfig):
    name = "members_area"
    verbose_name = "Members' area"

    def ready(self):
        from . import data_export, signals  # noqa: F401  (registers receivers and sections)
