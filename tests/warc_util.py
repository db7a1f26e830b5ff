"""Writing WARC files for the tests and the benchmark (tests/test_warc_cli.py,
bench/warc_throughput.py): records, HTTP messages, chunked and gzip bodies."""
import glob
import gzip
import os
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))


def shared_dir():
    """The shared dev corpora next to the project (or a level further up for a worktree)."""
    if os.environ.get("WINNOW_SHARED_DIR"):
        return os.environ["WINNOW_SHARED_DIR"]
    p = os.path.dirname(HERE)
    for _ in range(4):
        p = os.path.dirname(p)
        if os.path.isdir(os.path.join(p, "shared", "corpus")):
            return os.path.join(p, "shared")
    return None


def corpus_pages(limit=None, step=1):
    """(name, bytes) of dev-corpus pages (every step-th, at most limit); [] when absent."""
    shared = shared_dir()
    if not shared:
        return []
    paths = sorted(glob.glob(os.path.join(shared, "corpus", "*", "html", "*.html.gz")))[::step]
    out = []
    for path in paths[:limit]:
        with gzip.open(path, "rb") as f:
            name = os.path.basename(os.path.dirname(os.path.dirname(path))) + "-" + os.path.basename(path)[:-8]
            out.append((name, f.read()))
    return out


def record_id(n):
    return "<urn:uuid:%s>" % uuid.UUID(int=0x5EED0000 + n)


def record(rtype, uri, n, block, content_type, version="1.0", date="2024-05-01T10:00:00Z"):
    head = ["WARC/" + version, "WARC-Type: " + rtype]
    if uri:
        head.append("WARC-Target-URI: " + uri)
    head += ["WARC-Date: " + date, "WARC-Record-ID: " + record_id(n), "Content-Type: " + content_type,
             "Content-Length: %d" % len(block)]
    return ("\r\n".join(head) + "\r\n\r\n").encode() + block + b"\r\n\r\n"


def http(body, content_type="text/html", extra=(), status=200):
    head = ["HTTP/1.1 %d X" % status, "Server: test"]
    if content_type:
        head.append("Content-Type: " + content_type)
    head += list(extra)
    return ("\r\n".join(head) + "\r\n\r\n").encode() + body


def chunked(body, piece=1000):
    out = b""
    for i in range(0, len(body), piece):
        part = body[i:i + piece]
        out += b"%x\r\n" % len(part) + part + b"\r\n"
    return out + b"0\r\n\r\n"


def response(uri, n, message):
    return record("response", uri, n, message, "application/http; msgtype=response")


def gz(data):
    return gzip.compress(data, mtime=0)


def join(records, per_record_gzip):
    return b"".join(gz(r) if per_record_gzip else r for r in records)
