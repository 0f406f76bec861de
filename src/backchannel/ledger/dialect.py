"""The ledger's two backends, SQLite and PostgreSQL, behind one thin connection wrapper.

Every difference between them lives here. The ledger's SQL is written once, in SQLite's dialect
(``?`` placeholders, ``INSERT OR IGNORE``, ``LIMIT -1``, FTS5 for quote search); ``PostgreSQL``
translates each statement the first time it is run: placeholders become ``%s``, ``INSERT OR IGNORE``
becomes ``INSERT … ON CONFLICT DO NOTHING``, ``LIKE`` becomes ``ILIKE`` (SQLite's LIKE ignores ASCII
case), every ``ORDER BY`` term gets SQLite's place for NULLs (first when ascending), text columns
compare bytewise (``COLLATE "C"``, as SQLite does). Migrations go through ``Dialect.ddl``, which maps
SQLite's DDL: ``INTEGER PRIMARY KEY`` becomes an identity column, an FTS5 table over a column becomes a
generated ``tsvector`` column with a GIN index (its feeding triggers are not needed), a trigger becomes a
PL/pgSQL function and a row trigger that calls it (``DROP TRIGGER`` drops the function, and the trigger
with it), a table ``WITHOUT ROWID`` is a plain table (PostgreSQL has no rowid), and a GIN trigram index
and a covering index (``INCLUDE``), PostgreSQL's only, are dropped on SQLite. A plain-SQL migration therefore
ports without work of its own.
Several queries whose answers do not depend on each other go to PostgreSQL together, in one round trip
(``Ledger.batch``).

Writers: SQLite's ``BEGIN IMMEDIATE`` lets one writer in at a time. On PostgreSQL a write transaction
first takes a transaction-scoped advisory lock, so that two ingests (on any machines) never regroup the
same actors or events at once; readers never wait for it.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import quote as url_quote
from urllib.parse import urlsplit, urlunsplit

BUSY_TIMEOUT_MS = 30_000
WRITER_LOCK = 0x6261636B6368  # the advisory lock every PostgreSQL writer takes ("backch")
POSTGRES_SCHEMES = ("postgresql://", "postgres://")


def is_postgres(target: str | Path) -> bool:
    return str(target).startswith(POSTGRES_SCHEMES)


def shown(target: str | Path) -> str:
    """The target as it may be printed: a URL's password is hidden."""
    text = str(target)
    if not is_postgres(text):
        return text
    parts = urlsplit(text)
    if parts.password is None:
        return text
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
    return urlunsplit(parts._replace(netloc=netloc))


def database_errors() -> tuple[type[BaseException], ...]:
    """The exceptions a database error can raise, whichever backends are installed."""
    try:
        import psycopg
    except ImportError:
        return (sqlite3.Error,)
    return (sqlite3.Error, psycopg.Error)


class Ledger:
    """One connection to a ledger: ``execute`` (a cursor of tuples), ``query`` (dicts), ``insert`` (the new
    row's id), and write transactions. SQL is written in SQLite's dialect and translated by ``dialect``."""

    def __init__(self, conn: Any, dialect: Dialect, target: str, *, read_only: bool) -> None:
        self.conn = conn
        self.dialect = dialect
        self.target = target
        self.read_only = read_only
        self.pipeline: Any = None  # PostgreSQL's, during a write

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """A cursor over the statement's rows (none for a statement that returns none)."""
        return self.dialect.execute(self.conn, self.dialect.sql(sql), list(params))

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        """Run one statement that returns no rows once per row of parameters."""
        if rows:
            self.dialect.executemany(self.conn, self.dialect.sql(sql), rows)

    def query(self, sql: str, params: Sequence[Any] = ()) -> Iterator[dict[str, Any]]:
        cursor = self.execute(sql, params)
        rows = cursor.fetchall()
        columns = [d[0] for d in cursor.description]
        for row in rows:
            yield dict(zip(columns, row, strict=True))

    def batch(self, statements: Sequence[tuple[str, Sequence[Any]]]) -> list[list[Any]]:
        """The rows of each of several queries that do not depend on each other, in order."""
        return self.dialect.batch(self, statements)

    def insert(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run an INSERT into a table with an ``id`` column; returns the new row's id."""
        return self.dialect.insert(self, sql, params)

    def ddl(self, statement: str) -> None:
        """Run one schema statement of a migration, as this backend spells it."""
        for translated in self.dialect.ddl(statement):
            self.conn.execute(translated, [])

    def begin_write(self) -> None:
        """Start a transaction that no other writer runs alongside."""
        self.dialect.begin_write(self)

    def commit(self) -> None:
        self.dialect.end_write(self, commit=True)

    def rollback(self) -> None:
        self.dialect.end_write(self, commit=False)

    def has_table(self, name: str) -> bool:
        return self.dialect.has_table(self, name)

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """A read transaction: every query inside sees the ledger as it was when it began."""
        self.conn.execute(self.dialect.begin_snapshot)
        try:
            yield
        finally:
            self.conn.execute("ROLLBACK")

    def stream(self, sql: str, batch: int) -> Iterator[list[tuple[Any, ...]]]:
        """The rows of a query in batches, without holding them all in memory (inside ``snapshot``)."""
        cursor = self.dialect.stream_cursor(self)
        cursor.execute(self.dialect.sql(sql), [])
        while rows := cursor.fetchmany(batch):
            yield rows
        cursor.close()

    def tables(self) -> list[str]:
        """The ledger's own tables (not full-text index internals), in creation order."""
        return self.dialect.tables(self)

    def reader(self) -> Ledger:
        """Another, read-only connection to the same ledger (usable from another thread)."""
        return connect(self.target, read_only=True)

    def close(self) -> None:
        self.conn.close()


def connect(target: str | Path, *, read_only: bool) -> Ledger:
    """A raw connection to the ledger at ``target`` (a path or a ``postgresql://`` URL); no migration."""
    if is_postgres(target):
        return PostgreSQL.connect(str(target), read_only=read_only)
    return SQLite.connect(Path(target), read_only=read_only)


class Dialect:
    name = ""
    begin_snapshot = "BEGIN"

    def stream_cursor(self, db: Ledger) -> Any:
        return db.conn.cursor()

    def execute(self, conn: Any, sql: str, params: list[Any]) -> Any:
        return conn.execute(sql, params)

    def executemany(self, conn: Any, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        conn.executemany(sql, rows)

    def sql(self, sql: str) -> str:
        return sql

    def batch(self, db: Ledger, statements: Sequence[tuple[str, Sequence[Any]]]) -> list[list[Any]]:
        return [db.execute(sql, params).fetchall() for sql, params in statements]

    def ddl(self, statement: str) -> list[str]:
        return [statement]

    def insert(self, db: Ledger, sql: str, params: Sequence[Any]) -> int:
        raise NotImplementedError

    def begin_write(self, db: Ledger) -> None:
        raise NotImplementedError

    def end_write(self, db: Ledger, *, commit: bool) -> None:
        db.conn.execute("COMMIT" if commit else "ROLLBACK")

    def has_table(self, db: Ledger, name: str) -> bool:
        raise NotImplementedError

    def tables(self, db: Ledger) -> list[str]:
        raise NotImplementedError

    def quote_match(self, per_row: bool = False) -> str:
        """A condition on ``quotes q`` that is true when the quote matches the one parameter ``quote_terms``;
        ``per_row`` asks for the form checked quote by quote, for when other conditions bound the quotes read."""
        raise NotImplementedError

    def quote_probe(self, limit: int) -> str | None:
        """A query counting the quotes that match the one parameter ``quote_terms``, reading at most ``limit``, to
        choose between the two forms of ``quote_match``; None when it has one form only."""
        raise NotImplementedError

    def quote_terms(self, text: str) -> str:
        raise NotImplementedError

    def json_rows(self, columns: str, order: str) -> str | None:
        """An aggregate of the rows it reads as a JSON array of arrays of ``columns``, in ``order`` (``[]`` when there
        are none); None where the backend cannot order an aggregate."""
        return None

    def json_object(self, parts: Sequence[tuple[str, str]]) -> str:
        """A JSON object, as text, of these keys and JSON values (``json_rows``' aggregates)."""
        raise NotImplementedError

    def merged_page(self, arms: Sequence[str], order: str, limit: int, offset: int) -> str:
        """A query for rows ``offset`` to ``offset + limit``, in ``order``, of the union of ``arms`` (its duplicates
        dropped): queries of the same columns, each of which an index gives in that order, so that the backend
        merges them as they are read and stops at the page's end. ``order`` names the columns."""
        raise NotImplementedError


def _words(text: str) -> list[str]:
    """Words of user input for full-text search: letters and digits only, so punctuation is never syntax."""
    return "".join(c if c.isalnum() else " " for c in text).split()


class SQLite(Dialect):
    name = "sqlite"

    @staticmethod
    def connect(path: Path, *, read_only: bool) -> Ledger:
        if read_only:
            uri = f"file:{url_quote(str(path.resolve()))}?mode=ro"
            conn = sqlite3.connect(
                uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
            )
            conn.execute("PRAGMA query_only=ON")
        else:
            conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        return Ledger(conn, _SQLITE, str(path), read_only=read_only)

    def ddl(self, statement: str) -> list[str]:
        if re.search(r"\bUSING\s+gin\b", statement, re.IGNORECASE):
            return []  # a trigram index: SQLite has none (and its LIKE '%x%' scans either way)
        if re.search(r"\)\s*INCLUDE\s*\(", statement, re.IGNORECASE):
            return []  # a covering index (PostgreSQL's index-only scans): SQLite has none, and reads its pages fast
        return [statement]

    def insert(self, db: Ledger, sql: str, params: Sequence[Any]) -> int:
        row_id = db.execute(sql, params).lastrowid
        assert row_id is not None
        return row_id

    def begin_write(self, db: Ledger) -> None:
        db.conn.execute("BEGIN IMMEDIATE")

    def has_table(self, db: Ledger, name: str) -> bool:
        found = db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [name]).fetchone()
        return found is not None

    def tables(self, db: Ledger) -> list[str]:
        rows = db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'"
            " AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%' ORDER BY rowid"
        )
        return [r[0] for r in rows]

    def quote_match(self, per_row: bool = False) -> str:
        if per_row:
            return "EXISTS (SELECT 1 FROM quotes_fts WHERE quotes_fts MATCH ? AND quotes_fts.rowid = q.id)"
        return "q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)"

    def quote_probe(self, limit: int) -> str | None:
        return f"SELECT count(*) FROM (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ? LIMIT {limit}) AS probe"

    def quote_terms(self, text: str) -> str:
        return " ".join(f'"{w}"' for w in _words(text)) or '""'

    def merged_page(self, arms: Sequence[str], order: str, limit: int, offset: int) -> str:
        # a compound SELECT in order is a merge of its parts, each read in that order as the merge asks for rows
        return " UNION ".join(arms) + f" ORDER BY {order} LIMIT {limit} OFFSET {offset}"


_SQLITE = SQLite()


class PostgreSQL(Dialect):
    name = "postgresql"
    begin_snapshot = "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"

    def stream_cursor(self, db: Ledger) -> Any:
        return db.conn.cursor(name="backchannel_stream")  # server-side: rows come as they are fetched

    @staticmethod
    def connect(url: str, *, read_only: bool) -> Ledger:
        import psycopg  # the 'postgres' extra; open_ledger says so when it is missing

        conn = psycopg.connect(url, autocommit=True, connect_timeout=BUSY_TIMEOUT_MS // 1000)
        conn.execute(f"SET lock_timeout = '{BUSY_TIMEOUT_MS}ms'")
        # The ledger's queries are short: compiling one (JIT, for plans estimated costly) took ten times longer
        # than running it (470 ms of 550 for an actor search at 47,000 articles)
        conn.execute("SET jit = off")
        if read_only:
            conn.execute("SET default_transaction_read_only = on")
        return Ledger(conn, _POSTGRES, url, read_only=read_only)

    def sql(self, sql: str) -> str:
        return _translate(sql)

    def execute(self, conn: Any, sql: str, params: list[Any]) -> Any:
        return _Rows(conn.execute(sql, params))

    def executemany(self, conn: Any, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        with conn.cursor() as cursor:
            cursor.executemany(sql, rows)  # psycopg sends them all before waiting for an answer

    def batch(self, db: Ledger, statements: Sequence[tuple[str, Sequence[Any]]]) -> list[list[Any]]:
        # pipeline mode: every query is sent before any answer is awaited; the block's end collects them all
        with db.conn.pipeline():
            cursors = [db.conn.execute(self.sql(sql), list(params)) for sql, params in statements]
        return [cursor.fetchall() for cursor in cursors]

    def ddl(self, statement: str) -> list[str]:
        return _translate_ddl(statement)

    def insert(self, db: Ledger, sql: str, params: Sequence[Any]) -> int:
        return db.execute(sql.rstrip().rstrip(";") + " RETURNING id", params).fetchone()[0]

    def begin_write(self, db: Ledger) -> None:
        db.conn.execute("BEGIN")
        db.conn.execute("SELECT pg_advisory_xact_lock(%s)", [WRITER_LOCK])
        # Pipeline mode: a statement whose rows nobody reads (most INSERTs, UPDATEs, DELETEs of a write) is sent
        # without waiting for its answer; reading a result waits for everything before it. Writers hold the lock
        # for fewer round trips.
        db.pipeline = db.conn.pipeline()
        db.pipeline.__enter__()

    def end_write(self, db: Ledger, *, commit: bool) -> None:
        import psycopg

        pipeline, db.pipeline = db.pipeline, None
        try:
            if pipeline is not None:
                pipeline.__exit__(None, None, None)  # waits for every answer; raises a pending error
        except psycopg.Error:
            db.conn.execute("ROLLBACK")
            if commit:
                raise
            return
        db.conn.execute("COMMIT" if commit else "ROLLBACK")

    def has_table(self, db: Ledger, name: str) -> bool:
        return db.execute("SELECT to_regclass(?) IS NOT NULL", [name]).fetchone()[0]

    def tables(self, db: Ledger) -> list[str]:
        rows = db.execute(
            "SELECT c.relname FROM pg_class c WHERE c.relkind = 'r' AND c.relnamespace = current_schema()::regnamespace"
            " ORDER BY c.oid"
        )
        return [r[0] for r in rows]

    def quote_match(self, per_row: bool = False) -> str:
        # websearch_to_tsquery never raises on user input; each word quoted, as in SQLite: all must occur. The
        # planner chooses between the GIN index and a check per row itself.
        return "q.quotes_fts @@ websearch_to_tsquery('simple', backchannel_unaccent(?))"

    def quote_probe(self, limit: int) -> str | None:
        # nothing to choose (above); counting common words' quotes was a sequential scan of the table, whose
        # pages PostgreSQL reads through a small ring of buffers: 1,800 pages read from the OS for every search
        # at 1,000,000 articles
        return None

    def quote_terms(self, text: str) -> str:
        return " ".join(f'"{w}"' for w in _words(text))

    def json_rows(self, columns: str, order: str) -> str | None:
        return f"coalesce(json_agg(json_build_array({columns}) ORDER BY {order}), '[]'::json)"

    def json_object(self, parts: Sequence[tuple[str, str]]) -> str:
        return "json_build_object(" + ", ".join(f"'{key}', {value}" for key, value in parts) + ")::text"

    def merged_page(self, arms: Sequence[str], order: str, limit: int, offset: int) -> str:
        # A UNION ALL in a subquery is planned as one Merge Append of its parts; each part is bounded by the page's
        # end, so that it is read from an index in order (a plain UNION would hash or sort every row of every part)
        parts = " UNION ALL ".join(
            f"SELECT * FROM ({arm} ORDER BY {order} LIMIT {limit + offset}) AS part{n}" for n, arm in enumerate(arms)
        )
        columns = ", ".join(term.split()[0] for term in order.split(","))
        return f"SELECT DISTINCT {columns} FROM ({parts}) AS parts ORDER BY {order} LIMIT {limit} OFFSET {offset}"


_POSTGRES = PostgreSQL()


class _Rows:
    """A psycopg cursor that, like sqlite3's, fetches nothing (rather than raising) after an UPDATE."""

    def __init__(self, cursor: Any) -> None:
        self.cursor = cursor

    @property
    def description(self) -> Any:
        return self.cursor.description

    def _fetch(self, fetch: Any, nothing: Any) -> Any:
        import psycopg

        try:
            return fetch()
        except psycopg.ProgrammingError as err:
            if err.sqlstate is None and self.cursor.description is None:  # a statement without rows
                return nothing
            raise

    def fetchone(self) -> Any:
        return self._fetch(self.cursor.fetchone, None)

    def fetchall(self) -> list[Any]:
        return self._fetch(self.cursor.fetchall, [])

    def fetchmany(self, size: int) -> list[Any]:
        return self._fetch(lambda: self.cursor.fetchmany(size), [])

    def __iter__(self) -> Iterator[Any]:
        return iter(self.fetchall())


# --- translating SQLite's SQL for PostgreSQL -------------------------------------------------------------

_TOKEN = re.compile(r"'(?:[^']|'')*'|\"[^\"]*\"|\?|%|\bLIMIT\s+-1\b|\bLIKE\b|[^'\"?%]", re.I)


@lru_cache(maxsize=1024)
def _translate(sql: str) -> str:
    """SQLite's statement as PostgreSQL reads it (see the module's docstring)."""
    out: list[str] = []
    for token in _TOKEN.findall(sql):
        upper = token.upper()
        if token == "?":
            out.append("%s")
        elif "%" in token:  # psycopg reads % as its own, in strings too
            out.append(token.replace("%", "%%"))
        elif upper == "LIKE":
            out.append("ILIKE")
        elif upper.startswith("LIMIT"):
            out.append("LIMIT ALL")
        else:
            out.append(token)
    text = "".join(out)
    text = _nulls_first(text)
    if re.match(r"\s*INSERT\s+OR\s+IGNORE\s+INTO\b", text, re.I):
        text = re.sub(r"INSERT\s+OR\s+IGNORE\s+INTO", "INSERT INTO", text, count=1, flags=re.I)
        text = text.rstrip().rstrip(";") + " ON CONFLICT DO NOTHING"
    return text


_ORDER_END = re.compile(r"\b(LIMIT|OFFSET)\b", re.I)


def _nulls_first(sql: str) -> str:
    """Give every ORDER BY term SQLite's order for NULLs: first when ascending, last when descending."""
    result, position = [], 0
    for match in re.finditer(r"\bORDER\s+BY\b", sql, re.I):
        if match.start() < position:
            continue
        result.append(sql[position : match.end()])
        depth, start, i, terms = 0, match.end(), match.end(), []
        while i < len(sql):
            char = sql[i]
            if char == "'":
                i = sql.index("'", i + 1) + 1
                continue
            if char == "(":
                depth += 1
            elif char == ")":
                if depth == 0:
                    break
                depth -= 1
            elif char == "," and depth == 0:
                terms.append(sql[start:i])
                start = i + 1
            elif (
                depth == 0 and _ORDER_END.match(sql, i) and (i == 0 or not (sql[i - 1].isalnum() or sql[i - 1] == "_"))
            ):
                break
            i += 1
        terms.append(sql[start:i])
        result.append(",".join(_with_nulls(term) for term in terms))
        position = i
    result.append(sql[position:])
    return "".join(result)


def _with_nulls(term: str) -> str:
    body = term.rstrip()
    if re.search(r"\bNULLS\s+(FIRST|LAST)$", body, re.I):
        return term
    trailing = term[len(body) :]
    return body + (" NULLS LAST" if re.search(r"\bDESC$", body, re.I) else " NULLS FIRST") + trailing


_FTS = re.compile(
    r"CREATE\s+VIRTUAL\s+TABLE\s+(\w+)\s+USING\s+fts5\s*\(\s*(\w+)\s*,.*?content\s*=\s*(\w+)", re.I | re.S
)

_UNACCENT = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    # unaccent() is only STABLE (its dictionary could change); a generated column needs an IMMUTABLE function
    "CREATE OR REPLACE FUNCTION backchannel_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE"
    " STRICT AS $$ SELECT unaccent('unaccent'::regdictionary, $1) $$",
]


_TRIGGER = re.compile(
    r"CREATE\s+TRIGGER\s+(\w+)\s+(BEFORE|AFTER)\s+(.*?)\s+ON\s+(\w+)\s+(?:WHEN\s+(.*?)\s+)?BEGIN\b(.*)\bEND\s*;?$",
    re.I | re.S,
)

_NULL_SAFE_NOT = re.compile(r"\bIS\s+NOT\s+(?!NULL\b)", re.I)


def _plpgsql_trigger(name: str, timing: str, events: str, table: str, when: str | None, body: str) -> list[str]:
    """A SQLite trigger (row by row, its body plain SQL on ``new`` and ``old``) as a PL/pgSQL function and a
    row trigger calling it. Each statement of the body is translated on its own; SQLite's null-safe ``IS NOT``
    in the condition is PostgreSQL's ``IS DISTINCT FROM``. A BEFORE trigger's function returns the row, so
    that the write goes ahead."""
    statements, pending = [], ""
    for piece in body.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n;"):
                statements.append(_translate(pending.strip().rstrip(";")) + ";")
            pending = ""
    condition = f" WHEN ({_NULL_SAFE_NOT.sub('IS DISTINCT FROM ', when)})" if when else ""
    return [
        f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN {' '.join(statements)}"
        " IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$",
        f"CREATE TRIGGER {name} {timing} {events} ON {table} FOR EACH ROW{condition} EXECUTE FUNCTION {name}()",
    ]


_INDEX = re.compile(
    r"(CREATE\s+(?:UNIQUE\s+)?INDEX\b.*?\bON\s+\w+\s*)\(([^()]*(?:\([^()]*\)[^()]*)*)\)(\s+INCLUDE\s*\([^()]*\))?\s*;?$",
    re.I | re.S,
)
"""An index: its name and table, its columns (an expression's parentheses among them) and what it INCLUDEs."""


def _translate_ddl(statement: str) -> list[str]:
    """One migration statement as PostgreSQL spells it (possibly several, possibly none)."""
    body = re.sub(r"--[^\n]*", "", statement).strip()
    if not body:
        return []
    if fts := _FTS.match(body):
        index, column, table = fts.groups()
        return [
            *_UNACCENT,
            f"ALTER TABLE {table} ADD COLUMN {index} tsvector GENERATED ALWAYS AS"
            f" (to_tsvector('simple', backchannel_unaccent(coalesce({column}, '')))) STORED",
            f"CREATE INDEX {index}_gin ON {table} USING gin ({index})",
        ]
    if re.match(r"CREATE\s+TRIGGER\b", body, re.I) and re.search(r"\w+_fts\b", body):
        return []  # it fed an FTS5 table: PostgreSQL's generated column keeps itself up to date
    if trigger := _TRIGGER.match(body):
        return _plpgsql_trigger(*trigger.groups())
    if dropped := re.match(r"DROP\s+TRIGGER\s+(IF\s+EXISTS\s+)?(\w+)\s*;?$", body, re.I):
        # SQLite names no table; the trigger's function, named alike, takes its trigger with it
        return [f"DROP FUNCTION {dropped.group(1) or ''}{dropped.group(2)}() CASCADE"]
    if re.search(r"\bgin_trgm_ops\b", body, re.I):
        return ["CREATE EXTENSION IF NOT EXISTS pg_trgm", _translate(body)]
    # column types, written in capitals after the column's name (a column may be called "text")
    identity = "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"
    body = re.sub(r"(\w\s+)INTEGER\s+PRIMARY\s+KEY(\s+AUTOINCREMENT)?\b", rf"\g<1>{identity}", body)
    body = re.sub(r"(\w\s+)INTEGER\b", r"\1BIGINT", body)
    body = re.sub(r"(\w\s+)REAL\b", r"\1DOUBLE PRECISION", body)
    if index := _INDEX.match(body):
        # SQLite sorts NULLs first (last when descending); so must an index, for ORDER BY … NULLS FIRST to walk
        # it instead of sorting (the columns an index INCLUDEs are not sorted)
        columns = ", ".join(_with_nulls(c.strip()) for c in index.group(2).split(","))
        return [f"{index.group(1)}({columns}){index.group(3) or ''}"]
    if re.match(r"(CREATE\s+TABLE|ALTER\s+TABLE)\b", body, re.I):
        body = re.sub(r"(\w\s+)TEXT\b", r'\1TEXT COLLATE "C"', body)  # compare as SQLite does: bytewise
        body = re.sub(r"\)\s*WITHOUT\s+ROWID\s*;?\s*$", ")", body, flags=re.I)  # a heap either way
    return [_translate(body)]
