"""Checking the chain: every entry's hash, its number and the previous entry's hash, in order."""

from dataclasses import dataclass

from .models import GENESIS_HASH, AuditEntry


@dataclass(frozen=True)
class Break:
    sequence: int
    reason: str


@dataclass(frozen=True)
class Check:
    checked: int
    last_sequence: int
    last_hash: str
    broken: Break | None


def check_chain(after_sequence=0, after_hash=GENESIS_HASH, expect=None, chunk_size=2000):
    """Walk the entries numbered after `after_sequence` in order, streaming, and stop at the first broken one.

    `after_sequence` and `after_hash` are those of the last archived entry (none: the chain starts at 1);
    `expect` is a (sequence, hash) pair kept from an earlier check, which must still be there as it was."""
    expected_sequence, previous_hash, checked = after_sequence + 1, after_hash, 0
    entries = AuditEntry.objects.filter(sequence__gt=after_sequence).order_by("sequence")
    for entry in entries.iterator(chunk_size=chunk_size):
        broken = None
        if entry.sequence != expected_sequence:
            broken = Break(expected_sequence, f"missing sequence number {expected_sequence}")
        elif entry.previous_hash != previous_hash:
            broken = Break(entry.sequence, "previous-hash mismatch (an entry before it was changed or removed)")
        elif entry.compute_hash() != entry.hash:
            broken = Break(entry.sequence, "hash mismatch (its content was changed)")
        elif expect is not None and entry.sequence == expect[0] and entry.hash != expect[1]:
            broken = Break(entry.sequence, "hash differs from the one kept earlier")
        if broken is not None:
            return Check(checked, expected_sequence - 1, previous_hash, broken)
        checked += 1
        expected_sequence, previous_hash = entry.sequence + 1, entry.hash
    last_sequence = expected_sequence - 1
    if expect is not None and expect[0] > last_sequence:
        broken = Break(expect[0], "missing: the entries at the end of the log were removed")
        return Check(checked, last_sequence, previous_hash, broken)
    return Check(checked, last_sequence, previous_hash, None)
