from policies.reading_time import policy_text, reading_minutes
from tests.factories import published_policy, section


def test_at_least_one_minute():
    assert reading_minutes("") == 1
    assert reading_minutes("Stop big rent rises.") == 1


def test_about_two_hundred_words_a_minute():
    assert reading_minutes("word " * 200) == 1
    assert reading_minutes("word " * 201) == 2
    assert reading_minutes("don’t stop-gap " * 300) == 3


def test_chinese_is_counted_by_character():
    assert reading_minutes("租金" * 150) == 1
    assert reading_minutes("租金" * 151) == 2


def test_policy_text_reads_every_block_without_markup(policy_index):
    policy = published_policy(
        policy_index,
        title="Fair rents",
        summary="Slow rises.",
        body=[
            section("What we want", "<p>A <b>cap</b> on rises.</p>"),
            {"type": "asks", "id": "a", "value": {"asks": ["Cap rises at inflation"]}},
            {
                "type": "lived_experience",
                "id": "q",
                "value": {"quote": "I had to move.", "name": "", "credit": "anonymous"},
            },
        ],
    )
    text = policy_text(policy)
    for words in [
        "Fair rents",
        "Slow rises.",
        "What we want",
        "cap",
        "Cap rises at inflation",
        "I had to move.",
    ]:
        assert words in text
    assert "<b>" not in text
