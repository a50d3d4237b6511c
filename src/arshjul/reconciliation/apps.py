from django.apps import AppConfig


class ReconciliationConfig(AppConfig):
    name = "arshjul.reconciliation"
    verbose_name = "Avstämning"
