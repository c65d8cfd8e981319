from django.apps import AppConfig


class MembersAreaConfig(AppConfig):
    name = "members_area"
    verbose_name = "Members' area"
