#!/usr/bin/env bash
# Install what the nginx tests and the benchmark need, once per machine: Debian's nginx (only the
# binary is used: tests/nginx/server.py runs it on loopback with docs/nginx/commission.conf).
# Run as root on Debian; does nothing when nginx is already there.
set -euo pipefail

if [ ! -x /usr/sbin/nginx ]; then
  echo "Installing Debian's nginx"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq nginx >/dev/null
fi
