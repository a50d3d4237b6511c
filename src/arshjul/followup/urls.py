from django.urls import path

from arshjul.followup import views

urlpatterns = [
    path("", views.plan_tree, name="plan_tree"),
    path("sammanfattning/", views.summary, name="summary"),
    path("perioder/", views.period_list, name="period_list"),
    path("objekt/<int:pk>/", views.item_detail, name="item_detail"),
    path(
        "objekt/<int:pk>/uppfoljning/<slug:period>/", views.assessment_edit, name="assessment_edit"
    ),
]
