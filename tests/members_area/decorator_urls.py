"""The site's URLs plus three stand-in forum actions guarded by `approved_member_required`,
so the decorator itself is tested through real requests."""

from django.http import HttpResponse
from django.urls import include, path

from config import urls as site
from members_area.decorators import approved_member_required
from members_area.urls import urlpatterns as members_urls


@approved_member_required
def take_part(request):
    return HttpResponse("taking part")


forum_actions = [
    path("stand-in/draft/", take_part, name="stand_in_draft"),
    path("stand-in/comment/", take_part, name="stand_in_comment"),
    path("stand-in/co-sign/", take_part, name="stand_in_cosign"),
]

urlpatterns = [
    path("members/", include((members_urls + forum_actions, "members_area"))),
    *[p for p in site.urlpatterns if str(p.pattern) != "members/"],
]
