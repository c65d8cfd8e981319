"""'Delete my account'. The person's details go; what they wrote and the forum published
stays, credited to "a former member" (Member.credit_name). The Member row itself stays,
emptied, because published ideas point at it."""

import uuid
from importlib import import_module

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib.auth import logout
from django.contrib.sessions.models import Session
from django.db import transaction
from django.dispatch import Signal
from django.utils import timezone
from wagtail.users.models import UserProfile

from .models import Credit, Member

# Sent before the member's details are removed, so other apps can remove theirs
# (sender=Member, member=...).
member_leaving = Signal()

FORMER_MEMBER_NAME = "A former member"


def end_sessions(user):
    """Every session of this user, on every device: through the session engine, so a copy
    kept in the cache (the cached_db engine) goes too."""
    user_id = str(user.pk)
    store = import_module(settings.SESSION_ENGINE).SessionStore
    for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator():
        if session.get_decoded().get("_auth_user_id") == user_id:
            store(session.session_key).delete()


@transaction.atomic
def forget_member(member):
    member_leaving.send(sender=Member, member=member)
    user = member.user
    end_sessions(user)
    EmailAddress.objects.filter(user=user).delete()
    Authenticator.objects.filter(user=user).delete()
    UserProfile.objects.filter(user=user).delete()
    user.groups.clear()
    user.username = f"former-member-{uuid.uuid4().hex}"
    user.email = user.first_name = user.last_name = ""
    user.is_active = user.is_staff = user.is_superuser = False
    user.last_login = None
    user.set_unusable_password()
    user.save()
    member.display_name = FORMER_MEMBER_NAME
    member.about_renting = ""
    member.credit = Credit.ANONYMOUS
    member.notify = Member.Notify.NEVER
    member.status = Member.Status.LEFT
    member.save()


def leave_forum(request):
    """The person asked, and gave their password: forget them and log this browser out."""
    member = request.user.member
    logout(request)
    forget_member(member)
