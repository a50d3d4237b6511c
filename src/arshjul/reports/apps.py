from django.apps import AppConfig


class ReportsConfig(AppConfig):
    name = "arshjul.reports"
    verbose_name = "Rapporter"

    def ready(self) -> None:
        from arshjul.reports import citizen, documents  # noqa: F401  (they register themselves)
