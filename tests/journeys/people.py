"""People in the journeys. Signing in is not what most journeys are about, so they start
signed in: Django's test client logs the person in and the browser gets its session
cookie. Staff get past the second factor the way tests/conftest.skip_to_admin does. (The
journey about signing up and signing in goes through the forms.)"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client

from members_area.roles import needs_second_factor
from tests.conftest import skip_to_admin


def log_in(page, email):
    user = get_user_model().objects.get(email=email)
    client = Client()
    if needs_second_factor(user):
        skip_to_admin(client, user)
    else:
        client.force_login(user)
    page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": page.site_url,
            }
        ]
    )
