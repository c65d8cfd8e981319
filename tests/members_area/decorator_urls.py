"""The site's URLs plus three stand-in forum actions guarded by `approved_member_required`,
so the decorator is tested through real requests before the drafting views exist."""

from django.http import HttpResponse
from django.urls import include, path

from config import urls as site
from members_area.decorators import approved_member_required
from members_area.urls import urlpatterns as members_urls


@approved_member_required
def take_part(request):
    return HttpResponse("taking part")


forum_actions = [
    path("ideas/new/", take_part, name="start_idea"),
    path("ideas/1/comment/", take_part, name="comment"),
    path("ideas/1/co-sign/", take_part, name="cosign"),
]

urlpatterns = [
    path("members/", include((members_urls + forum_actions, "members_area"))),
    *[p for p in site.urlpatterns if str(p.pattern) != "members/"],
]
