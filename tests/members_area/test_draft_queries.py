"""The draft page costs the same number of queries however much is on it."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from policies.comments import add_comment
from policies.drafting import restore_version, share_with_forum, suggest_change
from tests.factories import MemberFactory, draft_by

from .helpers import newest, url

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def draft_with(policy_index, comments, versions):
    lead = MemberFactory(notify="never")
    page = draft_by(lead, policy_index, title=f"Idea with {comments} comments")
    share_with_forum(page)
    people = [MemberFactory(notify="never") for _ in range(3)]
    sections = [s.id for s in newest(page).sections]
    for _ in range(versions - 1):
        restore_version(lead, page, page.latest_revision)
    tops = []
    for i in range(comments):
        author = people[i % 3]
        if tops and i % 3 == 0:
            add_comment(author, page, f"Reply {i}", parent=tops[-1])
        else:
            block_id = sections[i % 2] if i % 5 else ""
            tops.append(add_comment(author, page, f"Comment {i}", block_id=block_id))
    suggest_change(people[0], page, sections[0], "A suggested text")
    return page, people[1]


def queries_for(client, page, member):
    client.force_login(member.user)
    client.get(url(page))  # warm the per-process caches (site root paths), as a live site has
    cache.clear()  # …but build the page: a page kept for its reader costs nothing to count
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url(page))
    assert response.status_code == 200
    return len(queries), response.content.decode()


def test_draft_page_queries_do_not_grow_with_comments_or_versions(client, policy_index):
    small, small_reader = draft_with(policy_index, comments=2, versions=2)
    large, large_reader = draft_with(policy_index, comments=50, versions=10)
    small_count, _html = queries_for(client, small, small_reader)
    large_count, html = queries_for(client, large, large_reader)
    assert "Comment 49" in html and "Reply 48" in html and "10 versions" in html
    assert large_count == small_count


def count(client, member, path):
    client.force_login(member.user)
    client.get(path)  # warm the per-process caches, as above
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries)


def test_history_ideas_and_notices_pages_do_not_grow(client, policy_index):
    small, small_reader = draft_with(policy_index, comments=2, versions=2)
    large, large_reader = draft_with(policy_index, comments=30, versions=10)
    assert count(client, small_reader, url(small, "history/")) == count(
        client, large_reader, url(large, "history/")
    )
    # The lead of each idea has had notices for every comment on it.
    small_lead = small.authorships.get().member
    large_lead = large.authorships.get().member
    for path in ("/members/ideas/", "/members/notifications/"):
        assert count(client, small_lead, path) == count(client, large_lead, path)
