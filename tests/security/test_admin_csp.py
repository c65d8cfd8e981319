"""The Wagtail admin runs its CSP report-only. Its HTML carries no inline script or handler:
our templates replace the only inline scripts Wagtail writes (its date and time pickers),
so what stops the admin from enforcing the strict policy is only styles Wagtail's rich
text editor adds from its own script files."""

import pytest

from tests.conftest import skip_to_admin
from tests.factories import PolicyPageFactory, UserFactory
from tests.html_safety import unsafe_markup

# Wagtail draws its icons as inline <svg> and shows its preview in an <iframe> of its own
# pages; the CSP allows both (frame-src falls back to default-src 'self').
ALLOWED_IN_ADMIN = {"<svg>", "<iframe>"}


@pytest.fixture
def staff_client(client, policy_index):
    return skip_to_admin(client, UserFactory(is_superuser=True, is_staff=True))


@pytest.mark.parametrize(
    "path",
    ["/admin/pages/{idea}/edit/", "/admin/pages/{index}/", "/admin/users/", "/admin/"],
)
def test_admin_pages_have_no_inline_scripts_or_handlers(staff_client, policy_index, path):
    idea = PolicyPageFactory(parent=policy_index)
    response = staff_client.get(path.format(idea=idea.pk, index=policy_index.pk))
    assert response.status_code == 200
    problems = set(unsafe_markup(response.content.decode())) - ALLOWED_IN_ADMIN
    assert problems == set()


def test_date_pickers_start_from_a_script_file(staff_client, policy_index):
    idea = PolicyPageFactory(parent=policy_index)
    html = staff_client.get(f"/admin/pages/{idea.pk}/edit/").content.decode()
    assert 'data-coproduce-chooser="datetime" data-for="id_go_live_at"' in html
    assert "js/admin-date-choosers.js" in html
    assert "initDateTimeChooser(" not in html
