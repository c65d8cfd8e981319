"""People in the journeys. Signing in is not what most journeys are about, so they start
signed in: Django's test client logs the person in and the browser gets its session
cookie. (The journey about signing up and signing in goes through the forms.)"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client


def log_in(page, email):
    client = Client()
    client.force_login(get_user_model().objects.get(email=email))
    page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": page.site_url,
            }
        ]
    )
