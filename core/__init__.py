"""incident-map core: extraction, gazetteer, map building, exports and storage (no Streamlit)."""
from pathlib import Path

__version__ = "0.1.0"
ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
