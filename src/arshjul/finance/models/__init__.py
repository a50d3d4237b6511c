"""The economy of a board (see ``figures`` for the board's figures, ``ledger`` for imported
SIE ledgers). Amounts are Decimal kronor in report sign, except the imported ledger, which
keeps the SIE convention in integer öre."""

from arshjul.finance.models.figures import (
    AccountPlan,
    BudgetFrame,
    BuildingProject,
    Consequence,
    FinanceVersion,
    FinancialEntry,
    ImportBatch,
    InvestmentCategory,
    InvestmentEntry,
    InvestmentObject,
    KeyFigureValue,
    Kind,
    LineMapping,
    ResultLine,
    SavingsCategory,
    SavingsFollowup,
    SavingsMeasure,
    SavingsPlan,
)
from arshjul.finance.models.ledger import (
    LedgerAccount,
    LedgerImport,
    LedgerTransaction,
    LedgerUpload,
)

__all__ = [
    "AccountPlan",
    "BudgetFrame",
    "BuildingProject",
    "Consequence",
    "FinanceVersion",
    "FinancialEntry",
    "ImportBatch",
    "InvestmentCategory",
    "InvestmentEntry",
    "InvestmentObject",
    "KeyFigureValue",
    "Kind",
    "LedgerAccount",
    "LedgerImport",
    "LedgerTransaction",
    "LedgerUpload",
    "LineMapping",
    "ResultLine",
    "SavingsCategory",
    "SavingsFollowup",
    "SavingsMeasure",
    "SavingsPlan",
]
