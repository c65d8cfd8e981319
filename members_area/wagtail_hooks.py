from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_views
from .membership import can_review_applications

admin_urls = [
    path("", admin_views.ApplicationsView.as_view(), name="applications"),
    path("sign-up-in-person/", admin_views.AssistedSignupView.as_view(), name="assisted_signup"),
    path("<int:pk>/approve/", admin_views.decide, {"decision": "approve"}, name="approve"),
    path("<int:pk>/decline/", admin_views.decide, {"decision": "decline"}, name="decline"),
]


@hooks.register("register_admin_urls")
def membership_urls():
    return [path("membership/", include((admin_urls, "members_area_admin")))]


class MembershipMenuItem(MenuItem):
    def is_shown(self, request):
        return can_review_applications(request.user)


@hooks.register("register_admin_menu_item")
def membership_menu_item():
    return MembershipMenuItem(
        _("Membership"), reverse("members_area_admin:applications"), icon_name="group", order=900
    )
