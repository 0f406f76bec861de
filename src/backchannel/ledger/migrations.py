"""The ledger's schema, as an ordered list of recorded migrations.

A ledger written by an older version opens: every migration not yet listed
in ``_migrations`` runs once, in order, inside a transaction. Add a new
function at the end to change the schema; never edit one that has shipped.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from . import event_details

if TYPE_CHECKING:
    from .dialect import Ledger as Database


def _001_core(db: Database) -> None:
    _run(
        db,
        """
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,          -- the URL, or the content hash when there is none
            content_hash TEXT NOT NULL,
            source TEXT, url TEXT, title TEXT, published TEXT, outlet TEXT, section TEXT,
            authors TEXT, text TEXT, ingested_at TEXT
        );
        CREATE INDEX articles_hash ON articles(content_hash);
        CREATE TABLE actors (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            country TEXT,
            titles TEXT NOT NULL DEFAULT '[]',
            aliases TEXT NOT NULL DEFAULT '[]',
            via INTEGER REFERENCES actors(id),
            first_seen TEXT, last_seen TEXT
        );
        CREATE TABLE actor_names (
            name TEXT NOT NULL,                -- normalised: casefolded, accents removed
            actor_id INTEGER NOT NULL REFERENCES actors(id),
            PRIMARY KEY (name, actor_id)
        );
        CREATE INDEX actor_names_actor ON actor_names(actor_id);
        CREATE TABLE quotes (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            speaker_actor INTEGER REFERENCES actors(id),
            kind TEXT NOT NULL, content TEXT NOT NULL, cue TEXT, speaker TEXT,
            start INTEGER, "end" INTEGER, published TEXT
        );
        CREATE INDEX quotes_article ON quotes(article_id);
        CREATE INDEX quotes_speaker ON quotes(speaker_actor, published);
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            type TEXT NOT NULL, mode TEXT, status TEXT NOT NULL,
            date_value TEXT, date_precision TEXT, date_modifier TEXT, date_text TEXT,
            place TEXT, place_country TEXT, topics TEXT NOT NULL DEFAULT '[]',
            sort_date TEXT                     -- the earliest day the date allows, for ordering and filters
        );
        CREATE INDEX events_sort ON events(sort_date);
        CREATE TABLE event_participants (
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            actor_id INTEGER NOT NULL REFERENCES actors(id),
            role TEXT NOT NULL,                -- actor, recipient or participant
            PRIMARY KEY (event_id, actor_id, role)
        );
        CREATE INDEX event_participants_actor ON event_participants(actor_id);
        CREATE TABLE reports (
            id INTEGER PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            outlet TEXT, published TEXT,
            source_actor INTEGER REFERENCES actors(id), via_actor INTEGER REFERENCES actors(id),
            evidence TEXT
        );
        CREATE INDEX reports_event ON reports(event_id);
        CREATE INDEX reports_article ON reports(article_id);
        CREATE TABLE confirmations (
            id INTEGER PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            status TEXT NOT NULL, by_actor INTEGER REFERENCES actors(id), published TEXT, evidence TEXT
        );
        CREATE INDEX confirmations_event ON confirmations(event_id);
        CREATE INDEX confirmations_article ON confirmations(article_id);
        CREATE VIRTUAL TABLE quotes_fts USING fts5(
            content, content=quotes, content_rowid=id, tokenize='unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER quotes_ai AFTER INSERT ON quotes BEGIN
            INSERT INTO quotes_fts(rowid, content) VALUES (new.id, new.content);
        END;
        CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN
            INSERT INTO quotes_fts(quotes_fts, rowid, content) VALUES ('delete', old.id, old.content);
        END;
        """,
    )


def _run(db: Database, script: str) -> None:
    """Run a script statement by statement, so that it stays inside the caller's transaction; each statement
    is written in SQLite's dialect and run as the ledger's backend spells it (``dialect.py``)."""
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            db.ddl(statement)
            statement = ""


def _002_indexes_and_party_sources(db: Database) -> None:
    """Indexes for the query filters; which article named each party, so a replaced article's parties go."""
    _run(
        db,
        """
        CREATE INDEX IF NOT EXISTS actors_kind_country ON actors(kind, country);
        CREATE INDEX IF NOT EXISTS events_place_country ON events(place_country);
        CREATE INDEX IF NOT EXISTS events_status_sort ON events(status, sort_date);
        CREATE TABLE event_party_sources (
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            actor_id INTEGER NOT NULL REFERENCES actors(id),
            role TEXT NOT NULL,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            PRIMARY KEY (event_id, actor_id, role, article_id)
        );
        CREATE INDEX event_party_sources_article ON event_party_sources(article_id);
        INSERT OR IGNORE INTO event_party_sources (event_id, actor_id, role, article_id)
            SELECT DISTINCT p.event_id, p.actor_id, p.role, r.article_id
            FROM event_participants p JOIN reports r ON r.event_id = p.event_id;
        """,
    )


def _003_tellings(db: Database) -> None:
    """What each article said, kept apart from what the ledger concludes from it.

    ``name_forms``, ``mentions`` and the ``telling*`` tables hold each article's own findings; actors,
    events, their parties, reports and confirmations are derived from them and recomputed whenever an
    article comes or goes, so that the ledger is the same whatever order its articles arrived in.
    Quotes now change in place (a re-resolved speaker), hence the full-text index's UPDATE trigger.
    """
    _run(
        db,
        """
        ALTER TABLE articles ADD COLUMN extractor TEXT;      -- package version + rules hash that made the record
        ALTER TABLE articles ADD COLUMN boilerplate TEXT;    -- JSON: the article's boilerplate spans, images, encoding
        CREATE TABLE name_forms (
            id INTEGER PRIMARY KEY,
            signature TEXT NOT NULL UNIQUE,    -- kind, normalised name, country and aliases
            kind TEXT NOT NULL, name TEXT NOT NULL, country TEXT,
            keys TEXT NOT NULL,                -- JSON: the normalised names it answers to
            actor_id INTEGER
        );
        CREATE INDEX name_forms_actor ON name_forms(actor_id);
        CREATE TABLE form_keys (
            key TEXT NOT NULL,
            form_id INTEGER NOT NULL REFERENCES name_forms(id) ON DELETE CASCADE,
            PRIMARY KEY (key, form_id)
        );
        CREATE INDEX form_keys_form ON form_keys(form_id);
        CREATE TABLE mentions (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            local_id TEXT NOT NULL,
            form_id INTEGER NOT NULL,
            name TEXT NOT NULL, kind TEXT NOT NULL, country TEXT,
            titles TEXT NOT NULL DEFAULT '[]', aliases TEXT NOT NULL DEFAULT '[]',
            via_mention INTEGER
        );
        CREATE INDEX mentions_article ON mentions(article_id);
        CREATE INDEX mentions_form ON mentions(form_id);
        CREATE TABLE tellings (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            type TEXT NOT NULL, mode TEXT, status TEXT NOT NULL,
            date_value TEXT, date_precision TEXT, date_modifier TEXT, date_text TEXT,
            place TEXT, place_country TEXT, topics TEXT NOT NULL DEFAULT '[]', evidence TEXT,
            event_id INTEGER
        );
        CREATE INDEX tellings_article ON tellings(article_id);
        CREATE INDEX tellings_event ON tellings(event_id);
        CREATE TABLE telling_parties (
            telling_id INTEGER NOT NULL REFERENCES tellings(id) ON DELETE CASCADE,
            mention_id INTEGER NOT NULL,
            role TEXT NOT NULL,
            PRIMARY KEY (telling_id, mention_id, role)
        );
        CREATE INDEX telling_parties_mention ON telling_parties(mention_id);
        CREATE TABLE telling_reports (
            id INTEGER PRIMARY KEY,
            telling_id INTEGER NOT NULL REFERENCES tellings(id) ON DELETE CASCADE,
            source_mention INTEGER, via_mention INTEGER
        );
        CREATE INDEX telling_reports_telling ON telling_reports(telling_id);
        CREATE TABLE telling_confirmations (
            id INTEGER PRIMARY KEY,
            telling_id INTEGER NOT NULL REFERENCES tellings(id) ON DELETE CASCADE,
            status TEXT NOT NULL, by_mention INTEGER, evidence TEXT
        );
        CREATE INDEX telling_confirmations_telling ON telling_confirmations(telling_id);
        ALTER TABLE quotes ADD COLUMN speaker_mention INTEGER;
        CREATE TRIGGER quotes_au AFTER UPDATE OF content ON quotes BEGIN
            INSERT INTO quotes_fts(quotes_fts, rowid, content) VALUES ('delete', old.id, old.content);
            INSERT INTO quotes_fts(rowid, content) VALUES (new.id, new.content);
        END;
        """,
    )
    from .backfill import backfill_tellings  # a ledger from before: its findings rebuilt from the derived rows

    backfill_tellings(db)


def _004_telling_rules_and_coordinates(db: Database) -> None:
    """Why each article's telling says what it says (the ids of the extraction rules behind it, for the web UI
    and for re-extraction reports), and where its place is on a map."""
    _run(
        db,
        """
        ALTER TABLE tellings ADD COLUMN rules TEXT NOT NULL DEFAULT '[]';  -- JSON: rule ids, see `explain --rules`
        ALTER TABLE tellings ADD COLUMN place_lat REAL;
        ALTER TABLE tellings ADD COLUMN place_lon REAL;
        """,
    )


def _005_units(db: Database) -> None:
    """The units of work a distributed ingest (``--engine dask``) has committed or given up on.

    A unit is one input file, or a chunk of a folder or of a JSONL file; a unit whose row says ``done`` with the
    same content hash is skipped when the ingest runs again. Its articles are committed in the same transaction
    as its row, so a row never claims articles the ledger does not have.
    """
    _run(
        db,
        """
        CREATE TABLE units (
            uri TEXT PRIMARY KEY,              -- file URI; a chunk adds #bytes=START-END or #files=FIRST..LAST
            content_hash TEXT NOT NULL,        -- sha256 of the unit's bytes
            extractor TEXT,                    -- package version + rules hash of the worker that read it
            status TEXT NOT NULL,              -- done, or failed (given up after its last attempt)
            articles INTEGER NOT NULL DEFAULT 0,
            stored INTEGER NOT NULL DEFAULT 0,
            replaced INTEGER NOT NULL DEFAULT 0,
            skipped INTEGER NOT NULL DEFAULT 0,
            failed INTEGER NOT NULL DEFAULT 0,
            attempts INTEGER NOT NULL DEFAULT 1,
            error TEXT,                        -- why a failed unit failed
            seconds REAL,                      -- time the worker spent reading and extracting it
            finished_at TEXT NOT NULL
        );
        """,
    )


def _006_query_indexes(db: Database) -> None:
    """Indexes for the queries on a ledger of a million articles (``bench/ledger_scale.py``).

    A party's contacts are read from the index alone (actor, then event), which replaces the index on the
    actor alone; quotes are listed in publication order from an index instead of sorting all of them.
    """
    _run(
        db,
        """
        CREATE INDEX IF NOT EXISTS event_participants_actor_event ON event_participants(actor_id, event_id);
        DROP INDEX IF EXISTS event_participants_actor;
        CREATE INDEX IF NOT EXISTS quotes_published ON quotes(published, id);
        """,
    )


def _007_fuzzy_names(db: Database) -> None:
    """A trigram index for searching actors' names and aliases by any part of them (``LIKE '%…%'``);
    PostgreSQL only, with pg_trgm: SQLite has no such index and scans."""
    _run(db, "CREATE INDEX IF NOT EXISTS actor_names_trigrams ON actor_names USING gin (name gin_trgm_ops);")


def _008_actor_counts(db: Database) -> None:
    """Each actor's number of quotes and of contacts, stored on the actor so that ``actors`` lists the most
    active first from an index instead of counting every actor's quotes and events (352 ms for the first
    100 at a million articles).

    Triggers keep the counts in the same transaction as the rows they count, whatever writes them (ingest,
    re-extraction, an actor's forms moving to another, an article or event deleted, a cascade). An actor
    can take part in one event in several roles and counts it once: a participation is counted when it is
    the actor's first row in that event and uncounted when it is the last, so these triggers run *before*
    the row is written or deleted, when the rows already processed by the same statement are visible on
    both backends and the row itself is not (an AFTER trigger on PostgreSQL sees the whole statement done).
    The ledger never updates a participation in place: an event's parties are deleted and inserted again.
    """
    _run(
        db,
        """
        ALTER TABLE actors ADD COLUMN quote_count INTEGER NOT NULL DEFAULT 0;   -- quotes whose speaker it is
        ALTER TABLE actors ADD COLUMN contact_count INTEGER NOT NULL DEFAULT 0; -- events it takes part in
        CREATE TRIGGER actor_quotes_ai AFTER INSERT ON quotes BEGIN
            UPDATE actors SET quote_count = quote_count + 1 WHERE id = new.speaker_actor;
        END;
        CREATE TRIGGER actor_quotes_ad AFTER DELETE ON quotes BEGIN
            UPDATE actors SET quote_count = quote_count - 1 WHERE id = old.speaker_actor;
        END;
        CREATE TRIGGER actor_quotes_au AFTER UPDATE OF speaker_actor ON quotes BEGIN
            UPDATE actors SET quote_count = quote_count - 1 WHERE id = old.speaker_actor;
            UPDATE actors SET quote_count = quote_count + 1 WHERE id = new.speaker_actor;
        END;
        CREATE TRIGGER actor_contacts_bi BEFORE INSERT ON event_participants BEGIN
            UPDATE actors SET contact_count = contact_count + 1 WHERE id = new.actor_id AND NOT EXISTS
                (SELECT 1 FROM event_participants p WHERE p.event_id = new.event_id AND p.actor_id = new.actor_id);
        END;
        CREATE TRIGGER actor_contacts_bd BEFORE DELETE ON event_participants BEGIN
            UPDATE actors SET contact_count = contact_count - 1 WHERE id = old.actor_id AND NOT EXISTS
                (SELECT 1 FROM event_participants p WHERE p.event_id = old.event_id AND p.actor_id = old.actor_id
                 AND p.role != old.role);
        END;
        CREATE INDEX IF NOT EXISTS actors_activity ON actors((quote_count + contact_count) DESC, name);
        """,
    )
    recount_actors(db)


def _009_event_countries(db: Database) -> None:
    """The countries of each event's parties, one row per country and event, so that a country filter
    (``--country``, or a country in ``--between``) reads its events from an index, in date order, instead
    of checking each event's parties against the list of every actor of that country.

    A row says that at least one party of the event is an actor of that country; it carries the event's
    sort date, so that a country's contacts page in date order from ``event_countries_date``. Triggers
    keep the rows in the same transaction as the parties, actors and events they follow: a party added or
    removed, an actor whose country changes, an event whose date changes. Each trigger asks whether a party
    of that country is left once the statement's rows are written, which is the same question row by row
    (SQLite) or at the end of the statement (PostgreSQL).
    """
    _run(
        db,
        """
        CREATE TABLE event_countries (
            country TEXT NOT NULL,
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            sort_date TEXT,                    -- the event's
            PRIMARY KEY (country, event_id)
        );
        CREATE INDEX event_countries_date ON event_countries(country, sort_date, event_id);
        CREATE INDEX event_countries_event ON event_countries(event_id, country);
        CREATE TRIGGER event_countries_party_ai AFTER INSERT ON event_participants BEGIN
            INSERT OR IGNORE INTO event_countries (country, event_id, sort_date)
                SELECT a.country, e.id, e.sort_date FROM actors a JOIN events e ON e.id = new.event_id
                WHERE a.id = new.actor_id AND a.country IS NOT NULL;
        END;
        CREATE TRIGGER event_countries_party_ad AFTER DELETE ON event_participants BEGIN
            DELETE FROM event_countries WHERE event_id = old.event_id
                AND country = (SELECT a.country FROM actors a WHERE a.id = old.actor_id)
                AND NOT EXISTS (SELECT 1 FROM event_participants p JOIN actors a ON a.id = p.actor_id
                    WHERE p.event_id = old.event_id AND a.country = event_countries.country);
        END;
        CREATE TRIGGER event_countries_actor_au AFTER UPDATE OF country ON actors
        WHEN old.country IS NOT new.country BEGIN
            DELETE FROM event_countries WHERE country = old.country
                AND event_id IN (SELECT p.event_id FROM event_participants p WHERE p.actor_id = new.id)
                AND NOT EXISTS (SELECT 1 FROM event_participants p JOIN actors a ON a.id = p.actor_id
                    WHERE p.event_id = event_countries.event_id AND a.country = event_countries.country);
            INSERT OR IGNORE INTO event_countries (country, event_id, sort_date)
                SELECT new.country, e.id, e.sort_date FROM events e
                WHERE e.id IN (SELECT p.event_id FROM event_participants p WHERE p.actor_id = new.id)
                AND new.country IS NOT NULL;
        END;
        CREATE TRIGGER event_countries_event_au AFTER UPDATE OF sort_date ON events
        WHEN old.sort_date IS NOT new.sort_date BEGIN
            UPDATE event_countries SET sort_date = new.sort_date WHERE event_id = new.id;
        END;
        """,
    )
    # the countries of the parties, as this migration's table holds them (``recount_event_countries`` is the
    # current schema's)
    db.execute(
        "INSERT INTO event_countries (country, event_id, sort_date) SELECT DISTINCT a.country, e.id, e.sort_date"
        " FROM event_participants p JOIN actors a ON a.id = p.actor_id JOIN events e ON e.id = p.event_id"
        " WHERE a.country IS NOT NULL"
    )


def _010_dated_parties_and_places(db: Database) -> None:
    """Each actor's events with their sort dates (``actor_events``), and the country of each event's place
    among its countries (``event_countries.by_place``), so that a first page of contacts is read in date order
    from an index and stopped when it is full, for a name many people share (1,000,000 articles: their 8,000
    events were sorted to keep 100) and for ``--country``, which takes in the events at a place of the country
    too (PostgreSQL hashed every event of the country before reading the first).

    ``actor_events`` holds one row per actor and event it takes part in, whatever its roles, with the event's
    sort date; its index ``actor_events_date`` lists an actor's events in date order. An ``event_countries`` row
    now says that a party of the event is of that country (``by_party``), that its place is in it
    (``by_place``), or both; a row with neither is deleted. ``--between`` counts the parties only, ``--country``
    both. The table is made again, without SQLite's rowid: its rows live in the primary key's order, so that
    checking a country's party on an event reads the key alone, marks included, as it did before there were
    marks (PostgreSQL has no rowid: the index by event covers the check). The party triggers of migration 009
    are replaced by ones that keep the marks; like those, each asks whether a party of the country is left
    once the statement's rows are written. ``actor_events`` has no rowid either.
    """
    _run(
        db,
        """
        DROP TRIGGER event_countries_party_ai;
        DROP TRIGGER event_countries_party_ad;
        DROP TRIGGER event_countries_actor_au;
        DROP TABLE event_countries;
        CREATE TABLE event_countries (
            country TEXT NOT NULL,
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            sort_date TEXT,                    -- the event's
            by_party INTEGER NOT NULL,         -- 1: a party of the event is of the country
            by_place INTEGER NOT NULL,         -- 1: the event's place is in it
            PRIMARY KEY (country, event_id)
        ) WITHOUT ROWID;
        CREATE TABLE actor_events (
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            actor_id INTEGER NOT NULL REFERENCES actors(id),
            sort_date TEXT,                    -- the event's
            PRIMARY KEY (event_id, actor_id)
        ) WITHOUT ROWID;
        CREATE TRIGGER actor_events_party_ai AFTER INSERT ON event_participants BEGIN
            INSERT OR IGNORE INTO actor_events (event_id, actor_id, sort_date)
                SELECT e.id, new.actor_id, e.sort_date FROM events e WHERE e.id = new.event_id;
        END;
        CREATE TRIGGER actor_events_party_ad AFTER DELETE ON event_participants BEGIN
            DELETE FROM actor_events WHERE event_id = old.event_id AND actor_id = old.actor_id
                AND NOT EXISTS (SELECT 1 FROM event_participants p
                    WHERE p.event_id = old.event_id AND p.actor_id = old.actor_id);
        END;
        CREATE TRIGGER actor_events_event_au AFTER UPDATE OF sort_date ON events
        WHEN old.sort_date IS NOT new.sort_date BEGIN
            UPDATE actor_events SET sort_date = new.sort_date WHERE event_id = new.id;
        END;
        CREATE TRIGGER event_countries_party_ai AFTER INSERT ON event_participants BEGIN
            INSERT INTO event_countries (country, event_id, sort_date, by_party, by_place)
                SELECT a.country, e.id, e.sort_date, 1, 0 FROM actors a JOIN events e ON e.id = new.event_id
                WHERE a.id = new.actor_id AND a.country IS NOT NULL
                ON CONFLICT (country, event_id) DO UPDATE SET by_party = 1;
        END;
        CREATE TRIGGER event_countries_party_ad AFTER DELETE ON event_participants BEGIN
            UPDATE event_countries SET by_party = 0 WHERE event_id = old.event_id
                AND country = (SELECT a.country FROM actors a WHERE a.id = old.actor_id)
                AND NOT EXISTS (SELECT 1 FROM event_participants p JOIN actors a ON a.id = p.actor_id
                    WHERE p.event_id = old.event_id AND a.country = event_countries.country);
            DELETE FROM event_countries WHERE event_id = old.event_id AND by_party = 0 AND by_place = 0;
        END;
        CREATE TRIGGER event_countries_actor_au AFTER UPDATE OF country ON actors
        WHEN old.country IS NOT new.country BEGIN
            UPDATE event_countries SET by_party = 0 WHERE country = old.country
                AND event_id IN (SELECT p.event_id FROM event_participants p WHERE p.actor_id = new.id)
                AND NOT EXISTS (SELECT 1 FROM event_participants p JOIN actors a ON a.id = p.actor_id
                    WHERE p.event_id = event_countries.event_id AND a.country = event_countries.country);
            DELETE FROM event_countries WHERE country = old.country AND by_party = 0 AND by_place = 0
                AND event_id IN (SELECT p.event_id FROM event_participants p WHERE p.actor_id = new.id);
            INSERT INTO event_countries (country, event_id, sort_date, by_party, by_place)
                SELECT new.country, e.id, e.sort_date, 1, 0 FROM events e
                WHERE e.id IN (SELECT p.event_id FROM event_participants p WHERE p.actor_id = new.id)
                AND new.country IS NOT NULL
                ON CONFLICT (country, event_id) DO UPDATE SET by_party = 1;
        END;
        CREATE TRIGGER event_countries_place_ai AFTER INSERT ON events WHEN new.place_country IS NOT NULL BEGIN
            INSERT INTO event_countries (country, event_id, sort_date, by_party, by_place)
                VALUES (new.place_country, new.id, new.sort_date, 0, 1)
                ON CONFLICT (country, event_id) DO UPDATE SET by_place = 1;
        END;
        CREATE TRIGGER event_countries_place_au AFTER UPDATE OF place_country ON events
        WHEN old.place_country IS NOT new.place_country BEGIN
            UPDATE event_countries SET by_place = 0 WHERE event_id = new.id AND country = old.place_country;
            DELETE FROM event_countries WHERE event_id = new.id AND by_party = 0 AND by_place = 0;
            INSERT INTO event_countries (country, event_id, sort_date, by_party, by_place)
                SELECT new.place_country, new.id, new.sort_date, 0, 1 WHERE new.place_country IS NOT NULL
                ON CONFLICT (country, event_id) DO UPDATE SET by_place = 1;
        END;
        """,
    )
    recount_actor_events(db)
    recount_event_countries(db)  # before the indexes: one sort each instead of a row at a time
    _run(
        db,
        """
        CREATE INDEX actor_events_date ON actor_events(actor_id, sort_date, event_id);
        CREATE INDEX event_countries_date ON event_countries(country, sort_date, event_id, by_party);
        CREATE INDEX event_countries_event ON event_countries(event_id, country, by_party);
        """,
    )


def _011_covering_indexes(db: Database) -> None:
    """A covering index (PostgreSQL's ``INCLUDE``; SQLite has none and skips it) of the key, title and outlet of
    each article, which a page of contacts reads for each report and a page of quotes for each quote: it reads
    them from the index alone (an index-only scan), without the article's row.

    At 1,000,000 articles a first page of 101 contacts read about 270 pages that PostgreSQL did not hold in its
    shared buffers, a third of them rows of ``articles`` (840 MB, mostly text) read for a key and a title. The
    index of those three is a tenth of that size and stays in memory: 91 such pages read became 4. (The same for
    reports, whose index would be as large as their table, read as many pages, and was left out.)
    """
    _run(db, "CREATE INDEX articles_cited ON articles(id) INCLUDE (key, title, outlet);")


def _012_event_details(db: Database) -> None:
    """Each event's parties, reports and confirmations, as a page of contacts shows them, stored on the event's
    row (``events.details``, JSON; see ``event_details.py``), so that a page reads one row per event instead of
    rows of four tables from all over them: 700 pages read for a first page of 101 events at 1,000,000 articles.

    Triggers clear an event's details (NULL) whenever a row they are made from is written or deleted: a party,
    a report, a confirmation, or the key or title of a reporting article. The writer stores them again for every
    event it rebuilds, in the same transaction; a page reads a cleared event's details from their tables.
    """
    _run(
        db,
        """
        ALTER TABLE events ADD COLUMN details TEXT;  -- JSON: parties, reports, confirmations (NULL: read the tables)
        CREATE TRIGGER event_details_party_ai AFTER INSERT ON event_participants BEGIN
            UPDATE events SET details = NULL WHERE id = new.event_id AND details IS NOT NULL;
        END;
        CREATE TRIGGER event_details_party_ad AFTER DELETE ON event_participants BEGIN
            UPDATE events SET details = NULL WHERE id = old.event_id AND details IS NOT NULL;
        END;
        CREATE TRIGGER event_details_party_au AFTER UPDATE ON event_participants BEGIN
            UPDATE events SET details = NULL WHERE id IN (old.event_id, new.event_id) AND details IS NOT NULL;
        END;
        CREATE TRIGGER event_details_report_ai AFTER INSERT ON reports BEGIN
            UPDATE events SET details = NULL WHERE id = new.event_id AND details IS NOT NULL;
        END;
        CREATE TRIGGER event_details_report_ad AFTER DELETE ON reports BEGIN
            UPDATE events SET details = NULL WHERE id = old.event_id AND details IS NOT NULL;
        END;
        CREATE TRIGGER event_details_report_au AFTER UPDATE ON reports BEGIN
            UPDATE events SET details = NULL WHERE id IN (old.event_id, new.event_id) AND details IS NOT NULL;
        END;
        CREATE TRIGGER event_details_confirmation_ai AFTER INSERT ON confirmations BEGIN
            UPDATE events SET details = NULL WHERE id = new.event_id AND details IS NOT NULL;
        END;
        CREATE TRIGGER event_details_confirmation_ad AFTER DELETE ON confirmations BEGIN
            UPDATE events SET details = NULL WHERE id = old.event_id AND details IS NOT NULL;
        END;
        CREATE TRIGGER event_details_confirmation_au AFTER UPDATE ON confirmations BEGIN
            UPDATE events SET details = NULL WHERE id IN (old.event_id, new.event_id) AND details IS NOT NULL;
        END;
        CREATE TRIGGER event_details_article_au AFTER UPDATE OF key, title ON articles
        WHEN old.key IS NOT new.key OR old.title IS NOT new.title BEGIN
            UPDATE events SET details = NULL WHERE details IS NOT NULL
                AND id IN (SELECT r.event_id FROM reports r WHERE r.article_id = new.id);
        END;
        """,
    )
    event_details.refill(db)


KEPT_BY_TRIGGERS = {
    "event_countries": None,
    "actor_events": None,
    "actors": {"quote_count", "contact_count"},
    "events": {"details"},
}
"""Tables (None: the whole table) and columns whose rows triggers keep (or clear, for the writer to fill), to be
recomputed rather than copied."""


def recount_actors(db: Database) -> None:
    """Every actor's stored counts recomputed from the rows they count (a migrated or copied ledger)."""
    db.execute(
        "UPDATE actors SET quote_count = (SELECT count(*) FROM quotes q WHERE q.speaker_actor = actors.id),"
        " contact_count = (SELECT count(DISTINCT p.event_id) FROM event_participants p WHERE p.actor_id = actors.id)"
    )


def recount_event_countries(db: Database) -> None:
    """Every event's countries recomputed from its parties and its place (a migrated or copied ledger)."""
    db.execute("DELETE FROM event_countries")
    db.execute(
        "INSERT INTO event_countries (country, event_id, sort_date, by_party, by_place)"
        " SELECT country, event_id, sort_date, max(by_party), max(by_place) FROM ("
        " SELECT DISTINCT a.country, e.id AS event_id, e.sort_date, 1 AS by_party, 0 AS by_place"
        " FROM event_participants p JOIN actors a ON a.id = p.actor_id JOIN events e ON e.id = p.event_id"
        " WHERE a.country IS NOT NULL"
        " UNION ALL SELECT place_country, id, sort_date, 0, 1 FROM events WHERE place_country IS NOT NULL"
        ") AS found GROUP BY country, event_id, sort_date"
    )


def recount_actor_events(db: Database) -> None:
    """Every actor's events and their dates recomputed from the parties (a migrated or copied ledger)."""
    db.execute("DELETE FROM actor_events")
    db.execute(
        "INSERT INTO actor_events (event_id, actor_id, sort_date) SELECT DISTINCT e.id, p.actor_id, e.sort_date"
        " FROM event_participants p JOIN events e ON e.id = p.event_id"
    )


MIGRATIONS: list[Callable[[Database], None]] = [
    _001_core,
    _002_indexes_and_party_sources,
    _003_tellings,
    _004_telling_rules_and_coordinates,
    _005_units,
    _006_query_indexes,
    _007_fuzzy_names,
    _008_actor_counts,
    _009_event_countries,
    _010_dated_parties_and_places,
    _011_covering_indexes,
    _012_event_details,
]


def migrate(db: Database) -> list[str]:
    """Apply every migration the ledger has not had yet; returns their names."""
    if pending_migrations(db) == []:
        return []  # up to date: a reader never takes the write lock, so it can query during an ingest
    db.begin_write()
    db.ddl("CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    db.commit()
    applied = []
    for migration in MIGRATIONS:
        name = migration.__name__.lstrip("_")
        db.begin_write()  # one process migrates; another waits, then finds it done
        if db.execute("SELECT 1 FROM _migrations WHERE name = ?", [name]).fetchone():
            db.commit()
            continue
        try:
            migration(db)
            db.execute(
                "INSERT INTO _migrations (name, applied_at) VALUES (?, ?)", [name, datetime.now(UTC).isoformat()]
            )
        except BaseException:
            db.rollback()
            raise
        db.commit()
        applied.append(name)
    return applied


def pending_migrations(db: Database) -> list[str] | None:
    """Names of migrations not yet applied (None when the ledger has no migration table yet)."""
    if not db.has_table("_migrations"):
        return None
    done = {row[0] for row in db.execute("SELECT name FROM _migrations")}
    return [m.__name__.lstrip("_") for m in MIGRATIONS if m.__name__.lstrip("_") not in done]
