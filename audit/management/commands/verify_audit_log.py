"""Check the audit log's hash chain from end to end; run it nightly (docs/security.md)."""

from django.core.management.base import BaseCommand, CommandError

from audit.chain import check_chain
from audit.models import GENESIS_HASH


def entry_reference(text):
    """Parse "SEQUENCE:HASH", as the command prints the last entry it checked."""
    sequence, separator, digest = text.partition(":")
    if not (separator and sequence.isdigit() and len(digest) == 64):
        raise CommandError(f"Expected SEQUENCE:HASH (as this command prints), not {text!r}.")
    return int(sequence), digest.lower()


class Command(BaseCommand):
    help = (
        "Check every audit log entry in order: its number follows the previous one, it carries the previous "
        "entry's hash, and its own hash matches its content. Names the first broken entry; exits non-zero then."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--after",
            metavar="SEQUENCE:HASH",
            help="The last archived entry (docs/operations.md): the chain must continue from it.",
        )
        parser.add_argument(
            "--expect",
            metavar="SEQUENCE:HASH",
            help="The last entry of an earlier check: it must still be there, unchanged.",
        )

    def handle(self, *args, after=None, expect=None, **options):
        after_sequence, after_hash = entry_reference(after) if after else (0, GENESIS_HASH)
        result = check_chain(after_sequence, after_hash, expect=entry_reference(expect) if expect else None)
        self.stdout.write(f"Checked {result.checked} audit log entries.")
        if result.broken is not None:
            raise CommandError(
                f"The audit log's chain is broken at entry {result.broken.sequence}: {result.broken.reason}."
            )
        self.stdout.write(
            self.style.SUCCESS(f"The chain is intact. Last entry: {result.last_sequence}:{result.last_hash}")
        )
