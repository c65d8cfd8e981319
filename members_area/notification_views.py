"""A member's list of what happened on ideas they write or follow."""

from django.shortcuts import redirect, render

from policies.notifications import mark_all_read, notifications_for

from .draft_views import approved_member, signed_in, signed_in_action


@signed_in
def notification_list(request):
    member = approved_member(request)
    return render(
        request,
        "members_area/drafts/notifications.html",
        {"notices": notifications_for(member)},
    )


@signed_in_action
def mark_read(request):
    mark_all_read(approved_member(request))
    return redirect("members_area:notifications")
