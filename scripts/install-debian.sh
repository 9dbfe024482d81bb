#!/bin/sh
# Install a Debian package the tests or benchmarks drive, unless its program is already here:
#   sh scripts/install-debian.sh PACKAGE PROGRAM [--optional]
# e.g. `chromium /usr/bin/chromium` (the browser tests: Debian's build, not a Playwright
# download, since CI machines reach package mirrors only) or `wrk wrk --optional` (the serve
# benchmark's load generator; without it the benchmark uses Python clients). With --optional,
# a user who cannot run apt-get gets a warning instead of a failure.
set -eu

if [ "$#" -lt 2 ]; then
    echo "usage: $0 PACKAGE PROGRAM [--optional]" >&2
    exit 2
fi
PACKAGE=$1
PROGRAM=$2
OPTIONAL=${3:-}

# whether PROGRAM is here: a command on the PATH, or a shared library the loader knows
present() {
    case "$PROGRAM" in
        lib:*) /sbin/ldconfig -p 2>/dev/null | grep -q "${PROGRAM#lib:} " ;;
        *) command -v "$PROGRAM" >/dev/null 2>&1 ;;
    esac
}

if present; then
    echo "$PACKAGE: $PROGRAM"
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
else
    echo "install-debian: $PROGRAM is missing and this user cannot run apt-get" >&2
    [ "$OPTIONAL" = "--optional" ] && exit 0
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y "$PACKAGE"
present && echo "$PACKAGE: $PROGRAM"
