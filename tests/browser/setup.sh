#!/usr/bin/env bash
# Install what the browser tests need, once per machine: Debian's Chromium (never a browser
# downloaded by a test tool) and axe-core from npm, at the version package-lock.json fixes.
# Run as root on Debian; does nothing when both are already there.
set -euo pipefail
cd "$(dirname "$0")"

if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Debian's chromium"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
fi

if [ ! -f node_modules/axe-core/axe.min.js ]; then
  if ! command -v npm >/dev/null; then
    echo "Installing Debian's nodejs and npm"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq nodejs npm >/dev/null
  fi
  echo "Installing axe-core (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
fi
