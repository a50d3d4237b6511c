from django.apps import AppConfig


class FollowupConfig(AppConfig):
    name = "arshjul.followup"
    verbose_name = "Uppföljning"

    def ready(self) -> None:
        from arshjul.followup import report_sections  # noqa: F401  (registers its sections)
