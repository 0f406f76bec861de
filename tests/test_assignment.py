"""The gate's event pairing: the one-to-one pairing of greatest total worth, checked against trying every pairing."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from backchannel.assignment import best_pairs


def test_a_later_row_keeps_the_only_column_it_can_take():
    # greedy in row order would give row 0 column 0 and leave row 1 with nothing
    weights = [[5, 4], [5, None]]
    assert best_pairs(weights) == [(0, 1), (1, 0)]


def test_no_pair_where_none_is_allowed():
    assert best_pairs([[None, None], [None, None]]) == []
    assert best_pairs([]) == []
    assert best_pairs([[]]) == []


def test_more_columns_than_rows_and_more_rows_than_columns():
    assert best_pairs([[1, 3, 2]]) == [(0, 1)]
    assert best_pairs([[1], [3], [2]]) == [(1, 0)]


def _brute_force(weights: list[list[int | None]]) -> int:
    rows, columns = len(weights), len(weights[0])
    best = 0
    for chosen in itertools.product(range(-1, columns), repeat=rows):
        taken = [c for c in chosen if c >= 0]
        if len(taken) != len(set(taken)) or any(c >= 0 and weights[r][c] is None for r, c in enumerate(chosen)):
            continue
        best = max(best, sum(weights[r][c] for r, c in enumerate(chosen) if c >= 0))
    return best


@given(
    st.integers(1, 4).flatmap(
        lambda rows: st.integers(1, 4).flatmap(
            lambda columns: st.lists(
                st.lists(st.one_of(st.none(), st.integers(1, 20)), min_size=columns, max_size=columns),
                min_size=rows,
                max_size=rows,
            )
        )
    )
)
def test_the_pairing_is_one_to_one_and_worth_the_most(weights):
    pairs = best_pairs(weights)
    assert len({r for r, _ in pairs}) == len(pairs) == len({c for _, c in pairs})
    assert all(weights[r][c] is not None for r, c in pairs)
    assert sum(weights[r][c] for r, c in pairs) == _brute_force(weights)
