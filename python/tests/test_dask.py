"""winnow.dask on a real cluster: a scheduler and two worker processes on 127.0.0.1, the shb-dev
pages split into 8 shards, outputs equal to the CLI's two-pass batch; then one worker is killed
mid-job and every output is still there, once, complete."""
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time

import pytest

distributed = pytest.importorskip("distributed")
import winnow  # noqa: E402
import winnow.dask  # noqa: E402
from conftest import run_cli  # noqa: E402

SHARDS = 8


class Cluster:
    """A scheduler and worker processes of their own (no nanny: a killed worker stays dead)."""

    def __init__(self, tmp, workers=2):
        self.procs = []
        self.tmp = tmp
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in sys.path if p))
        env["DASK_DISTRIBUTED__WORKER__DAEMON"] = "False"
        # The memory manager drops extra replicas every 20 ms instead of every 2 s, so a worker killed
        # mid-job often holds the last copy of what the job shares: the engine must survive that.
        env["DASK_DISTRIBUTED__SCHEDULER__ACTIVE_MEMORY_MANAGER__INTERVAL"] = "20ms"
        sched_file = os.path.join(tmp, "scheduler.json")
        self._start([sys.executable, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1", "--port", "0",
                     "--no-dashboard", "--scheduler-file", sched_file], env, "scheduler")
        deadline = time.monotonic() + 60
        while not os.path.exists(sched_file):
            assert time.monotonic() < deadline, "the scheduler did not start"
            time.sleep(0.1)
        for i in range(workers):
            self._start([sys.executable, "-m", "distributed.cli.dask_worker", "--scheduler-file", sched_file,
                         "--host", "127.0.0.1", "--nthreads", "1", "--no-nanny", "--no-dashboard",
                         "--name", f"w{i}", "--local-directory", tmp], env, f"worker{i}")
        self.client = distributed.Client(scheduler_file=sched_file, timeout=60)
        self.client.wait_for_workers(workers, timeout=60)

    def _start(self, cmd, env, name):
        log = open(os.path.join(self.tmp, name + ".log"), "wb")
        self.procs.append(subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT,
                                           start_new_session=True))
        log.close()

    def worker_pids(self):
        return self.client.run(os.getpid)

    def close(self):
        try:
            self.client.close(timeout=10)
        except Exception:
            pass
        for p in self.procs:
            if p.poll() is None:
                p.terminate()
        for p in self.procs:
            try:
                p.wait(timeout=10)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait()


@pytest.fixture
def cluster():
    with tempfile.TemporaryDirectory(prefix="winnow-dask-") as tmp:
        c = Cluster(tmp)
        try:
            yield c
        finally:
            c.close()


@pytest.fixture(scope="module")
def shards(shb_dev, cli, tmp_path_factory):
    """The pages as 8 folder shards and as 8 JSON Lines shards (one with a bad record), and the
    CLI's outputs for both."""
    pages, folder = shb_dev
    root = tmp_path_factory.mktemp("shards")
    dirs, jsonl = [], []
    for i in range(SHARDS):
        d = root / "tree" / f"s{i}"
        d.mkdir(parents=True)
        dirs.append(str(d))
        lines = []
        for k, (name, data) in enumerate(pages[i::SHARDS]):
            os.symlink(os.path.join(folder, name), d / name)
            lines.append(json.dumps({"id": name, "html": data.decode("utf-8", "replace")}))
        if i == 3:
            lines.insert(1, '{"url": "https://example.org/x", "nothing": 1}')
        path = root / f"part{i}.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        jsonl.append(str(path))
    run_cli(cli, "-q", "-i", str(root / "tree"), "-o", str(root / "tree-out"))
    run_cli(cli, "-q", "--jsonl", *jsonl, "-o", str(root / "cli.jsonl"), rc=1)  # 1: the bad record
    return {"dirs": dirs, "jsonl": jsonl, "tree_out": root / "tree-out", "cli_jsonl": root / "cli.jsonl",
            "pages": len(pages)}


def check_tree_outputs(out, shards, counts):
    assert counts["shards"] == SHARDS and counts["pages"] == shards["pages"] and counts["failed"] == 0
    assert sorted(os.listdir(out)) == [f"part-{i:05d}.jsonl" for i in range(SHARDS)]
    seen = 0
    for i in range(SHARDS):
        with open(os.path.join(out, f"part-{i:05d}.jsonl"), encoding="utf-8") as f:
            records = [json.loads(line) for line in f]
        names = sorted(os.listdir(shards["dirs"][i]))
        assert [r["path"] for r in records] == names  # every page once, in the CLI's order
        for r in records:
            want = shards["tree_out"] / f"s{i}" / r["path"].replace(".html.gz", ".xml")
            assert r["xml"] == want.read_text(encoding="utf-8"), r["path"]
        seen += len(records)
    assert seen == shards["pages"]


def test_dask_equals_cli_batch(cluster, shards, tmp_path):
    out = tmp_path / "tree"
    counts = winnow.dask.run(shards["dirs"], out, client=cluster.client)
    check_tree_outputs(out, shards, counts)

    # JSON Lines shards: the parts, in order, are the CLI's output (error record and its line
    # number across all inputs included).
    out = tmp_path / "jsonl"
    counts = winnow.dask.run(shards["jsonl"], out, client=cluster.client, save_profile=tmp_path / "p")
    assert counts["failed"] == 1 and counts["ok"] == shards["pages"]
    joined = b"".join((out / f"part-{i:05d}.jsonl").read_bytes() for i in range(SHARDS))
    assert joined == shards["cli_jsonl"].read_bytes()
    assert b'"line":' in joined

    # A bag of records, in 3 partitions: the same records as the CLI's.
    import dask.bag as db
    records = []
    for path in shards["jsonl"]:
        with open(path, encoding="utf-8") as f:
            records += [json.loads(line) for line in f]
    records = [r for r in records if "html" in r]
    bag = db.from_sequence(records, npartitions=3)
    out = tmp_path / "bag"
    counts = winnow.dask.run(bag, out, client=cluster.client, profile=winnow.SiteProfile.load(tmp_path / "p"))
    got = [json.loads(line) for i in range(3) for line in (out / f"part-{i:05d}.jsonl").read_text().splitlines()]
    want = [json.loads(line) for line in shards["cli_jsonl"].read_text().splitlines() if '"error"' not in line]
    assert got == want and counts["ok"] == shards["pages"]


def _gzip_cut_inside_a_record(data, records_before):
    """data gzip'd and cut inside the record after the first records_before (past its start)."""
    import gzip
    import zlib
    whole = gzip.compress(data)
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    lines, tail = 0, 0  # complete lines inflated, and bytes after the last one
    for n in range(len(whole)):
        piece = d.decompress(whole[n:n + 1])
        lines += piece.count(b"\n")
        tail = len(piece) - piece.rfind(b"\n") - 1 if b"\n" in piece else tail + len(piece)
        if lines == records_before and tail > 100:
            return whole[:n + 1]
    raise AssertionError("no cut found")


def test_jsonl_reader_keeps_the_lines_before_a_gzip_cut(tmp_path):
    import gzip
    lines = [json.dumps({"id": i, "url": f"https://example.org/{i}", "html": "<p>" + "word " * 300 + "</p>"}).encode()
             for i in range(6)]
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(_gzip_cut_inside_a_record(b"\n".join(lines) + b"\n", 3))
    got = winnow.dask.jsonl_reader(path)
    assert got[:3] == lines[:3] and len(got) == 4
    assert isinstance(got[3], winnow.dask.CutLine) and lines[3].startswith(got[3])
    # The damage names the file, the line within it and the compressed byte where it shows.
    assert got[3].damage == f"truncated gzip data in {path}, its line 4, compressed byte {path.stat().st_size}"
    # Cut at a record boundary (a second member cut in its header): an empty cut line.
    path.write_bytes(gzip.compress(b"\n".join(lines[:2]) + b"\n") + gzip.compress(b"x")[:5])
    got = winnow.dask.jsonl_reader(path)
    assert got[:2] == lines[:2] and got[2] == b"" and got[2].damage == \
        f"truncated gzip data in {path}, its line 3, compressed byte {path.stat().st_size}"
    # Bytes that are no gzip member after a sound one: corrupt, the member's lines kept.
    sound = gzip.compress(b"\n".join(lines[:2]) + b"\n")
    path.write_bytes(sound + b"not gzip")
    got = winnow.dask.jsonl_reader(path)
    assert got[:2] == lines[:2] and got[2].damage.startswith("corrupt gzip data: ")
    assert got[2].damage.endswith(f" in {path}, its line 3, compressed byte {len(sound) + 1}")  # the 2-byte magic
    path.write_bytes(gzip.compress(b"\n".join(lines) + b"\n"))
    assert winnow.dask.jsonl_reader(path) == lines and not any(isinstance(x, winnow.dask.CutLine) for x in lines)


def test_cut_gzip_shard_equals_cli(cluster, shards, cli, tmp_path):
    """A gzip shard cut inside a record: its records before the cut are cleaned, the cut one is an
    error record, the shards after it are whole: the parts joined are the CLI's output on the same
    files, learning a profile or not."""
    import gzip
    paths = []
    for i in range(3):
        data = open(shards["jsonl"][i], "rb").read()
        path = tmp_path / f"s{i}.jsonl.gz"
        path.write_bytes(_gzip_cut_inside_a_record(data, 2) if i == 1 else gzip.compress(data))
        paths.append(str(path))
    for extra, kw in (([], {}), (["--no-site-profile"], {"learn": False})):
        want = run_cli(cli, "-q", "--jsonl", *extra, *paths, rc=1)
        out = tmp_path / f"out{len(extra)}"
        counts = winnow.dask.run(paths, out, client=cluster.client, **kw)
        joined = b"".join((out / f"part-{i:05d}.jsonl").read_bytes() for i in range(3))
        assert joined == want
        cut = [json.loads(line) for line in joined.splitlines() if b'"error"' in line]
        size = os.path.getsize(paths[1])
        assert len(cut) == 1 and cut[0]["error"] == \
            f"input ends inside this record: truncated gzip data in {paths[1]}, its line 3, compressed byte {size}"
        assert counts["failed"] == 1


def _damaged_warc_reader(path):
    """A reader as a user writes one for WARC shards: two records, one whose html is bytes (not
    JSON), then it gives up on a damaged record."""
    page = "<html><body><article><h1>Bridge</h1><p>" + "The old bridge reopened today. " * 20 + "</p></article></body></html>"
    yield {"url": "https://example.org/1", "id": 1, "html": page}
    yield {"url": "https://example.org/2", "id": 2, "html": page.encode()}
    yield {"url": "https://example.org/3", "id": 3, "html": page}
    raise OSError("damaged gzip member at byte 4711")


def test_reader_failures_keep_the_records_before(cluster, tmp_path):
    shard = tmp_path / "a.warc.gz"
    shard.write_bytes(b"")
    counts = winnow.dask.run([str(shard)], tmp_path / "out", client=cluster.client, learn=False,
                             readers={".warc.gz": _damaged_warc_reader})
    got = [json.loads(line) for line in (tmp_path / "out" / "part-00000.jsonl").read_text().splitlines()]
    assert [r.get("id") for r in got] == [1, 2, 3, None]
    assert "xml" in got[0] and "xml" in got[2]
    assert got[1]["url"] == "https://example.org/2" and '"html" must be a string' in got[1]["error"]
    assert got[3] == {"line": 4, "error": "the reader raised OSError: damaged gzip member at byte 4711"}
    assert counts["ok"] == 2 and counts["failed"] == 2


def test_interrupted_run_leaves_whole_parts(shards, tmp_path):
    """Ctrl-C in `python3 -m winnow.dask` mid-job: exit 130 with one line, not a traceback; every
    part in the output folder is complete, and no temporary file is left."""
    inputs = shards["jsonl"][:3] * 6  # 18 shards: the job outlasts the first part by far
    out = tmp_path / "out"
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in sys.path if p))
    proc = subprocess.Popen([sys.executable, "-m", "winnow.dask", "--local", "1", "--no-site-profile", *inputs,
                             "-o", str(out)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.time() + 120
    while time.time() < deadline and not (out.exists() and any(n.startswith("part-") for n in os.listdir(out))):
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err.decode()[-2000:]
    assert b"Traceback" not in err and b"interrupted" in err
    parts = sorted(os.listdir(out))
    assert parts and len(parts) < len(inputs) and all(n.startswith("part-") for n in parts)
    for name in parts:
        data = (out / name).read_bytes()
        index = int(name[5:10])
        want = open(inputs[index], "rb").read().count(b"\n")
        assert data.endswith(b"\n") and data.count(b"\n") == want
        for line in data.splitlines():
            json.loads(line)


def test_worker_killed_mid_job(cluster, shards, tmp_path):
    client = cluster.client
    out = tmp_path / "out"
    result = {}

    def job():
        try:
            result["counts"] = winnow.dask.run(shards["dirs"], out, client=client)
        except BaseException as e:  # reported by the main thread
            result["error"] = e

    pids = cluster.worker_pids()
    assert len(pids) == 2
    t = threading.Thread(target=job)
    t.start()
    victim = None
    deadline = time.monotonic() + 60
    while victim is None and t.is_alive() and time.monotonic() < deadline:
        # Kill a worker while it cleans a shard (pass 2).
        for addr, keys in client.processing().items():
            if any(str(k).startswith("_clean_shard") for k in keys):
                victim = pids[addr]
                break
        time.sleep(0.005)
    assert victim is not None, "the job ended before a worker could be killed"
    os.kill(victim, signal.SIGKILL)
    t.join(timeout=90)
    assert not t.is_alive(), "the job did not finish after the worker died"
    assert "error" not in result, result.get("error")
    assert len(client.scheduler_info()["workers"]) == 1  # the job finished on the other worker
    check_tree_outputs(out, shards, result["counts"])


def test_options_reach_the_workers(cluster, cli, tmp_path):
    """comments and reference_date set on the client change what the workers write: the records
    equal `winnow --jsonl --comments --reference-date`, and differ from a run without them."""
    from pages import relative_page, thread_page
    records = [{"id": lang, "url": f"https://{lang}.example.org/bridge", "html": thread_page(lang)[0]}
               for lang in ("en", "de")]
    records.append({"id": "age", "url": "https://lokal.example.org/hochwasser", "html": relative_page()})
    shard = tmp_path / "in.jsonl"
    shard.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    options = ["--comments", "--reference-date", "2024-03-10"]
    want = run_cli(cli, "-q", "--jsonl", *options, str(shard))

    counts = winnow.dask.run([str(shard)], tmp_path / "with", client=cluster.client, learn=False, comments=True,
                             reference_date="2024-03-10")
    assert counts["ok"] == 3
    got = (tmp_path / "with" / "part-00000.jsonl").read_bytes()
    assert got == want
    out = {r["id"]: r for r in map(json.loads, got.splitlines())}
    for lang in ("en", "de"):
        posts = thread_page(lang)[2]
        comments = out[lang]["xml"].partition("<comments>")[2]
        assert all(p in comments for p in posts)
    assert out["age"]["meta"]["published"] == "2024-03-08"

    winnow.dask.run([str(shard)], tmp_path / "without", client=cluster.client, learn=False)
    plain = {r["id"]: r for r in map(json.loads, (tmp_path / "without" / "part-00000.jsonl").read_bytes().splitlines())}
    assert "<comments>" not in plain["en"]["xml"] and "published" not in plain["age"]["meta"]

    # A folder shard in markdown, as `winnow -f markdown -i DIR -o OUT` writes it.
    tree = tmp_path / "tree"
    tree.mkdir()
    (tree / "bridge.html").write_text(thread_page("de")[0], encoding="utf-8")
    run_cli(cli, "-q", "-f", "markdown", "--comments", "-i", str(tree), "-o", str(tmp_path / "cli-md"))
    winnow.dask.run([str(tree)], tmp_path / "md", client=cluster.client, format="markdown", comments=True)
    rec = json.loads((tmp_path / "md" / "part-00000.jsonl").read_text(encoding="utf-8"))
    assert rec["markdown"] == (tmp_path / "cli-md" / "bridge.md").read_text(encoding="utf-8")


def test_bad_options_fail_before_the_cluster(tmp_path, capsys):
    from winnow.dask.__main__ import main
    with pytest.raises(SystemExit) as e:
        main([str(tmp_path), "-o", str(tmp_path / "out"), "--local", "1", "--reference-date", "2024-02-30"])
    assert e.value.code == 2 and "'2024-02-30'" in capsys.readouterr().err
    with pytest.raises(ValueError, match="reference_date"):
        winnow.dask.run([str(tmp_path)], tmp_path / "out", client=object(), reference_date="03/10/2024")
    with pytest.raises(ValueError, match="format"):
        winnow.dask.run([str(tmp_path)], tmp_path / "out", client=object(), format="yaml")


def _small_shards(tmp_path, n, stem="in"):
    page = "<html><body><article><h1>Harbour</h1><p>" + "The ferry left the harbour at dawn. " * 12 + "</p></article></body></html>"
    paths = []
    for i in range(n):
        path = tmp_path / f"{stem}{i}.jsonl"
        path.write_text(json.dumps({"id": i, "url": f"https://example.org/{i}", "html": page}) + "\n", encoding="utf-8")
        paths.append(str(path))
    return paths


def test_rerun_owns_the_output_folder(cluster, tmp_path):
    """A second run into the same folder with fewer shards: the first run's extra parts are gone
    (a reader of the folder sees only this run's records); files that are not parts stay, and so
    do temporary files of other writers (the CLI's, another run's): only this run's are removed."""
    out = tmp_path / "out"
    winnow.dask.run(_small_shards(tmp_path, 3), out, client=cluster.client, learn=False)
    assert sorted(os.listdir(out)) == [f"part-{i:05d}.jsonl" for i in range(3)]
    foreign = [".winnow-tmp-4242-jsonl", ".winnow-tmp-4242-7", ".winnow-tmp-dask-0123456789ab-w1-9-cafe"]
    for name in foreign + ["notes.txt", "part-7.jsonl"]:
        (out / name).write_bytes(b"x")
    counts = winnow.dask.run(_small_shards(tmp_path, 2, "again"), out, client=cluster.client, learn=False)
    assert counts["ok"] == 2
    assert sorted(os.listdir(out)) == sorted(foreign + ["notes.txt", "part-7.jsonl", "part-00000.jsonl",
                                                        "part-00001.jsonl"])
    records = [json.loads(line) for name in sorted(os.listdir(out)) if name.startswith("part-0")
               for line in (out / name).read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == [0, 1]


class _FailingFile:
    """A file with a bad sector after its first `good` bytes, read as the kernel reads it: a read
    that reaches the sector returns the bytes before it, the next one fails with EIO; reading it
    whole (read() without a size) fails."""

    def __init__(self, data, good):
        self.data, self.good, self.pos = data, good, 0

    def read(self, n=-1):
        import errno
        if self.pos >= self.good or n is None or n < 0:
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        n = min(n, self.good - self.pos)
        piece = self.data[self.pos:self.pos + n]
        self.pos += n
        return piece

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def test_read_error_keeps_the_records_before(tmp_path, monkeypatch):
    """EIO while reading a JSON Lines shard (plain or gzip): the records read before it are
    cleaned, and the failure is an error record naming the file, as `winnow --jsonl` reads it."""
    import gzip
    lines = [json.dumps({"id": i, "url": f"https://example.org/{i}",
                         "html": "<p>" + f"Record {i} of the shard. " * 40 + "</p>"}).encode() for i in range(5)]
    data = b"\n".join(lines) + b"\n"
    for name, payload, good in (("plain.jsonl", data, len(lines[0]) + len(lines[1]) + 2 + 50),
                                ("packed.jsonl.gz", gzip.compress(data), None)):
        path = tmp_path / name
        path.write_bytes(payload)
        if good is None:  # the gzip file: fail once two records' compressed bytes are read
            good = len(_gzip_cut_inside_a_record(data, 2))
        real_open = open
        monkeypatch.setattr(winnow.dask, "open", lambda p, mode="r", *a, **k: _FailingFile(payload, good)
                            if os.fspath(p) == str(path) else real_open(p, mode, *a, **k), raising=False)
        got = winnow.dask.jsonl_reader(path)
        assert got[:2] == lines[:2] and len(got) == 3, name
        assert got[2].damage == f"{path}: cannot read: {os.strerror(5)}", name
        out = tmp_path / ("out-" + name)
        out.mkdir()
        counts = winnow.dask._clean_shard(("jsonl", str(path)), 0, 1, None, str(out), "xml", {}, "t")
        records = [json.loads(x) for x in (out / "part-00000.jsonl").read_text().splitlines()]
        assert [r.get("id") for r in records[:2]] == [0, 1] and "xml" in records[0]
        assert records[2]["line"] == 3 and records[2]["error"].endswith(f"{path}: cannot read: {os.strerror(5)}")
        assert counts["ok"] == 2 and counts["failed"] == 1
        monkeypatch.undo()
