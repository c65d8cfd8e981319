"""Who may do what to one policy idea. Views, forms and templates ask here; nowhere else
decides. Uses the role checks in members_area.roles."""

from django.db.models import Q

from members_area.roles import is_approved_member, is_staff_member, member_of


def _authors(page):
    """member id -> is lead, read once per page object (pages are asked many times a view)."""
    if not hasattr(page, "_coproduce_authors"):
        # No ORDER BY: the authorships' default order means nothing to a dict.
        page._coproduce_authors = dict(
            page.authorships.order_by().values_list("member_id", "is_lead")
        )
    return page._coproduce_authors


def forget_authors(page):
    """Call after changing a page's authors, so the next question reads them again."""
    page.__dict__.pop("_coproduce_authors", None)


def is_author(user, page):
    member = member_of(user)
    return bool(member) and member.pk in _authors(page)


def is_lead_author(user, page):
    member = member_of(user)
    return bool(member) and _authors(page).get(member.pk, False)


def can_view_draft(user, page):
    """Drafts are private to their authors until shared with the forum; staff see all."""
    # The cheapest question first: most readers are members reading a shared idea.
    if page.live or (page.shared_with_forum and is_approved_member(user)):
        return True
    return is_staff_member(user) or is_author(user, page)


def can_see_versions(user, page):
    """Saved versions, including changes not yet published: for anyone who may read the
    draft; once the idea is published, only its authors and staff."""
    if page.live:
        return is_staff_member(user) or is_author(user, page)
    return can_view_draft(user, page)


def _in_workflow(page):
    """Wagtail asks the database each time; a view asks several rules about one page."""
    if not hasattr(page, "_coproduce_in_workflow"):
        page._coproduce_in_workflow = page.workflow_in_progress
    return page._coproduce_in_workflow


def is_open_for_editing(page):
    """Members write until the idea is sent for review (or published); then staff take over."""
    return not page.live and not _in_workflow(page)


def can_edit_draft(user, page):
    return is_approved_member(user) and is_author(user, page) and is_open_for_editing(page)


def can_share_draft(user, page):
    return can_edit_draft(user, page) and not page.shared_with_forum


def can_invite_coauthors(user, page):
    return is_approved_member(user) and is_lead_author(user, page) and not page.live


def can_leave(user, page):
    return is_author(user, page) and not is_lead_author(user, page)


def can_comment(user, page):
    return is_approved_member(user) and can_view_draft(user, page) and not page.live


def can_suggest_change(user, page):
    """Authors edit the text themselves; other members who can read it propose changes."""
    return can_comment(user, page) and not is_author(user, page) and is_open_for_editing(page)


def can_follow(user, page):
    return can_comment(user, page) and not is_author(user, page)


def can_resolve_comments(user, page):
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


def may_support(user, page):
    """Who may co-sign an idea at all: approved members who did not write it."""
    return is_approved_member(user) and not is_author(user, page)


def can_cosign(user, page):
    """Those who may support it, while co-signing is open."""
    from .workflow import cosigning_is_open

    return may_support(user, page) and cosigning_is_open(page)


def can_withdraw_cosignature(user, page):
    return member_of(user) is not None and not page.live


def can_change_comment(user, comment):
    """Writers edit and delete their own comments, while a moderator has not hidden them."""
    member = member_of(user)
    return bool(member) and comment.author_id == member.pk and not comment.is_removed


def can_moderate(user):
    return is_staff_member(user)


def visible_comments_filter(user):
    """Staff read everything; members never read others' staff-only comments."""
    if is_staff_member(user):
        return Q()
    member = member_of(user)
    return Q(staff_only=False) | Q(author_id=member.pk if member else None)
