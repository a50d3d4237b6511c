from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from arshjul.core import views as core_views

urlpatterns = [
    path("", core_views.home, name="home"),
    path("logga-in/", auth_views.LoginView.as_view(), name="login"),
    path("logga-ut/", auth_views.LogoutView.as_view(), name="logout"),
    path("admin/", admin.site.urls),
    path("<slug:board>/ekonomi/", include("arshjul.finance.urls")),
    path("<slug:board>/personal/", include("arshjul.people.urls")),
    path("<slug:board>/nyckeltal/", include("arshjul.kpis.urls")),
    path("<slug:board>/internkontroll/", include("arshjul.internal_control.urls")),
    path("<slug:board>/upphandling/", include("arshjul.procurement.urls")),
    path("<slug:board>/<int:year>/", include("arshjul.followup.urls")),
    path("<slug:board>/<int:year>/rapporter/", include("arshjul.reports.urls")),
]

handler403 = "arshjul.core.views.forbidden"
handler404 = "arshjul.core.views.not_found"
handler500 = "arshjul.core.views.server_error"
