"""Emails and on-site notices about drafts, as each member chose: now, daily or never."""

import pytest
from django.core import mail
from django.core.management import call_command

from policies import drafting
from policies.comments import add_comment
from policies.draft_models import Notification
from tests.factories import MemberFactory

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def test_comment_on_your_draft_emails_you_at_once_and_lists_it(draft, lead, coauthor, other):
    drafting.share_with_forum(draft)
    mail.outbox.clear()
    add_comment(other, draft, "Good idea")
    recipients = sorted(m.to[0] for m in mail.outbox)
    assert recipients == sorted([lead.user.email, coauthor.user.email])
    assert "Layla commented on “Fair rents”" in mail.outbox[0].subject
    assert "/members/ideas/" in mail.outbox[0].body
    assert Notification.objects.filter(member=lead, kind="comment", actor=other).exists()
    assert not Notification.objects.filter(member=other).exists()


def test_reply_tells_the_person_replied_to_once(draft, lead, coauthor, other):
    drafting.share_with_forum(draft)
    top = add_comment(other, draft, "Question?")
    mail.outbox.clear()
    add_comment(lead, draft, "Answer", parent=top)
    kinds = dict(
        Notification.objects.filter(actor=lead).exclude(kind="invite").values_list("member", "kind")
    )
    assert kinds == {other.pk: "reply", coauthor.pk: "comment"}
    assert len(mail.outbox) == 2


def test_staff_only_comment_notifies_no_member(draft, lead, other):
    drafting.share_with_forum(draft)
    mail.outbox.clear()
    add_comment(other, draft, "Private worry", staff_only=True)
    assert mail.outbox == []
    assert not Notification.objects.filter(actor=other).exists()


def test_daily_digest_waits_for_the_command_and_never_means_never(draft, lead, coauthor):
    lead.notify = "daily"
    lead.save()
    coauthor.notify = "never"
    coauthor.save()
    follower = MemberFactory(display_name="Wei")
    drafting.share_with_forum(draft)
    drafting.follow(follower, draft)
    mail.outbox.clear()
    add_comment(follower, draft, "One")
    add_comment(follower, draft, "Two")
    assert mail.outbox == []
    assert Notification.objects.filter(member=coauthor, kind="comment").count() == 2
    call_command("send_digests")
    assert [m.to for m in mail.outbox] == [[lead.user.email]]
    assert mail.outbox[0].body.count("Wei commented on “Fair rents”") == 2
    mail.outbox.clear()
    call_command("send_digests")
    assert mail.outbox == []


def test_invite_and_edit_and_suggestion_are_notified(draft, lead, coauthor, other):
    invited = MemberFactory(display_name="Aisha")
    drafting.invite_coauthor(lead, draft, invited)
    assert Notification.objects.filter(member=invited, kind="invite").exists()
    drafting.follow(other, draft)
    drafting.restore_version(coauthor, draft, draft.latest_revision)
    assert set(
        Notification.objects.filter(kind="edit", actor=coauthor).values_list("member", flat=True)
    ) == {lead.pk, invited.pk, other.pk}
    block_id = drafting.latest_draft(draft).sections[0].id
    drafting.suggest_change(other, draft, block_id, "Better words")
    assert Notification.objects.filter(kind="suggestion", member=lead).exists()
