import pathlib
from typing import List, Tuple

import pytest

SAMPLES = pathlib.Path(__file__).resolve().parents[2] / "examples" / "articles"


@pytest.fixture(scope="session")
def samples() -> List[Tuple[str, str]]:
    files = sorted(SAMPLES.glob("*.txt"))
    assert files, "bundled samples exist"
    return [(f.stem, f.read_text(encoding="utf-8")) for f in files]
