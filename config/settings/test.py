"""Test settings. The database is DATABASE_URL when set; otherwise the machine's PostgreSQL
when it answers on 127.0.0.1:5432; otherwise SQLite, and tests marked `postgres` skip."""

import os
import socket

import dj_database_url

from .base import *  # noqa: F401,F403


def _local_postgres_answers():
    try:
        with socket.create_connection(("127.0.0.1", 5432), timeout=0.5):
            return True
    except OSError:
        return False


if os.environ.get("DATABASE_URL"):
    DATABASES = {"default": dj_database_url.parse(os.environ["DATABASE_URL"])}
elif _local_postgres_answers():
    DATABASES = {"default": dj_database_url.parse("postgres://postgres@127.0.0.1:5432/coproduce")}
else:
    DATABASES = {"default": dj_database_url.parse("sqlite:///:memory:")}

DEBUG = False
SECRET_KEY = "test-only-not-secret"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"
WHITENOISE_USE_FINDERS = True
# Off by default so one test's pages never leak into another's; tests of the cache turn it on.
PUBLIC_PAGE_CACHE_SECONDS = 0
# Tests never call a real translation service, whatever the environment says.
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
    "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"
}
