"""The economy's parts of the documents, registered as report-model sections."""

from arshjul.finance.report_sections import economy, investments, savings

__all__ = ["economy", "investments", "savings"]
