import re

import pytest

from policies.models import Authorship
from tests.factories import (
    ImageFactory,
    MemberFactory,
    PolicyPageFactory,
    TopicFactory,
    UserFactory,
    image_block,
    published_policy,
    section,
    translate,
)


def html_of(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


def test_policy_page_shows_title_summary_topics_and_dates(client, policy_index):
    policy = published_policy(
        policy_index,
        title="Fair rents",
        summary="Rents rise with inflation, no more.",
        topics=[TopicFactory(name="Money and rent")],
    )
    html = html_of(client, policy)
    assert "<h1>Fair rents</h1>" in html
    assert "Rents rise with inflation, no more." in html
    assert '<li class="tag">Money and rent</li>' in html
    published = policy.first_published_at
    assert f'datetime="{published.isoformat()}"' in html
    assert "Published <time" in html
    # Written the British way, not "Nov. 29, 2026".
    assert re.search(r">\d{1,2} [A-Z][a-z]+ \d{4}</time>", html)


def test_contents_list_links_to_each_section_when_there_are_several(client, policy_index):
    policy = published_policy(
        policy_index,
        body=[section("What is wrong", "<p>a</p>"), section("What we want", "<p>b</p>")],
    )
    html = html_of(client, policy)
    assert 'aria-labelledby="contents-title"' in html
    for block in policy.body:
        assert f'href="#section-{block.id}"' in html
        assert f'<section id="section-{block.id}"' in html


def test_no_contents_list_for_a_single_section(client, policy_index):
    policy = published_policy(policy_index, body=[section("All of it", "<p>a</p>")])
    assert "contents-title" not in html_of(client, policy)


def test_reading_time_grows_with_the_text(client, policy_index):
    short = published_policy(policy_index, body=[section("Short", "<p>A few words.</p>")])
    long_text = "<p>" + "word " * 1000 + "</p>"
    long = published_policy(policy_index, body=[section("Long", long_text)])
    assert "About 1 minute to read" in html_of(client, short)
    assert "About 6 minutes to read" in html_of(client, long)


def test_images_show_with_their_alt_text_and_caption(client, policy_index, media_root):
    image = ImageFactory()
    policy = published_policy(
        policy_index,
        body=[image_block(image, alt_text="A damp bedroom wall", caption="Damp in Leith")],
    )
    html = html_of(client, policy)
    assert re.search(
        r'<img src="/media/images/[^"]+\.width-800\.[a-z]+"[^>]* alt="A damp bedroom wall"', html
    )
    assert "<figcaption>Damp in Leith</figcaption>" in html


def test_credits_show_authors_as_they_chose_and_the_cosignature_count(client, policy_index):
    policy = published_policy(policy_index)
    lead = MemberFactory(user=UserFactory(first_name="Morag", last_name="Campbell"))
    hidden = MemberFactory(user=UserFactory(first_name="Secret", last_name="Person"))
    Authorship.objects.create(page=policy, member=lead, is_lead=True, credit="full")
    Authorship.objects.create(page=policy, member=hidden, credit="anonymous")
    type(policy).objects.filter(pk=policy.pk).update(cosignature_count=27)
    html = html_of(client, policy)
    credits = html[html.index('class="credits"') :]
    assert "<bdi>Morag Campbell</bdi>" in credits
    assert "<bdi>A forum member</bdi>" in credits
    assert "Secret" not in html
    assert "27 forum members co-signed this idea." in credits
    assert html.count("co-signed this idea.") == 1


def test_share_links_are_plain_links_with_no_scripts(client, policy_index):
    policy = published_policy(policy_index, title="Fair rents")
    html = html_of(client, policy)
    share = html[html.index('class="share"') :]
    url = "http%3A%2F%2Ftestserver%2Fen%2Fpolicies%2F" + policy.slug + "%2F"
    assert f'href="mailto:?subject=Fair%20rents&amp;body={url}"' in share
    assert f'href="https://wa.me/?text=Fair%20rents%20{url}"' in share
    assert f'href="https://www.facebook.com/sharer/sharer.php?u={url}"' in share
    assert f'href="https://x.com/intent/post?text=Fair%20rents&amp;url={url}"' in share
    assert f'value="http://testserver/en/policies/{policy.slug}/" readonly' in share
    assert "<script" not in html
    assert " style=" not in html
    assert not re.search(r"\son[a-z]+=", html)


@pytest.mark.postgres
def test_read_in_lists_published_translations_only(client, policy_index):
    policy = published_policy(policy_index, title="Fair rents")
    assert "read-in-title" not in html_of(client, policy)

    polish = translate(policy, "pl")
    arabic = translate(policy, "ar")
    arabic.unpublish()
    html = html_of(client, policy)
    read_in = html[html.index('class="read-in"') :]
    read_in = read_in[: read_in.index("</nav>")]
    assert polish.url.startswith("/pl/")
    assert f'<a href="{polish.url}" lang="pl" hreflang="pl" dir="ltr">Polski</a>' in read_in
    assert 'hreflang="ar"' not in read_in
    assert arabic.url not in read_in


def test_meta_description_and_open_graph_tags(client, policy_index):
    policy = published_policy(policy_index, title="Fair rents", summary="Rents rise slowly.")
    html = html_of(client, policy)
    url = f"http://testserver/en/policies/{policy.slug}/"
    assert '<meta name="description" content="Rents rise slowly.">' in html
    assert '<meta property="og:title" content="Fair rents">' in html
    assert '<meta property="og:description" content="Rents rise slowly.">' in html
    assert f'<meta property="og:url" content="{url}">' in html
    assert f'<link rel="canonical" href="{url}">' in html
    assert '<meta property="og:type" content="article">' in html


def test_search_description_wins_over_the_summary(client, policy_index):
    policy = published_policy(policy_index, search_description="For search engines.")
    assert '<meta name="description" content="For search engines.">' in html_of(client, policy)


def test_staff_preview_of_a_new_unsaved_policy_renders(policy_index, media_root, rf):
    page = PolicyPageFactory.build(
        title="Not saved yet",
        body=[section("One", "<p>a</p>"), image_block(ImageFactory())],
    )
    page.set_url_path(policy_index)
    page.locale = policy_index.locale
    response = page.make_preview_request()
    assert response.status_code == 200
    assert "<h1>Not saved yet</h1>" in response.content.decode()


def test_pictures_render_on_first_and_later_views_even_when_used_twice(
    client, policy_index, media_root
):
    shown_before, new = ImageFactory.create_batch(2)
    first_policy = published_policy(policy_index, body=[image_block(shown_before)])
    client.get(first_policy.url)  # makes the rendition of the first picture
    policy = published_policy(
        policy_index,
        body=[
            image_block(shown_before, alt_text="Seen before"),
            image_block(new, alt_text="New picture"),
            image_block(new, alt_text="New again"),
            {"type": "image", "id": "gone", "value": {"image": 999999, "alt_text": "Deleted"}},
        ],
    )
    for _view in range(2):
        html = html_of(client, policy)
        for alt in ["Seen before", "New picture", "New again"]:
            assert re.search(
                rf'<img src="/media/images/[^"]+\.width-800\.[a-z]+"[^>]*alt="{alt}"', html
            )
        assert "Deleted" not in html
