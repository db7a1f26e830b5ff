"""File helpers of the winnow package: atomic writes (temporary name, then rename)."""
import os
import uuid

# Prefix of temporary files; the batch CLI uses the same one, and a finished job removes
# those a killed writer left behind.
TEMP_PREFIX = ".winnow-tmp-"


def read_bytes(path):
    with open(path, "rb") as f:
        return f.read()


def write_atomic(path, data):
    """Writes data to a temporary name in path's folder, then renames it into place, so that
    a reader (or a retried task) never sees a half-written file."""
    path = os.fspath(path)
    folder = os.path.dirname(path) or "."
    tmp = os.path.join(folder, f"{TEMP_PREFIX}{os.getpid()}-{uuid.uuid4().hex}")
    try:
        with open(tmp, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
