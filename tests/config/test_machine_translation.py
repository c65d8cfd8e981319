import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test import override_settings
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.machine_translators.deepl import DeepLTranslator
from wagtail_localize.machine_translators.dummy import DummyTranslator
from wagtail_localize.machine_translators.libretranslate import LibreTranslator

from config.machine_translation import machine_translator_setting

ROOT = Path(__file__).resolve().parents[2]


def translator_for(environ, default="dummy"):
    with override_settings(
        WAGTAILLOCALIZE_MACHINE_TRANSLATOR=machine_translator_setting(environ, default)
    ):
        return get_machine_translator()


def test_deepl_is_chosen_with_its_key():
    translator = translator_for({"MACHINE_TRANSLATOR": "deepl", "DEEPL_API_KEY": "abc:fx"})
    assert isinstance(translator, DeepLTranslator)
    assert translator.get_api_endpoint() == "https://api-free.deepl.com/v2/translate"


def test_libretranslate_is_chosen_with_its_address_and_key():
    translator = translator_for(
        {
            "MACHINE_TRANSLATOR": "LibreTranslate",
            "LIBRETRANSLATE_URL": "https://translate.example.org/",
            "LIBRETRANSLATE_API_KEY": "k",
        }
    )
    assert isinstance(translator, LibreTranslator)
    assert translator.get_api_endpoint() == "https://translate.example.org"
    assert translator.options["API_KEY"] == "k"


def test_dummy_is_the_default_and_none_switches_it_off():
    assert isinstance(translator_for({}), DummyTranslator)
    assert translator_for({}, default="none") is None
    assert translator_for({"MACHINE_TRANSLATOR": "none"}) is None


@pytest.mark.parametrize(
    "environ, missing",
    [
        ({"MACHINE_TRANSLATOR": "deepl"}, "DEEPL_API_KEY"),
        ({"MACHINE_TRANSLATOR": "libretranslate"}, "LIBRETRANSLATE_URL"),
        ({"MACHINE_TRANSLATOR": "google"}, "not known"),
    ],
)
def test_a_half_configured_service_stops_the_start(environ, missing):
    with pytest.raises(ImproperlyConfigured, match=missing):
        machine_translator_setting(environ)


def test_production_offers_no_machine_translation_unless_configured():
    code = (
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR)"
    )
    environment = {k: v for k, v in os.environ.items() if k != "MACHINE_TRANSLATOR"}
    environment.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY="x" * 50,
        ALLOWED_HOSTS="example.org",
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=environment, capture_output=True, text=True
    )
    assert result.stdout.strip() == "None", result.stderr
    environment.update(MACHINE_TRANSLATOR="deepl", DEEPL_API_KEY="secret")
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=environment, capture_output=True, text=True
    )
    assert "DeepLTranslator" in result.stdout, result.stderr
