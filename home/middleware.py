from django.conf import settings
from django.utils import translation
from django.utils.translation import get_language_from_path

from members_area.roles import member_of


class MemberLanguageMiddleware:
    """Pages without a language in their address (the members' area) speak the signed-in
    member's own language, unless they picked another with the language switcher (which
    sets the language cookie). Public pages keep the language in their address."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if settings.LANGUAGE_COOKIE_NAME not in request.COOKIES and not get_language_from_path(
            request.path_info
        ):
            member = member_of(request.user)
            if member is not None and member.preferred_language:
                translation.activate(member.preferred_language)
                request.LANGUAGE_CODE = translation.get_language()
        return self.get_response(request)
