#!/bin/sh
# Start a local PostgreSQL (Debian's package) with a throwaway database for the PostgreSQL
# tests (tests/test_store.py), installing it when the machine lacks it. Prints the URL to put
# in ACCORD_TEST_PG_URL on its last line; the tests skip, saying why, when it is not set.
set -eu

DB=accord_test
ROLE=accord_test

if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
    AS_PG="su postgres -c"
elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
    AS_PG="sudo -u postgres sh -c"
else
    echo "start-postgres: needs root or sudo to install and start PostgreSQL" >&2
    exit 1
fi

if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ -z "$(ls /etc/postgresql 2>/dev/null)" ]; then
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update >&2
    $SUDO apt-get install -y postgresql >&2
fi

VERSION=$(ls /etc/postgresql | sort -n | tail -n 1)
$SUDO pg_ctlcluster "$VERSION" main start >&2 2>/dev/null || true
# wait for it to take connections (pg_isready answers at once; no fixed sleep)
tries=0
until pg_isready -q -h 127.0.0.1; do
    tries=$((tries + 1))
    if [ "$tries" -gt 60 ]; then
        echo "start-postgres: PostgreSQL $VERSION did not start" >&2
        exit 1
    fi
    sleep 0.5
done
$AS_PG "psql -q -c \"DROP DATABASE IF EXISTS $DB\"" >&2
$AS_PG "psql -q -c \"DROP ROLE IF EXISTS $ROLE\"" >&2
$AS_PG "psql -q -c \"CREATE ROLE $ROLE LOGIN PASSWORD '$ROLE'\"" >&2
$AS_PG "createdb -O $ROLE $DB" >&2
echo "postgresql://$ROLE:$ROLE@127.0.0.1/$DB"
