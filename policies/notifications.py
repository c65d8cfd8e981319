"""Telling members what happened on ideas they write or follow: an entry in their on-site
list always, and an email straight away, in a daily digest, or never, as each chose."""

from datetime import timedelta

from django.db.models import Prefetch, Q
from django.urls import reverse
from django.utils import timezone

from members_area.emails import send_email
from members_area.models import Member

from .draft_models import Follow, Notification

# A digest covers what happened since the last one; older unsent entries (from before a
# member switched to daily emails) are left on the site only.
DIGEST_WINDOW = timedelta(days=2)


def audience(page):
    """Everyone who hears about changes to an idea: its authors and its followers."""
    follower_ids = Follow.objects.filter(page=page).values("member_id")
    return Member.objects.filter(Q(authorships__page=page) | Q(pk__in=follower_ids)).distinct()


def notify(page, actor, kind, recipients):
    """Record one notice per recipient (never the actor) and email those who want it now."""
    now = timezone.now()
    recipients = {m.pk: m for m in recipients if m.is_approved and m.pk != actor.pk}
    if not recipients:
        return []
    members = Member.objects.filter(pk__in=recipients).select_related("user")
    notices = Notification.objects.bulk_create(
        [
            Notification(
                member=member,
                actor=actor,
                page=page,
                kind=kind,
                emailed_at=now if member.notify == Member.Notify.IMMEDIATELY else None,
            )
            for member in members
        ]
    )
    for notice in notices:
        if notice.emailed_at:
            member = notice.member
            send_email(
                member.user.email,
                "policies/emails/notification",
                _email_context(notice),
                language=member.preferred_language,
            )
    return notices


def _email_context(notice):
    return {
        "actor": notice.actor.display_name if notice.actor else "",
        "kind": notice.kind,
        "title": notice.page.draft_title or notice.page.title,
        "path": reverse("members_area:draft", args=[notice.page_id]),
    }


def send_digests(now=None):
    """One email per member who chose a daily digest, listing what they have not been sent."""
    now = now or timezone.now()
    pending = Notification.objects.filter(
        emailed_at__isnull=True, created_at__gte=now - DIGEST_WINDOW
    ).select_related("actor", "page")
    members = (
        Member.objects.filter(
            notify=Member.Notify.DAILY,
            status=Member.Status.APPROVED,
            notifications__in=pending,
        )
        .distinct()
        .select_related("user")
        .prefetch_related(Prefetch("notifications", queryset=pending, to_attr="unsent"))
    )
    sent = 0
    for member in members:
        send_email(
            member.user.email,
            "policies/emails/digest",
            {"notices": [_email_context(n) for n in reversed(member.unsent)]},
            language=member.preferred_language,
        )
        Notification.objects.filter(pk__in=[n.pk for n in member.unsent]).update(emailed_at=now)
        sent += 1
    return sent


def unread_count(member):
    return Notification.objects.filter(member=member, read_at__isnull=True).count()


def notifications_for(member, limit=50):
    return Notification.objects.filter(member=member).select_related("actor", "page")[:limit]


def mark_all_read(member):
    Notification.objects.filter(member=member, read_at__isnull=True).update(read_at=timezone.now())
