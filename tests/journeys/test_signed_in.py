"""Signed in, in English and in Arabic (right to left): a member reaches their forum page,
and a policy officer the Wagtail admin and the policy ideas in it, where every journey
through the workflow starts. These pages pass the same checks as the public site."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.users.models import UserProfile

from policies import demo_content
from policies.models import PolicyIndexPage

from .checks import visit
from .people import log_in

pytestmark = pytest.mark.browser

OFFICER = "policy@coproduce.example"
# Demo members who chose English and Arabic.
MEMBERS = {"en": "morag@coproduce.example", "ar": "layla@coproduce.example"}
LANGUAGES = [("en", "ltr"), ("ar", "rtl")]


@pytest.mark.parametrize("language, direction", LANGUAGES)
def test_member_reaches_their_forum_page(demo_site, page, language, direction):
    # The members' area has no language in its address: it speaks the member's own.
    log_in(page, MEMBERS[language])

    visit(page, "/members/")
    assert page.evaluate("[document.documentElement.lang, document.documentElement.dir]") == [
        language,
        direction,
    ]
    assert page.locator("main h1").count() == 1


@pytest.mark.parametrize("language, direction", LANGUAGES)
def test_policy_officer_reaches_the_policy_ideas_in_the_admin(demo_site, page, language, direction):
    profile = UserProfile.get_for_user(get_user_model().objects.get(email=OFFICER))
    profile.preferred_language = language
    profile.save()
    log_in(page, OFFICER)

    visit(page, "/admin/")
    assert page.evaluate("document.documentElement.dir") == direction

    visit(page, f"/admin/pages/{PolicyIndexPage.objects.get(locale__language_code='en').pk}/")
    listed = page.locator("main").inner_text()
    assert all(policy["title"] in listed for policy in demo_content.POLICIES)
