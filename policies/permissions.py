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


# Co-signing and the editorial workflow. The state questions (is co-signing open, is the idea
# in review) are answered by policies.workflow; these add who is asking. It is imported inside
# the functions because this module may be imported while the models are still loading.


def can_submit_for_cosigning(user, page):
    """Authors send a shared idea for co-signing, and send it again after changes."""
    from .workflow import in_review

    return (
        is_approved_member(user)
        and is_author(user, page)
        and page.shared_with_forum
        and not page.live
        and not in_review(page)
    )


def can_withdraw_from_workflow(user, page):
    """Authors take the idea back (to change it) while it is in review or sent back."""
    from .workflow import active_workflow_state

    return (
        is_approved_member(user)
        and is_author(user, page)
        and not page.live
        and active_workflow_state(page) is not None
    )


def can_cosign(user, page):
    """Approved members who did not write the idea, while co-signing is open."""
    from .workflow import cosigning_is_open

    return is_approved_member(user) and not is_author(user, page) and cosigning_is_open(page)


def can_withdraw_cosignature(user, page):
    return member_of(user) is not None and not page.live
