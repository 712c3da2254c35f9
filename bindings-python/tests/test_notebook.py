"""Runs examples/masterplan.ipynb top to bottom in a fresh kernel.

The notebook is committed without outputs; here it is executed with the
working directory set to examples/ (its data paths are relative to it). Any
cell error fails the test, and so does a kernel that is not this
interpreter (the kernelspec's ``python`` must resolve to the venv running
the tests, or the notebook would test some other install).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
NOTEBOOK = EXAMPLES / "masterplan.ipynb"
CELL_TIMEOUT = 600  # seconds, per cell

_MARKER = "kernel-executable:"


def _outputs_text(cell) -> str:
    parts = []
    for out in cell.get("outputs", []):
        if out.get("output_type") == "stream":
            parts.append(out.get("text", ""))
        else:
            data = out.get("data", {})
            parts.append(data.get("text/plain", ""))
            parts.append(data.get("text/html", ""))
    return "\n".join(parts)


@pytest.fixture(scope="module")
def executed():
    """The notebook after a full run, with one cell appended that reports
    the kernel's interpreter."""
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nb.cells.append(
        nbformat.v4.new_code_cell(
            f"import sys\nprint({_MARKER!r}, sys.executable)", id="test-kernel-executable"
        )
    )
    client = nbclient.NotebookClient(
        nb,
        timeout=CELL_TIMEOUT,
        kernel_name="python3",
        allow_errors=False,
        resources={"metadata": {"path": str(EXAMPLES)}},
    )
    client.execute()  # raises CellExecutionError on the first failing cell
    return nb


def test_committed_without_outputs():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    assert nb.nbformat == 4
    assert nb.metadata["kernelspec"]["name"] == "python3"
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [], f"cell {cell.id} is committed with outputs"
            assert cell.execution_count is None, f"cell {cell.id} has an execution count"


def test_kernel_is_this_interpreter(executed):
    text = _outputs_text(executed.cells[-1])
    assert _MARKER in text, text
    kernel_python = text.split(_MARKER, 1)[1].strip()
    assert os.path.realpath(kernel_python) == os.path.realpath(sys.executable), (
        f"the python3 kernel runs {kernel_python}, the tests run {sys.executable}: install "
        "the kernelspec in this environment (python -m ipykernel install --sys-prefix "
        "--name python3)"
    )


def test_every_code_cell_shows_a_result(executed):
    for cell in executed.cells:
        if cell.cell_type != "code":
            continue
        assert not any(o.get("output_type") == "error" for o in cell.outputs), cell.id
        assert cell.outputs, f"cell {cell.id} shows nothing"


def test_rich_displays(executed):
    cells = {c.get("id"): c for c in executed.cells}
    # the scorecard, the Gantt chart and the catalog render as HTML with an SVG chart
    for cell_id in ("regency", "schedule", "architecture"):
        html = _outputs_text(cells[cell_id])
        assert "<svg" in html and "</svg>" in html, cell_id
    scorecard = _outputs_text(cells["regency"])
    assert "pemkab-bolmong" in scorecard and "1.43" in scorecard
    # the story's headline numbers, as the Rust example prints them
    assert "2022" in _outputs_text(cells["reaching"])
    assert "reaches 29 elements, 7 services and 10 agencies" in _outputs_text(cells["impact"])
