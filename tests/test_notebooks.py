"""The notebooks run top to bottom (nbclient) on the embedded backend, over the corpus, and draw their figures."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from graph.store import GraphStore

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"
# figures each notebook must draw (image/png outputs)
FIGURES = {"planner_tour.ipynb": 3, "indicators.ipynb": 2, "graph_analysis.ipynb": 3}


def _images(nb) -> int:
    return sum("image/png" in out.get("data", {}) for cell in nb.cells if cell.cell_type == "code" for out in cell.outputs)


def _text(nb) -> str:
    return "".join(out.get("text", "") for cell in nb.cells if cell.cell_type == "code" for out in cell.outputs)


@pytest.mark.parametrize("name", sorted(FIGURES))
def test_notebook_is_stored_without_outputs(name: str) -> None:
    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    assert all(not c.get("outputs") and not c.get("execution_count") for c in nb.cells if c.cell_type == "code")


@pytest.mark.parametrize("name", sorted(FIGURES))
def test_notebook_runs_and_draws(name: str, falkordb_corpus: GraphStore, data_dir: Path,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    # the kernel inherits this environment: the app starts in-process on the session's embedded server and corpus graph
    monkeypatch.delenv("KG_API_URL", raising=False)
    monkeypatch.delenv("KG_GRAPH_URI", raising=False)
    monkeypatch.setenv("KG_DATA_DIR", str(data_dir))
    monkeypatch.setenv("KG_GRAPH_NAME", "corpus")
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOKS)}}).execute()
    assert _images(nb) >= FIGURES[name]
    nodes = sum(falkordb_corpus.read("MATCH (n:Entity) RETURN count(n) AS c")[0].values())
    assert f"{nodes} nodes" in _text(nb), "the notebook did not read the corpus graph"
