"""Medborgarversion: the year in plain Swedish for citizens, built from the same data as the
documents. Three registered sections:

- ``medborgare_resultat`` "Det här har nämnden gjort" (``results``): the goals section's
  summary of results (``followup.selectors.fulfilment_summary``) in sentences and in table
  ``medborgare_resultat`` (rows as in ``maluppfyllelse``; columns ``uppnatt``,
  ``mindre_avvikelse``, ``storre_avvikelse``, ``totalt``), then the goals reached and not
  reached with their badges.
- ``medborgare_ekonomi`` "Ekonomin i korthet" (``economy``): the result, the budget deviation,
  the net cost and the gross investments as the economy section computes them (its own
  ``result_table`` and ``investments_table``) and the personnel section's FTE total, in
  sentences and in table ``medborgare_ekonomi`` (column ``belopp``; rows ``resultat``,
  ``budgetavvikelse``, ``verksamhetens_nettokostnad``, ``investeringar``, ``arsarbetare``,
  each only when it has a figure).
- ``medborgare_framat`` "Det här gör nämnden härnäst" (``next_steps``): the goals and the
  board's own assignments of next year's plan, else this year's unfinished assignments.

A year without follow-up (a plan year) gets its plan's goals and its budget instead. Sentences
are short (lättläst); every figure comes from the data and is formatted by ``core.formatting``.
"""

from arshjul.reports.citizen import economy, next_steps, results

__all__ = ["economy", "next_steps", "results"]
