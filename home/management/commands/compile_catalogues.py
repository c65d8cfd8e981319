from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Compile the interface catalogues (locale/*/LC_MESSAGES/django.po) that changed. "
        "Pure Python (polib), so a fresh machine needs no GNU gettext to run the site."
    )

    def handle(self, *args, **options):
        for folder in settings.LOCALE_PATHS:
            for po in sorted(Path(folder).glob("*/LC_MESSAGES/django.po")):
                mo = po.with_suffix(".mo")
                if not mo.exists() or mo.stat().st_mtime < po.stat().st_mtime:
                    polib.pofile(str(po)).save_as_mofile(str(mo))
                    self.stdout.write(f"compiled {mo}")
