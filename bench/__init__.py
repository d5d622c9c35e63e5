"""The election-night load benchmark: `make bench` (see docs/benchmark.md)."""
