"""Every email the site sends goes through `send_email`, which queues a background task
(django-tasks: a database queue in dev and production, run at once in tests). The email is
written in the recipient's own language."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation
from django_tasks import task


@task()
def deliver_email(to, template, context, language):
    """Render `<template>_subject.txt` and `<template>_body.txt` in `language` and send them."""
    with translation.override(language or settings.LANGUAGE_CODE):
        context = {"site_url": settings.WAGTAILADMIN_BASE_URL, **context}
        subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
        body = render_to_string(f"{template}_body.txt", context)
    send_mail(subject, body, None, [to])


@task()
def deliver_rendered_email(subject, body, from_email, to):
    """Send a message already written (allauth renders its own account emails)."""
    send_mail(subject, body, from_email, to)


def send_email(to, template, context=None, language=None):
    """Queue one email. `context` must be JSON-serialisable (ids and strings, not objects)."""
    if not to:
        return None
    return deliver_email.enqueue(to=to, template=template, context=context or {}, language=language)
