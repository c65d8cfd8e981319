"""Joining the forum: an application, the staff decision on it, and signing someone up face
to face. Views and admin screens call these; nothing else changes a member's status."""

from allauth.account.forms import default_token_generator
from allauth.account.models import EmailAddress
from allauth.account.utils import user_pk_to_url_str, user_username
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from .emails import send_email
from .groups import FORUM_MEMBERS
from .models import Member
from .roles import is_staff_member


def can_review_applications(user):
    """Policy and communications staff decide who joins."""
    return is_staff_member(user)


def apply_to_join(user, **details):
    """Sign-up: the person agreed to the privacy notice just now, and waits for staff."""
    return Member.objects.create(
        user=user, status=Member.Status.PENDING, consented_at=timezone.now(), **details
    )


def _decide(member, staff, status):
    member.status = status
    member.reviewed_by = staff
    member.reviewed_at = timezone.now()
    member.save(update_fields=["status", "reviewed_by", "reviewed_at"])


@transaction.atomic
def approve_member(member, staff):
    _decide(member, staff, Member.Status.APPROVED)
    member.user.groups.add(Group.objects.get(name=FORUM_MEMBERS))
    _tell(member, "members_area/email/approved", {"home_path": reverse("members_area:home")})


@transaction.atomic
def decline_member(member, staff):
    _decide(member, staff, Member.Status.DECLINED)
    member.user.groups.remove(*Group.objects.filter(name=FORUM_MEMBERS))
    _tell(member, "members_area/email/declined")


def _tell(member, template, context=None):
    context = {"display_name": member.display_name, **(context or {})}
    transaction.on_commit(
        lambda: send_email(member.user.email, template, context, member.preferred_language)
    )


@transaction.atomic
def register_in_person(staff, *, email, first_name, last_name, **details):
    """Assisted sign-up: staff met the person, who agreed to the privacy notice and to
    joining. They join straight away and get an email to choose their own password; using
    that link also proves the email address is theirs."""
    user = get_user_model()(email=email, first_name=first_name, last_name=last_name)
    user_username(user, email)
    user.set_unusable_password()
    user.save()
    EmailAddress.objects.create(user=user, email=email, primary=True, verified=False)
    now = timezone.now()
    member = Member.objects.create(
        user=user,
        status=Member.Status.APPROVED,
        consented_at=now,
        registered_by=staff,
        reviewed_by=staff,
        reviewed_at=now,
        **details,
    )
    user.groups.add(Group.objects.get(name=FORUM_MEMBERS))
    _tell(
        member,
        "members_area/email/registered_in_person",
        {"set_password_path": _set_password_path(user)},
    )
    return member


def _set_password_path(user):
    """The password-reset link allauth would email, so the person lands straight on
    'choose a password'."""
    return reverse(
        "account_reset_password_from_key",
        kwargs={
            "uidb36": user_pk_to_url_str(user),
            "key": default_token_generator.make_token(user),
        },
    )
