"""Refresh the vendored Leaflet, its plugins and jQuery in core/static/vendor/ from the npm registry.

The files are committed and installed as package data, so nobody needs this script (or npm) to
run the app; it exists only to move to a newer version: edit PACKAGES, run
`python scripts/fetch_assets.py --refresh`, check the map, commit the folder and update
data/SOURCES.md.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

VENDOR = Path(__file__).resolve().parent.parent / "core" / "static" / "vendor"
PACKAGES = {
    "leaflet@1.9.4": ["dist/leaflet.js", "dist/leaflet.css", "dist/images/layers.png", "dist/images/layers-2x.png",
                      "dist/images/marker-icon.png", "dist/images/marker-icon-2x.png", "dist/images/marker-shadow.png"],
    "leaflet.markercluster@1.5.3": ["dist/leaflet.markercluster.js", "dist/MarkerCluster.css",
                                    "dist/MarkerCluster.Default.css"],
    "leaflet.heat@0.2.0": ["dist/leaflet-heat.js"],
    "jquery@3.7.1": ["dist/jquery.min.js"],
}
_LICENCE_NAMES = ("LICENSE", "LICENCE", "MIT-LICENSE", "MIT-LICENCE")


def target(f: str) -> Path:
    """Where a package's `dist/...` file goes: the same path under VENDOR, so CSS finds its images."""
    return VENDOR / Path(f).relative_to("dist")


def is_licence(member: str) -> bool:
    """A licence file at the top of an npm package (LICENSE, LICENSE.txt, MIT-LICENCE.txt...)."""
    parts = Path(member).parts
    return len(parts) == 2 and parts[1].upper().split(".")[0] in _LICENCE_NAMES


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--refresh", action="store_true", help="fetch again even if the files are there")
    args = parser.parse_args(argv)
    if not args.refresh and all(target(f).exists() for files in PACKAGES.values() for f in files):
        print(f"assets already in {VENDOR} (committed); --refresh fetches them again from npm")
        return 0
    npm = shutil.which("npm")
    if not npm:
        print("npm is needed to refresh the vendored JavaScript (apt-get install npm)", file=sys.stderr)
        return 2
    VENDOR.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([npm, "pack", "--silent", *PACKAGES], cwd=tmp, check=True, capture_output=True)
        for spec, files in PACKAGES.items():
            name, version = spec.rsplit("@", 1)
            with tarfile.open(Path(tmp) / f"{name}-{version}.tgz") as tar:
                for f in files:
                    target(f).parent.mkdir(parents=True, exist_ok=True)
                    target(f).write_bytes(tar.extractfile(f"package/{f}").read())
                for member in tar.getmembers():
                    if is_licence(member.name):
                        (VENDOR / f"{name}.LICENSE.txt").write_bytes(tar.extractfile(member).read())
    print(f"fetched {', '.join(PACKAGES)} into {VENDOR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
