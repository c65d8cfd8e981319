"""Versions of a draft: who saved each, and what changed between any two, section by
section, with added and removed words marked."""

import difflib
from dataclasses import dataclass

from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe

from .member_text import html_to_text


@dataclass
class SectionChange:
    heading: str  # safe HTML
    status: str  # "added", "removed", "changed" or "same"
    diff: str  # safe HTML with <ins> and <del>


def versions(page):
    """Every saved version, newest first, with who saved it, in one query."""
    return page.revisions.order_by("-created_at", "-pk").select_related("user__member")


def saved_by(revision):
    user = revision.user
    if user is None:
        return ""
    member = getattr(user, "member", None)
    return member.display_name if member else (user.get_full_name() or user.get_username())


def mark_changes(old, new):
    """Word-level differences between two plain texts, as safe HTML."""
    a, b = old.split(), new.split()
    parts = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "equal":
            parts.append(escape(" ".join(a[i1:i2])))
            continue
        if op in ("delete", "replace"):
            parts.append(f"<del>{escape(' '.join(a[i1:i2]))}</del>")
        if op in ("insert", "replace"):
            parts.append(f"<ins>{escape(' '.join(b[j1:j2]))}</ins>")
    return mark_safe(" ".join(parts))


def _plain(block):
    if block["type"] == "section":
        return block["value"]["heading"], strip_tags(html_to_text(block["value"]["text"]))
    return block["type"], ""


def compare(old_draft, new_draft):
    """Changes from `old_draft` to `new_draft` (pages as of two versions), in the newer
    version's order, with removed sections after."""
    old = {b["id"]: b for b in old_draft.body.raw_data}
    new = list(new_draft.body.raw_data)
    new_ids = {b["id"] for b in new}
    changes = []
    for block in new:
        heading, text = _plain(block)
        if block["id"] not in old:
            changes.append(SectionChange(escape(heading), "added", mark_changes("", text)))
            continue
        old_heading, old_text = _plain(old[block["id"]])
        status = "same" if (old_heading, old_text) == (heading, text) else "changed"
        title = mark_changes(old_heading, heading) if old_heading != heading else escape(heading)
        changes.append(SectionChange(title, status, mark_changes(old_text, text)))
    for block_id, block in old.items():
        if block_id not in new_ids:
            heading, text = _plain(block)
            changes.append(SectionChange(escape(heading), "removed", mark_changes(text, "")))
    return changes


def compare_fields(old_draft, new_draft):
    return {
        "title": mark_changes(old_draft.title, new_draft.title),
        "summary": mark_changes(old_draft.summary, new_draft.summary),
    }
