"""From an article to its record: analyse once, then run each extractor.

``extract_items`` is the whole job behind ``backchannel extract``: it keeps
input order, turns any failure into an error record for that input, and can
spread the work over several processes, each loading the model once.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from . import nlp as nlp_module
from .extract.actors import find_actors
from .extract.events import find_events
from .extract.quotes import find_quotes
from .readers import Item
from .records import Article, ArticleRecord, error_record

CHUNK = 4
"""Articles handed to a worker at a time: small, so order-keeping stays cheap."""


def analysable_text(article: Article) -> str:
    """The text with boilerplate blanked out, same length so offsets hold."""
    text = article.text
    if not article.boilerplate:
        return text
    chars = list(text)
    for span in article.boilerplate:
        for i in range(span.start, span.end):
            if chars[i] not in "\n\r":
                chars[i] = " "
    return "".join(chars)


def parse(article: Article, nlp: Language) -> Doc:
    return nlp(analysable_text(article))


def extract_article(article: Article, nlp: Language) -> ArticleRecord:
    """Everything backchannel reads out of one article."""
    doc = parse(article, nlp)
    actors = find_actors(doc, article)
    quotes = find_quotes(doc, article, actors)
    events = find_events(doc, article, actors, quotes)
    return ArticleRecord(article=article, actors=actors.actors, quotes=quotes, events=events)


def record_for(item: Item, nlp: Language) -> dict[str, Any]:
    """The JSON record for one input item, an error record if anything fails."""
    if item.article is None:
        return error_record(item.source, item.error or "unreadable input", article_id=item.article_id)
    try:
        return extract_article(item.article, nlp).to_dict()
    except Exception as err:
        return error_record(item.source, f"extraction failed: {type(err).__name__}: {err}", article_id=item.article.id)


_worker_model: str | None = None


def _init_worker(model: str | None) -> None:
    global _worker_model
    _worker_model = model
    nlp_module.load(model)


def _work(item: Item) -> dict[str, Any]:
    return record_for(item, nlp_module.load(_worker_model))


def extract_items(items: Iterable[Item], *, model: str | None = None, workers: int = 1) -> Iterator[dict[str, Any]]:
    """Records for ``items`` in input order, using ``workers`` processes."""
    if workers <= 1:
        nlp = nlp_module.load(model)
        for item in items:
            yield record_for(item, nlp)
        return
    ctx = multiprocessing.get_context(
        "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    )
    with ctx.Pool(workers, initializer=_init_worker, initargs=(model,)) as pool:
        yield from pool.imap(_work, items, chunksize=CHUNK)
