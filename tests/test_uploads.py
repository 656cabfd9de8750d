"""Saved uploads (ui/uploads.py): one file per id, a size cap, listing and deleting."""

import pytest

from ui.uploads import UploadRefused, UploadStore, safe_name


def test_save_once_list_and_delete(tmp_path):
    store = UploadStore(tmp_path / "up", max_bytes=100)
    a = store.save("news/a story.txt", b"date 2024-08-27\nHello.")
    assert a.name == "a story.txt" and a.path.read_bytes() == b"date 2024-08-27\nHello." and a.size == 22
    assert store.save("a story.txt", b"date 2024-08-27\nHello.") == a  # the same file is one upload
    b = store.save("b.csv", b"text\nHi\n")
    assert {u.id for u in store.list()} == {a.id, b.id} and store.used() == 22 + 8
    assert store.get(a.id) == a and store.delete(a.id) and store.get(a.id) is None
    assert [u.id for u in store.list()] == [b.id] and not store.delete(a.id)


def test_cap_refuses_with_a_reason(tmp_path):
    store = UploadStore(tmp_path, max_bytes=10)
    store.save("a.txt", b"123456")
    with pytest.raises(UploadRefused, match="cap of 0 MB"):
        store.save("b.txt", b"123456")
    assert len(store.list()) == 1


def test_ids_and_names_from_outside_cannot_reach_other_files(tmp_path):
    store = UploadStore(tmp_path / "up")
    (tmp_path / "secret.txt").write_text("no")
    for bad in ("../secret.txt", "..", "", "0123456789ABCDEF", "0123456789abcdef0"):
        assert store.get(bad) is None
    assert safe_name("../../etc/passwd") == "passwd" and safe_name("C:\\x\\<b>.txt") == "_b_.txt"
    assert safe_name("...") == "upload"
