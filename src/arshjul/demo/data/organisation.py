"""Region Örebro län → Servicenämnden → Regionservice and its units, 2021-2025.

The 2021 areas (002) and the 2024/2025 areas (003, 004): administrativ utveckling och service
and kundtjänst ended in 2023; inköp och upphandling and Shared Service Center started in 2024.
Tuples: key, name, kind, parent key, valid from, valid to, predecessor keys.
"""

ORGANISATION = {"slug": "region-orebro-lan", "name": "Region Örebro län"}
BOARD = {
    "slug": "servicenamnden",
    "name": "Servicenämnden",
    "administration_name": "Regionservice",
}

UNITS = [
    ("regionservice", "Regionservice", "forvaltning", None, 2021, None, ()),
    ("stab", "Regionservice stab", "stab", "regionservice", 2021, None, ()),
    ("gemensamt", "Förvaltningsgemensamt", "gemensamt", "regionservice", 2021, None, ()),
    ("fastigheter", "Område fastigheter", "omrade", "regionservice", 2021, None, ()),
    ("forsorjning", "Område försörjning", "omrade", "regionservice", 2021, None, ()),
    ("it", "Område IT", "omrade", "regionservice", 2021, None, ()),
    ("mt", "Område medicinsk teknik", "omrade", "regionservice", 2021, None, ()),
    (
        "aus",
        "Område administrativ utveckling och service",
        "omrade",
        "regionservice",
        2021,
        2023,
        (),
    ),
    ("kundtjanst", "Område kundtjänst", "omrade", "regionservice", 2021, 2023, ()),
    ("kost", "Kostavdelningen (Måltidsservice)", "avdelning", "forsorjning", 2021, None, ()),
    ("transport", "Transport- och logistikavdelningen", "avdelning", "forsorjning", 2021, None, ()),
    ("upphandling", "Upphandlingsavdelningen", "avdelning", "aus", 2021, 2023, ()),
    ("iu", "Område inköp och upphandling", "omrade", "regionservice", 2024, None, ("upphandling",)),
    ("ssc", "Shared Service Center", "omrade", "regionservice", 2024, None, ("aus", "kundtjanst")),
]

PERIODS = [
    ("delar1", "Delår 1", "01-01", "04-30"),
    ("delar2", "Delår 2", "01-01", "08-31"),
    ("helar", "Helår", "01-01", "12-31"),
]

# username, full name, role, reporter units
USERS = [
    ("admin", "Alva Administratör", "administrator", ()),
    ("controller", "Carl Controller", "controller", ()),
    ("rapportor-it", "Ina IT-rapportör", "reporter", ("it",)),
    ("rapportor-fastigheter", "Frida Fastighetsrapportör", "reporter", ("fastigheter",)),
    ("lasare", "Leo Läsare", "reader", ()),
]
