"""Who may open a members' page. Views in every app wrap themselves in one of these:

- `member_required`: anyone who has joined or applied (pending members read the area);
- `approved_member_required`: approved members only (drafting, commenting, co-signing).

Anonymous visitors go to the login page; everyone else who may not enter gets a 403 page
that says why. Both also send `Cache-Control: no-store`."""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.shortcuts import render
from django.views.decorators.cache import never_cache

from .roles import can_read_members_area, is_approved_member, is_pending_member


def _refused(request):
    return render(
        request,
        "members_area/refused.html",
        {"waiting_for_approval": is_pending_member(request.user)},
        status=403,
    )


def _members_only(allowed):
    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if not allowed(request.user):
                return _refused(request)
            return view(request, *args, **kwargs)

        return never_cache(wrapped)

    return decorator


member_required = _members_only(can_read_members_area)
approved_member_required = _members_only(is_approved_member)
