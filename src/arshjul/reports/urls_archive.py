"""The archive of documents as reported, under ``/<board>/<year>/rapporter/``."""

from django.urls import path

from arshjul.reports.views import archive

urlpatterns = [
    path("arkiv/", archive.archive_list, name="archive_list"),
    path("arkiv/skapa/", archive.archive_generate, name="archive_generate"),
    path("arkiv/jobb/<int:pk>/", archive.archive_job, name="archive_job"),
    path("arkiv/jamfor/", archive.archive_compare, name="archive_compare"),
    path("arkiv/<int:pk>/", archive.archive_download, name="archive_download"),
]
