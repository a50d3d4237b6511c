from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "arshjul.demo"
    verbose_name = "Demodata"
