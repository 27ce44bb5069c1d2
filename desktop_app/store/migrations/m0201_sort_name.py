"""Caseload order by Dutch sorting rules (surname without tussenvoegsel, no accents)."""

from desktop_app.core.names import sort_key


def migrate(db) -> None:
    db.execute("ALTER TABLE families ADD COLUMN sort_name TEXT NOT NULL DEFAULT ''")
    rows = db.execute("SELECT id, family_name FROM families").fetchall()
    db.conn.executemany(
        "UPDATE families SET sort_name = ? WHERE id = ?", [(sort_key(n), i) for i, n in rows]
    )
    db.execute("CREATE INDEX idx_families_sort ON families (sort_name, id)")
    db.execute("CREATE INDEX idx_families_muni_sort ON families (municipality, sort_name, id)")
    db.execute("CREATE INDEX idx_families_status_sort ON families (case_status, sort_name, id)")
