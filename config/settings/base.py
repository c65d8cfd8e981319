"""Settings shared by every environment. Anything that differs between machines is read
from the environment in the module for that environment."""

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = [h for h in os.environ.get("ALLOWED_HOSTS", "").split(",") if h]

INSTALLED_APPS = [
    # `config` first: its ready() wires the security log to Django's and Wagtail's signals,
    # and its templates (admin widgets without inline scripts) come before Wagtail's.
    "config.apps.CoproduceConfig",
    "home",
    "policies",
    "members_area",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.api.v2",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "csp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before the session: a cached public page skips everything below it.
    "home.caching.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Django's, except that a 404 from a view outside the language prefix (the API, the
    # members' area) stays a 404 instead of redirecting to /<lang>/….
    "config.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "members_area.middleware.MemberLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # No one reaches the Wagtail admin on a password alone.
    "members_area.middleware.StaffSecondFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "config.middleware.SiteCSPMiddleware",
    "config.middleware.PermissionsPolicyMiddleware",
    "config.middleware.NoStoreWhenSignedInMiddleware",
    "config.middleware.SecurityEventsMiddleware",
    "django_ratelimit.middleware.RatelimitMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# SQLite is the embedded default so that `make run` needs nothing installed; PostgreSQL
# (through psycopg 3) whenever DATABASE_URL points at it.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}", conn_max_age=60, conn_health_checks=True
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: the content languages and the interface languages are the same six.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("gd", "Gàidhlig"),
    ("pl", "Polski"),
    ("ur", "اردو"),
    ("ar", "العربية"),
    ("zh-hans", "中文"),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LANGUAGES_BIDI = ["ar", "ur"]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

# Translations start as drafts, so staff check them before the public sees them.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = BASE_DIR / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# "pages" holds whole public pages (home.caching) apart from everything else, so a publish
# can empty it in one command without touching sessions or rate-limit counters.
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"},
}
if os.environ.get("REDIS_URL"):
    REDIS_URL = os.environ["REDIS_URL"].rstrip("/")
    redis_server, _slash, redis_db = REDIS_URL.rpartition("/")
    CACHES = {
        "default": {
            "BACKEND": "config.redis_cache.RedisCache",
            "LOCATION": REDIS_URL,
        },
        "pages": {
            "BACKEND": "config.redis_cache.RedisCache",
            "LOCATION": os.environ.get(
                "PAGE_CACHE_REDIS_URL",
                f"{redis_server}/{int(redis_db) + 1}"
                if redis_db.isdigit() and "//" in redis_server
                else f"{REDIS_URL}/1",
            ),
        },
    }
    # Sessions are read on every signed-in request: from Redis, with the database behind it.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# Whole public pages are cached for anonymous visitors; any publish empties the cache.
PUBLIC_PAGE_CACHE_SECONDS = int(os.environ.get("PUBLIC_PAGE_CACHE_SECONDS", 300))

# Background jobs (notification emails): a database queue worked by `manage.py db_worker`.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Coproduce <forum@coproduce.example>")

WAGTAIL_SITE_NAME = "Coproduce"
WAGTAILADMIN_BASE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAIL_ENABLE_UPDATE_CHECK = False
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

SITE_NAME = _("Coproduce")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {"django.db.backends": {"level": "WARNING"}, "wagtail": {"level": "WARNING"}},
}

# --- The public site (issue 3) ---
# British date formats for English (config/formats/en/formats.py).
FORMAT_MODULE_PATH = ["config.formats"]
# --- Co-signing and the editorial workflow (policies/workflow.py, policies/cosigning.py) ---
# Approving the last workflow step publishes the revision that step approved, not the latest.
WAGTAIL_FINISH_WORKFLOW_ACTION = "policies.publishing.publish_approved_revision"
# --- Forum membership (issue 4): accounts through django-allauth, a second factor for ----
# --- staff, and the members' area shown in each member's own language. ------------------
AUTHENTICATION_BACKENDS = [
    "members_area.auth_backends.ModelBackend",
    "members_area.auth_backends.AllauthBackend",
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/members/"
LOGOUT_REDIRECT_URL = "/"
ACCOUNT_ADAPTER = "members_area.adapter.AccountAdapter"
ACCOUNT_FORMS = {
    "login": "members_area.forms.LoginForm",
    "signup": "members_area.forms.SignupForm",
    "reset_password": "members_area.forms.ResetPasswordForm",
    "reset_password_from_key": "members_area.forms.ResetPasswordKeyForm",
    "change_password": "members_area.forms.ChangePasswordForm",
    "reauthenticate": "members_area.forms.ReauthenticateForm",
}
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*"]
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
# Mail scanners follow links: the emailed link opens a page whose button confirms (POST).
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = False
ACCOUNT_LOGIN_ON_PASSWORD_RESET = False
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = True
ACCOUNT_EMAIL_SUBJECT_PREFIX = "Coproduce: "
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    # Five wrong passwords for one email locks that account's login for five minutes.
    "login_failed": "10/m/ip,5/300s/key",
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
}
# Staff use an authenticator app (TOTP) with recovery codes; no passkeys, whose pages need
# inline scripts.
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Coproduce"
MFA_FORMS = {
    "authenticate": "members_area.forms.AuthenticateForm",
    "reauthenticate": "members_area.forms.MFAReauthenticateForm",
    "activate_totp": "members_area.forms.ActivateTOTPForm",
}
# The Wagtail admin has no login of its own: /admin/ sends people to the one allauth login,
# so throttling and the second factor cannot be sidestepped.
WAGTAILADMIN_LOGIN_URL = "account_login"
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
# --- Languages: machine translation and the members' own language (issue 7) ---
# The machine translation service staff see in wagtail-localize: MACHINE_TRANSLATOR=deepl
# (DEEPL_API_KEY), libretranslate (LIBRETRANSLATE_URL, LIBRETRANSLATE_API_KEY), dummy or
# none. Dev defaults to the dummy; production.py defaults to none.
from config.machine_translation import machine_translator_setting  # noqa: E402

WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator_setting(os.environ, default="dummy")

# --- Security and privacy hardening (issue 11) --------------------------------------------

# One strict policy. Public and members' pages enforce it; the Wagtail admin gets the same
# policy report-only until it is shown to work under it (see config.middleware).
ADMIN_URL_PREFIX = "/admin/"
CSP_REPORT_PATH = "/csp-report/"
_STRICT_CSP = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "frame-ancestors": ["'none'"],
    "form-action": ["'self'"],
    "report-uri": CSP_REPORT_PATH,
}
CONTENT_SECURITY_POLICY = {"EXCLUDE_URL_PREFIXES": [ADMIN_URL_PREFIX], "DIRECTIVES": _STRICT_CSP}
# The admin frames its own preview of a page, so it may be framed by itself.
CONTENT_SECURITY_POLICY_REPORT_ONLY = {"DIRECTIVES": {**_STRICT_CSP, "frame-ancestors": ["'self'"]}}
# Wagtail's admin would show every account's Gravatar: each person's email hash sent to a
# third party whenever staff open a list of users. Initials only.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# Django has no setting for this header. Features the site never uses are switched off.
PERMISSIONS_POLICY = {"camera": [], "microphone": [], "geolocation": [], "payment": [], "usb": []}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"

# Abuse limits (django-ratelimit, counted in the default cache: Redis in production).
# name -> {key: rate}; every key must stay under its rate. Keys are django-ratelimit's:
# "ip", "user_or_ip", "post:<field>". Tests override single entries. Sign-up, the members'
# login and password reset are allauth's, limited by ACCOUNT_RATE_LIMITS above.
RATE_LIMITS = {
    "login": {"ip": "30/h", "post:username": "10/h"},
    "page_password": {"ip": "10/h"},
    "comment": {"user_or_ip": "30/h", "ip": "120/h"},
    "cosign": {"user_or_ip": "20/h", "ip": "100/h"},
    "suggest": {"user_or_ip": "30/h", "ip": "120/h"},
    "report": {"user_or_ip": "10/h", "ip": "60/h"},
    # Machine translation of comments costs the charity money per character.
    "translate": {"user_or_ip": "60/h", "ip": "300/h"},
    "csp_report": {"ip": "60/h"},
}
RATELIMIT_VIEW = "config.views.too_many_requests"
# Only the load benchmark switches the limits off, to measure co-signing itself.
RATELIMIT_ENABLE = os.environ.get("RATELIMIT_ENABLE", "true").lower() != "false"
# Behind a proxy every visitor would share the proxy's address; set this to the header the
# proxy overwrites (e.g. HTTP_X_REAL_IP). Never a header the visitor can set themselves.
RATELIMIT_IP_META_KEY = os.environ.get("RATELIMIT_IP_META_KEY") or None

# Who did what and when: login failures, throttling, refusals and moderation go to the
# coproduce.security logger. The filter strips passwords, tokens and members' words.
LOGGING["filters"] = {"redact": {"()": "config.security_log.RedactingFilter"}}
LOGGING["handlers"]["console"]["filters"] = ["redact"]
LOGGING["loggers"]["coproduce.security"] = {"level": "INFO", "filters": ["redact"]}
