"""File helpers of the winnow package: atomic writes (temporary name, then rename)."""
import os
import uuid

# Prefix of temporary files; the batch CLI uses the same one. A writer's tag follows it (winnow.dask:
# "dask-RUN-"), so that a finished job removes the temporary files its own killed writers left
# behind, and never those of another run or tool writing into the same folder.
TEMP_PREFIX = ".winnow-tmp-"


def read_bytes(path):
    with open(path, "rb") as f:
        return f.read()


def write_atomic(path, data, tag=""):
    """Writes data to a temporary name in path's folder (TEMP_PREFIX, tag, then a unique part),
    then renames it into place, so that a reader (or a retried task) never sees a half-written file."""
    path = os.fspath(path)
    folder = os.path.dirname(path) or "."
    tmp = os.path.join(folder, f"{TEMP_PREFIX}{tag}{os.getpid()}-{uuid.uuid4().hex}")
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
