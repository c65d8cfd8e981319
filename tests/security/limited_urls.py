"""A URLconf for the rate-limit tests: each named limit on a small view, then the site's own
URLs, which the 429 page's layout (header, search, language switcher) links to."""

from django.db.models import F
from django.http import HttpResponse
from django.urls import path
from django.views.decorators.http import require_POST

from config import urls as site_urls
from config.ratelimits import limit
from policies.models import PolicyPage

from .limited_names import LIMITED_ACTIONS


def make_view(name):
    @limit(name)
    def view(request):
        return HttpResponse(f"{name} done")

    return view


@require_POST
@limit("cosign")
def cosign(request, page_id):
    PolicyPage.objects.filter(pk=page_id).update(cosignature_count=F("cosignature_count") + 1)
    return HttpResponse("co-signed")


urlpatterns = [
    *(path(f"{name}/", make_view(name), name=name) for name in LIMITED_ACTIONS),
    path("cosign/<int:page_id>/", cosign, name="cosign_idea"),
    *site_urls.urlpatterns,
]
handler429 = site_urls.handler429
