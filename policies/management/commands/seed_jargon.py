from django.core.management.base import BaseCommand

from policies.jargon_seed import seed_jargon


class Command(BaseCommand):
    help = "Load the first jargon list (English). Safe to run again; staff edits are kept."

    def handle(self, *args, **options):
        seed_jargon()
        self.stdout.write(self.style.SUCCESS("The jargon list is ready."))
