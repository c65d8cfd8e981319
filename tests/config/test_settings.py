import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.utils.module_loading import import_string

ROOT = Path(__file__).resolve().parents[2]


def run_manage(*args, **env):
    environment = {k: v for k, v in os.environ.items() if k not in ("SECRET_KEY", "ALLOWED_HOSTS")}
    environment.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
    )


def test_settings_load_with_six_languages_and_localize():
    assert settings.LANGUAGE_CODE == "en"
    assert settings.WAGTAIL_I18N_ENABLED is True
    assert [code for code, _ in settings.LANGUAGES] == ["en", "gd", "pl", "ur", "ar", "zh-hans"]
    assert "wagtail_localize" in settings.INSTALLED_APPS
    assert "wagtail_localize.locales" in settings.INSTALLED_APPS
    assert "wagtail.locales" not in settings.INSTALLED_APPS
    # Django's, or config.middleware's subclass of it.
    assert any(issubclass(import_string(name), LocaleMiddleware) for name in settings.MIDDLEWARE)


def test_production_refuses_to_start_without_secret_key():
    result = run_manage(
        "check", DJANGO_SETTINGS_MODULE="config.settings.production", ALLOWED_HOSTS="example.org"
    )
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = run_manage(
        "check", DJANGO_SETTINGS_MODULE="config.settings.production", SECRET_KEY="x" * 50
    )
    assert result.returncode != 0
    assert "ALLOWED_HOSTS must be set" in result.stderr


def test_production_passes_the_deploy_check():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY="k3y-" + "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJ",
        ALLOWED_HOSTS="example.org",
        # Rate limits must be counted in a shared cache (coproduce.W001).
        REDIS_URL="redis://127.0.0.1:6379/0",
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    "env, engine", [({}, "sqlite3"), ({"DATABASE_URL": "postgres://u@h/db"}, "postgresql")]
)
def test_dev_database_follows_database_url(env, engine):
    code = "from django.conf import settings; print(settings.DATABASES['default']['ENGINE'])"
    environment = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    environment.update(env, DJANGO_SETTINGS_MODULE="config.settings.dev")
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
    )
    assert result.stdout.strip().endswith(engine), result.stderr
