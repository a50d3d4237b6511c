"""The reports app's rows: document outlines a controller adjusts (``outline``), and the stored,
immutable generated documents with the jobs that make them (``archive``)."""

from arshjul.reports.models.archive import DocumentJob, StoredDocument
from arshjul.reports.models.outline import DocumentOutline, OutlineSection

__all__ = ["DocumentJob", "DocumentOutline", "OutlineSection", "StoredDocument"]
