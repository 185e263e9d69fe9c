#!/usr/bin/env bash
# Runs once, when the postgres container initialises an empty data directory (/docker-entrypoint-initdb.d/).
# Mirrors PostgresServer#prepareServiceSchema in suite-infra: one login role per service owning one schema of the
# same name, so no service can read another's tables. A shell script rather than init.sql because plain SQL
# cannot read the environment, and the passwords must come from it. There is no default password: without one the
# script stops, PostgreSQL's initialisation fails, and no role is created with a guessable password.
set -euo pipefail

create_service_schema() {
  local role="$1" password="$2"
  # psql does not substitute variables inside DO $$ bodies, hence \gexec to create the role only once.
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
       -v role="$role" -v password="$password" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', :'role', :'password')
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'role') \gexec
CREATE SCHEMA IF NOT EXISTS :"role" AUTHORIZATION :"role";
REVOKE ALL ON SCHEMA public FROM :"role";
SQL
}

create_service_schema eligibility  "${ELIGIBILITY_DB_PASSWORD:?set ELIGIBILITY_DB_PASSWORD}"
create_service_schema relationship "${RELATIONSHIP_DB_PASSWORD:?set RELATIONSHIP_DB_PASSWORD}"
create_service_schema transfer     "${TRANSFER_DB_PASSWORD:?set TRANSFER_DB_PASSWORD}"
create_service_schema notification "${NOTIFICATION_DB_PASSWORD:?set NOTIFICATION_DB_PASSWORD}"
