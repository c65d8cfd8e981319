from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import ImageFactory, TopicFactory, image_block, page_link, published_policy, section

def build(index, count, topics, images):
    return [
        published_policy(
            index,
            topics=topics,
            body=[
                section("What is wrong", "<p>See " + page_link(index, "all ideas") + ".</p>"),
                image_block(images[0]),
                section("What we want", "<p>More.</p>"),
                image_block(images[1], caption="A caption"),
            ],
        )
        for _ in range(count)
    ]


def queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx.captured_queries), ctx


def test_budget(client, home, policy_index, media_root):
    topics = TopicFactory.create_batch(3)
    images = ImageFactory.create_batch(2)
    first = build(policy_index, 2, topics, images)[0]
    for url in ["/en/", "/en/policies/", first.url]:
        n, ctx = queries(client, url)
        print(url, n)
        for q in ctx.captured_queries:
            print("   ", q["sql"][:200])
    build(policy_index, 38, topics, images)
    for url in ["/en/", "/en/policies/", first.url]:
        n, ctx = queries(client, url)
        print(url, n)
