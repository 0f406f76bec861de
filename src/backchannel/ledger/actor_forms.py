"""Who is who across articles, decided the same way whatever order the articles came in.

Each article's actors are stored as mentions. Mentions with the same kind, normalised name, country and
aliases share a *name form*, and actors are a partition of the forms: forms that can name one actor
(``compatible``) are linked, and each linked set is split by ``partition``, which looks at the set alone,
never at the order its forms arrived in. Adding or removing an article re-partitions only the sets its
forms belong to; an article that brings no new form changes no actor's membership at all.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .identity import norm, same_person_name

if TYPE_CHECKING:
    from .dialect import Ledger as Database


@dataclass(frozen=True)
class Form:
    id: int
    signature: str
    kind: str
    name: str  # normalised
    country: str | None
    keys: frozenset[str]
    actor_id: int | None


def form_keys(kind: str, name: str, country: str | None, aliases: Iterable[str]) -> set[str]:
    """The keys a form is found by: its normalised names, a person's surname, a country's code."""
    keys = {k for k in (norm(n) for n in [name, *aliases]) if k}
    if kind == "person" and norm(name):
        keys.add("~" + norm(name).split()[-1])
    if kind == "country" and country:
        keys.add("country:" + country)
    return keys


def signature(kind: str, name: str, country: str | None, aliases: Iterable[str], unique: str | None) -> str:
    """What makes two mentions one form; ``unique`` keeps every anonymous source its own."""
    alias_keys = sorted({k for k in (norm(a) for a in aliases) if k})
    return json.dumps([kind, norm(name), country, alias_keys, unique], ensure_ascii=False)


def compatible(a: Form, b: Form) -> bool:
    """Whether two forms can name the same actor (symmetric)."""
    if a.kind != b.kind or a.kind == "anonymous":
        return False
    if a.country and b.country and a.country != b.country:
        return False
    if a.kind == "country" and a.country and b.country:
        return True
    if a.kind == "person":
        return same_person_name(a.name, b.name) or a.name in b.keys or b.name in a.keys
    return bool(a.keys & b.keys)


def _order(form: Form) -> tuple[int, str, str, str]:
    """Fullest name first; the rest only makes the order total."""
    return (-len(form.name.split()), form.name, form.country or "", form.signature)


def partition(forms: Iterable[Form]) -> list[list[Form]]:
    """Forms grouped into actors. Each form, fullest first, joins the one group whose leading form it is
    compatible with (and whose countries agree with its own); a form that fits several groups equally
    ("Clinton" beside Hillary and Bill) stands alone rather than guess, unless its country or an article
    that used this very name for one of them settles it."""
    groups: list[list[Form]] = []
    for form in sorted(forms, key=_order):
        fits = [
            g
            for g in groups
            if compatible(g[0], form) and not any(form.country and m.country and m.country != form.country for m in g)
        ]
        if len(fits) > 1 and form.country:
            fits = [g for g in fits if g[0].country == form.country] or fits
        if len(fits) > 1:  # an article that used this very name for one of them settles it
            fits = [g for g in fits if any(form.name in m.keys for m in g)] or fits
        if len(fits) == 1:
            fits[0].append(form)
        else:
            groups.append([form])
    return groups


def form_for(
    db: Database, *, kind: str, name: str, country: str | None, aliases: list[str], unique: str | None
) -> tuple[int, bool]:
    """The id of the form for these names (created if new) and whether it was created."""
    sig = signature(kind, name, country, aliases, unique)
    row = db.execute("SELECT id FROM name_forms WHERE signature = ?", [sig]).fetchone()
    if row:
        return row[0], False
    keys = sorted(form_keys(kind, name, country, aliases))
    form_id = db.insert(
        "INSERT INTO name_forms (signature, kind, name, country, keys) VALUES (?, ?, ?, ?, ?)",
        [sig, kind, norm(name), country, json.dumps(keys, ensure_ascii=False)],
    )
    for key in keys:
        db.execute("INSERT OR IGNORE INTO form_keys (key, form_id) VALUES (?, ?)", [key, form_id])
    return form_id, True


def load_forms(db: Database, ids: Iterable[int]) -> dict[int, Form]:
    ids = list(ids)
    out: dict[int, Form] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        rows = db.execute(
            f"SELECT id, signature, kind, name, country, keys, actor_id FROM name_forms"
            f" WHERE id IN ({','.join('?' * len(chunk))})",
            chunk,
        ).fetchall()
        for fid, sig, kind, name, country, keys, actor_id in rows:
            out[fid] = Form(fid, sig, kind, name, country, frozenset(json.loads(keys)), actor_id)
    return out


def closure(db: Database, seeds: Iterable[int]) -> set[int]:
    """Every form linked to the seeds, directly or through others."""
    known = load_forms(db, set(seeds))
    todo = list(known.values())
    seen = set(known)
    while todo:
        form = todo.pop()
        keys = sorted(form.keys)
        rows = db.execute(
            f"SELECT DISTINCT k.form_id FROM form_keys k JOIN name_forms f ON f.id = k.form_id"
            f" WHERE k.key IN ({','.join('?' * len(keys))}) AND f.kind = ?",
            [*keys, form.kind],
        ).fetchall()
        fresh = load_forms(db, [r[0] for r in rows if r[0] not in seen])
        for other in fresh.values():
            if compatible(form, other):
                seen.add(other.id)
                todo.append(other)
    return seen


def plan_actors(db: Database, form_ids: set[int]) -> dict[int, int]:
    """The actor each form in ``form_ids`` (a union of linked sets) belongs to, reusing the actor ids the
    forms had where a group keeps most of one; actor rows are created for groups that need a new one."""
    forms = load_forms(db, form_ids)
    plan: dict[int, int] = {}
    used: set[int] = set()
    for group in partition(forms.values()):
        held = Counter(f.actor_id for f in group if f.actor_id is not None and f.actor_id not in used)
        if held:
            actor_id = min(held, key=lambda a: (-held[a], a))
        else:
            lead = group[0]
            actor_id = db.insert("INSERT INTO actors (name, kind) VALUES (?, ?)", [lead.name, lead.kind])
        used.add(actor_id)
        for form in group:
            plan[form.id] = actor_id
    return plan


def summarise_actor(db: Database, actor_id: int) -> bool:
    """Recompute an actor's name, aliases, titles, country, relay and dates from its mentions.

    Returns False (and leaves the row for the caller to delete) when no mention names it any more.
    """
    rows = db.execute(  # one row per distinct way of naming it, with how often it was used
        "SELECT m.name, m.kind, m.country, m.titles, m.aliases, v.actor_id, f.name, count(*),"
        " min(a.published), max(a.published) FROM mentions m JOIN name_forms f ON f.id = m.form_id"
        " JOIN articles a ON a.id = m.article_id"
        " LEFT JOIN mentions vm ON vm.id = m.via_mention LEFT JOIN name_forms v ON v.id = vm.form_id"
        " WHERE f.actor_id = ? GROUP BY m.name, m.kind, m.country, m.titles, m.aliases, v.actor_id, f.name",
        [actor_id],
    ).fetchall()
    if not rows:
        return False
    fullest = max(len(r[6].split()) for r in rows)
    spellings: Counter[str] = Counter()
    richness: dict[str, int] = {}
    aliases_used: set[str] = set()
    titles: Counter[str] = Counter()
    countries: Counter[str] = Counter()
    vias: Counter[int] = Counter()
    for name, _, country, title_list, alias_list, via, form_name, uses, _, _ in rows:
        aliases = json.loads(alias_list)
        if len(form_name.split()) == fullest:
            spellings[name] += uses
        richness[name] = max(richness.get(name, 0), len(aliases))
        aliases_used.update([name, *aliases])
        for title in dict.fromkeys(json.loads(title_list)):
            titles[title] += uses
        if country:
            countries[country] += uses
        if via is not None and via != actor_id:
            vias[via] += uses
    name = min(spellings, key=lambda s: (-spellings[s], -richness[s], s))  # most used, then with most aliases
    aliases = sorted(a for a in aliases_used if a and a != name)
    dates = [d for r in rows for d in (r[8], r[9]) if d]
    db.execute(
        "UPDATE actors SET name = ?, kind = ?, country = ?, titles = ?, aliases = ?, via = ?, first_seen = ?,"
        " last_seen = ? WHERE id = ?",
        [
            name,
            rows[0][1],
            min(countries, key=lambda c: (-countries[c], c)) if countries else None,
            json.dumps(sorted(titles, key=lambda t: (-titles[t], t)), ensure_ascii=False),
            json.dumps(aliases, ensure_ascii=False),
            min(vias, key=lambda v: (-vias[v], v)) if vias else None,
            min(dates) if dates else None,
            max(dates) if dates else None,
            actor_id,
        ],
    )
    db.execute("DELETE FROM actor_names WHERE actor_id = ?", [actor_id])
    for alias in [name, *aliases]:
        if key := norm(alias):
            db.execute("INSERT OR IGNORE INTO actor_names (name, actor_id) VALUES (?, ?)", [key, actor_id])
    return True
