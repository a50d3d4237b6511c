"""The URLs under /<board>/internkontroll/: the year's plan with its follow-up, the risk register
and matrix, and the forms of controllers and administrators."""

from django.urls import path

from arshjul.internal_control.views import edit, pages

urlpatterns = [
    path("<int:year>/", pages.plan_page, name="internal_control_plan"),
    path("<int:year>/skapa/", edit.plan_create, name="internal_control_plan_create"),
    path("<int:year>/isk/", edit.isk_edit, name="internal_control_isk"),
    path("<int:year>/risker/", pages.risk_register, name="internal_control_risks"),
    path("<int:year>/risker/ny/", edit.risk_create, name="internal_control_risk_create"),
    path("<int:year>/risker/<int:pk>/", edit.risk_edit, name="internal_control_risk_edit"),
    path(
        "<int:year>/risker/<int:pk>/till-planen/",
        edit.plan_risk_add,
        name="internal_control_plan_risk_add",
    ),
    path(
        "<int:year>/risker/<int:pk>/atgarder/ny/",
        edit.action_create,
        name="internal_control_action_create",
    ),
    path("<int:year>/atgarder/<int:pk>/", edit.action_edit, name="internal_control_action_edit"),
    path(
        "<int:year>/atgarder/<int:pk>/uppfoljning/<slug:period>/",
        edit.followup_edit,
        name="internal_control_followup",
    ),
]
