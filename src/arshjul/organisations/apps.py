from django.apps import AppConfig


class OrganisationsConfig(AppConfig):
    name = "arshjul.organisations"
    verbose_name = "Organisation"
