"""A case of our own (tests/evaluation/helpers.py) and a session on its store."""

import pytest

from tests.evaluation.helpers import START, build_case  # noqa: F401 - START for the tests


@pytest.fixture
def eval_case(store):
    return build_case(store.db)


@pytest.fixture
def session(store, eval_case):
    from desktop_app.session import Session

    return Session(store)
