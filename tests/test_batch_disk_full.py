#!/usr/bin/env python3
"""-o DIR on a disk that fills mid-batch: the batch stops at the first write that finds no space
(ENOSPC): one clear error, not one per page; exit 1; every output written is whole and no
temporary file is left; once space is freed, the same command writes the rest and the folder
equals a run that never failed.

usage: test_batch_disk_full.py PATH/TO/winnow   (WINNOW_FULL_DISK_SHIM: tests/full_disk_shim.cpp)
The full disk is injected by the shim under LD_PRELOAD (writes under the output folder fail with
ENOSPC past a byte budget), on every machine; where a private mount namespace is allowed
(unshare -rm), a real small tmpfs is filled as well.
"""
import os
import shutil
import subprocess
import sys

from batch_util import Checks, TempDir, run, sample_pages, temp_files, tree_files, write

WINNOW = os.path.abspath(sys.argv[1])
c = Checks("test_batch_disk_full")

SCRIPT = r'''
set -u
mount -t tmpfs -o size="$SIZE" tmpfs "$MNT" || exit 77
"$WINNOW" -i "$SRC" -o "$MNT/out" -j "$JOBS" --no-site-profile >/dev/null 2>"$TMP/err1"; echo $? >"$TMP/rc1"
cp -a "$MNT/out" "$TMP/out1" 2>/dev/null || mkdir -p "$TMP/out1"
mount -o remount,size=64m "$MNT"
"$WINNOW" -i "$SRC" -o "$MNT/out" -j "$JOBS" --no-site-profile >/dev/null 2>"$TMP/err2"; echo $? >"$TMP/rc2"
cp -a "$MNT/out" "$TMP/out2"
'''


def block_size(n):
    return (n + 4095) // 4096 * 4096


def shim_run(src, tmp, jobs, budget):
    """The runs of SCRIPT, the disk filled by the shim: rc1/err1/out1 full, rc2/err2/out2 freed."""
    out = os.path.join(os.path.realpath(tmp), "out")
    asan = os.environ.get("ASAN_OPTIONS", "")
    full = dict(os.environ, LD_PRELOAD=SHIM, WINNOW_FULL_DISK_DIR=out, WINNOW_FULL_DISK_BYTES=str(budget),
                ASAN_OPTIONS=(asan + ":" if asan else "") + "verify_asan_link_order=0")
    for k, env in (("1", full), ("2", dict(os.environ))):
        with open(os.path.join(tmp, "err" + k), "wb") as err:
            p = subprocess.run([WINNOW, "-i", src, "-o", out, "-j", str(jobs), "--no-site-profile"],
                               env=env, stdout=subprocess.DEVNULL, stderr=err)
        write(os.path.join(tmp, "rc" + k), str(p.returncode).encode())
        shutil.copytree(out, os.path.join(tmp, "out" + k)) if os.path.isdir(out) else os.mkdir(os.path.join(tmp, "out" + k))


def test(jobs, mode):
    with TempDir() as tmp:
        src = os.path.join(tmp, "in")
        pages = sample_pages()
        count = 0
        while count < 60:
            name, data = pages[count % len(pages)]
            write(os.path.join(src, f"{count:03d}-{name}"), data)
            count += 1
        ref = os.path.join(tmp, "ref")
        run(WINNOW, "-q", "-i", src, "-o", ref, "--no-site-profile", check_rc=0)
        total = sum(block_size(os.path.getsize(os.path.join(ref, n))) for n in os.listdir(ref))
        if mode == "shim":
            shim_run(src, tmp, jobs, block_size(total // 3))
        else:
            mnt = os.path.join(tmp, "mnt")
            os.mkdir(mnt)
            env = dict(os.environ, SIZE=str(block_size(total // 3)), MNT=mnt, WINNOW=WINNOW, SRC=src, TMP=tmp, JOBS=str(jobs))
            p = subprocess.run(["unshare", "-rm", "sh", "-c", SCRIPT], env=env, capture_output=True)
            if p.returncode == 77 or not os.path.exists(os.path.join(tmp, "rc1")):
                print(f"test_batch_disk_full: no tmpfs here, the shim's runs stand alone ({p.stderr.decode(errors='replace')[-200:]})")
                return
        what = f"-j {jobs} ({mode})"
        rc1 = int(open(os.path.join(tmp, "rc1")).read())
        err1 = open(os.path.join(tmp, "err1"), encoding="utf-8", errors="replace").read()
        c.check(rc1 == 1, f"{what}: disk full: exit 1 (got {rc1})")
        lines = [l for l in err1.splitlines() if "No space left" in l]
        c.check(1 <= len(lines) <= 2, f"{what}: disk full: one error, not one per page ({len(lines)} lines): {err1[-600:]}")
        c.check("free space and run the same command again" in err1, f"{what}: the error says what to do: {err1[-300:]}")
        out1 = os.path.join(tmp, "out1")
        written = [n for n in os.listdir(out1) if n.endswith(".xml")]
        c.check(0 < len(written) < count, f"{what}: stopped mid-batch ({len(written)} of {count})")
        c.check(not temp_files(out1), f"{what}: no temporary file left: {temp_files(out1)}")
        for n in written:
            c.check(open(os.path.join(out1, n), "rb").read() == open(os.path.join(ref, n), "rb").read(),
                    f"{what}: {n} is whole")
        rc2 = int(open(os.path.join(tmp, "rc2")).read())
        c.check(rc2 == 0, f"{what}: space freed: the rerun exits 0 ({rc2}): {open(os.path.join(tmp, 'err2')).read()[-300:]}")
        out2 = os.path.join(tmp, "out2")
        c.check(sorted(tree_files(out2)) == sorted(tree_files(ref)) and all(
            open(os.path.join(out2, n), "rb").read() == open(os.path.join(ref, n), "rb").read() for n in os.listdir(ref)),
            f"{what}: space freed: the rerun writes the rest, the folder as a run that never failed")


def test_spill(jobs):
    """Pass one (learning the site profile) spills the pages it keeps to a file beside the
    output past --keep-memory; a full disk there ends the batch as a full output disk does: one
    error naming the spill file and the advice, exit 1, no output, no file left, and the rerun
    with room writes the folder of a run that never failed."""
    with TempDir() as tmp:
        src = os.path.join(tmp, "in")
        pages = sample_pages()
        for k in range(40):
            name, data = pages[k % len(pages)]
            write(os.path.join(src, f"{k:03d}-{name}"), data)
        ref = os.path.join(tmp, "ref")
        run(WINNOW, "-q", "-i", src, "-o", ref, check_rc=0)
        out = os.path.join(os.path.realpath(tmp), "out")
        asan = os.environ.get("ASAN_OPTIONS", "")
        full = dict(os.environ, LD_PRELOAD=SHIM, WINNOW_FULL_DISK_DIR=out, WINNOW_FULL_DISK_BYTES="20000",
                    ASAN_OPTIONS=(asan + ":" if asan else "") + "verify_asan_link_order=0")
        cmd = [WINNOW, "-i", src, "-o", out, "-j", str(jobs), "--keep-memory", "4096"]
        p = subprocess.run(cmd, env=full, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        err = p.stderr.decode(errors="replace")
        what = f"spill -j {jobs}"
        c.check(p.returncode == 1, f"{what}: disk full under the spill file: exit 1 (got {p.returncode})")
        lines = [l for l in err.splitlines() if "No space left" in l]
        c.check(len(lines) == 1 and "spill file" in lines[0], f"{what}: one error, naming the spill file: {err[-600:]}")
        c.check("free space and run the same command again" in err, f"{what}: the error says what to do: {err[-300:]}")
        left = sorted(tree_files(out)) if os.path.isdir(out) else []
        c.check(not [n for n in left if n.endswith(b".xml")], f"{what}: no output written: {left[:5]}")
        c.check(not [n for n in left if b".winnow-" in n], f"{what}: no spill or temporary file left: {left}")
        p = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        c.check(p.returncode == 0, f"{what}: space freed: the rerun exits 0 ({p.returncode}): {p.stderr.decode()[-300:]}")
        c.check(sorted(tree_files(out)) == sorted(tree_files(ref)) and all(
            open(os.path.join(out, n), "rb").read() == open(os.path.join(ref, n), "rb").read() for n in os.listdir(ref)),
            f"{what}: space freed: the rerun writes the folder of a run that never failed")


SHIM = os.environ.get("WINNOW_FULL_DISK_SHIM", "")
c.check(os.path.isfile(SHIM), f"the full-disk shim is built (WINNOW_FULL_DISK_SHIM={SHIM!r})")
if os.path.isfile(SHIM):
    test(1, "shim")
    test(2, "shim")
    test_spill(1)
    test_spill(2)
if shutil.which("unshare") is not None:
    test(1, "tmpfs")
    test(2, "tmpfs")
c.finish()
