from django.apps import AppConfig


class ReportsConfig(AppConfig):
    name = "arshjul.reports"
    verbose_name = "Rapporter"

    def ready(self) -> None:
        from arshjul.reports import documents  # noqa: F401  (registers the document types)
