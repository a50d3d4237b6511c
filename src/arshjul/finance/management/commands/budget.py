"""``arshjul budget import FILE --board <slug> --year 2026 --kind budget|prognos|utfall
[--name "Budget 2026"] [--revision N]`` and ``arshjul budget template --format csv|xlsx
--output FILE [--board <slug>] [--year 2026]``.

``import`` stores the file all or nothing (as the SYSTEM actor) and exits with code 1 and every
problem, each naming file, line and column, when the file is refused. ``template`` writes a
file to fill in with the board's unit keys (``--board`` may be left out when there is one
board)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from arshjul.core.formatting import format_number
from arshjul.finance.budget_import import BudgetImportError, budget_import
from arshjul.finance.budget_template import budget_template
from arshjul.finance.models import Kind
from arshjul.organisations.access import SYSTEM
from arshjul.organisations.models import Board


class Command(BaseCommand):
    help = "Importera budget, prognos eller utfall från CSV/XLSX (import) eller skriv en mall."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("action", choices=["import", "template"])
        parser.add_argument("file", nargs="?", help="filen som ska importeras (vid import)")
        parser.add_argument("--board", help="nämndens slug, t.ex. servicenamnden")
        parser.add_argument("--year", type=int, help="året som filen gäller")
        parser.add_argument("--kind", choices=Kind.values, help="budget, prognos eller utfall")
        parser.add_argument("--name", help="namn på versionen om den skapas")
        parser.add_argument("--revision", type=int, help="version (annars den senaste)")
        parser.add_argument("--format", choices=["csv", "xlsx"], default="xlsx")
        parser.add_argument("--output", help="filen som mallen skrivs till (vid template)")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["action"] == "template":
            self._template(options)
        else:
            self._import(options)

    def _import(self, options: dict[str, Any]) -> None:
        if not options["file"] or not options["year"] or not options["kind"]:
            raise CommandError("Ange FIL, --year och --kind (budget, prognos eller utfall).")
        path = Path(options["file"])
        if not path.is_file():
            raise CommandError(f"Filen {path} finns inte.")
        try:
            result = budget_import(
                actor=SYSTEM,
                board=_board(options["board"]),
                year=options["year"],
                kind=options["kind"],
                file_name=path.name,
                data=path.read_bytes(),
                name=options["name"],
                revision=options["revision"],
            )
        except BudgetImportError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"Importerad: {path.name}, {result.rows} belopp till {result.version.name} "
            f"(version {result.version.revision}), netto {format_number(result.total, 2)} kr."
        )

    def _template(self, options: dict[str, Any]) -> None:
        if not options["output"]:
            raise CommandError("Ange filen som mallen ska skrivas till med --output.")
        board = _board(options["board"])
        content = budget_template(options["format"], board=board, year=options["year"])
        Path(options["output"]).write_bytes(content)
        self.stdout.write(f"Mallen för {board.name} är skriven till {options['output']}.")


def _board(slug: str | None) -> Board:
    boards = Board.objects.filter(slug=slug) if slug else Board.objects.all()
    found = list(boards[:2])
    if len(found) == 1:
        return found[0]
    if not slug:
        raise CommandError("Ange nämnden med --board <slug>.")
    raise CommandError(
        f"Nämnden ”{slug}” finns inte." if not found else f"Flera nämnder heter ”{slug}”."
    )
