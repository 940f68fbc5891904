#!/usr/bin/env bash
# Debian's Chromium for the browser tests of the network views (tests/graph/views) and
# bench/view_bench.py. Idempotent and quiet: does nothing when /usr/bin/chromium is there;
# fails loudly (non-zero exit, apt's own message) when it cannot install it.
set -euo pipefail

CHROMIUM=/usr/bin/chromium

if [ -x "$CHROMIUM" ]; then
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO="sudo -n"
    else
        echo "20-chromium.sh: $CHROMIUM is missing and this is not root (no sudo); install Debian's 'chromium' package" >&2
        exit 1
    fi
else
    SUDO=""
fi

export DEBIAN_FRONTEND=noninteractive
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! { $SUDO apt-get update -q && $SUDO apt-get install -y -q --no-install-recommends chromium; } >"$log" 2>&1; then
    cat "$log" >&2
    echo "20-chromium.sh: installing Debian's chromium failed" >&2
    exit 1
fi

if ! "$CHROMIUM" --version >/dev/null 2>&1; then
    echo "20-chromium.sh: $CHROMIUM was installed but does not run" >&2
    "$CHROMIUM" --version >&2 || true
    exit 1
fi
echo "20-chromium.sh: installed $("$CHROMIUM" --version)"
