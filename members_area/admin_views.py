"""Staff screens in the Wagtail admin: membership applications (approve or decline) and
signing someone up in person."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse, reverse_lazy
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from django.views.generic import FormView, TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .forms import AssistedSignupForm
from .membership import approve_member, can_review_applications, decline_member, register_in_person
from .models import Member

APPLICATIONS_URL = reverse_lazy("members_area_admin:applications")


def staff_only(view):
    def wrapped(request, *args, **kwargs):
        if not can_review_applications(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped


class MembershipScreen(WagtailAdminTemplateMixin):
    header_icon = "group"

    @method_decorator(staff_only)
    def dispatch(self, request, *args, **kwargs):
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": APPLICATIONS_URL, "label": gettext_lazy("Membership")},
            {"url": "", "label": self.get_page_title()},
        ]


class ApplicationsView(MembershipScreen, TemplateView):
    template_name = "members_area/admin/applications.html"
    page_title = gettext_lazy("Membership applications")

    def get_context_data(self, **kwargs):
        statuses = [s for s in Member.Status if s != Member.Status.LEFT]
        status = self.request.GET.get("status", Member.Status.PENDING)
        if status not in statuses:
            status = Member.Status.PENDING
        return super().get_context_data(
            statuses=statuses,
            status=status,
            members=Member.objects.filter(status=status)
            .select_related("user", "reviewed_by", "registered_by")
            .order_by("created_at"),
            **kwargs,
        )


class AssistedSignupView(MembershipScreen, FormView):
    template_name = "members_area/admin/assisted_signup.html"
    page_title = gettext_lazy("Sign someone up in person")
    form_class = AssistedSignupForm

    def form_valid(self, form):
        member = register_in_person(
            self.request.user,
            email=form.cleaned_data["email"],
            first_name=form.cleaned_data["first_name"],
            last_name=form.cleaned_data["last_name"],
            **form.membership_details(),
        )
        messages.success(
            self.request,
            _("%(name)s is now a forum member. We emailed them a link to choose a password.")
            % {"name": member.display_name},
        )
        return redirect(f"{reverse('members_area_admin:applications')}?status=approved")


DECISIONS = {
    "approve": (approve_member, gettext_lazy("%(name)s is now a forum member.")),
    "decline": (decline_member, gettext_lazy("You declined %(name)s. We sent them a kind email.")),
}


@require_POST
@staff_only
def decide(request, pk, decision):
    member = get_object_or_404(Member.objects.select_related("user"), pk=pk)
    act, message = DECISIONS[decision]
    act(member, request.user)
    messages.success(request, message % {"name": member.display_name})
    return redirect(APPLICATIONS_URL)
