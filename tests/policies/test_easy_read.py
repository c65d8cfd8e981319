import pytest
import wagtail_factories
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import PolicyPageFactory, easy_read_sentence


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def test_easy_read_comes_first_behind_a_clear_link(client, policy_index):
    picture = wagtail_factories.ImageFactory()
    page = PolicyPageFactory(
        parent=policy_index,
        easy_read=[
            easy_read_sentence("Rent went up a lot.", picture),
            easy_read_sentence("We want rent to be fair."),
        ],
    )
    html = client.get(page.url).content.decode()
    link = html.index('<a href="#easy-read">Easy Read version</a>')
    easy_read = html.index('<section id="easy-read"')
    body = html.index('id="section-')
    assert link < easy_read < body
    assert html.index("Rent went up a lot.") < html.index("We want rent to be fair.") < body
    assert html.count('<img alt=""') == 1  # the sentence says what the picture shows


def test_no_link_without_an_easy_read_version(client, policy_index):
    page = PolicyPageFactory(parent=policy_index)
    html = client.get(page.url).content.decode()
    assert "#easy-read" not in html
    assert 'id="easy-read"' not in html


def queries_to_show(client, page):
    client.get(page.url)  # make the picture sizes once
    with CaptureQueriesContext(connection) as queries:
        assert client.get(page.url).status_code == 200
    return len(queries)


def test_query_count_does_not_grow_with_the_easy_read_pictures(client, policy_index):
    def page_with(n):
        return PolicyPageFactory(
            parent=policy_index,
            easy_read=[
                easy_read_sentence(f"Sentence {i}.", wagtail_factories.ImageFactory())
                for i in range(n)
            ],
        )

    assert queries_to_show(client, page_with(1)) == queries_to_show(client, page_with(6))
