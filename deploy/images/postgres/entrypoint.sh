#!/usr/bin/env bash
# The stand-in PostgreSQL's entrypoint: the part of the official postgres image's docker-entrypoint.sh that
# docker-compose.yml relies on, so the same compose file runs with either image. On an empty data directory it
# creates the cluster with the superuser POSTGRES_USER / POSTGRES_PASSWORD and the database POSTGRES_DB, runs
# /docker-entrypoint-initdb.d/*.sh against a server that listens on its socket only (so no health check passes
# before the roles exist), then serves on every interface with password authentication.
set -euo pipefail

: "${PGDATA:=/var/lib/postgresql/data}"
: "${POSTGRES_USER:=postgres}"
: "${POSTGRES_DB:=$POSTGRES_USER}"
export PGDATA POSTGRES_USER POSTGRES_DB
# The socket lives in /tmp: the compose file may make the root file system read-only and mount a tmpfs there.
export PGHOST=/tmp

if [[ ! -s "$PGDATA/PG_VERSION" ]]; then
  : "${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD, the password of the superuser}"
  initdb --username="$POSTGRES_USER" --pwfile=<(printf '%s\n' "$POSTGRES_PASSWORD") \
         --auth-local=trust --auth-host=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 > /dev/null
  echo "host all all all scram-sha-256" >> "$PGDATA/pg_hba.conf"
  pg_ctl --silent --wait --options="-c listen_addresses='' -c unix_socket_directories=/tmp" start
  if [[ "$POSTGRES_DB" != postgres ]]; then
    psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres -c "CREATE DATABASE \"$POSTGRES_DB\"" > /dev/null
  fi
  for script in /docker-entrypoint-initdb.d/*.sh; do
    [[ -e "$script" ]] || continue
    echo "running $script"
    bash "$script"
  done
  pg_ctl --silent --wait stop
  echo "PostgreSQL initialised in $PGDATA"
fi

exec postgres -c listen_addresses='*' -c unix_socket_directories=/tmp "$@"
