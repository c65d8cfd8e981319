"""The security log (logger `coproduce.security`): who did what, and when. One line per event,
`key=value` pairs, so it can be searched. It never holds passwords, tokens or the words
members write: callers pass ids, and `RedactingFilter` blanks any value whose key names a
secret or a member's text, in case one slips through."""

import logging
from collections.abc import Mapping

from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_login_failed
from django.core.exceptions import ImproperlyConfigured
from django.dispatch import receiver
from django.utils import timezone
from django_ratelimit.core import _get_ip
from wagtail.signals import (
    page_unpublished,
    task_approved,
    task_cancelled,
    task_rejected,
    workflow_approved,
    workflow_cancelled,
    workflow_rejected,
    workflow_submitted,
)

logger = logging.getLogger("coproduce.security")

REDACTED = "[redacted]"
# Keys whose values are never logged: secrets, and anything a member wrote.
SECRET_WORDS = ("password", "passwd", "secret", "token", "csrf", "cookie", "authorization")
SECRET_KEYS = {"key", "otp", "code", "pin", "sessionid", "session_key", "signature"}
MEMBER_TEXT_KEYS = {
    "text",
    "body",
    "comment",
    "content",
    "summary",
    "title",
    "heading",
    "quote",
    "message",
    "about_renting",
    "display_name",
    "first_name",
    "last_name",
    "name",
    "email",
    "username",
    "login",
}


def is_sensitive(key):
    key = str(key).lower()
    return (
        key in SECRET_KEYS
        or key in MEMBER_TEXT_KEYS
        or key.endswith("_key")
        or any(word in key for word in SECRET_WORDS)
    )


def redact(values):
    return {
        key: REDACTED
        if is_sensitive(key)
        else redact(value)
        if isinstance(value, Mapping)
        else value
        for key, value in values.items()
    }


# Attributes every LogRecord has; only the extra ones a caller added are inspected.
_RECORD_ATTRIBUTES = set(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message"}


class RedactingFilter(logging.Filter):
    def filter(self, record):
        if isinstance(record.args, Mapping):
            record.args = redact(record.args)
        for attribute in set(vars(record)) - _RECORD_ATTRIBUTES:
            value = getattr(record, attribute)
            if is_sensitive(attribute):
                setattr(record, attribute, REDACTED)
            elif isinstance(value, Mapping):
                setattr(record, attribute, redact(value))
        return True


def describe_user(user):
    if user is None or not user.is_authenticated:
        return "anonymous"
    return f"user:{user.pk}"


def describe_request(request):
    """Method and URL pattern, not the path: paths can carry reset and confirmation tokens."""
    match = getattr(request, "resolver_match", None)
    where = f"/{match.route}" if match and match.route else request.path_info
    return f"{request.method} {where}"


def client_address(request):
    """The address the rate limits count (RATELIMIT_IP_META_KEY behind a proxy). Logging
    must never be what breaks a request, so a missing header logs as unknown."""
    try:
        return _get_ip(request)
    except (ImproperlyConfigured, KeyError, ValueError):
        return "unknown"


def log_event(event, *, request=None, user=None, level=logging.WARNING, **details):
    """Log one security event. `details` are ids and short codes, never text people wrote."""
    if user is None and request is not None:
        user = getattr(request, "user", None)
    fields = {"event": event, "who": describe_user(user)}
    if request is not None:
        fields["ip"] = client_address(request)
        fields["what"] = describe_request(request)
    fields.update(details)
    fields["when"] = timezone.now().isoformat(timespec="seconds")
    message = " ".join(f"{key}=%({key})s" for key in fields)
    logger.log(level, message, fields, extra={"security_event": event})


def log_moderation(user, action, obj):
    """For staff and authors' moderation: hiding a comment, approving a member, and so on."""
    log_event("moderation", user=user, level=logging.INFO, action=action, object=_describe(obj))


def _describe(obj):
    return f"{obj._meta.label_lower}:{obj.pk}"


@receiver(user_login_failed)
def log_failed_login(sender, credentials, request=None, **kwargs):
    # Not the typed username: people type passwords into it. Only whether it is an account.
    User = get_user_model()
    if credentials.get("username"):
        lookup = {User.USERNAME_FIELD: credentials["username"]}
    else:  # allauth signs in by email
        lookup = {"email__iexact": credentials.get("email") or ""}
    account = User.objects.filter(**lookup).only("pk").first()
    log_event(
        "login_failed",
        request=request,
        account=f"user:{account.pk}" if account else "unknown",
    )


def _log_workflow(action):
    def receiver_(sender, instance, user=None, **kwargs):
        # A task state belongs to a workflow state, which names the page under review.
        state = getattr(instance, "workflow_state", instance)
        log_event(
            "moderation",
            user=user,
            level=logging.INFO,
            action=action,
            object=_describe(instance),
            page=state.object_id,
        )

    return receiver_


# Wagtail's workflow: each review step, and the whole review, approved, rejected, cancelled.
_WORKFLOW_SIGNALS = {
    task_approved: "review_step_approved",
    task_rejected: "review_step_rejected",
    task_cancelled: "review_step_cancelled",
    workflow_submitted: "review_started",
    workflow_approved: "review_approved",
    workflow_rejected: "review_rejected",
    workflow_cancelled: "review_cancelled",
}
for _signal, _action in _WORKFLOW_SIGNALS.items():
    _signal.connect(_log_workflow(_action), weak=False, dispatch_uid=f"security-log-{_action}")


@receiver(page_unpublished, dispatch_uid="security-log-unpublished")
def log_unpublished(sender, instance, **kwargs):
    log_event("moderation", level=logging.INFO, action="unpublished", object=_describe(instance))
