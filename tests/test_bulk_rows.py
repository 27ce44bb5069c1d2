"""store.bulk_rows: multi-row INSERTs give what executemany gives – the same rows, rowids
and trigger order – across chunk boundaries and for wide rows."""

from __future__ import annotations

import pytest
import sqlcipher3

from desktop_app.store import bulk_rows
from desktop_app.store.bulk_rows import insert_rows

SQL = "INSERT INTO t (family_id, name, born, flag) VALUES (?, ?, ?, 0)"


def _database():
    conn = sqlcipher3.connect(":memory:")
    conn.executescript("""
        CREATE TABLE t (id INTEGER PRIMARY KEY, family_id INTEGER NOT NULL, name TEXT,
                        born TEXT, flag INTEGER);
        CREATE TABLE seen (n INTEGER PRIMARY KEY, row_id INTEGER, name TEXT);
        CREATE TRIGGER t_seen AFTER INSERT ON t BEGIN
            INSERT INTO seen (row_id, name) VALUES (new.id, new.name);
        END;
    """)
    return conn


def _contents(conn):
    return (conn.execute("SELECT * FROM t ORDER BY id").fetchall(),
            conn.execute("SELECT * FROM seen ORDER BY n").fetchall())


@pytest.mark.parametrize("count", [0, 1, bulk_rows.ROWS - 1, bulk_rows.ROWS, 2 * bulk_rows.ROWS + 7])
def test_the_same_rows_ids_and_trigger_order_as_executemany(count):
    rows = [(i // 3, f"Zoë {i}" if i % 5 else None, f"2015-0{1 + i % 9}-1{i % 10}") for i in range(count)]
    by_many, by_chunks = _database(), _database()
    by_many.execute("INSERT INTO t (family_id) VALUES (99)")  # ids continue after a row
    by_chunks.execute("INSERT INTO t (family_id) VALUES (99)")
    by_many.executemany(SQL, rows)
    insert_rows(by_chunks, SQL, rows)
    assert _contents(by_chunks) == _contents(by_many)
    assert len(_contents(by_chunks)[1]) == count + 1


def test_a_wide_row_stays_within_the_parameter_limit(monkeypatch):
    monkeypatch.setattr(bulk_rows, "MAX_PARAMETERS", 10)  # 3 per row: 3 rows a statement
    made: list[int] = []

    class Counting:
        def __init__(self, conn):
            self.conn = conn

        def execute(self, sql, params):
            made.append(len(params))
            return self.conn.execute(sql, params)

    conn = _database()
    insert_rows(Counting(conn), SQL, [(1, "a", None)] * 7)
    assert made == [9, 9, 3]
    assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == 7


def test_a_failing_row_undoes_its_whole_statement():
    """executemany would keep the rows before it; the fill rolls back the whole batch
    either way (store.demo: one transaction per batch)."""
    conn = _database()
    with pytest.raises(sqlcipher3.IntegrityError):
        insert_rows(conn, SQL, [(1, "a", None), (None, "b", None)])
    assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == 0


def test_only_an_insert_with_values():
    with pytest.raises(ValueError):
        insert_rows(_database(), "UPDATE t SET name = ? WHERE id = ?", [("a", 1)])
