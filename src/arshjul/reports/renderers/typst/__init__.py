"""The Typst side of the PDF renderer (``renderers/pdf.py``): the page and block layout
(``report.typ``), table widths (``layout``) and the repair of table tags (``tags``)."""
