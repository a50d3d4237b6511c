from django.apps import AppConfig


class FinanceConfig(AppConfig):
    name = "arshjul.finance"
    verbose_name = "Ekonomi"

    def ready(self) -> None:
        from arshjul.finance import report_sections  # noqa: F401  (registers its sections)
