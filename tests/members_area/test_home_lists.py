"""The members' home: your ideas with where they stand, ideas waiting for your co-signature,
and replies to you — each from a fixed number of queries."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from policies.comments import add_comment
from policies.workflow import submit_for_cosigning
from tests.factories import MemberFactory, shared_idea

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def home_of(client, member):
    client.force_login(member.user)
    return client.get("/members/").content.decode()


def test_your_ideas_show_where_each_stands(client, idea, author):
    html = home_of(client, author)
    assert idea.title in html
    assert "Shared with the forum" in html
    assert f"/members/ideas/{idea.pk}/" in html


def test_an_idea_collecting_cosignatures_waits_for_others_but_not_its_author(client, idea, author):
    submit_for_cosigning(idea, author.user)
    reader = MemberFactory()
    html = home_of(client, reader)
    assert f"/members/ideas/{idea.pk}/co-sign/" in html
    assert "0 of 5 co-signatures" in html
    assert f"/members/ideas/{idea.pk}/co-sign/" not in home_of(client, author)


def test_replies_to_you_leave_out_staff_only_and_your_own(client, idea, author):
    reader = MemberFactory(display_name="Layla")
    question = add_comment(author, idea, "Should we ask for 14 days?")
    add_comment(reader, idea, "Yes, 14 days is fair.", parent=question)
    add_comment(reader, idea, "A private note for staff.", parent=question, staff_only=True)
    add_comment(author, idea, "My own follow-up.", parent=question)
    html = home_of(client, author)
    assert "Yes, 14 days is fair." in html
    assert f"replied on “<bdi>{idea.title}</bdi>”" in html
    assert "A private note for staff." not in html
    assert "My own follow-up." not in html


def count_home_queries(client, member):
    client.force_login(member.user)
    client.get("/members/")  # warm the per-process caches, as a live site has
    cache.clear()  # …but build the page: a page kept for its reader costs nothing to count
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/members/").status_code == 200
    return len(queries)


def test_the_home_page_costs_the_same_queries_however_many_ideas_and_replies(
    client, policy_index, workflow, author
):
    reader = MemberFactory()

    def add_round():
        idea = shared_idea(policy_index, author)
        submit_for_cosigning(idea, author.user)
        mine = shared_idea(policy_index, reader)
        question = add_comment(reader, mine, "What do you think?")
        add_comment(author, mine, "Good idea.", parent=question)

    add_round()
    few = count_home_queries(client, reader)
    for _ in range(4):
        add_round()
    assert count_home_queries(client, reader) == few
