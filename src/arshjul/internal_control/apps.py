from django.apps import AppConfig


class InternalControlConfig(AppConfig):
    name = "arshjul.internal_control"
    verbose_name = "Intern styrning och kontroll"

    def ready(self) -> None:
        from arshjul.internal_control import report_sections  # noqa: F401  (registers its sections)
