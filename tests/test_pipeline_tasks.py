"""How ``extract --workers N`` hands articles to its workers: batches, and the last articles one by one."""

from __future__ import annotations

import gc

import pytest

from backchannel import nlp as nlp_module
from backchannel.pipeline import _tasks


@pytest.mark.parametrize("count", [0, 1, 3, 4, 5, 8, 9, 13, 21, 84])
def test_every_item_once_in_input_order(count: int) -> None:
    tasks = list(_tasks(iter(range(count)), 4, tail=4))
    assert [item for task in tasks for item in task] == list(range(count))


def test_batches_first_and_the_last_items_alone() -> None:
    assert [len(task) for task in _tasks(iter(range(21)), 4, tail=4)] == [4, 4, 4, 4, 1, 1, 1, 1, 1]
    assert [len(task) for task in _tasks(iter(range(3)), 4, tail=4)] == [1, 1, 1]


def test_input_is_read_as_it_comes() -> None:
    read: list[int] = []

    def items():
        for i in range(100):
            read.append(i)
            yield i

    tasks = _tasks(items(), 4, tail=4)
    assert next(tasks) == [0, 1, 2, 3]
    assert len(read) == 8  # a batch and the tail held back, not the whole input


def test_the_loaded_model_is_kept_out_of_the_collectors_way() -> None:
    nlp_module.load()
    assert gc.get_freeze_count() > 0
