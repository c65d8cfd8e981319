import time

from allauth.mfa import app_settings
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from members_area.demo import DEMO_TOTP_SECRET


class Command(BaseCommand):
    help = "Print the current authenticator code for the demo staff accounts (development only)."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("The demo authenticator key exists only with DEBUG on.")
        now = int(time.time())
        code = format_hotp_value(hotp_value(DEMO_TOTP_SECRET, now // app_settings.TOTP_PERIOD))
        seconds_left = app_settings.TOTP_PERIOD - now % app_settings.TOTP_PERIOD
        self.stdout.write(f"{code}  (changes in {seconds_left} seconds)")
