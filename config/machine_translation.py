"""Which machine translation service wagtail-localize offers staff, read from the environment.

MACHINE_TRANSLATOR=deepl needs DEEPL_API_KEY; MACHINE_TRANSLATOR=libretranslate needs
LIBRETRANSLATE_URL (and LIBRETRANSLATE_API_KEY when the server asks for one);
MACHINE_TRANSLATOR=dummy reverses the words (dev and tests); MACHINE_TRANSLATOR=none hides
the "Translate with…" button. Kept apart from the settings so it can be tested directly.
"""

from django.core.exceptions import ImproperlyConfigured

LOCALIZE = "wagtail_localize.machine_translators"


def _required(environ, name, service):
    value = environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"MACHINE_TRANSLATOR={service} needs {name} to be set.")
    return value


def machine_translator_setting(environ, default="dummy"):
    """The WAGTAILLOCALIZE_MACHINE_TRANSLATOR setting for this environment (None: no service)."""
    choice = (environ.get("MACHINE_TRANSLATOR") or default).strip().lower()
    if choice == "none":
        return None
    if choice == "dummy":
        return {"CLASS": f"{LOCALIZE}.dummy.DummyTranslator"}
    if choice == "deepl":
        return {
            "CLASS": f"{LOCALIZE}.deepl.DeepLTranslator",
            "OPTIONS": {"AUTH_KEY": _required(environ, "DEEPL_API_KEY", choice)},
        }
    if choice == "libretranslate":
        return {
            "CLASS": f"{LOCALIZE}.libretranslate.LibreTranslator",
            "OPTIONS": {
                "LIBRETRANSLATE_URL": _required(environ, "LIBRETRANSLATE_URL", choice).rstrip("/"),
                "API_KEY": environ.get("LIBRETRANSLATE_API_KEY", "").strip(),
            },
        }
    raise ImproperlyConfigured(
        f"MACHINE_TRANSLATOR={choice!r} is not known: use deepl, libretranslate, dummy or none."
    )
