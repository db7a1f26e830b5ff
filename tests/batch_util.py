"""Helpers shared by the batch CLI tests (tests/test_batch_*.py)."""
import glob
import gzip
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = os.path.join(os.path.dirname(HERE), "samples")


def sample_pages():
    """(name, bytes) of the sample HTML pages."""
    out = []
    for path in sorted(glob.glob(os.path.join(SAMPLES, "*.html"))):
        with open(path, "rb") as f:
            out.append((os.path.basename(path), f.read()))
    assert out, "no samples/*.html"
    return out


def run(winnow, *args, stdin=None, check_rc=None, env=None, cwd=None):
    proc = subprocess.run([os.path.abspath(winnow), *args], input=stdin, capture_output=True, env=env, cwd=cwd)
    if check_rc is not None and proc.returncode != check_rc:
        sys.stderr.write(proc.stderr.decode("utf-8", "replace"))
        raise AssertionError(f"winnow {' '.join(map(str, args))}: exit {proc.returncode}, wanted {check_rc}")
    return proc


def parse_xml(path):
    with open(path, "rb") as f:
        return ET.fromstring(f.read())


def tree_files(root):
    """Relative paths (bytes) of all files under root, symlinks not followed."""
    root_b = os.fsencode(root)
    out = set()
    for dirpath, dirnames, filenames in os.walk(root_b):
        for n in filenames:
            out.add(os.path.relpath(os.path.join(dirpath, n), root_b))
    return out


def temp_files(root):
    return [p for p in tree_files(root) if b".winnow-tmp" in p]


class TempDir:
    def __enter__(self):
        self.path = tempfile.mkdtemp(prefix="winnow-batch-")
        return self.path

    def __exit__(self, *exc):
        # Make everything removable again (unreadable files and folders).
        for dirpath, dirnames, filenames in os.walk(self.path):
            for n in dirnames:
                p = os.path.join(dirpath, n)
                if not os.path.islink(p):
                    os.chmod(p, 0o755)
        shutil.rmtree(self.path, ignore_errors=True)


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


def gz(data):
    return gzip.compress(data, mtime=0)


class Checks:
    """Collects failures so one run reports all of them."""

    def __init__(self, name):
        self.name = name
        self.failures = []
        self.count = 0

    def check(self, cond, what):
        self.count += 1
        if not cond:
            self.failures.append(what)
            print(f"FAIL: {what}", file=sys.stderr)

    def finish(self):
        if self.failures:
            print(f"{self.name}: {len(self.failures)} of {self.count} checks failed", file=sys.stderr)
            sys.exit(1)
        print(f"{self.name}: all {self.count} checks passed")
        sys.exit(0)
