"""The URLs under /<board>/nyckeltal/."""

from django.urls import URLPattern, path

from arshjul.kpis import views

urlpatterns: list[URLPattern] = [
    path("", views.index, name="kpis_index"),
    path("kolada/", views.kolada_upload, name="kpis_kolada_import"),
    path("<int:year>/", views.year_page, name="kpis_year"),
    path("<int:year>/nytt/", views.figure_create, name="kpis_figure_create"),
    path("<int:year>/<int:pk>/", views.figure_edit, name="kpis_figure"),
    path("<int:year>/<int:pk>/utfall/", views.value_set, name="kpis_value_set"),
]
