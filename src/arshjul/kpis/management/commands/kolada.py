"""``arshjul kolada import FILE [--organisation <slug>]``: store a Kolada file (API v3 JSON or
the flattened CSV) for an organisation, all or nothing, as the SYSTEM actor. A refused file
exits with code 1 and every problem, each naming the file and its line or field path.
``--organisation`` may be left out when there is one organisation."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from arshjul.kpis.kolada import KoladaImportError, kolada_import
from arshjul.organisations.access import SYSTEM
from arshjul.organisations.models import Organisation


class Command(BaseCommand):
    help = "Importera nyckeltal från Kolada (JSON från API v3 eller CSV)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("action", choices=["import"])
        parser.add_argument("file", help="filen som ska importeras")
        parser.add_argument("--organisation", help="organisationens slug")

    def handle(self, *args: Any, **options: Any) -> None:
        path = Path(options["file"])
        if not path.is_file():
            raise CommandError(f"Filen {path} finns inte.")
        organisation = _organisation(options["organisation"])
        try:
            result = kolada_import(
                actor=SYSTEM, organisation=organisation, file_name=path.name, data=path.read_bytes()
            )
        except KoladaImportError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"Importerad: {path.name}, {result.batch.rows} värden ({result.created} nya, "
            f"{result.updated} ersatta, {result.skipped} borttagna hoppades över) för "
            f"{organisation.name}; nyckeltal {', '.join(result.kpis)}."
        )
        if result.more_pages:
            self.stdout.write("Obs: filen är en sida av flera (next_url); importera nästa sida.")


def _organisation(slug: str | None) -> Organisation:
    found = list(
        (Organisation.objects.filter(slug=slug) if slug else Organisation.objects.all())[:2]
    )
    if not found:
        raise CommandError(f"Organisationen {slug} finns inte." if slug else "Ingen organisation.")
    if len(found) > 1:
        raise CommandError("Det finns flera organisationer; ange --organisation.")
    return found[0]
