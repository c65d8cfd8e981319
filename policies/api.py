"""The read-only public API (Wagtail API v2) at /api/v2/policies/: published policies only."""

from wagtail.api.querysets import get_public_pages_queryset
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet

from .models import PolicyPage


class PolicyAPIViewSet(PagesAPIViewSet):
    name = "policies"
    model = PolicyPage
    listing_default_fields = PagesAPIViewSet.listing_default_fields + [
        "summary",
        "topics",
        "cosignature_count",
    ]

    def get_base_queryset(self):
        # Live, public and on this site, like Wagtail's pages endpoint, but policies only:
        # `?type=` or `?child_of=` can then never reach another kind of page.
        try:
            return get_public_pages_queryset(self.request, model=PolicyPage)
        except ValueError as error:
            raise BadRequestError(str(error)) from error

    def get_queryset(self):
        queryset = super().get_queryset().select_related("locale")
        # `?type=wagtailcore.Page` lists the same pages as plain Pages, which have no topics.
        if issubclass(queryset.model, PolicyPage):
            queryset = queryset.prefetch_related("topics")
        return queryset


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("policies", PolicyAPIViewSet)
