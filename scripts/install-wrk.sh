#!/bin/sh
# Install wrk (Debian's package), the load generator bench/serve_latency.py drives the server
# with; without it the benchmark falls back to Python clients that take CPU from the server.
set -eu

if command -v wrk >/dev/null 2>&1; then
    echo "wrk: $(command -v wrk)"
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
else
    echo "install-wrk: wrk is missing and this user cannot run apt-get; the benchmark will use Python clients" >&2
    exit 0
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y wrk
