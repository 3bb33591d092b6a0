"""Shared fixtures: paths to the test data, the sample edition and the shared corpora."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
SOURCE = ROOT / "source"
CORPORA = ROOT.parent / "shared" / "corpora"

# CI runs the property tests with more examples, drawn the same way each run so that a landing
# is judged on the code alone (a random draw would make CI's verdict flaky); locally they stay
# quick and random, which is where new counterexamples are found.
settings.register_profile("ci", max_examples=200, deadline=None, derandomize=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", max_examples=60, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("ci" if os.environ.get("CI") else "dev")


@pytest.fixture
def data_dir() -> Path:
    return DATA


@pytest.fixture
def sample_edition() -> Path:
    return SOURCE / "edition.yaml"


@pytest.fixture
def corpora() -> Path:
    if not CORPORA.is_dir():
        pytest.skip(f"the shared corpora are not at {CORPORA}")
    return CORPORA
