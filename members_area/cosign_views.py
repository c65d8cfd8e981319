"""Co-signing and sending ideas for review, in the members' area. Thin views: the rules are
in policies.permissions, the work in policies.cosigning and policies.workflow."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache

from config.ratelimits import limit
from members_area.models import Credit
from members_area.roles import member_of
from policies import cosigning, permissions
from policies.models import PolicyPage
from policies.stages import stage_of
from policies.workflow import (
    WorkflowError,
    cosigning_round,
    submit_for_cosigning,
    withdraw_from_workflow,
)

from .cosign_forms import CosignForm


def _idea_for(user, page_id):
    page = get_object_or_404(PolicyPage, pk=page_id)
    if not permissions.can_view_draft(user, page):
        raise Http404  # a 403 would tell people a private draft with this number exists
    return page


def _idea_context(user, page, form):
    latest_round = cosigning_round(page)
    current, earlier = cosigning.cosigners(page, latest_round)
    return {
        "page": page,
        "form": form,
        "stage": stage_of(page),
        "threshold": latest_round.threshold if latest_round else None,
        "support": cosigning.support_of(member_of(user), page, latest_round),
        "cosigners": current,
        "earlier_cosigners": earlier,
        "is_author": permissions.is_author(user, page),
        "can_cosign": permissions.can_cosign(user, page),
        "can_submit": permissions.can_submit_for_cosigning(user, page),
        "can_take_back": permissions.can_withdraw_from_workflow(user, page),
        "can_withdraw_cosignature": permissions.can_withdraw_cosignature(user, page),
    }


@never_cache
@login_required
@limit("cosign")
def cosign(request, page_id):
    """The idea's co-signing page: where it stands, who supports it, and the co-sign form.
    A GET only shows it."""
    page = _idea_for(request.user, page_id)
    member = member_of(request.user)
    form = CosignForm(
        request.POST or None, initial={"credit": member.credit if member else Credit.FIRST_NAME}
    )
    if request.method == "POST":
        # Whether co-signing is open is asked once, by cosigning.cosign, under its lock.
        if not permissions.may_support(request.user, page):
            raise PermissionDenied
        if form.is_valid():
            try:
                cosigning.cosign(
                    member, page, form.cleaned_data["statement"], form.cleaned_data["credit"]
                )
            except cosigning.NotCollecting:
                raise PermissionDenied from None
            except cosigning.CosignError as error:
                messages.error(request, str(error))
            else:
                messages.success(request, _("Thank you. You have co-signed this idea."))
            return redirect("members_area:cosign", page.pk)
    return render(request, "members_area/cosign/idea.html", _idea_context(request.user, page, form))


def _idea_action(permission, action, done):
    """A POST-only action on one idea. A GET (a mail scanner following a link, say) changes
    nothing and shows the idea's page."""

    @never_cache
    @login_required
    def view(request, page_id):
        page = _idea_for(request.user, page_id)
        if request.method != "POST":
            return redirect("members_area:cosign", page.pk)
        if not permission(request.user, page):
            raise PermissionDenied
        try:
            action(request, page)
        except (cosigning.CosignError, WorkflowError) as error:
            messages.error(request, str(error))
        else:
            messages.success(request, done)
        return redirect("members_area:cosign", page.pk)

    return view


submit = _idea_action(
    permissions.can_submit_for_cosigning,
    lambda request, page: submit_for_cosigning(page, request.user),
    _("Your idea has been sent. Members can now co-sign it."),
)
take_back = _idea_action(
    permissions.can_withdraw_from_workflow,
    lambda request, page: withdraw_from_workflow(page, request.user),
    _("You have taken your idea back. You can change it and send it again."),
)
confirm = _idea_action(
    permissions.can_cosign,
    lambda request, page: cosigning.confirm_cosignature(member_of(request.user), page),
    _("Thank you. You support the new version."),
)
withdraw = _idea_action(
    permissions.can_withdraw_cosignature,
    lambda request, page: cosigning.withdraw_cosignature(member_of(request.user), page),
    _("You have taken back your co-signature."),
)
