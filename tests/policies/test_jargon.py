import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.db import IntegrityError

from members_area.groups import COMMUNICATIONS, POLICY_TEAM
from policies.jargon import JargonTerm, glossary
from policies.jargon_seed import ENGLISH, seed_jargon
from policies.readability import score_text
from tests.factories import JargonTermFactory


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


def test_seed_has_at_least_80_entries_and_is_idempotent_keeping_staff_edits(db):
    seed_jargon()
    assert JargonTerm.objects.filter(language="en").count() == len(ENGLISH) >= 80
    JargonTerm.objects.filter(term="facilitate").update(alternative="make easier")
    JargonTerm.objects.create(term="sustainment", alternative="keeping going")
    seed_jargon()
    assert JargonTerm.objects.filter(language="en").count() == len(ENGLISH) + 1
    assert glossary("en")["facilitate"] == "make easier"


def test_seed_lets_policy_and_communications_staff_edit_the_list(db):
    policy, comms = (
        Group.objects.create(name=POLICY_TEAM),
        Group.objects.create(name=COMMUNICATIONS),
    )
    seed_jargon()
    for group in (policy, comms):
        assert set(group.permissions.values_list("codename", flat=True)) >= {
            "add_jargonterm",
            "change_jargonterm",
            "delete_jargonterm",
        }


def test_glossary_costs_one_query_then_none_and_follows_staff_edits(db, django_assert_num_queries):
    JargonTermFactory(term="Arrears", alternative="rent you owe")
    JargonTermFactory(term="zaległości", alternative="dług", language="pl")
    with django_assert_num_queries(1):
        assert glossary("en") == {"arrears": "rent you owe"}
    with django_assert_num_queries(0):
        glossary("en-GB")
        for _ in range(5):
            score_text("<p>Your arrears are high.</p>", "en")
    JargonTermFactory(term="tenure", alternative="your tenancy")
    assert glossary("en") == {"arrears": "rent you owe", "tenure": "your tenancy"}
    assert glossary("pl") == {"zaległości": "dług"}
    JargonTerm.objects.get(term="tenure").delete()
    assert "tenure" not in glossary("en")


def test_a_term_is_unique_per_language_whatever_its_capitals(db):
    JargonTermFactory(term="Void")
    JargonTermFactory(term="void", language="pl")
    with pytest.raises(IntegrityError):
        JargonTermFactory(term="VOID")


def test_staff_edit_the_list_in_the_admin(admin_client, db):
    response = admin_client.post(
        "/admin/snippets/policies/jargonterm/add/",
        {"term": "in  lieu of", "alternative": "instead of", "language": "en"},
    )
    assert response.status_code == 302
    assert glossary("en") == {"in lieu of": "instead of"}
    listing = admin_client.get("/admin/snippets/policies/jargonterm/")
    assert "in lieu of" in listing.content.decode()
