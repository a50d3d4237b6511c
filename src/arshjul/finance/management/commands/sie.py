"""``arshjul sie inspect FILE --format json`` and ``arshjul sie import FILE --organisation
<slug> [--board <slug>] [--kontoplan bas|region-bas|kommun-bas]``.

``inspect`` reads the file without touching the database and prints what it says; ``import``
stores it all or nothing and exits with code 1 and a Swedish message naming file and line when
the file is refused."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from arshjul.finance.ledger import LedgerImportError, ledger_import
from arshjul.finance.sie import SieError, inspect, read_sie, reconcile
from arshjul.organisations.access import SYSTEM
from arshjul.organisations.models import Board, Organisation


class Command(BaseCommand):
    help = "Läs (inspect) eller importera (import) en SIE-fil."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("action", choices=["inspect", "import"])
        parser.add_argument("file")
        parser.add_argument("--format", choices=["json", "text"], default="json")
        parser.add_argument("--organisation", help="organisationens slug (vid import)")
        parser.add_argument("--board", help="nämndens slug: utfallet räknas i nämndens rapporter")
        parser.add_argument("--kontoplan", help="kontoplan (bas, region-bas, kommun-bas)")

    def handle(self, *args: Any, **options: Any) -> None:
        path = Path(options["file"])
        if not path.is_file():
            raise CommandError(f"Filen {path} finns inte.")
        data = path.read_bytes()
        try:
            if options["action"] == "inspect":
                self._inspect(data, path.name, options["format"])
            else:
                self._import(data, path.name, options)
        except (SieError, LedgerImportError) as error:
            raise CommandError(str(error)) from error

    def _inspect(self, data: bytes, name: str, fmt: str) -> None:
        sie = read_sie(data, file_name=name, strict=False)
        report = inspect(sie)
        if fmt == "json":
            self.stdout.write(json.dumps(report, ensure_ascii=False, indent=2))
            return
        self.stdout.write(
            f"{name}: {report['program']}, SIE {report['sie_type']}, {report['encoding']}, "
            f"{report['company']}, {report['vouchers']} verifikationer, "
            f"{report['transactions']} transaktioner, kontrollsumma {report['checksum']}, "
            f"{len(reconcile(sie))} konton där saldot inte stämmer med transaktionerna"
        )

    def _import(self, data: bytes, name: str, options: dict[str, Any]) -> None:
        slug = options["organisation"]
        organisation = Organisation.objects.filter(slug=slug).first() if slug else None
        if organisation is None:
            raise CommandError("Ange en befintlig organisation med --organisation <slug>.")
        board = None
        if options["board"]:
            board = Board.objects.filter(organisation=organisation, slug=options["board"]).first()
            if board is None:
                raise CommandError(f"Nämnden ”{options['board']}” finns inte.")
        ledger = ledger_import(
            actor=SYSTEM,
            organisation=organisation,
            file_name=name,
            data=data,
            board=board,
            plan_key=options["kontoplan"],
        )
        self.stdout.write(
            f"Importerad: {ledger.file_name} ({ledger.company}), {ledger.vouchers} verifikationer, "
            f"{ledger.transactions} transaktioner, "
            f"räkenskapsår {ledger.year_start}–{ledger.year_end}."
        )
