from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from home.demo import seed_home, seed_locales
from home.models import HomePage
from members_area.demo import DEMO_PASSWORD, DEMO_TOTP_SECRET, STAFF, seed_groups, seed_people
from policies.demo import (
    seed_index,
    seed_published_policies,
    seed_topics,
    seed_translations,
    seed_workflow_ideas,
)
from policies.demo_drafts import seed_drafts
from policies.jargon_seed import seed_jargon


class Command(BaseCommand):
    help = (
        "Load the demo content: locales, pages, groups, people and policy ideas. Safe to run twice."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing when the site already has a home page (used by `make run`).",
        )

    def handle(self, *args, **options):
        if options["if_empty"] and HomePage.objects.exists():
            self.stdout.write("The database already has content; not loading the demo.")
            return
        if not settings.DEBUG:
            raise CommandError(
                "seed_demo makes accounts with known passwords: it runs only with DEBUG on."
            )
        with transaction.atomic():
            seed_locales()
            home = seed_home()
            index = seed_index(home)
            groups = seed_groups(index)
            people = seed_people(groups)
            seed_jargon()
            topics = seed_topics()
            policies = seed_published_policies(index, topics, user=people[STAFF[2][0]])
            seed_translations(home, index, topics, policies, groups, user=people[STAFF[2][0]])
            seed_workflow_ideas(index, people)
            seed_drafts(index)
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
        self.stdout.write(f"Demo logins (password for all: {DEMO_PASSWORD}):")
        for email, *_rest, group in STAFF:
            self.stdout.write(f"  {email:32} {group or 'superuser'}")
        self.stdout.write("  morag@coproduce.example           forum member (English)")
        self.stdout.write("  piotr@coproduce.example           forum member (Polski)")
        self.stdout.write("  layla@coproduce.example           forum member (العربية)")
        self.stdout.write("  new@coproduce.example             waiting for approval")
        self.stdout.write(
            f"Staff also type a code from an authenticator app: add the key {DEMO_TOTP_SECRET}"
            " to one, or run `manage.py demo_totp_code`."
        )
