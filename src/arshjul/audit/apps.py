from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "arshjul.audit"
    verbose_name = "Logg"
