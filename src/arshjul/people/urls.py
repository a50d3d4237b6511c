"""The URLs under /<board>/personal/: a year's figures, its registers and the HR import."""

from django.urls import path, re_path

from arshjul.people.views import imports, registers, year

urlpatterns = [
    path("<int:year>/", year.people_year, name="people_year"),
    path("<int:year>/kostnader/", registers.people_costs, name="people_costs"),
    path("<int:year>/arsarbetare/", registers.people_fte, name="people_fte"),
    path(
        "<int:year>/arsarbetare/<int:pk>/ta-bort/",
        registers.people_fte_delete,
        name="people_fte_delete",
    ),
    path("<int:year>/sjukfranvaro/", registers.people_sick_leave, name="people_sick_leave"),
    path("<int:year>/avgangar/", registers.people_leavers, name="people_leavers"),
    path("import/", imports.people_import, name="people_import"),
    re_path(r"^import/mall\.(?P<fmt>csv|xlsx)$", imports.people_template, name="people_template"),
]
