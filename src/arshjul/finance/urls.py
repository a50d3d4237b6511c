"""The economy's URLs under /<board>/ekonomi/: the board's economy across years (overview),
imported ledgers (ledger), budget and outcome files (budget), account mapping and the savings
plan's follow-up (config)."""

from arshjul.finance.views import budget, config, ledger, overview

urlpatterns = [*overview.urlpatterns, *ledger.urlpatterns, *budget.urlpatterns, *config.urlpatterns]
