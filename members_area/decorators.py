"""Who may open a members' page. Views in every app wrap themselves in one of these:

- `member_required`: members and people waiting for approval (pending members read the
  area);
- `approved_member_required`: approved members only (drafting, commenting, co-signing);
- `account_holder_required`: anyone who applied, whatever came of it, for their own
  details and data (a declined applicant may still download or delete theirs).

Anonymous visitors go to the login page; everyone else who may not enter gets a 403 page
that says why. All three send `Cache-Control: no-store`."""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.shortcuts import render
from django.views.decorators.cache import never_cache

from .roles import can_read_members_area, has_applied, is_approved_member, member_of


def _refused(request):
    member = member_of(request.user)
    return render(
        request, "members_area/refused.html", {"status": member and member.status}, status=403
    )


def _members_only(allowed):
    def decorator(view):
        @never_cache
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if not allowed(request.user):
                return _refused(request)
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


member_required = _members_only(can_read_members_area)
approved_member_required = _members_only(is_approved_member)
account_holder_required = _members_only(has_applied)
