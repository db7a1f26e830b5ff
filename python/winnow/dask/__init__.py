"""winnow on a Dask cluster: the batch of `winnow --jsonl` / `winnow -i DIR`, spread over workers.

    from dask.distributed import Client
    import winnow.dask
    counts = winnow.dask.run(["crawl/part-0.jsonl.gz", "crawl/part-1.jsonl.gz"], "cleaned/",
                             client=Client("tcp://scheduler:8786"))

The job is the CLI's two passes, as map -> reduce -> broadcast -> map:
  1. each shard is cleaned without a profile and its pages' blocks counted per site (map);
  2. the per-shard profiles are merged pairwise into one (reduce; counts add, so the result
     does not depend on the number of shards or workers, nor on their order);
  3. the merged profile is sent to every worker once (broadcast);
  4. each shard is cleaned with it and written as one JSON Lines file, OUT/part-NNNNN.jsonl
     (map), through a temporary name and a rename: a task retried after a worker died never
     leaves half a file, and the outputs are complete or absent.

Shards: JSON Lines files (plain or gzip; records {"url", "html"|"text", "charset"?, "id"?, "reference_date"?}),
folders of pages (as `winnow -i DIR`: .html/.htm/.xhtml/.txt, optionally .gz), or the
partitions of a Dask bag of records (dicts or JSON lines). Output records are those of
`winnow --jsonl` for records, and {"path", "xml"|"text"|"markdown"|"audit"|"document"} (or {"path", "error"})
for the pages of a folder, whose output is what `winnow -i DIR -o OUT` writes for that page.
Other shard kinds (WARC) plug in with `readers=`: see run().
"""
import json
import os
import re
import uuid
import zlib

from .. import _files
from .._winnow import _Batch, _walk

__all__ = ["run", "jsonl_reader", "warc_reader_missing", "CutLine"]

# ---------------------------------------------------------------- readers (run on workers)

class CutLine(bytes):
    """The last line of a JSON Lines file that ends early (gzip data truncated or corrupt, a read
    that fails): the bytes before the damage, possibly none; .damage says what ended it and where
    ("truncated gzip data in FILE, its line 7, compressed byte 4096", "FILE: cannot read: Input/output
    error", ...). It becomes an error record, as `winnow --jsonl` writes for it."""

    damage = ""


def _gunzip_until_damage(data):
    """The inflated bytes of one or more gzip members, "" or why they end early, and the offset of
    the compressed byte where the damage shows (-1: none): every byte that precedes the damage is
    kept, as `winnow --jsonl` reads a damaged file."""
    out = []
    pos = 0
    while pos < len(data):
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        while pos < len(data) and not d.eof:
            chunk = data[pos:pos + _CHUNK]
            saved = d.copy()
            try:
                out.append(d.decompress(chunk))
            except zlib.error as e:
                # What the chunk held before the damage: fed a byte at a time from the copy.
                i = 0
                for i in range(len(chunk)):
                    try:
                        out.append(saved.decompress(chunk[i:i + 1]))
                    except zlib.error:
                        break
                # zlib's reason, as the CLI gives it: "Error -3 while decompressing data: REASON"
                return b"".join(out), "corrupt gzip data: " + str(e).partition("data: ")[2], pos + i
            pos += len(chunk) - len(d.unused_data)  # a member ends inside the chunk: the next starts there
        if not d.eof:
            return b"".join(out), "truncated gzip data", len(data)
    return b"".join(out), "", -1


_CHUNK = 1 << 16


def _read_until_error(path):
    """The bytes of a file, and "" or why reading stopped early (an EIO on a bad sector): the
    bytes read before the failure are kept, as `winnow --jsonl` keeps them."""
    chunks = []
    try:
        f = open(path, "rb")
    except OSError as e:  # (no permission on this worker): a record of its own, as the CLI's
        return b"", f"{os.fsdecode(path)}: cannot open: {_reason(e)}"
    with f:
        try:
            while True:
                chunk = f.read(_CHUNK)
                if not chunk:
                    break
                chunks.append(chunk)
        except OSError as e:
            return b"".join(chunks), f"{os.fsdecode(path)}: cannot read: {_reason(e)}"
    return b"".join(chunks), ""


def _reason(e):
    return os.strerror(e.errno) if e.errno else str(e)


def jsonl_reader(path):
    """The records of a JSON Lines file (plain or gzip) as raw lines, split as `winnow --jsonl`
    splits them: on LF, a trailing CR dropped, an empty line kept (it is a bad record). When the
    file ends early (gzip data truncated or corrupt, a read that fails), the last item is a
    CutLine: the complete lines before it are kept."""
    data, read_error = _read_until_error(path)
    damage, at = "", -1
    if data[:2] == b"\x1f\x8b":
        data, damage, at = _gunzip_until_damage(data)
    if read_error and (not damage or damage == "truncated gzip data"):
        damage, at = read_error, -1  # the read failed first: the gzip data is only cut by it
    if not data and not damage:
        return []
    lines = data.split(b"\n")
    last = lines.pop()
    lines = [line[:-1] if line.endswith(b"\r") else line for line in lines]
    if damage:
        cut = CutLine(last)
        # Which file and where: the record's "line" counts across all inputs, this one within the file.
        cut.damage = damage if at < 0 else f"{damage} in {os.fsdecode(path)}, its line {len(lines) + 1}, compressed byte {at}"
        lines.append(cut)
    elif last:
        lines.append(last[:-1] if last.endswith(b"\r") else last)
    return lines


def warc_reader_missing(path):
    raise NotImplementedError(
        f"{path}: WARC shards need a reader: pass readers={{'.warc': fn, '.warc.gz': fn}} to winnow.dask.run, "
        "where fn(path) yields the shard's records as dicts {'url', 'html'|'text'}")


DEFAULT_READERS = {".warc": warc_reader_missing, ".warc.gz": warc_reader_missing}


def _as_line(record):
    if isinstance(record, bytes):
        return record
    if isinstance(record, str):
        return record.encode("utf-8", "surrogatepass")
    # A value JSON has no form for (bytes, a date) becomes null: the record then fails with the
    # CLI's own error for that field ('"html" must be a string'), named by its url and id,
    # instead of a TypeError that would end the shard and the job.
    return json.dumps(record, default=lambda value: None).encode("ascii")


def _reader_lines(reader, path):
    """The records a reader yields, as lines. A reader that raises (a damaged archive it gives up
    on) ends its shard with an error record; the records it yielded before are kept."""
    lines = []
    try:
        for record in reader(path):
            lines.append(_as_line(record))
    except Exception as e:  # not KeyboardInterrupt and the like: those end the job
        cut = CutLine(b"")
        cut.damage = f"the reader raised {type(e).__name__}: {e}"
        lines.append(cut)
    return lines


def _lines_of(shard):
    kind, source = shard[0], shard[1]
    if kind == "jsonl":
        lines = jsonl_reader(source)
    elif kind == "reader":
        lines = _reader_lines(shard[2], source)
    else:  # "records": a bag partition
        lines = [_as_line(r) for r in source]
    return lines


def _cut_of(lines):
    return lines[-1].damage if lines and isinstance(lines[-1], CutLine) else ""


def _learn_shard(shard, fmt, options):
    batch = _Batch(fmt, None, **options)
    if shard[0] == "dir":
        root = os.fsencode(shard[1])
        files, problems = _walk(root)
        profile, counts = batch.learn_files(root, files)
        counts["records"] = 0
        return profile, counts
    lines = _lines_of(shard)
    profile, counts = batch.learn_lines(lines, _cut_of(lines))
    counts["records"] = len(lines)
    return profile, counts


def _count_shard(shard):
    return 0 if shard[0] == "dir" else len(_lines_of(shard))


def _profile_of(learned):
    return learned[0]


def _counts_of(learned):
    return learned[1]


def _identity(x):
    return x


def _merge(a, b):
    a.merge(b)
    return a


def _part_name(index):
    return f"part-{index:05d}.jsonl"


_PART = re.compile(r"part-[0-9]{5,}\.jsonl\Z")


def _clean_shard(shard, index, first_line_no, profile, out_dir, fmt, options, run_id):
    batch = _Batch(fmt, profile, **options)
    if shard[0] == "dir":
        root = os.fsencode(shard[1])
        files, problems = _walk(root)
        data, counts = batch.clean_files(root, files)
        counts["walk_errors"] = sum(1 for p in problems if p[2])
    else:
        lines = _lines_of(shard)
        data, counts = batch.clean_lines(lines, first_line_no, _cut_of(lines))
    path = os.path.join(out_dir, _part_name(index))
    _files.write_atomic(path, data, _temp_tag(run_id))
    counts["output"] = path
    return counts


# ---------------------------------------------------------------- the job (runs on the client)

def _shards(inputs, readers, client):
    """Shard descriptors, and the futures that keep bag partitions alive."""
    try:
        import dask.bag as db
    except ImportError:  # pragma: no cover
        db = None
    if db is not None and isinstance(inputs, db.Bag):
        parts = client.compute(inputs.to_delayed())
        return [("records", p) for p in parts], parts
    if isinstance(inputs, (str, bytes, os.PathLike)):
        inputs = [inputs]
    table = dict(DEFAULT_READERS)
    table.update(readers or {})
    shards = []
    for path in inputs:
        path = os.path.abspath(os.fsdecode(path))
        if os.path.isdir(path):
            shards.append(("dir", path))
            continue
        if not os.path.isfile(path):
            raise FileNotFoundError(f"{path}: not a file or folder")
        reader = next((fn for suffix, fn in sorted(table.items(), key=lambda kv: -len(kv[0]))
                       if path.lower().endswith(suffix)), None)
        shards.append(("reader", path, reader) if reader else ("jsonl", path))
    return shards, []


def _tree_reduce(client, futures):
    while len(futures) > 1:
        nxt = [client.submit(_merge, futures[i], futures[i + 1], pure=False) for i in range(0, len(futures) - 1, 2)]
        if len(futures) % 2:
            nxt.append(futures[-1])
        futures = nxt
    return futures[0]


def _temp_tag(run_id):
    return f"dask-{run_id}-"


def _remove_stale_temps(out_dir, run_id):
    """Temporary files of this run's writers killed mid-write (their task was redone elsewhere);
    those of another run or tool writing into the folder (same prefix, other tag) are theirs."""
    prefix = _files.TEMP_PREFIX + _temp_tag(run_id)
    for name in os.listdir(out_dir):
        if name.startswith(prefix):
            try:
                os.unlink(os.path.join(out_dir, name))
            except FileNotFoundError:
                pass


def _remove_old_parts(out_dir):
    """The parts an earlier run wrote: a run owns OUT/part-NNNNN.jsonl, so that a reader of the
    folder never mixes its records with a run's that had more shards. Other files are left alone."""
    for name in os.listdir(out_dir):
        if _PART.match(name):
            try:
                os.unlink(os.path.join(out_dir, name))
            except FileNotFoundError:
                pass


def run(inputs, output, *, client=None, format="xml", profile=None, learn=True, save_profile=None,
        readers=None, **options):
    """Cleans every record of the shards on the cluster of `client` and writes OUT/part-NNNNN.jsonl,
    one per shard in input order. The run owns those names: the parts an earlier run left in OUT
    are removed when it starts (other files in OUT are kept). Returns the counts: {"shards", "pages", "ok", "failed", "warnings",
    "without_host", "bytes", "outputs": [paths]}.

    inputs: a list of JSON Lines files / folders of pages (paths every worker can read: shared
    storage), or a dask.bag.Bag of records (one shard per partition). client: a
    distributed.Client (default: the current one). format: "xml", "text", "json", "markdown" or
    "audit" (the CLI's --format; records hold the output under that name, "document" for json).
    profile: a SiteProfile to use instead of learning one (winnow --load-profile); learn=False:
    no profile (winnow --no-site-profile). save_profile: a path for the learned profile.
    readers: {suffix: fn} for other shard kinds, fn(path) yielding records on a worker (e.g. a
    WARC reader: {".warc.gz": read_warc}). options: as winnow.Cleaner's (comments=True,
    reference_date="2024-03-10", ...), the same for every record.
    """
    if client is None:
        from distributed import get_client
        client = get_client()
    _Batch(format, None, **options)  # checks the format and options here rather than on every worker
    out_dir = os.path.abspath(os.fsdecode(output))
    os.makedirs(out_dir, exist_ok=True)
    shards, keep = _shards(inputs, readers, client)
    _remove_old_parts(out_dir)
    run_id = uuid.uuid4().hex[:12]
    totals = {"shards": len(shards), "pages": 0, "ok": 0, "failed": 0, "warnings": 0, "without_host": 0,
              "bytes": 0, "outputs": []}
    if not shards:
        return totals

    # Pass 1 (map, reduce): per-shard profiles merged into one; also each shard's record count,
    # so that error records carry the line numbers the CLI would give them.
    first_lines = [1] * len(shards)
    if profile is None and learn and options.get("site_boilerplate", True):
        learned = [client.submit(_learn_shard, s, format, options, pure=False) for s in shards]
        parts = [client.submit(_profile_of, f, pure=False) for f in learned]
        merged = _tree_reduce(client, parts)
        counts = client.gather([client.submit(_counts_of, f, pure=False) for f in learned])
        profile = merged.result()
        del learned, parts, merged
        records = [c["records"] for c in counts]
        totals["without_host"] = sum(c["without_host"] for c in counts)
        if save_profile:
            profile.save(save_profile)
    else:
        records = client.gather([client.submit(_count_shard, s, pure=False) for s in shards])
    line = 1
    for i, n in enumerate(records):
        first_lines[i] = line
        line += n

    # Broadcast, then pass 2 (map): each shard cleaned and written on a worker. The profile goes
    # out as a task that holds it, not as scattered data: scattered data has no lineage, and the
    # scheduler's memory manager keeps a single replica of a key once few tasks wait on it, so a
    # worker dying with that replica cancelled every shard still to clean. A task is redone.
    shared = None
    if profile is not None:
        shared = client.submit(_identity, profile, pure=False)
        client.replicate([shared])
    futures = [client.submit(_clean_shard, s, i, first_lines[i], shared, out_dir, format, options, run_id, pure=False)
               for i, s in enumerate(shards)]
    for c in client.gather(futures):
        for k in ("pages", "ok", "failed", "warnings", "bytes"):
            totals[k] += c[k]
        totals["failed"] += c.get("walk_errors", 0)
        totals["outputs"].append(c["output"])
    del keep
    _remove_stale_temps(out_dir, run_id)
    return totals
