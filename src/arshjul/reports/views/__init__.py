"""The documents' pages: the list and each document (``documents``), the stored versions,
their generation in the background and their comparison (``archive``), the outline editor
(``outline``)."""
