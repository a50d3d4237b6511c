from django.urls import path

from arshjul.reports import views

urlpatterns = [
    path("", views.report_list, name="report_list"),
    path("<slug:doc_type>/", views.report_view, name="report_view"),
]
