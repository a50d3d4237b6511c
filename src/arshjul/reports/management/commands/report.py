"""``arshjul report <type> --year Y [--period P] --format json|html|pdf|docx|xlsx --output F``."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from arshjul.organisations.access import SYSTEM
from arshjul.reports.registry import document_types
from arshjul.reports.services import RENDERERS, ReportRequestError, build_document


class Command(BaseCommand):
    help = "Skapar en rapport ur rapportmodellen."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("type", choices=sorted(document_types()))
        parser.add_argument("--year", type=int, required=True)
        parser.add_argument("--period", default=None)
        parser.add_argument("--board", default=None, help="Nämndens kortnamn (slug).")
        parser.add_argument("--format", default="json", choices=sorted(RENDERERS))
        parser.add_argument("--output", default="-")

    def handle(self, *args: Any, **options: Any) -> None:
        fmt = options["format"]
        if options["output"] == "-" and fmt not in ("json", "html"):
            raise CommandError(f"Ange --output FIL för formatet {fmt}.")
        try:
            document = build_document(
                user=SYSTEM,
                type_key=options["type"],
                board_slug=options["board"],
                year=options["year"],
                period_key=options["period"],
            )
        except ReportRequestError as exc:
            raise CommandError(str(exc)) from exc
        content = RENDERERS[fmt](document)
        if options["output"] == "-":
            self.stdout.write(content.decode("utf-8"))
        else:
            with open(options["output"], "wb") as handle:
                handle.write(content)
