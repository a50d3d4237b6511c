"""The URLs under /<board>/upphandling/."""

from django.urls import URLPattern, path

from arshjul.procurement import views

urlpatterns: list[URLPattern] = [
    path("", views.index, name="procurement_index"),
    path("<int:year>/", views.year_page, name="procurement_year"),
    path("<int:year>/ny/", views.procurement_create, name="procurement_create"),
    path("<int:year>/overprovningar/ny/", views.appeal_create, name="procurement_appeal_create"),
    path("<int:year>/listsiffror/", views.list_figure_set, name="procurement_list_figure"),
    path("upphandlingar/<int:pk>/", views.procurement_edit, name="procurement_edit"),
    path("overprovningar/<int:pk>/", views.appeal_edit, name="procurement_appeal_edit"),
]
