"""The merge function on its own: plain data in, plain data out, no database."""

from policies.merging import Conflict, merge_blocks, merge_draft, merge_value


def block(block_id, text, heading=None):
    return {
        "type": "section",
        "id": block_id,
        "value": {"heading": heading or block_id, "text": text},
    }


BASE = [block("a", "<p>A</p>"), block("b", "<p>B</p>"), block("c", "<p>C</p>")]


def ids(blocks):
    return [b["id"] for b in blocks]


def test_nothing_changed_anywhere():
    merged = merge_blocks(BASE, BASE, BASE)
    assert merged.value == BASE
    assert merged.conflicts == []


def test_different_sections_changed_on_each_side_are_both_kept():
    theirs = [block("a", "<p>A by them</p>"), BASE[1], BASE[2]]
    mine = [BASE[0], BASE[1], block("c", "<p>C by me</p>")]
    merged = merge_blocks(BASE, theirs, mine)
    assert merged.conflicts == []
    assert merged.value == [block("a", "<p>A by them</p>"), BASE[1], block("c", "<p>C by me</p>")]


def test_same_section_changed_differently_is_a_conflict_holding_my_text():
    theirs = [block("a", "<p>A by them</p>"), BASE[1], BASE[2]]
    mine = [block("a", "<p>A by me</p>"), BASE[1], BASE[2]]
    merged = merge_blocks(BASE, theirs, mine)
    assert merged.conflicts == [Conflict("a", BASE[0], theirs[0], mine[0])]
    assert merged.value[0] == mine[0]


def test_same_change_on_both_sides_is_no_conflict():
    same = [block("a", "<p>Same</p>"), BASE[1], BASE[2]]
    merged = merge_blocks(BASE, same, same)
    assert merged.conflicts == []
    assert merged.value == same


def test_sections_added_on_both_sides_are_kept_next_to_their_neighbours():
    theirs = [BASE[0], block("t", "<p>T</p>"), BASE[1], BASE[2]]
    mine = [BASE[0], BASE[1], BASE[2], block("m", "<p>M</p>")]
    merged = merge_blocks(BASE, theirs, mine)
    assert merged.conflicts == []
    assert ids(merged.value) == ["a", "t", "b", "c", "m"]


def test_section_added_at_the_start_stays_first():
    mine = [block("m", "<p>M</p>"), *BASE]
    assert ids(merge_blocks(BASE, BASE, mine).value) == ["m", "a", "b", "c"]


def test_removed_section_that_nobody_else_touched_is_removed():
    theirs = [BASE[0], BASE[2]]
    mine = [block("a", "<p>A by me</p>"), BASE[1], BASE[2]]
    merged = merge_blocks(BASE, theirs, mine)
    assert merged.conflicts == []
    assert ids(merged.value) == ["a", "c"]
    assert merged.value[0]["value"]["text"] == "<p>A by me</p>"


def test_removed_by_them_but_edited_by_me_is_a_conflict_and_my_text_is_kept():
    theirs = [BASE[0], BASE[2]]
    mine = [BASE[0], block("b", "<p>B by me</p>"), BASE[2]]
    merged = merge_blocks(BASE, theirs, mine)
    assert merged.conflicts == [Conflict("b", BASE[1], None, mine[1])]
    assert ids(merged.value) == ["a", "b", "c"]


def test_removed_by_me_but_edited_by_them_is_a_conflict_and_their_text_is_kept():
    theirs = [BASE[0], block("b", "<p>B by them</p>"), BASE[2]]
    mine = [BASE[0], BASE[2]]
    merged = merge_blocks(BASE, theirs, mine)
    assert merged.conflicts == [Conflict("b", BASE[1], theirs[1], None)]
    assert merged.value[1] == theirs[1]


def test_removed_on_both_sides_is_gone():
    merged = merge_blocks(BASE, [BASE[0], BASE[2]], [BASE[0], BASE[2]])
    assert ids(merged.value) == ["a", "c"]


def test_their_reordering_is_kept_with_my_edit():
    theirs = [BASE[2], BASE[0], BASE[1]]
    mine = [BASE[0], block("b", "<p>B by me</p>"), BASE[2]]
    merged = merge_blocks(BASE, theirs, mine)
    assert ids(merged.value) == ["c", "a", "b"]
    assert merged.value[2]["value"]["text"] == "<p>B by me</p>"


def test_my_reordering_wins_when_both_reordered():
    theirs = [BASE[1], BASE[0], BASE[2]]
    mine = [BASE[2], BASE[1], BASE[0]]
    assert ids(merge_blocks(BASE, theirs, mine).value) == ["c", "b", "a"]


def test_their_new_section_survives_my_reordering():
    theirs = [BASE[0], BASE[1], block("t", "<p>T</p>"), BASE[2]]
    mine = [BASE[2], BASE[1], BASE[0]]
    assert ids(merge_blocks(BASE, theirs, mine).value) == ["c", "b", "t", "a"]


def test_merge_value_takes_the_side_that_changed():
    assert merge_value("title", "old", "old", "mine") == ("mine", None)
    assert merge_value("title", "old", "theirs", "old") == ("theirs", None)
    assert merge_value("title", "old", "theirs", "mine") == (
        "mine",
        Conflict("title", "old", "theirs", "mine"),
    )


def test_merge_draft_merges_fields_and_body_together():
    base = {"title": "T", "summary": "S", "body": BASE}
    theirs = {"title": "T them", "summary": "S", "body": [block("a", "<p>A them</p>"), *BASE[1:]]}
    mine = {"title": "T", "summary": "S me", "body": [*BASE[:2], block("c", "<p>C me</p>")]}
    merged = merge_draft(base, theirs, mine)
    assert merged.conflicts == []
    assert merged.value["title"] == "T them"
    assert merged.value["summary"] == "S me"
    assert [b["value"]["text"] for b in merged.value["body"]] == [
        "<p>A them</p>",
        "<p>B</p>",
        "<p>C me</p>",
    ]


def test_merge_draft_reports_field_and_block_conflicts():
    base = {"title": "T", "summary": "S", "body": BASE}
    theirs = {"title": "T them", "summary": "S", "body": [block("a", "<p>them</p>"), *BASE[1:]]}
    mine = {"title": "T me", "summary": "S", "body": [block("a", "<p>me</p>"), *BASE[1:]]}
    merged = merge_draft(base, theirs, mine)
    assert [c.key for c in merged.conflicts] == ["title", "a"]
    assert merged.value["title"] == "T me"
