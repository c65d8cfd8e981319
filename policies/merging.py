"""Three-way merge of a draft, so two people writing at once never lose each other's work.

Pure functions over plain data: `base` is the revision an edit form started from, `theirs`
the newest saved revision, `mine` what the form sent. StreamField blocks are matched by
their id, so a section keeps its identity while others are added, removed or moved.

A part changed on one side only is taken from that side. A part changed on both sides in
different ways is a conflict: the merged result then holds *my* version (so the form shown
again still has what I typed) and the conflict carries theirs, to be shown beside it.
"""

from dataclasses import dataclass, field

FIELDS = ("title", "summary")


@dataclass(frozen=True)
class Conflict:
    key: str  # a field name, or a block id
    base: object
    theirs: object  # None: they removed this section
    mine: object  # None: I removed this section


@dataclass
class Merged:
    value: object
    conflicts: list = field(default_factory=list)


def merge_value(key, base, theirs, mine):
    """Merge one value; returns (value, conflict or None)."""
    if theirs in (base, mine):
        return mine, None
    if mine == base:
        return theirs, None
    return mine, Conflict(key, base, theirs, mine)


def merge_blocks(base, theirs, mine):
    """Merge three lists of StreamField blocks (dicts with "id", "type" and "value")."""
    base_by_id = {b["id"]: b for b in base}
    theirs_by_id = {b["id"]: b for b in theirs}
    mine_by_id = {b["id"]: b for b in mine}
    merged, conflicts = {}, []
    for block_id in [*theirs_by_id, *(i for i in mine_by_id if i not in theirs_by_id)]:
        old = base_by_id.get(block_id)
        t, m = theirs_by_id.get(block_id), mine_by_id.get(block_id)
        if old is None:
            # New on one side, or (rarely) the same new block on both.
            value, conflict = merge_value(block_id, None, t, m) if t and m else (t or m, None)
        else:
            value, conflict = _merge_kept_block(block_id, old, t, m)
        if conflict:
            conflicts.append(conflict)
        if value is not None:
            merged[block_id] = value
    order = _merge_order([b["id"] for b in base], list(theirs_by_id), list(mine_by_id))
    return Merged([merged[i] for i in order if i in merged], conflicts)


def _merge_kept_block(block_id, old, theirs, mine):
    """A block that was in the base: edited, removed or left alone on each side."""
    if theirs is None and mine is None:
        return None, None
    if theirs is None:  # they removed it
        if _same(mine, old):
            return None, None
        return mine, Conflict(block_id, old, None, mine)
    if mine is None:  # I removed it
        if _same(theirs, old):
            return None, None
        return theirs, Conflict(block_id, old, theirs, None)
    if _same(theirs, old) or _same(theirs, mine):
        return mine, None
    if _same(mine, old):
        return theirs, None
    return mine, Conflict(block_id, old, theirs, mine)


def _same(a, b):
    return a["type"] == b["type"] and a["value"] == b["value"]


def _merge_order(base, theirs, mine):
    """The order of the merged blocks. A side that moved blocks wins over one that did not
    (mine when both did); blocks only the other side has go after their neighbour there."""
    common = set(base)
    mine_moved = [i for i in mine if i in common and i in theirs] != [
        i for i in base if i in mine and i in theirs
    ]
    skeleton, other = (mine, theirs) if mine_moved else (theirs, mine)
    order = list(skeleton)
    placed = set(order)
    for position, block_id in enumerate(other):
        if block_id in placed:
            continue
        after = next((i for i in reversed(other[:position]) if i in placed), None)
        order.insert(order.index(after) + 1 if after else 0, block_id)
        placed.add(block_id)
    return order


def merge_draft(base, theirs, mine):
    """Merge whole drafts: dicts with "title", "summary" and "body" (a list of blocks)."""
    result, conflicts = {}, []
    for name in FIELDS:
        result[name], conflict = merge_value(name, base[name], theirs[name], mine[name])
        if conflict:
            conflicts.append(conflict)
    body = merge_blocks(base["body"], theirs["body"], mine["body"])
    result["body"] = body.value
    return Merged(result, conflicts + body.conflicts)
