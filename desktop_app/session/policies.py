"""The coordination policies of the session (forms/coordination*.toml), parsed once while
unchanged. Apart from the Session class so the start-up check of the form files does not
load the session's areas (issue 17)."""

from __future__ import annotations

from pathlib import Path

from ..core.policy import Policy, load_policies
from ..paths import forms_dir

_POLICY_CACHE: dict[tuple, list[Policy]] = {}


def load_session_policies(folder: Path | None = None) -> list[Policy]:
    """forms/coordination.toml (and coordination-*.toml), read and validated (a PolicyError
    names the file, line and field). The start-up check and the session made at unlock ask
    the same files: they are parsed once while unchanged (the policies are frozen)."""
    from ..core.policy import policy_files

    folder = Path(folder or forms_dir())
    files = policy_files(folder)
    key = (str(folder.resolve()),) + tuple((f.name, f.stat().st_mtime_ns, f.stat().st_size)
                                           for f in files)
    if key not in _POLICY_CACHE:
        _POLICY_CACHE.clear()
        _POLICY_CACHE[key] = load_policies(folder)
    return list(_POLICY_CACHE[key])
