"""Every template we write must work under the strict CSP: no inline <script>, no <style>
blocks, no style= attributes and no on…= handlers. Walks every template in the project,
so templates added by later work are checked too."""

from pathlib import Path

import pytest
from django.conf import settings

from tests.html_safety import template_source_as_html, unsafe_markup

ROOT = Path(settings.BASE_DIR)
TEMPLATE_FOLDERS = ["templates", "home", "policies", "members_area", "config"]


def project_templates():
    found = set()
    for folder in TEMPLATE_FOLDERS:
        base = ROOT / folder
        pattern = "**/*.html" if folder == "templates" else "**/templates/**/*.html"
        found.update(base.glob(pattern))
    return sorted(found)


def test_the_walk_finds_the_site_templates():
    names = {str(path.relative_to(ROOT)) for path in project_templates()}
    assert {"templates/base.html", "home/templates/home/home_page.html"} <= names
    assert "policies/templates/policies/policy_page.html" in names


@pytest.mark.parametrize("path", project_templates(), ids=lambda path: str(path.relative_to(ROOT)))
def test_template_has_no_inline_script_style_or_handlers(path):
    problems = unsafe_markup(template_source_as_html(path.read_text(encoding="utf-8")))
    assert problems == [], f"{path.relative_to(ROOT)}: {problems}"


@pytest.mark.parametrize(
    "source, problem",
    [
        ("<script>alert(1)</script>", "inline <script>"),
        ('<script nonce="{{ request.csp_nonce }}">go()</script>', "inline <script>"),
        ("<style>p { color: red }</style>", "<style> block"),
        ('<p style="color: {{ colour }}">', "style= attribute on <p>"),
        ('<button onclick="go()">', "onclick= handler on <button>"),
        ('<a {% if x %}onmouseover="go()"{% endif %}>', "onmouseover= handler on <a>"),
        ('<a href="javascript:go()">', "javascript: URL in href= on <a>"),
    ],
)
def test_the_check_catches_each_kind_of_inline_code(source, problem):
    assert problem in unsafe_markup(template_source_as_html(source))


def test_the_check_allows_script_files_and_json_data():
    source = (
        "<script src=\"{% static 'js/site.js' %}\" defer></script>"
        '{{ data|json_script:"idea-data" }}<p class="x">ok</p>'
    )
    assert unsafe_markup(template_source_as_html(source)) == []
