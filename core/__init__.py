"""incident-map core: extraction, gazetteer, map building, exports and storage (no Streamlit)."""
from functools import lru_cache
from pathlib import Path

__version__ = "0.1.0"
ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
STATIC = Path(__file__).resolve().parent / "static"


@lru_cache(maxsize=None)
def static_script(name: str) -> str:
    """A script of core/static, read once per process: maps place it inline, so a saved map needs no server."""
    return (STATIC / name).read_text(encoding="utf-8")
