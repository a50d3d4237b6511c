from django.apps import AppConfig


class KpisConfig(AppConfig):
    name = "arshjul.kpis"
    verbose_name = "Produktionstal och nyckeltal"

    def ready(self) -> None:
        from arshjul.kpis import report_sections  # noqa: F401  (registers its sections)
