from django.apps import AppConfig


class PlanningConfig(AppConfig):
    name = "arshjul.planning"
    verbose_name = "Planering"
