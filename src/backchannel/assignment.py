"""The best one-to-one pairing of two lists under pair weights (the assignment problem).

The accuracy gate pairs gold events with predicted ones. Taking each gold event's best candidate in turn can
give a prediction to an early gold event that a later one needed, when another prediction would have served
the first: the greedy pairing then counts a miss the extraction did not make. This finds the pairing of the
greatest total weight instead, by the Hungarian method with row and column potentials, in O(n² m).
"""

from __future__ import annotations

from collections.abc import Sequence

INFINITY = float("inf")


def best_pairs(weights: Sequence[Sequence[float | None]]) -> list[tuple[int, int]]:
    """Pairs (row, column) of the greatest total weight, each row and column used at most once.

    ``weights[r][c]`` is the worth of pairing row ``r`` with column ``c``, or None where they may not pair; a
    row may stay unpaired. Weights must be positive for a pair to be worth taking.
    """
    rows = len(weights)
    columns = len(weights[0]) if rows else 0
    if not rows or not columns:
        return []
    size = max(rows, columns)
    # a square matrix of costs to minimise; a forbidden pair, or a padding cell, costs what staying unpaired does
    cost = [[0.0] * size for _ in range(size)]
    for r in range(rows):
        for c in range(columns):
            w = weights[r][c]
            cost[r][c] = -w if w is not None else 0.0
    owner = _hungarian(cost)
    return sorted(
        (r, c) for c, r in enumerate(owner) if r is not None and r < rows and c < columns and weights[r][c] is not None
    )


def _hungarian(cost: list[list[float]]) -> list[int | None]:
    """For each column of a square cost matrix, the row assigned to it in an assignment of least total cost."""
    n = len(cost)
    row_potential = [0.0] * (n + 1)
    column_potential = [0.0] * (n + 1)
    owner = [0] * (n + 1)  # owner[c]: the row (1-based) that column c holds; column 0 is the free slot
    for row in range(1, n + 1):
        owner[0] = row
        column = 0
        slack = [INFINITY] * (n + 1)
        previous = [0] * (n + 1)
        used = [False] * (n + 1)
        while owner[column] != 0:
            used[column] = True
            r = owner[column]
            delta, nearest = INFINITY, 0
            for c in range(1, n + 1):
                if used[c]:
                    continue
                reduced = cost[r - 1][c - 1] - row_potential[r] - column_potential[c]
                if reduced < slack[c]:
                    slack[c], previous[c] = reduced, column
                if slack[c] < delta:
                    delta, nearest = slack[c], c
            for c in range(n + 1):
                if used[c]:
                    row_potential[owner[c]] += delta
                    column_potential[c] -= delta
                else:
                    slack[c] -= delta
            column = nearest
        while column:  # turn the augmenting path
            before = previous[column]
            owner[column] = owner[before]
            column = before
    return [owner[c] - 1 if owner[c] else None for c in range(1, n + 1)]
