"""Goal Attainment Scaling (Kiresuk & Sherman 1968; DOMAIN.md).

Per goal five described levels: -2 much less than expected, -1 less than expected,
0 the expected level (the goal), +1 better, +2 much better. The summary T-score

    T = 50 + 10 * sum(w_i x_i) / sqrt((1 - rho) * sum(w_i^2) + rho * (sum w_i)^2)

with rho = 0.3, the assumed correlation between goal scores. T = 50 when every goal
is met exactly; about 10 points per standard deviation above or below."""

from __future__ import annotations

import math
from collections.abc import Sequence

LEVELS: tuple[int, ...] = (-2, -1, 0, 1, 2)
RHO = 0.3
LEVEL_NAMES = {
    -2: "veel minder dan verwacht",
    -1: "minder dan verwacht",
    0: "verwacht niveau (het doel)",
    1: "beter dan verwacht",
    2: "veel beter dan verwacht",
}


def t_score(levels: Sequence[int], weights: Sequence[float] | None = None,
            rho: float = RHO) -> float | None:
    """The weighted GAS T-score; None when there are no scored goals.
    Goals with weight 0 do not count."""
    if weights is None:
        weights = [1] * len(levels)
    if len(weights) != len(levels):
        raise ValueError("one weight per goal")
    pairs = [(w, x) for w, x in zip(weights, levels, strict=True) if x is not None and w]
    for w, x in pairs:
        if x not in LEVELS:
            raise ValueError(f"GAS level must be -2..2, not {x!r}")
        if w < 0:
            raise ValueError("weights must be positive")
    if not pairs:
        return None
    sum_wx = sum(w * x for w, x in pairs)
    sum_w = sum(w for w, _ in pairs)
    sum_w2 = sum(w * w for w, _ in pairs)
    return 50 + 10 * sum_wx / math.sqrt((1 - rho) * sum_w2 + rho * sum_w ** 2)
