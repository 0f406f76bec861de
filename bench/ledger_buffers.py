"""Where a first page's time goes on PostgreSQL: the buffers each of its statements touches.

    python bench/ledger_buffers.py --db postgresql://…/bench1m [--pages 5] [--only 'contacts --actor A']

Runs each first-page filter of ``ledger_scale.py`` (``--pages`` times, with varied arguments, as that script
draws them) and runs every statement the query code sends under ``EXPLAIN (ANALYZE, BUFFERS)`` in a connection
of its own, just before it is sent (cold: the first time those rows are read) and once more after the page
(warm). Prints, per filter, the mean per page of the buffers found in shared memory (``hit``) and read from the
operating system (``read``), and of the server's planning and execution time; with ``--plans``, every plan of
the first page too. A cold page's time on this VM follows the buffers it reads: each
one first read from the OS's cache costs tens of µs, later ones a few.

Run by hand; tests never assert a timing.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Sequence
from typing import Any

from ledger_scale import filters

from backchannel.ledger import dialect
from backchannel.ledger.dialect import is_postgres
from backchannel.ledger.store import open_ledger

Statement = tuple[str, list[Any]]
Explained = tuple[int, int, float, float, dict[str, Any]]


def recorded(call: Any, conn: Any) -> list[tuple[Statement, Explained]]:
    """The statements (PostgreSQL's SQL and its parameters) that ``call`` sends, each explained (run) on
    ``conn`` just before it is sent: the first time its rows are read."""
    sent: list[tuple[Statement, Explained]] = []
    execute, batch = dialect.PostgreSQL.execute, dialect.PostgreSQL.batch

    def recording_execute(self: Any, conn_: Any, sql: str, params: list[Any]) -> Any:
        sent.append(((sql, list(params)), explained(conn, (sql, list(params)))))
        return execute(self, conn_, sql, params)

    def recording_batch(self: Any, db: Any, statements: Sequence[tuple[str, Sequence[Any]]]) -> Any:
        for sql, params in statements:
            sent.append(((self.sql(sql), list(params)), explained(conn, (self.sql(sql), list(params)))))
        return batch(self, db, statements)

    dialect.PostgreSQL.execute, dialect.PostgreSQL.batch = recording_execute, recording_batch  # type: ignore[method-assign]
    try:
        call()
    finally:
        dialect.PostgreSQL.execute, dialect.PostgreSQL.batch = execute, batch  # type: ignore[method-assign]
    return sent


def explained(conn: Any, statement: Statement) -> Explained:
    """Shared buffers hit and read, and planning and execution time in ms, of one statement; and its plan."""
    sql, params = statement
    plan = conn.execute(f"EXPLAIN (ANALYZE, BUFFERS, SUMMARY, FORMAT JSON) {sql}", params).fetchone()[0][0]
    top = plan["Plan"]
    return top["Shared Hit Blocks"], top["Shared Read Blocks"], plan["Planning Time"], plan["Execution Time"], plan


def _outline(node: dict[str, Any], depth: int = 0) -> str:
    """A plan as one line a node, each with its rows and the buffers it and its children hit and read."""
    what = " ".join(str(node[key]) for key in ("Node Type", "Relation Name", "Index Name") if key in node)
    line = (
        f"{'  ' * depth}{what} rows={node.get('Actual Rows')} loops={node.get('Actual Loops')}"
        f" hit={node.get('Shared Hit Blocks')} read={node.get('Shared Read Blocks')}"
    )
    return "\n".join([line, *(_outline(child, depth + 1) for child in node.get("Plans", []))])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="a postgresql:// URL")
    parser.add_argument("--pages", type=int, default=5, help="pages per filter (default 5)")
    parser.add_argument("--only", action="append", help="this filter only (as ledger_scale.py names it); repeatable")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--plans", action="store_true", help="print every plan of each filter's first page")
    args = parser.parse_args()
    if not is_postgres(args.db):
        sys.exit("--db must be a postgresql:// URL")
    import psycopg

    db = open_ledger(args.db)
    pages, _ = filters(db, random.Random(args.seed))
    for name, call in pages.items():
        if args.only and name not in args.only:
            continue
        totals = {"cold": [0, 0, 0.0, 0.0], "warm": [0, 0, 0.0, 0.0]}
        statements = 0
        with psycopg.connect(args.db, autocommit=True) as conn:
            conn.execute("SET jit = off")
            for n in range(args.pages):
                sent = recorded(call, conn)
                statements += len(sent)
                for state in ("cold", "warm"):
                    for statement, first in sent:
                        hit, read, planning, ms, plan = first if state == "cold" else explained(conn, statement)
                        total = totals[state]
                        total[0] += hit
                        total[1] += read
                        total[2] += planning
                        total[3] += ms
                        if args.plans and n == 0 and state == "cold":
                            print(f"-- {statement[0]}\n-- hit={hit} read={read} plan_ms={planning:.1f} ms={ms:.1f}")
                            print(_outline(plan["Plan"]))
        line = " ".join(
            f"{state}: hit={hit / args.pages:5.0f} read={read / args.pages:5.0f} plan_ms={planning / args.pages:5.1f}"
            f" ms={ms / args.pages:5.1f}"
            for state, (hit, read, planning, ms) in totals.items()
        )
        print(f"buffers: {name:<44} statements={statements / args.pages:4.1f} {line}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
