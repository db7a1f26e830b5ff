"""Paths for the Python tests, from the environment ctest sets (python/CMakeLists.txt):
WINNOW_CLI (the winnow binary), WINNOW_SHARED (the shared dev corpora, optional); the module
itself is found through PYTHONPATH (build/python)."""
import glob
import gzip
import os
import subprocess

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLES = os.path.join(ROOT, "samples")


@pytest.fixture(scope="session")
def cli():
    path = os.environ.get("WINNOW_CLI")
    if not path or not os.path.exists(path):
        pytest.fail("WINNOW_CLI must name the winnow binary (ctest sets it)")
    return path


@pytest.fixture(scope="session")
def shb_dev():
    """(name, page bytes) of the shb-dev pages, decompressed; the folder as second value."""
    folder = os.path.join(os.environ.get("WINNOW_SHARED", ""), "corpus", "shb-dev", "html")
    files = sorted(glob.glob(os.path.join(folder, "*.html.gz")))
    if not files:
        pytest.skip("shb-dev corpus not found (WINNOW_SHARED)")
    pages = []
    for f in files:
        with gzip.open(f, "rb") as g:
            pages.append((os.path.basename(f), g.read()))
    return pages, folder


def run_cli(cli, *args, stdin=None, rc=0):
    proc = subprocess.run([cli, *args], input=stdin, capture_output=True)
    assert proc.returncode == rc, proc.stderr.decode("utf-8", "replace")
    return proc.stdout
