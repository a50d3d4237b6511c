from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "arshjul.core"
    verbose_name = "Kärna"
