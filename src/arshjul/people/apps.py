from django.apps import AppConfig


class PeopleConfig(AppConfig):
    name = "arshjul.people"
    verbose_name = "Personal"

    def ready(self) -> None:
        from arshjul.people import report_sections  # noqa: F401  (registers its sections)
