"""``arshjul demo_load [--reset]``: load the Servicenämnden demo and print the demo users."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from arshjul.demo.loader import load_demo

ROLE_NAMES = {
    "administrator": "administratör",
    "controller": "controller",
    "reporter": "rapportör",
    "reader": "läsare",
}


class Command(BaseCommand):
    help = "Läser in demodata för Servicenämnden och skriver ut demoanvändarna."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--reset", action="store_true", help="Töm och läs in på nytt.")

    def handle(self, *args: Any, **options: Any) -> None:
        users = load_demo(reset=options["reset"])
        self.stdout.write("Demoanvändare (lösenorden byts vid varje start):")
        for username, role, password in users:
            self.stdout.write(f"  {username:<24} {ROLE_NAMES[role]:<15} {password}")
