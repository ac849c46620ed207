# PostgreSQL for the bin/ commands, as bin/test sets it up; source it (after machine.sh), don't run it.

# Starts the newest installed cluster (creating it if needed), waits until it answers and makes sure
# the role briefdesk (password briefdesk) exists.
postgres_start() {
  local pg_version
  pg_version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
  if ! pg_lsclusters -h 2>/dev/null | grep -q "^$pg_version main"; then
    as_root pg_createcluster "$pg_version" main >/dev/null
  fi
  as_root pg_ctlcluster "$pg_version" main start 2>/dev/null || true
  for _ in $(seq 1 30); do
    as_root su postgres -c "pg_isready -q" && break
    sleep 1
  done
  as_root su postgres -c "psql -qtc \"select 1 from pg_roles where rolname='briefdesk'\" | grep -q 1 || psql -qc \"create role briefdesk login password 'briefdesk'\""
}

# postgres_fresh_db NAME: drops the database NAME if it exists and creates it empty, owned by briefdesk.
postgres_fresh_db() {
  as_root su postgres -c "dropdb --if-exists $1 && createdb -O briefdesk $1"
}

# postgres_query DB SQL: prints the answer of one query, unaligned, without headers.
postgres_query() {
  PGPASSWORD=briefdesk psql -h localhost -U briefdesk -d "$1" -Atqc "$2"
}
