"""Every one of the 20 real SIE files in shared/testdata/sie through the import service: either
imported, its own balances reconciled against its transactions per account (how many accounts
disagree is pinned), or refused for a stated reason with file and line, and nothing written.

| file | outcome | #VER | #TRANS | accounts that disagree |
|---|---|---|---|---|
| alipsa__44_sie4_VismaCompact.se | imported | 286 | 949 | 0 |
| alipsa__9_sie-gruppen-e-conomic.se | refused: rad 1459, #VER without ”{” | | | |
| jsisie__BL0001_typ3.SE | imported (balances only) | 0 | 0 | – |
| jsisie__BL0001_typ4.SE | imported | 84 | 405 | 0 |
| jsisie__BL0001_typ4I.SI | imported (4I: year from the vouchers) | 1 | 10 | – |
| jsisie__LON_Lonekorning_Kontek.SI | imported (4I) | 1 | 25 | – |
| jsisie__MAMUT_SIE4_EXPORT.SE | imported | 168 | 458 | 0 |
| jsisie__SIE4_Exempelfil_med_underdim.SE | refused: rad 6, U+FFFD (damaged encoding) | | | |
| jsisie__Sie4_Fortnox.si | imported | 165 | 869 | 35 (balance accounts) |
| jsisie__Sie_3+4_HogiaSmallOffice.se | imported | 2 | 4 | 0 |
| jsisie__Test4_Briljant.SE | imported | 167 | 1464 | 0 |
| jsisie__XE_SIE_4_20151125095119.SE | refused: rad 1356, voucher 1 1 sums to 2,00 | | | |
| jsisie__objektsaldo_ovnbolag.se | imported (balances only) | 0 | 0 | – |
| jsisie__transaktioner_ovnbolag.se | imported | 163 | 671 | 0 |
| sie4j__BLBLOV_SIE4_ISO_8859_15.SE | refused: rad 545, #PBUDGET without objects | | | |
| sie4j__BLBLOV_SIE4_UTF_8_1.SE | refused: rad 545, the same | | | |
| sie4j__Quotes_test.si | imported (4I) | 1 | 3 | – |
| sie4j__SIE_test_av_KST_projekt_Testbolaget_e.SE | imported | 1 | 3 | 0 |
| sie4j__SIE_with_missing_program_version.se | imported (4I) | 3 | 23 | – |
| siegruppen-via-keyholder-plan__SIE4_Exempelfil.SE | imported | 295 | 1330 | 0 |

The reader-level expectations (encodings, counts, strict and lenient readings) are in
tests/finance/test_sie_real_files.py; this module is what the database ends up holding.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from arshjul.audit.models import AuditEvent
from arshjul.finance import selectors
from arshjul.finance.ledger import LedgerImportError, ledger_import
from arshjul.finance.models import LedgerAccount, LedgerImport, LedgerTransaction
from arshjul.finance.sie import SieError
from arshjul.organisations.models import Organisation
from tests.conftest import demo_user

pytestmark = pytest.mark.django_db

FOLDER = Path(__file__).resolve().parents[2] / "shared" / "testdata" / "sie"
if not FOLDER.is_dir():  # a clone elsewhere: the workplace's shared folder
    FOLDER = Path("/work/shared/testdata/sie")

# file: (vouchers, transactions, accounts whose own balance disagrees with the transactions)
IMPORTED: dict[str, tuple[int, int, int]] = {
    "alipsa__44_sie4_VismaCompact.se": (286, 949, 0),
    "jsisie__BL0001_typ3.SE": (0, 0, 0),
    "jsisie__BL0001_typ4.SE": (84, 405, 0),
    "jsisie__BL0001_typ4I.SI": (1, 10, 0),
    "jsisie__LON_Lonekorning_Kontek.SI": (1, 25, 0),
    "jsisie__MAMUT_SIE4_EXPORT.SE": (168, 458, 0),
    "jsisie__Sie4_Fortnox.si": (165, 869, 35),
    "jsisie__Sie_3+4_HogiaSmallOffice.se": (2, 4, 0),
    "jsisie__Test4_Briljant.SE": (167, 1464, 0),
    "jsisie__objektsaldo_ovnbolag.se": (0, 0, 0),
    "jsisie__transaktioner_ovnbolag.se": (163, 671, 0),
    "sie4j__Quotes_test.si": (1, 3, 0),
    "sie4j__SIE_test_av_KST_projekt_Testbolaget_e.SE": (1, 3, 0),
    "sie4j__SIE_with_missing_program_version.se": (3, 23, 0),
    "siegruppen-via-keyholder-plan__SIE4_Exempelfil.SE": (295, 1330, 0),
}

# file: the refusal, which starts with the file name and the line
REFUSED: dict[str, str] = {
    "alipsa__9_sie-gruppen-e-conomic.se": "rad 1459: #VER saknar ”{” före sina rader",
    "jsisie__SIE4_Exempelfil_med_underdim.SE": "rad 6: Filen verkar ha sparats om med fel "
    "teckenkodning",
    "jsisie__XE_SIE_4_20151125095119.SE": "rad 1356: Verifikation 1 1 balanserar inte: "
    "summan är 2,00",
    "sie4j__BLBLOV_SIE4_ISO_8859_15.SE": "rad 545: #PBUDGET saknar objektlista",
    "sie4j__BLBLOV_SIE4_UTF_8_1.SE": "rad 545: #PBUDGET saknar objektlista",
}


def import_file(name: str) -> LedgerImport:
    return ledger_import(
        actor=demo_user("admin"),
        organisation=Organisation.objects.get(slug="region-orebro-lan"),
        file_name=name,
        data=(FOLDER / name).read_bytes(),
    )


def state() -> tuple[int, ...]:
    return (
        LedgerImport.objects.count(),
        LedgerAccount.objects.count(),
        LedgerTransaction.objects.count(),
        AuditEvent.objects.count(),
    )


def test_every_file_has_an_expected_outcome() -> None:
    files = {p.name for p in FOLDER.iterdir() if p.suffix.lower() in (".se", ".si")}
    assert len(files) == 20
    assert files == set(IMPORTED) | set(REFUSED)


@pytest.mark.parametrize("name", sorted(IMPORTED))
def test_file_is_imported_and_reconciled(name: str) -> None:
    ledger = import_file(name)
    sums = selectors.ledger_account_sums(ledger)
    checks = selectors.ledger_checks(ledger, sums)
    assert (ledger.vouchers, ledger.transactions, len(checks)) == IMPORTED[name]
    assert LedgerTransaction.objects.filter(ledger=ledger).count() == ledger.transactions
    assert sum(sums.values()) == 0  # every voucher balances, so the whole ledger does
    assert ledger.year_start is not None and ledger.year_end is not None


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_file_is_refused_with_its_reason_and_nothing_is_written(name: str) -> None:
    before = state()
    with pytest.raises((SieError, LedgerImportError)) as refused:
        import_file(name)
    assert str(refused.value).startswith(f"{name}, {REFUSED[name]}")
    assert state() == before


def test_fortnox_disagreements_are_balance_accounts_with_both_figures() -> None:
    ledger = import_file("jsisie__Sie4_Fortnox.si")
    checks = selectors.ledger_checks(ledger, selectors.ledger_account_sums(ledger))
    assert {c.kind for c in checks} == {"balans"}  # the file has no #RES at all
    assert all(c.published != c.computed for c in checks)


def test_import_file_without_fiscal_year_dates_takes_them_from_its_vouchers() -> None:
    ledger = import_file("jsisie__BL0001_typ4I.SI")
    dates = LedgerTransaction.objects.filter(ledger=ledger).values_list("date", flat=True)
    assert (ledger.year_start, ledger.year_end) == (min(dates), max(dates))


def test_the_year_result_of_the_practice_company() -> None:
    ledger = import_file("jsisie__transaktioner_ovnbolag.se")
    _lines, totals, unmapped = selectors.ledger_result(
        ledger, selectors.ledger_account_sums(ledger)
    )
    assert unmapped == {}
    assert totals["resultat"] == Decimal("277798.46")
