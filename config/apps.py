from django.apps import AppConfig


class CoproduceConfig(AppConfig):
    """The project package as an app, so that site-wide security wiring has a ready()."""

    name = "config"
    verbose_name = "Coproduce site"

    def ready(self):
        from . import checks, security_log  # noqa: F401  (registers checks and signal receivers)
