from django.core.management.base import BaseCommand

from policies.cosigning import reconcile_counts


class Command(BaseCommand):
    help = "Set each idea's stored co-signature count to the real number of co-signatures."

    def handle(self, *args, **options):
        repaired = reconcile_counts()
        for page, was, now in repaired:
            self.stdout.write(f"{page.title} (id {page.pk}): {was} -> {now}")
        self.stdout.write(self.style.SUCCESS(f"Repaired {len(repaired)} count(s)."))
