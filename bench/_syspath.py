"""Imported first by every bench script, before anything from the project.

Run as `python bench/<name>.py`, the script's folder leads sys.path, so bench/graph.py and
bench/ingest.py would shadow the `graph` and `ingest` packages. This puts the repository root in
the folder's place, so the project's packages (of this checkout) are found first.
"""

import sys
from pathlib import Path

_HERE = Path(__file__).resolve().parent
sys.path[:] = [str(_HERE.parent)] + [p for p in sys.path if Path(p or ".").resolve() != _HERE]
