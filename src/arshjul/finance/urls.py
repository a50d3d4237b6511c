"""The economy's URLs under /<board>/ekonomi/: the board's economy across years (overview),
imported ledgers (ledger), budget and outcome files (budget), account mapping and the savings
plan's follow-up (config), budget frames per unit (frames)."""

from arshjul.finance.views import budget, config, frames, ledger, overview

urlpatterns = [
    *overview.urlpatterns,
    *ledger.urlpatterns,
    *budget.urlpatterns,
    *config.urlpatterns,
    *frames.urlpatterns,
]
