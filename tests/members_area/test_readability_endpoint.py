import json

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from members_area.models import Member
from tests.factories import JargonTermFactory, MemberFactory

URL = "/members/ideas/readability/"
HARD = (
    "We will facilitate the process of change in a meaningful co-productive manner, in "
    "accordance with the aforementioned strategic framework, for stakeholders in receipt of "
    "benefits."
)


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def member_client(client, db):
    client.force_login(MemberFactory().user)
    return client


def ask(client, text, language="en"):
    return client.post(URL, json.dumps({"text": text, "language": language}), "application/json")


def test_a_member_gets_the_score_band_longest_sentence_and_jargon(member_client):
    JargonTermFactory(term="facilitate", alternative="help")
    JargonTermFactory(term="in receipt of", alternative="getting")
    response = ask(member_client, f"<p>{HARD}</p>")
    assert response.status_code == 200
    data = response.json()
    assert data["band"] == "hard"
    assert data["band_label"] == "Hard to read"
    assert data["score"] > 40 and data["above_target"]
    assert data["longest_sentence"]["text"] == HARD
    assert [(j["term"], j["alternative"]) for j in data["jargon"]] == [
        ("facilitate", "help"),
        ("in receipt of", "getting"),
    ]
    assert "Hard to read." in data["html"]
    assert "“help” for “facilitate”" in data["html"]
    assert response["Cache-Control"].startswith("max-age=0")


def test_the_note_comes_in_the_members_language_and_text_language_is_checked(member_client):
    response = ask(
        member_client, "Czynsze rosną zbyt szybko. Chcemy ciepłych i suchych mieszkań teraz.", "pl"
    )
    assert response.json()["language"] == "pl"
    assert ask(member_client, "Some text here.", "xx-unknown").json()["language"] == "en"


def test_anonymous_visitors_and_pending_members_are_refused(client, db):
    assert ask(client, HARD).status_code == 403
    pending = MemberFactory(status=Member.Status.PENDING)
    client.force_login(pending.user)
    assert ask(client, HARD).status_code == 403


def test_only_post_with_csrf(db):
    client = Client(enforce_csrf_checks=True)
    client.force_login(MemberFactory().user)
    assert client.get(URL).status_code == 405
    assert ask(client, HARD).status_code == 403  # no CSRF token


def test_bad_input_gets_a_clear_400(member_client):
    bad_json = member_client.post(URL, "not json", "application/json")
    assert bad_json.status_code == 400
    assert bad_json.json()["error"]
    assert member_client.post(URL, json.dumps({"text": 5}), "application/json").status_code == 400
    assert member_client.post(URL, json.dumps([1]), "application/json").status_code == 400
    assert ask(member_client, "word " * 5000).status_code == 400


def queries_for(client, text):
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        assert ask(client, text).status_code == 200
    return len(queries)


def test_query_count_stays_within_budget_whatever_the_text_or_the_jargon_list(
    member_client, django_assert_max_num_queries
):
    JargonTermFactory(term="facilitate", alternative="help")
    short = queries_for(member_client, "Rent is too high.")
    JargonTermFactory.create_batch(150)
    long = queries_for(member_client, f"<p>{HARD}</p>" * 40)
    assert short == long
    # Session, user, member, and the jargon list once (then cached).
    with django_assert_max_num_queries(4):
        ask(member_client, HARD)
    with django_assert_max_num_queries(3):
        ask(member_client, HARD)
