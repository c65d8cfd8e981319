"""Who someone is in the forum. Every role check in views, forms and tasks asks here, so
each rule is written once."""

from .groups import COMMUNICATIONS, POLICY_TEAM


def member_of(user):
    """The user's Member record, or None (anonymous visitors, staff without one)."""
    if not user.is_authenticated:
        return None
    return getattr(user, "member", None)


def is_approved_member(user):
    member = member_of(user)
    return bool(member and member.is_approved)


def is_pending_member(user):
    member = member_of(user)
    return bool(member and member.status == member.Status.PENDING)


def in_group(user, name):
    if not user.is_authenticated:
        return False
    # Cached on the user object, so templates and loops asking twice cost one query.
    if not hasattr(user, "_coproduce_groups"):
        user._coproduce_groups = set(user.groups.values_list("name", flat=True))
    return name in user._coproduce_groups


def is_policy_staff(user):
    return user.is_authenticated and (user.is_superuser or in_group(user, POLICY_TEAM))


def is_communications_staff(user):
    return user.is_authenticated and (user.is_superuser or in_group(user, COMMUNICATIONS))


def is_staff_member(user):
    """Charity staff: anyone who reviews ideas in the Wagtail admin."""
    return is_policy_staff(user) or is_communications_staff(user)


def can_read_members_area(user):
    """Members, and people waiting for approval, who may read but not take part."""
    return is_approved_member(user) or is_pending_member(user)


def has_applied(user):
    """Anyone with a membership record: they may see, download and delete their own data."""
    return member_of(user) is not None


def needs_second_factor(user):
    """Anyone who can open the Wagtail admin (staff groups, superusers) logs in with a code
    from an authenticator app as well as a password."""
    return user.is_authenticated and user.has_perm("wagtailadmin.access_admin")
