from django.apps import AppConfig


class FollowupConfig(AppConfig):
    name = "arshjul.followup"
    verbose_name = "Uppföljning"
