"""Uploaded files kept in a local folder, so a reload or a link brings them back.

Each file is saved once as UPLOADS/<id>/<name>, the id being a hash of its name and bytes: the same
file uploaded twice is one upload, and an id in a link names exactly those bytes. The folder has a
size cap; an upload that would exceed it is refused with a message. Analyst corrections made on an
upload alone are kept beside it (UPLOADS/<id>/<name stem>.corrections.jsonl). No Streamlit here.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from analysis.corrections import is_corrections_file

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_MAX_BYTES = 500 * 1024 * 1024
ID = re.compile(r"[0-9a-f]{16}")
UNSAFE = re.compile(r"[^\w.\- ]+")


class UploadRefused(Exception):
    """The file was not saved; the message says why."""


@dataclass(frozen=True)
class Upload:
    id: str
    name: str
    path: Path  # the saved file
    size: int
    saved: datetime


def default_store() -> UploadStore:
    """DASHBOARD_UPLOADS (default: uploads/ in the project), capped by DASHBOARD_UPLOADS_MAX_MB."""
    root = Path(os.environ.get("DASHBOARD_UPLOADS") or ROOT / "uploads")
    cap = os.environ.get("DASHBOARD_UPLOADS_MAX_MB")
    return UploadStore(root, int(float(cap) * 1024 * 1024) if cap else DEFAULT_MAX_BYTES)


def safe_name(name: str) -> str:
    """The file's own name without folders or odd characters; its suffix, which decides how it is read, kept."""
    base = UNSAFE.sub("_", Path(name.replace("\\", "/")).name).strip(" .")
    return base or "upload"


def upload_id(name: str, data: bytes) -> str:
    return hashlib.sha256(safe_name(name).encode() + b"\0" + data).hexdigest()[:16]


class UploadStore:
    def __init__(self, root: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.root = Path(root)
        self.max_bytes = max_bytes

    def save(self, name: str, data: bytes) -> Upload:
        uid = upload_id(name, data)
        if (found := self.get(uid)) is not None:
            return found
        used = self.used()
        if used + len(data) > self.max_bytes:
            raise UploadRefused(f"{safe_name(name)}: the uploads folder would exceed its cap of "
                                f"{self.max_bytes / 1e6:,.0f} MB ({used / 1e6:,.1f} MB used); "
                                "delete saved uploads in the Data panel")
        self.root.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=".incoming-", dir=self.root))
        (tmp / safe_name(name)).write_bytes(data)
        try:
            tmp.rename(self.root / uid)  # whole or not at all, also when two sessions save it at once
        except OSError:
            shutil.rmtree(tmp, ignore_errors=True)
        return self.get(uid)

    def get(self, uid: str) -> Upload | None:
        """The upload with this id, or None (never saved here, deleted, or not an id at all)."""
        if not ID.fullmatch(uid or ""):
            return None
        folder = self.root / uid
        files = [f for f in folder.glob("*") if f.is_file() and not is_corrections_file(f.name)] \
            if folder.is_dir() else []
        if not files:
            return None
        f = files[0]
        st_ = f.stat()
        return Upload(uid, f.name, f, st_.st_size, datetime.fromtimestamp(st_.st_mtime))

    def list(self) -> list[Upload]:
        """Every saved upload, newest first."""
        found = [self.get(p.name) for p in self.root.iterdir()] if self.root.is_dir() else []
        return sorted((u for u in found if u), key=lambda u: (u.saved, u.id), reverse=True)

    def delete(self, uid: str) -> bool:
        if self.get(uid) is None:
            return False
        shutil.rmtree(self.root / uid)
        return True

    def used(self) -> int:
        return sum(u.size for u in self.list())
