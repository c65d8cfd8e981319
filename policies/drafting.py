"""What members do to a draft idea: start it, edit it together, share it, bring in
co-authors, suggest changes and go back to old versions. Views call these; each one checks
nothing about who is asking (policies.permissions does) but keeps the idea consistent."""

import uuid
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.coreutils import find_available_slug
from wagtail.models import Revision
from wagtail.templatetags.wagtailcore_tags import richtext

from .draft_models import Follow, Notification, Suggestion
from .member_text import html_to_text, text_to_html
from .merging import merge_draft
from .models import Authorship, PolicyPage
from .notifications import audience, notify
from .permissions import forget_authors, is_open_for_editing
from .sanitise import clean_member_text

READING_COPY_SECONDS = 24 * 60 * 60


class DraftClosed(Exception):
    """The idea was sent for review or published while someone was writing."""


class SectionGone(Exception):
    """The section a suggestion is about has been removed."""


@dataclass
class SaveResult:
    saved: bool
    revision: Revision
    content: dict  # what the form should show next (merged, with my text in conflicts)
    conflicts: list = field(default_factory=list)


def section_blocks(rows, body=()):
    """StreamField blocks for sections as typed: dicts with "id" (empty when new),
    "heading" and "text". A text that reads as it did in `body` keeps its stored HTML, so a
    section nobody touched never looks changed to the merge."""
    stored = {b["id"]: b["value"]["text"] for b in body if b["type"] == "section"}
    blocks = []
    for row in rows:
        text = row["text"].replace("\r\n", "\n").strip()
        old = stored.get(row.get("id"))
        unchanged = old is not None and html_to_text(old) == text
        blocks.append(
            {
                "type": "section",
                "id": row.get("id") or str(uuid.uuid4()),
                "value": {
                    "heading": clean_member_text(row["heading"]),
                    "text": old if unchanged else text_to_html(text),
                },
            }
        )
    return blocks


def draft_content(page):
    """A page (or a revision of it, as a page) as plain data for merging and forms."""
    return {"title": page.title, "summary": page.summary, "body": list(page.body.raw_data)}


def latest_draft(page):
    return page.get_latest_revision_as_object()


@dataclass(frozen=True)
class ReadingSection:
    id: str
    heading: str
    html: str


@dataclass(frozen=True)
class ReadingCopy:
    """The latest version of an idea, ready to show on its page."""

    title: str
    summary: str
    sections: tuple


def reading_copy(page):
    """The latest version, as shown on the draft page. Reading a version back from its
    revision is slow, but a saved version never changes: it is kept in the cache by
    revision id, and nothing ever needs clearing."""
    key = f"reading-copy:{page.latest_revision_id}"
    copy = cache.get(key) if page.latest_revision_id else None
    if copy is None:
        draft = latest_draft(page)
        copy = ReadingCopy(
            title=draft.title,
            summary=draft.summary,
            sections=tuple(
                ReadingSection(block.id, block.value["heading"], richtext(block.value["text"]))
                for block in draft.sections
            ),
        )
        if page.latest_revision_id:
            cache.set(key, copy, READING_COPY_SECONDS)
    return copy


def with_sections(body, sections):
    """`body` with its sections replaced by `sections` (in their order). Members edit only
    sections; any other block staff added stays where it was."""
    result = list(sections)
    for position, block in enumerate(body):
        if block["type"] != "section":
            result.insert(min(position, len(result)), block)
    return result


def start_idea(member, index, title, summary, sections):
    """Create the idea as an unpublished page under the policy index, led by `member`.
    `sections` as for `section_blocks`."""
    title = clean_member_text(title)
    page = PolicyPage(
        title=title,
        slug=find_available_slug(index, slugify(title, allow_unicode=True)[:80] or "idea"),
        summary=clean_member_text(summary),
        body=section_blocks(sections),
        live=False,
    )
    with transaction.atomic():
        index.add_child(instance=page)
        Authorship.objects.create(page=page, member=member, is_lead=True, credit=member.credit)
        page.save_revision(user=member.user, log_action=True)
    return page


def _save_new_revision(page, content, user):
    """Store `content` as the newest version. Until published, the page row holds the draft
    too (as in Wagtail's own editor), so the admin listing shows the current title."""
    page.title = page.draft_title = content["title"]
    page.summary = content["summary"]
    page.body = content["body"]
    if not page.live:
        page.save()
    return page.save_revision(user=user, log_action=True)


def _locked(page):
    return PolicyPage.objects.select_for_update().get(pk=page.pk)


def save_draft_edit(member, page, base_revision_id, title, summary, sections):
    """Save an author's edit made from `base_revision_id`, merged with anything others saved
    since. Conflicts save nothing and come back with the merged text to show again."""
    with transaction.atomic():
        page = _locked(page)
        if not is_open_for_editing(page):
            raise DraftClosed
        newest = page.latest_revision
        theirs = draft_content(newest.as_object())
        base_revision = page.revisions.filter(pk=base_revision_id).first() or newest
        base = draft_content(base_revision.as_object())
        mine = {
            "title": clean_member_text(title),
            "summary": clean_member_text(summary),
            "body": with_sections(base["body"], section_blocks(sections, base["body"])),
        }
        merged = merge_draft(base, theirs, mine)
        if merged.conflicts:
            return SaveResult(False, newest, merged.value, merged.conflicts)
        if merged.value == theirs:
            return SaveResult(True, newest, theirs)
        revision = _save_new_revision(page, merged.value, member.user)
    notify(page, member, Notification.Kind.EDIT, audience(page))
    return SaveResult(True, revision, merged.value)


def share_with_forum(page):
    PolicyPage.objects.filter(pk=page.pk, shared_with_forum=False).update(
        shared_with_forum=True, shared_at=timezone.now()
    )
    page.refresh_from_db(fields=["shared_with_forum", "shared_at"])


def invite_coauthor(lead, page, member):
    """Add `member` as a co-author at once (they are told, and can leave any time)."""
    _authorship, created = Authorship.objects.get_or_create(
        page=page, member=member, defaults={"credit": member.credit}
    )
    forget_authors(page)
    if created:
        Follow.objects.filter(page=page, member=member).delete()
        notify(page, lead, Notification.Kind.INVITE, [member])
    return created


def leave_idea(member, page):
    Authorship.objects.filter(page=page, member=member, is_lead=False).delete()
    forget_authors(page)


def follow(member, page):
    Follow.objects.get_or_create(page=page, member=member)


def unfollow(member, page):
    Follow.objects.filter(page=page, member=member).delete()


def find_section(draft, block_id):
    return next((block for block in draft.sections if block.id == block_id), None)


def suggest_change(member, page, block_id, text):
    if find_section(latest_draft(page), block_id) is None:
        raise SectionGone
    suggestion = Suggestion.objects.create(
        page=page,
        block_id=block_id,
        proposer=member,
        text=text_to_html(text),
        base_revision_id=page.latest_revision_id,
    )
    notify(page, member, Notification.Kind.SUGGESTION, audience(page))
    return suggestion


def accept_suggestion(author, suggestion):
    """Put the suggested text into its section as a new version saved in the suggester's
    name, so the history credits them; who accepted it is kept on the suggestion."""
    with transaction.atomic():
        page = _locked(suggestion.page)
        if not is_open_for_editing(page):
            raise DraftClosed
        content = draft_content(latest_draft(page))
        block = next((b for b in content["body"] if b["id"] == suggestion.block_id), None)
        if block is None:
            raise SectionGone
        block["value"] = {**block["value"], "text": suggestion.text}
        revision = _save_new_revision(page, content, suggestion.proposer.user)
        suggestion.status = Suggestion.Status.ACCEPTED
        suggestion.decided_by = author
        suggestion.decided_at = timezone.now()
        suggestion.resolving_revision = revision
        suggestion.save()
    notify(page, author, Notification.Kind.ACCEPTED, [suggestion.proposer])
    return revision


def decline_suggestion(author, suggestion, reason):
    suggestion.status = Suggestion.Status.DECLINED
    suggestion.decided_by = author
    suggestion.decided_at = timezone.now()
    suggestion.decline_reason = clean_member_text(reason)
    suggestion.save()
    notify(suggestion.page, author, Notification.Kind.DECLINED, [suggestion.proposer])


def restore_version(member, page, revision):
    """Bring back an old version by saving it again as the newest; nothing is deleted."""
    with transaction.atomic():
        page = _locked(page)
        if not is_open_for_editing(page):
            raise DraftClosed
        new_revision = _save_new_revision(page, draft_content(revision.as_object()), member.user)
    notify(page, member, Notification.Kind.EDIT, audience(page))
    return new_revision
