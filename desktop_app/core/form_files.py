"""The form files in `forms/` the app checks at start, in order. Each module has
`FORM_FILE` (a file name in forms/) and `load(path)`; a new form module is added
to FORMS. (core/forms.py is the generic loader they all use.)"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from . import form_intake, form_outcomes

FORMS = (form_intake, form_outcomes)


def check_forms(folder: str | Path) -> dict[str, Any]:
    """Load every known form from `folder`; raises FormError on the first broken one."""
    folder = Path(folder)
    return {m.FORM_FILE: m.load(folder / m.FORM_FILE) for m in FORMS}
