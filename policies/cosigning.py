"""Co-signing: the ONE place co-signatures are given, confirmed and withdrawn, and where the
idea's count and its co-signing threshold are kept exact, however many members act at once.

Every change takes the lock on the idea's co-signing round (its task state row) first, then
changes the count with a single UPDATE. The threshold is checked and the step approved inside
that same transaction, so the step moves on exactly once."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, connection, transaction
from django.db.models import CharField, Count, F, IntegerField, OuterRef, Subquery
from django.db.models.functions import Cast, Coalesce
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import get_active_log_context
from wagtail.log_actions import registry as log_action_registry
from wagtail.models import Page, PageLogEntry, TaskState, WorkflowState

from config.prepared import fetch_all
from members_area.models import Credit

from . import permissions
from .models import Authorship, PolicyPage
from .sanitise import clean_member_text
from .workflow import cosigning_round, cosigning_rounds, is_open
from .workflow_models import STATEMENT_MAX_LENGTH, CoSignature, CoSignTask


class CosignError(Exception):
    """The co-signature can't be given or changed now; the message says why, in plain words."""


class AlreadyCosigned(CosignError):
    pass


class NotCollecting(CosignError):
    """Co-signing is closed (or never opened) for this idea."""


def _change_count(page, by):
    """One UPDATE … RETURNING: the new count comes back with the change (the ORM's update()
    returns only the number of rows)."""
    table = PolicyPage._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {table} SET cosignature_count = cosignature_count + %s "  # noqa: S608
            "WHERE page_ptr_id = %s RETURNING cosignature_count",
            [by, page.pk],
        )
        page.cosignature_count = cursor.fetchone()[0]


def _record(page, action, member):
    """The entry in the idea's history that staff read in the admin. Wagtail's log() would
    re-check with three SELECTs that the page, user and content type exist: we hold the
    page's lock and the member's user, and a co-sign can't afford them. So the entry is
    written as log() writes it, minus those checks."""
    if not log_action_registry.action_exists(action):
        raise ValueError(f"Unregistered log action {action!r}")
    PageLogEntry.objects.bulk_create(
        [
            PageLogEntry(
                page=page,
                content_type=ContentType.objects.get_for_model(page, for_concrete_model=False),
                label=page.get_admin_display_title(),
                action=action,
                timestamp=timezone.now(),
                user=member.user,
                uuid=get_active_log_context().uuid,
            )
        ]
    )


def _approve_if_reached(page, locked_round):
    """Called with the round locked, after the count went up. Approving moves the idea on to
    the next step (Wagtail starts it); this happens once, because later callers see the
    round approved."""
    if locked_round.status != TaskState.STATUS_IN_PROGRESS:
        return
    threshold = locked_round.threshold
    if page.cosignature_count < threshold:
        return
    # Written into the workflow history staff read, so in the site's language, not the
    # language of the member whose co-signature happened to reach the threshold.
    with translation.override(settings.LANGUAGE_CODE):
        comment = _("%(count)s members co-signed; %(threshold)s were needed.") % {
            "count": page.cosignature_count,
            "threshold": threshold,
        }
    locked_round.approve(user=None, comment=comment)


def _locked_open_round(page):
    """The round, locked, if co-signing is open: asked under the lock, so it cannot close
    between the question and the co-signature."""
    locked_round = cosigning_round(page, lock=True)
    if page.live or not is_open(locked_round):
        raise NotCollecting(_("This idea is not collecting co-signatures at the moment."))
    return locked_round


def cosign(member, page, statement="", credit=None):
    """`member` co-signs `page`, with an optional statement and their choice of credit."""
    if not permissions.may_support(member.user, page):
        raise CosignError(_("You can't co-sign this idea."))
    statement = clean_member_text(statement)[:STATEMENT_MAX_LENGTH]
    try:
        with transaction.atomic():
            locked_round = _locked_open_round(page)
            signature = CoSignature.objects.create(
                page=page,
                member=member,
                revision_id=page.latest_revision_id,
                cosigning_round=locked_round,
                statement=statement,
                credit=credit or member.credit,
            )
            _change_count(page, +1)
            _record(page, "coproduce.cosign", member)
            _approve_if_reached(page, locked_round)
    except IntegrityError:
        # No savepoint around the insert (two more round trips on every co-sign): the
        # whole co-sign is undone, and only then do we ask whether it was a second one.
        if CoSignature.objects.filter(page=page, member=member).exists():
            raise AlreadyCosigned(_("You have already co-signed this idea.")) from None
        raise
    return signature


def confirm_cosignature(member, page):
    """Someone who co-signed an earlier version supports the version sent in now."""
    if not permissions.may_support(member.user, page):
        raise CosignError(_("You can't co-sign this idea."))
    with transaction.atomic():
        locked_round = _locked_open_round(page)
        confirmed = (
            CoSignature.objects.filter(page=page, member=member)
            .exclude(cosigning_round=locked_round)
            .update(
                cosigning_round=locked_round,
                revision_id=page.latest_revision_id,
                confirmed_at=timezone.now(),
            )
        )
        if not confirmed:
            raise CosignError(_("There is nothing for you to confirm on this idea."))
        _change_count(page, +1)
        _record(page, "coproduce.cosign.confirm", member)
        _approve_if_reached(page, locked_round)


def withdraw_cosignature(member, page):
    """Take a co-signature back. Allowed until the idea is published."""
    if page.live:
        raise CosignError(_("This idea is published, so co-signatures can't be taken back."))
    with transaction.atomic():
        latest_round = cosigning_round(page, lock=True)
        signature = CoSignature.objects.filter(page=page, member=member).first()
        if signature is None:
            raise CosignError(_("You have not co-signed this idea."))
        signature.delete()
        if signature.counts_in(latest_round):
            _change_count(page, -1)
        _record(page, "coproduce.cosign.withdraw", member)


def open_cosigning_round(task_state, task):
    """A new co-signing round starts (first submission or a resubmission). Co-signatures of
    exactly the version sent in still count; the others wait for their member to confirm."""
    page_id = int(task_state.workflow_state.object_id)
    carried = CoSignature.objects.filter(
        page_id=page_id, revision_id=task_state.revision_id
    ).update(cosigning_round=task_state)
    PolicyPage.objects.filter(pk=page_id).update(cosignature_count=carried)
    if carried >= task.threshold:
        # Wagtail's workflow moves on by itself when a task state it starts is approved.
        task_state.approve(user=None, update=False)


def support_of(member, page, latest_round):
    """None, "current" (counts now) or "earlier" (signed a version before a resubmission)."""
    if member is None:
        return None
    signature = CoSignature.objects.filter(page=page, member=member).first()
    if signature is None:
        return None
    return "current" if signature.counts_in(latest_round) else "earlier"


def cosigners(page, latest_round):
    """Co-signatures with their members: those that count now, then earlier supporters."""
    signatures = list(
        CoSignature.objects.filter(page=page).select_related("member__user").order_by("signed_at")
    )
    current = [s for s in signatures if s.counts_in(latest_round)]
    earlier = [s for s in signatures if not s.counts_in(latest_round)]
    return current, earlier


def publication_credits(page):
    """Names of the co-signers of the published version, each as they chose (the total is
    the page's own count). One query: the latest round is a subquery."""
    if page.pk is None:  # the admin's preview of an idea not saved yet
        return []
    latest_round = (
        cosigning_rounds()
        .filter(
            workflow_state__base_content_type=ContentType.objects.get_for_model(Page),
            workflow_state__object_id=str(page.pk),
        )
        .order_by("-started_at", "-pk")
        .values("pk")[:1]
    )
    signatures = (
        CoSignature.objects.filter(page=page, cosigning_round=Subquery(latest_round))
        .exclude(credit=Credit.ANONYMOUS)
        .select_related("member__user")
        .order_by("signed_at", "pk")
    )
    return [signature.member.credit_name(signature.credit) for signature in signatures]


def _waiting_sql():
    table = {
        model.__name__: model._meta.db_table
        for model in (WorkflowState, TaskState, CoSignTask, Page, PolicyPage, Authorship)
    }
    signed = (
        f"SELECT 1 FROM {CoSignature._meta.db_table} s "  # noqa: S608 (names from the models)
        "WHERE s.page_id = p.id AND s.member_id = %(member)s"
    )
    # From the few ideas collecting now (their workflow's current step is a co-signing
    # round), never from all pages: each per-idea question is then one index read.
    return f"""
        SELECT p.id, p.title, pp.summary, pp.cosignature_count, t.threshold,
               EXISTS ({signed}) AS signed_earlier
        FROM {table["WorkflowState"]} w
        JOIN {table["TaskState"]} ts ON ts.id = w.current_task_state_id
        JOIN {table["CoSignTask"]} t ON t.task_ptr_id = ts.task_id
        JOIN {table["Page"]} p ON p.id = CAST(w.object_id AS INTEGER)
        JOIN {table["PolicyPage"]} pp ON pp.page_ptr_id = p.id
        WHERE w.base_content_type_id = %(page_type)s
          AND w.status = %(in_progress)s AND ts.status = %(in_progress)s
          AND NOT EXISTS (SELECT 1 FROM {table["Authorship"]} a
                          WHERE a.page_id = p.id AND a.member_id = %(member)s)
          AND NOT EXISTS ({signed} AND s.cosigning_round_id = ts.id)
        ORDER BY ts.id DESC"""  # noqa: S608 (table names from the models, values bound)


WAITING_FIELDS = ("pk", "title", "summary", "cosignature_count", "threshold", "signed_earlier")


def ideas_waiting_for_cosignature(member):
    """Ideas at the co-signing step that `member` could support and doesn't yet, as rows of
    WAITING_FIELDS; `signed_earlier` marks new versions of ideas they supported before.

    One query, for the members' home ("Ideas waiting for your co-signature"). Written in
    SQL and prepared: built by the ORM, it cost more to compile and plan than the rest of
    a member's first view of their home."""
    if member is None or not member.is_approved:
        return []
    rows = fetch_all(
        _waiting_sql(),
        {
            "member": member.pk,
            "page_type": ContentType.objects.get_for_model(Page).pk,
            "in_progress": WorkflowState.STATUS_IN_PROGRESS,
        },
    )
    # SQLite gives EXISTS as 0 or 1.
    return [
        {**dict(zip(WAITING_FIELDS, row, strict=True)), "signed_earlier": bool(row[-1])}
        for row in rows
    ]


def _latest_round_id():
    return Subquery(
        cosigning_rounds()
        .filter(
            workflow_state__base_content_type=ContentType.objects.get_for_model(Page),
            workflow_state__object_id=Cast(OuterRef("pk"), CharField()),
        )
        .order_by("-started_at", "-pk")
        .values("pk")[:1]
    )


def pages_with_wrong_counts():
    """Ideas whose stored count differs from the co-signatures in their latest round."""
    real = (
        CoSignature.objects.filter(page=OuterRef("pk"), cosigning_round_id=OuterRef("round_id"))
        .values("page")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return (
        PolicyPage.objects.annotate(round_id=_latest_round_id())
        .annotate(real_count=Coalesce(Subquery(real, output_field=IntegerField()), 0))
        .exclude(cosignature_count=F("real_count"))
    )


def reconcile_counts():
    """Set every wrong count to the real number; returns [(page, was, now)]."""
    repaired = []
    for page in pages_with_wrong_counts():
        with transaction.atomic():
            latest_round = cosigning_round(page, lock=True)
            real = (
                CoSignature.objects.filter(page=page, cosigning_round=latest_round).count()
                if latest_round
                else 0
            )
            was = PolicyPage.objects.values_list("cosignature_count", flat=True).get(pk=page.pk)
            if was != real:
                PolicyPage.objects.filter(pk=page.pk).update(cosignature_count=real)
                repaired.append((page, was, real))
    return repaired
