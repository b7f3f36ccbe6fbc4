#!/bin/sh
# Creates one database and one user per app, so that no app can read another's tables.
set -eu
for app in careers directory competition gateway; do
  password_var=$(echo "${app}_DB_PASSWORD" | tr '[:lower:]' '[:upper:]')
  password=$(eval echo "\${$password_var}")
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres <<SQL
create user ${app} password '${password}';
create database ${app} owner ${app};
revoke all on database ${app} from public;
SQL
  # earthdistance is not a trusted extension, so the administrator creates the contrib modules the apps use.
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$app" <<SQL
create extension if not exists cube;
create extension if not exists earthdistance;
create extension if not exists pg_trgm;
create extension if not exists fuzzystrmatch;
SQL
done
