"""The outline editor's URLs, under /<board>/<year>/rapporter/<type>/disposition/."""

from django.urls import URLPattern, path

from arshjul.reports.views import outline

BASE = "<slug:doc_type>/disposition/"

urlpatterns: list[URLPattern] = [
    path(BASE, outline.outline_page, name="outline_page"),
    path(f"{BASE}anpassa/", outline.outline_materialise, name="outline_materialise"),
    path(f"{BASE}aterstall/", outline.outline_reset, name="outline_reset"),
    path(f"{BASE}nytt/", outline.outline_add, name="outline_add"),
    path(f"{BASE}<int:pk>/", outline.outline_section, name="outline_section"),
    path(f"{BASE}<int:pk>/flytta/", outline.outline_move, name="outline_move"),
    path(f"{BASE}<int:pk>/med/", outline.outline_include, name="outline_include"),
    path(f"{BASE}<int:pk>/ta-bort/", outline.outline_delete, name="outline_delete"),
]
