from django.core.management.base import BaseCommand

from policies.notifications import send_digests


class Command(BaseCommand):
    help = "Email the daily digest to members who chose it. Run once a day by the scheduler."

    def handle(self, *args, **options):
        sent = send_digests()
        self.stdout.write(f"Sent {sent} digest(s).")
