import pytest


@pytest.mark.parametrize(
    "language, direction",
    [("en", "ltr"), ("pl", "ltr"), ("ar", "rtl"), ("ur", "rtl"), ("zh-hans", "ltr")],
)
def test_home_answers_in_each_language_with_lang_and_dir(client, home, language, direction):
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    assert f'<html lang="{language}" dir="{direction}">' in response.content.decode()


def test_root_redirects_to_a_language(client, home):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/en/"


def test_unknown_page_is_a_404_in_the_site_layout(client, home):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    assert "find that page" in response.content.decode()
    assert 'class="skip-link"' in response.content.decode()
