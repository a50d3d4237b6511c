"""The economy's pages, one module per area of work; each module has its own ``urlpatterns``."""
