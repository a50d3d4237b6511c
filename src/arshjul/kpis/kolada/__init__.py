"""Importing Kolada values, all or nothing: the JSON the API v3 returns from
``/data/kpi/<kpi>/municipality/<m>/year/<y>`` (``{"values": [{kpi, municipality|ou, period,
values: [{gender, count, status, value, isdeleted?}]}], ...}``, or the bare ``values`` list),
or the flattened CSV that rKolada writes (``gender,count,status,value,kpi,year,
municipality_id,…``). The format is described in ``docs/import-kolada.md``.

Every value is checked before anything is written; a bad file is refused with every problem
(at most ``MAX_ERRORS``), each naming the file and the line (CSV) or the field path (JSON,
e.g. ``values[3].values[0].gender``), and nothing is stored. A good file is one
``KoladaImport``; its values replace earlier ones for the same KPI × area × year × gender. A
null value is kept as missing, never as 0; values marked ``isdeleted`` are skipped.
"""

from arshjul.kpis.kolada.reading import (
    CSV_COLUMNS,
    KoladaImportError,
    ParsedValue,
    Problem,
    parse_kolada_file,
)
from arshjul.kpis.kolada.service import KoladaResult, kolada_import

__all__ = [
    "CSV_COLUMNS",
    "KoladaImportError",
    "KoladaResult",
    "ParsedValue",
    "Problem",
    "kolada_import",
    "parse_kolada_file",
]
