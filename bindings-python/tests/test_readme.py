"""The READMEs' Python examples (the repository's and this package's) run
as tests (as the Rust ones run as doctests), so the documentation cannot
drift from the API."""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
PACKAGE_README = ROOT / "bindings-python" / "README.md"


def blocks(path: Path) -> list:
    return re.findall(r"```python\n(.*?)```", path.read_text(encoding="utf-8"), re.S)


BLOCKS = [(README, code) for code in blocks(README)]
PACKAGE_BLOCKS = [(PACKAGE_README, code) for code in blocks(PACKAGE_README)]


def test_readme_has_python_examples() -> None:
    assert BLOCKS, "README.md has no ```python block"
    assert PACKAGE_BLOCKS, "bindings-python/README.md has no ```python block"


@pytest.mark.parametrize(
    "path,code",
    BLOCKS + PACKAGE_BLOCKS,
    ids=[f"block{i}" for i in range(len(BLOCKS))]
    + [f"package-block{i}" for i in range(len(PACKAGE_BLOCKS))],
)
def test_readme_block_runs(path: Path, code: str) -> None:
    exec(compile(code, str(path), "exec"), {"__name__": "readme"})
