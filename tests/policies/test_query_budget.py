"""The public pages make the same number of queries whatever the amount of content, and at
most QUERY_BUDGET. Policies are built the way they are published: with topics, pictures,
and a rich-text link to another page."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import (
    ImageFactory,
    TopicFactory,
    image_block,
    page_link,
    published_policy,
    section,
)

QUERY_BUDGET = 15


def body(images, link_to):
    return [
        # Each rich-text block with page links costs queries of its own (wagtail#11484):
        # the linked pages are fetched for it, then each one's translation is looked up.
        section("What is wrong", f"<p>Read {page_link(link_to, 'the other ideas')}.</p>"),
        image_block(images[0]),
        section("What we want", "<p>A <b>cap</b> on rent rises.</p>"),
        image_block(images[1], caption="Our meeting"),
        {"type": "asks", "id": "asks-1", "value": {"asks": ["Cap rises", "Three months' notice"]}},
    ]


def add_policies(index, count, topics, images):
    return [
        published_policy(index, topics=topics, body=body(images, link_to=index))
        for _ in range(count)
    ]


def count_queries(client, url):
    client.get(url)  # the first view makes the picture renditions; count the views after
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


@pytest.fixture
def content(policy_index, media_root):
    topics = TopicFactory.create_batch(3)
    images = ImageFactory.create_batch(2)
    return policy_index, topics, images


def test_public_pages_make_the_same_few_queries_for_2_and_40_policies(client, home, content):
    index, topics, images = content
    first = add_policies(index, 2, topics, images)[0]
    pages = ["/en/", "/en/policies/", first.url]
    others = ["/en/search/?q=rent", "/en/policies/feed/", "/api/v2/policies/", "/sitemap.xml"]

    with_2 = {url: count_queries(client, url) for url in pages + others}
    add_policies(index, 38, topics, images)
    with_40 = {url: count_queries(client, url) for url in pages + others}

    assert with_40 == with_2
    for url in pages:
        assert with_40[url] <= QUERY_BUDGET, (url, with_40[url])


def test_rich_text_page_links_cost_a_query_each_plus_a_fetch_per_block(client, content):
    """Counted here so the budget above stays honest (wagtail#11484): the linked pages of a
    rich-text block are fetched together, then each link looks up its translation."""
    index, topics, images = content

    def queries_for_blocks_of_links(*links_per_block):
        blocks = [
            section(f"Part {n}", "<p>" + " ".join([page_link(index, "ideas")] * links) + "</p>")
            for n, links in enumerate(links_per_block)
        ]
        return count_queries(client, published_policy(index, topics=topics, body=blocks).url)

    no_links = queries_for_blocks_of_links(0)
    one_link = queries_for_blocks_of_links(1)
    assert queries_for_blocks_of_links(2) == one_link + 1
    assert queries_for_blocks_of_links(1, 1) == no_links + 2 * (one_link - no_links)
    assert one_link - no_links <= 3


def test_pictures_cost_the_same_queries_however_many_a_policy_has(client, content):
    index, topics, images = content
    more_images = images + ImageFactory.create_batch(4)

    def policy_with_pictures(pictures):
        return published_policy(index, topics=topics, body=[image_block(i) for i in pictures])

    one = count_queries(client, policy_with_pictures(more_images[:1]).url)
    six = count_queries(client, policy_with_pictures(more_images).url)
    assert six == one
