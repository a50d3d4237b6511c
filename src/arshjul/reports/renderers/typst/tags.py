"""Repairing the tags Typst writes: row labels become row header cells.

Typst tags each table as one /Table with /TH cells (/Scope /Column) for its header row. A
header column needs ``pdf.header-cell(scope: "row")``, which sits behind the ``a11y-extras``
feature flag that the Python binding cannot switch on, so the row-label cells are re-tagged
here: /TD becomes /TH with /Scope /Row and an /ID that the row's other cells list in /Headers.
"""

from __future__ import annotations

import io

import pikepdf


def tag_row_headers(pdf_bytes: bytes, row_header_columns: list[int]) -> bytes:
    """Make the row-label cell of each body row of each /Table a /TH with /Scope /Row and an
    /ID, and add that ID to the /Headers of the row's other cells. ``row_header_columns`` names
    the column of each table in document order."""
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        root = pdf.Root.StructTreeRoot
        tables = _tables(root)
        if len(tables) != len(row_header_columns):
            raise ValueError(f"{len(tables)} tabeller i PDF, {len(row_header_columns)} väntade")
        heads: list[tuple[str, pikepdf.Object]] = []
        for t, (table, column) in enumerate(zip(tables, row_header_columns, strict=True)):
            bodies = [k for k in _kids(table) if k.S == "/TBody"]
            rows = [r for body in bodies for r in _kids(body) if r.S == "/TR"]
            for r, row in enumerate(rows):
                head = _row_header(row, column, f"R{t}y{r}")
                if head is not None:
                    heads.append((f"R{t}y{r}", head))
        _register_ids(root, heads)
        out = io.BytesIO()
        pdf.save(out, object_stream_mode=pikepdf.ObjectStreamMode.generate)
    return out.getvalue()


def _row_header(row: pikepdf.Object, column: int, ident: str) -> pikepdf.Object | None:
    cells = [c for c in _kids(row) if c.S in ("/TD", "/TH")]
    if column >= len(cells):
        return None
    head = cells[column]
    head.S = pikepdf.Name.TH
    head.ID = pikepdf.String(ident)
    _table_attributes(head).Scope = pikepdf.Name.Row
    for index, cell in enumerate(cells):
        if index != column:
            attributes = _table_attributes(cell)
            attributes.Headers = pikepdf.Array([*attributes.get("/Headers", []), head.ID])
    return head


def _register_ids(root: pikepdf.Object, heads: list[tuple[str, pikepdf.Object]]) -> None:
    """Add the new IDs to the structure tree's /IDTree (a name tree, keys in sorted order): in
    one go when it is a flat /Names array, as Typst writes it, else one by one."""
    tree = root.get("/IDTree")
    if tree is not None and "/Kids" in tree:
        ids = pikepdf.NameTree(tree)
        for ident, head in heads:
            ids[ident] = head
        return
    old = list(tree.Names) if tree is not None else []
    pairs = [(bytes(old[i]), old[i + 1]) for i in range(0, len(old), 2)]
    pairs += [(ident.encode(), head) for ident, head in heads]
    names = [
        item
        for key, value in sorted(pairs, key=lambda p: p[0])
        for item in (pikepdf.String(key), value)
    ]
    root.IDTree = pikepdf.Dictionary(Names=pikepdf.Array(names))


def _table_attributes(element: pikepdf.Object) -> pikepdf.Object:
    """The element's attribute dictionary of owner /Table (added when it has none)."""
    attributes = element.get("/A")
    found: list[pikepdf.Object | None] = (
        list(attributes) if isinstance(attributes, pikepdf.Array) else [attributes]
    )
    for a in found:
        if isinstance(a, pikepdf.Dictionary) and a.get("/O") == "/Table":
            return a
    table = pikepdf.Dictionary(O=pikepdf.Name.Table)
    element.A = pikepdf.Array([*(f for f in found if f is not None), table])
    return element.A[-1]


def _kids(element: pikepdf.Object) -> list[pikepdf.Object]:
    """The structure elements among the element's kids (not its marked-content ids)."""
    kids = element.get("/K")
    found: list[pikepdf.Object | None] = list(kids) if isinstance(kids, pikepdf.Array) else [kids]
    return [k for k in found if isinstance(k, pikepdf.Dictionary) and "/S" in k]


GROUPS = {"/Document", "/Part", "/Art", "/Sect", "/Div", "/NonStruct", "/BlockQuote"}


def _tables(root: pikepdf.Object) -> list[pikepdf.Object]:
    """The /Table elements in document order, looking only inside grouping elements (a table
    is never inside a paragraph, list or heading)."""
    found: list[pikepdf.Object] = []
    stack = list(reversed(_kids(root)))
    while stack:
        element = stack.pop()
        kind = element.get("/S")
        if kind == "/Table":
            found.append(element)
        elif kind in GROUPS:
            stack.extend(reversed(_kids(element)))
    return found
