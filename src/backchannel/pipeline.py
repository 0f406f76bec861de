"""From an article to its record: analyse once, then run each extractor.

``extract_items`` is the whole job behind ``backchannel extract``: it keeps
input order, turns any failure into an error record for that input, and can
spread the work over several processes, each loading the model once.
"""

from __future__ import annotations

import multiprocessing
import re
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from . import nlp as nlp_module
from .datelines import DATELINE, TIME_STAMP, blanked_dateline, colon_dateline_span, story_dateline_start
from .extract import trace
from .extract.actor_words import keep_headline_lines
from .extract.actors import find_actors
from .extract.archive_dashes import archive_dashes
from .extract.description_forms import add_description_forms
from .extract.events import find_events
from .extract.government_names import name_the_home_government, state_of_owned_groups
from .extract.line_wraps import unwrapped
from .extract.name_tidying import tidy_names
from .extract.possessive_marks import straight_possessives
from .extract.quotemarks import archive_quote_marks
from .extract.quotes import find_quotes, told, with_passed_on
from .extract.states_then import name_states_then
from .extract.story_days import keep_blog_entries
from .extract.transcripts import label_spans
from .readers import Item
from .records import Article, ArticleRecord, Span, error_record

BATCH = 4
"""Articles parsed together (``nlp.pipe``) and handed to a worker at a time. Fewer cost more: the model reads a
batch of one about a tenth slower per article than one of four; more hold more memory (about 25 MB per article
of 1,000 words in the batch, most of it the token-to-vector layers' arrays)."""


DATELINE_WITHIN = 1000
"""A dateline opens the story: only the first one, near the top, is one, unless it has a wire's marks."""


LOW_COMMA = re.compile(r"(?<=\w)\u201a(?=\s)")
"""A low single quote mark between a word and a space: a comma some sites' pages carry as that mark (the same
byte in Windows' Western code page), which the tagger ran into the word before ("Jonas‚ who …")."""


GLUING_UNDERSCORE = re.compile(r"(?<=[)\].,:;])_(?=[A-Z])")
"""An underscore that glues a credit to the sentence after it, as some sites' exports print it ("Afghan Voice Agency
(AVA)_Sheikh Mohammed …"): a space, or the tagger runs the credit into the name."""


def analysable_text(article: Article) -> str:
    """The text as the parser sees it: boilerplate and datelines blanked out, low quote marks that stand for commas
    made commas, underscores that glue a credit to a sentence made spaces, an old wire's " _ " dash made an en dash
    (rule actor.archive-dash), a wrapped text's line breaks inside its sentences made spaces (rule
    quote.hard-wrapped), same length so offsets hold.

    A dateline parsed as part of the first sentence makes its place the subject ("SEOUL — A summit could …"), and a
    transcript's label that of the turn's first sentence.
    """
    text = archive_dashes(GLUING_UNDERSCORE.sub(" ", LOW_COMMA.sub(",", article.text)))
    text = archive_quote_marks(straight_possessives(text))
    spans = [(span.start, span.end) for span in article.boilerplate]
    story = story_dateline_start(text)
    for n, dateline in enumerate(DATELINE.finditer(text)):
        opening = (n == 0 or dateline.start() == story) and dateline.start() < DATELINE_WITHIN
        if blanked_dateline(dateline, opening):
            spans.append(dateline.span())
    if story is None and (colon := colon_dateline_span(text)) is not None:
        spans.append(colon)
    spans += [m.span() for m in TIME_STAMP.finditer(text)]
    spans += label_spans(text)  # "MWANGI:" before a transcript's turn
    plain = unwrapped(text)
    if not spans:
        return plain
    chars = list(plain)
    for start, end in spans:
        if start and text[start - 1] == "\n":
            chars[start - 1] = "\n"  # a wrapped wire's dateline still opens its line: no headline runs into it
        for i in range(start, end):
            if chars[i] not in "\n\r":
                chars[i] = " "
    return "".join(chars)


def extract_article(article: Article, nlp: Language) -> ArticleRecord:
    """Everything backchannel reads out of one article."""
    return extract_parsed(article, nlp(analysable_text(article)))


def extract_parsed(article: Article, doc: Doc) -> ArticleRecord:
    keep_blog_entries(doc, article.text)  # their time stamps are blanked in the parsed text
    keep_headline_lines(doc, article.text, article.title)
    actors = find_actors(doc, article)
    quotes = find_quotes(doc, article, actors)
    events = find_events(doc, article, actors, quotes)
    quotes = with_passed_on(doc, article, actors, quotes)  # after the events: they read the quotes without these
    name_states_then(actors.actors, article.text, article.published)
    name_the_home_government(actors)
    state_of_owned_groups(actors)
    add_description_forms(actors.actors)  # after the events: a name for the reader, not for finding parties
    tidy_names(actors.actors)
    return ArticleRecord(article=article, actors=actors.actors, quotes=told(quotes), events=events)


def explained(article: Article, doc: Doc) -> dict[str, Any]:
    """The record with its ``explain`` field: the rules behind each event and the verdict on every candidate."""
    with trace.candidates() as seen:
        record = extract_parsed(article, doc)
    out = record.to_dict()
    out["explain"] = explanation(record, doc, seen)
    return out


def explanation(record: ArticleRecord, doc: Doc, seen: list[trace.Candidate]) -> dict[str, Any]:
    """The ``explain`` field: each event's and each quote's rule ids, and each candidate trigger with its final
    verdict."""
    verdicts: dict[int, trace.Candidate] = {}
    for candidate in seen:  # a mention dropped while merging is judged again: the last verdict stands
        earlier = verdicts.get(candidate.token)
        if earlier is not None:
            candidate.rules = list(dict.fromkeys(earlier.rules + candidate.rules))
        verdicts[candidate.token] = candidate
    sentence_of = {s.start: n for n, s in enumerate(doc.sents)}
    candidates = []
    for candidate in sorted(verdicts.values(), key=lambda c: c.token):
        token = doc[candidate.token]
        candidates.append(
            {
                **Span.of(record.article.text, token.idx, token.idx + len(token.text)).to_dict(),
                "sentence": sentence_of[token.sent.start],
                "accepted": candidate.accepted,
                "rules": candidate.rules,
            }
        )
    return {
        "events": {e.id: e.rules for e in record.events},
        "quotes": {q.id: q.rules for q in record.quotes},
        "candidates": candidates,
    }


def records_for(items: list[Item], nlp: Language, *, explain: bool = False) -> list[dict[str, Any]]:
    """JSON records for a batch of items, parsed together with ``nlp.pipe``.

    If the batch fails to parse, each article is parsed alone, so one bad text costs only its own record.
    """
    items = [_check_length(item, nlp) for item in items]
    articles = [item.article for item in items if item.article is not None]
    try:
        docs: list[Doc | None] = list(nlp.pipe(analysable_text(a) for a in articles))
    except Exception:  # an input spaCy cannot take; find which one below
        docs = [_parse_alone(a, nlp) for a in articles]
    parsed = iter(docs)
    out = []
    for item in items:
        if item.article is None:
            out.append(error_record(item.source, item.error or "unreadable input", article_id=item.article_id))
            continue
        doc = next(parsed)
        try:
            if doc is None:
                raise ValueError("the text could not be parsed")
            out.append(explained(item.article, doc) if explain else extract_parsed(item.article, doc).to_dict())
        except Exception as err:  # one article's failure must not stop the run
            message = f"extraction failed: {type(err).__name__}: {err}"
            out.append(error_record(item.source, message, article_id=item.article.id))
    return out


def _parse_alone(article: Article, nlp: Language) -> Doc | None:
    try:
        return nlp(analysable_text(article))
    except Exception:  # reported as this article's error by the caller
        return None


def _check_length(item: Item, nlp: Language) -> Item:
    if item.article is not None and len(item.article.text) > nlp.max_length:
        message = f"article too long to analyse: {len(item.article.text)} characters (limit {nlp.max_length})"
        return Item(source=item.source, error=message, article_id=item.article.id)
    return item


_worker_model: str | None = None
_worker_explain = False


def _init_worker(model: str | None, explain: bool) -> None:
    global _worker_model, _worker_explain
    _worker_model = model
    _worker_explain = explain
    nlp_module.load(model)


def _work(batch: list[Item]) -> list[dict[str, Any]]:
    return records_for(batch, nlp_module.load(_worker_model), explain=_worker_explain)


def _batches(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    batch: list[Item] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _tasks(items: Iterable[Item], size: int, tail: int) -> Iterator[list[Item]]:
    """Batches of ``size`` for a pool of workers, the last ``tail`` items one by one.

    The run ends when the last worker does: with whole batches at the end, one worker could still be reading four
    articles after the others had finished. Items are held back only ``size + tail`` at a time, so input is still
    read as it comes.
    """
    held: deque[Item] = deque()
    for item in items:
        held.append(item)
        if len(held) >= size + tail:
            yield [held.popleft() for _ in range(size)]
    while len(held) > tail:
        yield [held.popleft() for _ in range(min(size, len(held) - tail))]
    while held:
        yield [held.popleft()]


def extract_items(
    items: Iterable[Item], *, model: str | None = None, workers: int = 1, explain: bool = False
) -> Iterator[dict[str, Any]]:
    """Records for ``items`` in input order, using ``workers`` processes; ``explain`` adds the rules."""
    if workers <= 1:
        nlp = nlp_module.load(model)
        for batch in _batches(items, BATCH):
            yield from records_for(batch, nlp, explain=explain)
        return
    methods = multiprocessing.get_all_start_methods()
    # load once here: a bad model name fails before any worker starts, and forked workers share the model
    nlp_module.load(model)
    ctx = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    with ctx.Pool(workers, initializer=_init_worker, initargs=(model, explain)) as pool:
        for records in pool.imap(_work, _tasks(items, BATCH, tail=2 * workers)):
            yield from records
