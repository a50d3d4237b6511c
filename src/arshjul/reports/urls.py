from django.urls import path

from arshjul.reports import urls_archive, urls_outline
from arshjul.reports.views import documents

urlpatterns = [
    path("", documents.report_list, name="report_list"),
    *urls_archive.urlpatterns,
    *urls_outline.urlpatterns,
    path("<slug:doc_type>/", documents.report_view, name="report_view"),
]
