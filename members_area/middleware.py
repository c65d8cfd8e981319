from allauth.account.authentication import get_authentication_records
from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.utils import translation
from django.utils.translation import gettext as _

from .roles import member_of, needs_second_factor

# The members' area and the account pages have no language in their URL: they follow the
# member's own choice. Public pages keep the language of their URL.
MEMBER_LANGUAGE_PATHS = ("/members/", "/accounts/")
ADMIN_PATH = "/admin/"
ADMIN_PATHS_WITHOUT_SECOND_FACTOR = ("/admin/login/", "/admin/logout/")


class MemberLanguageMiddleware:
    """The members' area speaks the signed-in member's own language, unless they picked
    another with the language switcher (which sets the language cookie)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            request.path.startswith(MEMBER_LANGUAGE_PATHS)
            and settings.LANGUAGE_COOKIE_NAME not in request.COOKIES
        ):
            member = member_of(request.user)
            if member and member.preferred_language:
                translation.activate(member.preferred_language)
                request.LANGUAGE_CODE = member.preferred_language
        return self.get_response(request)


def has_authenticator_app(user):
    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


def used_second_factor(request):
    records = get_authentication_records(request, request.user)
    return any(record.get("method") == "mfa" for record in records)


class StaffSecondFactorMiddleware:
    """No one reaches the admin on a password alone. Staff without an authenticator app
    set it up first; a session that skipped the code (for example one started before the
    app was set up) logs in again."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path
        if (
            path.startswith(ADMIN_PATH)
            and not path.startswith(ADMIN_PATHS_WITHOUT_SECOND_FACTOR)
            and needs_second_factor(request.user)
        ):
            if not has_authenticator_app(request.user):
                messages.info(
                    request,
                    _("Staff need an authenticator app to use the admin. Set it up here."),
                )
                return redirect("mfa_activate_totp")
            if not used_second_factor(request):
                logout(request)
                return redirect_to_login(request.get_full_path(), "account_login")
        return self.get_response(request)
