"""File input and output at the pipeline's edges: atomic writes, decoded reads."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from variorum.errors import InputError


def write_atomic(path: str | os.PathLike[str], data: str | bytes) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the whole new one.

    The temporary file lives in the target's directory so that ``os.replace`` is a
    rename on one file system, never a copy that could be cut half way.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(raw)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def read_text(path: str | os.PathLike[str]) -> str:
    """Read a UTF-8 text file, or fail naming the file (and the byte offset of bad bytes)."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", file=str(p)) from None
    except IsADirectoryError:
        raise InputError("is a directory, not a file", file=str(p)) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", file=str(p)) from None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise InputError(
            f"not valid UTF-8 at byte offset {exc.start} (byte 0x{raw[exc.start]:02x})",
            file=str(p), line=line,
        ) from None
