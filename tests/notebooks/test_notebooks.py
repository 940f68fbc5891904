"""Every notebook runs top to bottom on a fresh store, so the walkthroughs cannot rot."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOKS = sorted((Path(__file__).parents[2] / "notebooks").glob("*.ipynb"))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebook_runs(path, tmp_path, monkeypatch):
    monkeypatch.setenv("PROXYGRAPH_HOME", str(tmp_path))
    nb = nbformat.read(path, as_version=4)
    NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}).execute()
    text = "\n".join(
        out.get("text", "") for cell in nb.cells if cell.cell_type == "code" for out in cell.get("outputs", [])
    )
    if path.name.startswith("01-"):
        assert "kataib-hezbollah (ArmedGroup" in text
        assert "CONTESTED" in text
        assert (tmp_path / "graph.json").exists() and (tmp_path / "proxygraph.gexf").exists()


def test_there_is_a_walkthrough():
    assert any(p.name.startswith("01-") for p in NOTEBOOKS)
