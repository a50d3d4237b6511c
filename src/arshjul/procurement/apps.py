from django.apps import AppConfig


class ProcurementConfig(AppConfig):
    name = "arshjul.procurement"
    verbose_name = "Upphandling"

    def ready(self) -> None:
        from arshjul.procurement import report_sections  # noqa: F401  (registers its sections)
