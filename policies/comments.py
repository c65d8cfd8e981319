"""Members talking about a draft: comments on the whole idea or on one section, replies
one level deep, and moderation. Who may do each thing is decided in policies.permissions."""

from django.db.models import Count
from django.utils import timezone

from .draft_models import Comment, CommentReport, Notification
from .notifications import audience, notify
from .permissions import visible_comments_filter
from .sanitise import clean_member_text

# What a comment on a draft page shows (members_area/templates/members_area/drafts/_comment.html).
THREAD_FIELDS = [
    *(f.name for f in Comment._meta.concrete_fields if f.name not in ("hidden_at",)),
    "author__display_name",
    "author__preferred_language",
]


def add_comment(member, page, text, block_id="", parent=None, staff_only=False):
    """A reply always hangs off a top-level comment, on that comment's section, and is as
    private as the comment it answers."""
    if parent is not None:
        parent = parent.parent or parent
        block_id = parent.block_id
        staff_only = staff_only or parent.staff_only
    comment = Comment.objects.create(
        page=page,
        block_id=block_id or "",
        author=member,
        parent=parent,
        text=clean_member_text(text),
        staff_only=staff_only,
    )
    # Staff-only words must not reach other members, not even as an email about them.
    if not staff_only:
        replied_to = parent.author if parent is not None else None
        if replied_to:
            notify(page, member, Notification.Kind.REPLY, [replied_to])
        others = audience(page).exclude(pk=replied_to.pk) if replied_to else audience(page)
        notify(page, member, Notification.Kind.COMMENT, others)
    return comment


def edit_comment(comment, text):
    comment.text = clean_member_text(text)
    comment.edited_at = timezone.now()
    comment.save(update_fields=["text", "edited_at"])


def delete_comment(comment):
    """The words go; the place stays, so replies still make sense."""
    comment.text = ""
    comment.deleted_at = timezone.now()
    comment.save(update_fields=["text", "deleted_at"])


def set_resolved(comment, resolved):
    comment.resolved = resolved
    comment.save(update_fields=["resolved"])


def report_comment(member, comment, reason=""):
    CommentReport.objects.get_or_create(
        comment=comment, reporter=member, defaults={"reason": clean_member_text(reason)}
    )


def hide_comment(comment):
    comment.hidden_by_moderator = True
    comment.hidden_at = timezone.now()
    comment.save(update_fields=["hidden_by_moderator", "hidden_at"])


def comment_threads(user, page):
    """Top-level comments `user` may read, oldest first, each with the replies they may read
    in `reply_list`: one query, with the writers' names."""
    comments = list(
        Comment.objects.filter(visible_comments_filter(user), page=page)
        .select_related("author")
        .only(*THREAD_FIELDS)
    )
    threads = {c.pk: c for c in comments if c.parent_id is None}
    for thread in threads.values():
        thread.reply_list = []
    for comment in comments:
        if comment.parent_id in threads:
            threads[comment.parent_id].reply_list.append(comment)
    return list(threads.values())


def threads_by_section(threads, section_ids):
    """Split threads into {block id: [threads]} for current sections, the whole-idea
    threads, and threads left from sections that have since been removed."""
    on_sections = {block_id: [] for block_id in section_ids}
    whole, orphaned = [], []
    for thread in threads:
        if not thread.block_id:
            whole.append(thread)
        elif thread.block_id in on_sections:
            on_sections[thread.block_id].append(thread)
        else:
            orphaned.append(thread)
    return on_sections, whole, orphaned


def comments_for_staff(page):
    return list(
        Comment.objects.filter(page=page)
        .select_related("author")
        .annotate(report_count=Count("reports"))
    )
