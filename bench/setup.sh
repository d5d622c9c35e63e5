#!/usr/bin/env bash
# Install what the benchmark needs, once per machine: Debian's wrk. Run as root on Debian; does nothing
# when it is already there. (.ci/run calls it; `make bench` and `make test` install nothing.)
set -euo pipefail
if ! command -v wrk >/dev/null 2>&1; then
  echo "Installing Debian's wrk"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq wrk >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
fi
