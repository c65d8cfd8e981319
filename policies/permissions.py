"""Who may do what to one policy idea. Views, forms and templates ask here; nowhere else
decides. Uses the role checks in members_area.roles."""

from members_area.roles import is_approved_member, is_staff_member, member_of


def is_author(user, page):
    member = member_of(user)
    return bool(member) and page.authorships.filter(member=member).exists()


def is_lead_author(user, page):
    member = member_of(user)
    return bool(member) and page.authorships.filter(member=member, is_lead=True).exists()


def can_view_draft(user, page):
    """Drafts are private to their authors until shared with the forum; staff see all."""
    if page.live:
        return True
    if is_staff_member(user) or is_author(user, page):
        return True
    return page.shared_with_forum and is_approved_member(user)


def can_edit_draft(user, page):
    return is_approved_member(user) and is_author(user, page)
