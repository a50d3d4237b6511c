"""The personnel pages: a year's figures (``year``), the registers (``registers``) and the
HR file import (``imports``)."""
