"""The checks every journey relies on catch what they are for: each is shown one page with
one problem. The pages come from a route in the browser, not from the site."""

import pytest

from .checks import (
    assert_accessible,
    assert_no_problems,
    assert_reflows,
    assert_styles_loaded,
    press_tab,
    record_tabbable,
)

pytestmark = pytest.mark.browser

SITE = "http://checks.invalid"
HEAD = '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Check</title>'


@pytest.fixture
def site_url():
    return SITE


@pytest.fixture
def show(page):
    """Serve one page of HTML (with extra headers) at SITE/ and open it."""

    def show_(body, headers=None):
        def answer(route):
            if route.request.url == f"{SITE}/":
                route.fulfill(body=HEAD + body, content_type="text/html", headers=headers or {})
            else:
                route.fulfill(status=404, body="")

        page.route(f"{SITE}/**", answer)
        page.goto("/")
        return page

    return show_


def test_axe_violations_fail_with_the_rule_and_the_element(show):
    page = show('</head><body><main><img src="/photo.png"></main></body></html>')
    with pytest.raises(AssertionError, match=r"image-alt[\s\S]*photo\.png"):
        assert_accessible(page)


def test_a_page_wider_than_320px_fails_reflow(show):
    page = show("<style>.wide { width: 500px }</style></head><body><p class=wide>x</p></body>")
    with pytest.raises(AssertionError, match="scrolls sideways"):
        assert_reflows(page)


def test_csp_violations_fail(show):
    page = show(
        '</head><body><p style="color: red">Inline style</p></body>',
        headers={"Content-Security-Policy": "style-src 'self'"},
    )
    with pytest.raises(AssertionError, match="CSP violation: style-src"):
        assert_no_problems(page)


def test_console_errors_and_missing_stylesheets_fail(show):
    page = show('<link rel="stylesheet" href="/missing.css"></head><body></body>')
    with pytest.raises(AssertionError, match="did not load"):
        assert_styles_loaded(page)
    with pytest.raises(AssertionError, match="404 for .*missing.css"):
        assert_no_problems(page)


def test_focus_without_a_visible_change_fails(show):
    page = show('<style>a { outline: none }</style></head><body><a href="/x">Link</a></body>')
    record_tabbable(page)
    with pytest.raises(AssertionError, match="focus is not visible"):
        press_tab(page)


def test_requests_to_other_sites_fail_and_never_leave_the_machine(show):
    page = show('<link rel="stylesheet" href="https://cdn.example.com/x.css"></head><body>')
    with pytest.raises(AssertionError, match="outside the site: https://cdn.example.com/x.css"):
        assert_no_problems(page)
