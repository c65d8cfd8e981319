"""Comment threads on a draft page, rendered once and kept in the cache.

A thread's HTML depends only on its comments and on how the reader stands to them: whether
a comment is theirs, whether they may resolve, moderate or reply, and the page's language.
The cache key is made of exactly those, so any change (an edit, a reply, a moderator hiding
a comment, its writer's new name) makes a new key and nothing ever needs clearing. Threads
with none of the reader's own comments are shared by every reader in the same position.

Django's CSRF token differs for each reader, so the cached HTML holds a placeholder that is
swapped for the reader's token on the way out. Member text is escaped, so it can never
contain the quoted attribute the swap looks for."""

import hashlib
from dataclasses import dataclass
from functools import cache as once

from django.core.cache import cache
from django.middleware.csrf import get_token
from django.template.loader import get_template
from django.utils.safestring import mark_safe

THREAD_TEMPLATE = "members_area/drafts/_thread.html"
TEMPLATES = (
    THREAD_TEMPLATE,
    "members_area/drafts/_comment.html",
    "members_area/drafts/_reply_box.html",
)
KEEP_SECONDS = 24 * 60 * 60
TOKEN_FIELD = 'name="csrfmiddlewaretoken" value="{}"'
PLACEHOLDER = "csrf-token-placeholder"


@dataclass(frozen=True)
class Reader:
    """How the person reading the page stands to its comments."""

    member: object  # their Member, or None (staff without one)
    language: str
    can_comment: bool
    can_resolve: bool
    can_moderate: bool


@once
def _templates_version():
    """Changes when the templates do, so a new release never shows old markup."""
    sources = "".join(get_template(name).template.source for name in TEMPLATES)
    return hashlib.sha256(sources.encode()).hexdigest()[:16]


def _shown(comment):
    """Everything about a comment that its HTML shows."""
    author = comment.author
    return (
        comment.pk,
        comment.text,
        comment.created_at,
        comment.edited_at,
        comment.deleted_at,
        comment.hidden_by_moderator,
        comment.resolved,
        comment.staff_only,
        comment.author_id,
        author.display_name,
        author.preferred_language,
    )


def _key(thread, replies, reader):
    comments = [thread, *replies]
    member_id = reader.member.pk if reader.member else None
    own = member_id if any(c.author_id == member_id for c in comments) else None
    material = (
        _templates_version(),
        reader.language,
        thread.page_id,
        own,
        reader.can_comment,
        reader.can_resolve,
        reader.can_moderate,
        [_shown(c) for c in comments],
    )
    return "comment-thread:" + hashlib.sha256(repr(material).encode()).hexdigest()


def rendered_threads(request, page, threads, reader):
    """{thread id: its <li> HTML}, for threads from policies.comments.comment_threads."""
    replies = {thread.pk: thread.reply_list for thread in threads}
    keys = {thread.pk: _key(thread, replies[thread.pk], reader) for thread in threads}
    found = cache.get_many(keys.values())
    missing = {}
    template = get_template(THREAD_TEMPLATE)
    for thread in threads:
        if keys[thread.pk] not in found:
            html = template.render(
                {
                    "comment": thread,
                    "replies": replies[thread.pk],
                    "idea": page,
                    "member": reader.member,
                    "can_comment": reader.can_comment,
                    "can_resolve": reader.can_resolve,
                    "can_moderate": reader.can_moderate,
                    "LANGUAGE_CODE": reader.language,
                    "csrf_token": PLACEHOLDER,
                }
            )
            missing[keys[thread.pk]] = found[keys[thread.pk]] = html
    if missing:
        cache.set_many(missing, KEEP_SECONDS)
    token = TOKEN_FIELD.format(get_token(request)) if threads else ""
    return {
        pk: mark_safe(found[key].replace(TOKEN_FIELD.format(PLACEHOLDER), token))  # noqa: S308
        for pk, key in keys.items()
    }
