"""The demo history, feature by feature: one ordered list of (generator step,
writer) pairs, the only place that wires the demo together.

A step (core, pure) adds to each generated `DemoFamily` (`demo.extras`); it runs
after core.demo.BASE_STEPS (address, household, cases), in this order. A writer
stores one batch – (family_id, DemoFamily) pairs – inside the batch transaction of
store.demo.fill_demo, after the families, persons and cases, in this order. Each
step draws from its own random stream, so adding a pair at the end leaves the
data of the others as it was; moving one changes the data.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sqlite_utils import Database

from ..core.demo import BASE_STEPS, DemoFamily, Step
from ..core.demo_evaluation import step_evaluations
from ..core.demo_intake import step_intake
from ..core.demo_results import step_results
from .demo_coordination import write_decisions
from .demo_evaluation import write_evaluations
from .demo_intake import write_intakes
from .demo_results import write_results

Writer = Callable[[Database, list[tuple[int, DemoFamily]]], None]
Feature = tuple[Step | None, Writer]

FEATURES: tuple[Feature, ...] = (
    # Results, actions, deployments (and the fictional catalog they use).
    (step_results, write_results),
    # Evaluations refer to the results and deployments above.
    (step_evaluations, write_evaluations),
    (step_intake, write_intakes),
    # No step of its own: the decision is derived from what the case has, so it
    # reads the deployments written above (core.demo_coordination.decisions_for).
    (None, write_decisions),
)


def steps_of(features: Sequence[Feature] = FEATURES) -> tuple[Step, ...]:
    """BASE_STEPS, then the features' steps, in order."""
    return BASE_STEPS + tuple(step for step, _ in features if step is not None)


def writers_of(features: Sequence[Feature] = FEATURES) -> tuple[Writer, ...]:
    return tuple(writer for _, writer in features)


STEPS = steps_of()
