"""Published figures: what a source printed (a subtotal in a report, a total row in an imported
file), kept beside what the system computes so that every disagreement can be shown."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from arshjul.core.models import OrganisationScoped


class PublishedFigure(OrganisationScoped):
    """One printed figure, addressed like a cell of the report model: (table, row, column) of a
    board's document for a year. ``value`` is the figure as printed ("149.0", "27039", "54") so
    its precision is kept; ``document`` empty means any document of that year."""

    board = models.ForeignKey(
        "organisations.Board", on_delete=models.CASCADE, related_name="published_figures"
    )
    year = models.PositiveSmallIntegerField(_("år"))
    document = models.SlugField(_("dokument"), blank=True)
    period = models.SlugField(_("period"), blank=True)
    table = models.SlugField(_("tabell"), max_length=80)
    row = models.SlugField(_("rad"), max_length=120)
    column = models.SlugField(_("kolumn"), max_length=80)
    value = models.CharField(_("publicerat värde"), max_length=200)
    source = models.CharField(_("källa"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("publicerad siffra")
        verbose_name_plural = _("publicerade siffror")
        constraints = [
            models.UniqueConstraint(
                fields=["board", "year", "document", "period", "table", "row", "column"],
                name="published_figure_unique",
            )
        ]
        indexes = [models.Index(fields=["board", "year", "table"])]

    def __str__(self) -> str:
        return f"{self.table}/{self.row}/{self.column} = {self.value}"
