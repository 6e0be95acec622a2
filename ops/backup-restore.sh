#!/usr/bin/env bash
# Backup and restore of the petition platform's data (docs/reliability.md, "Backup and restore").
#
#   ops/backup-restore.sh backup  --db URL --out DIR      PostgreSQL: pg_dump (custom format) + manifest
#   ops/backup-restore.sh restore --db URL --in DIR       PostgreSQL: creates the database if missing, pg_restore, checks counts
#   ops/backup-restore.sh backup-h2  --data-dir DIR --out DIR   the demo's H2 file (server stopped)
#   ops/backup-restore.sh restore-h2 --data-dir DIR --in DIR    the demo's H2 file back (server stopped)
#   ops/backup-restore.sh verify --in DIR                 checksums of a backup
#
# URL: jdbc:postgresql://host:port/db or postgresql://user@host:port/db (user from --user or
# PGUSER, default postgres; password from PGPASSWORD or ~/.pgpass, never on the command line).
# Attachments are rows of the database (attachment_content), so the dump holds them; the manifest
# records their number and total size and every table's row count, which the restore compares.
# The keys of the personal data (petition.data-keys, petition.index-key) are NOT in a PostgreSQL
# backup: they live in the server's credential store and are backed up with it, apart from the data.
# The demo's generated key file (petition-keys.properties beside the H2 file) is copied with the H2
# backup, since a demo backup is useless without it.
set -euo pipefail

die() { echo "backup-restore: $*" >&2; exit 2; }

cmd="${1:-}"; shift || true
db="" out="" in="" user="${PGUSER:-postgres}" datadir=""
while [ $# -gt 0 ]; do
  case "$1" in
    --db) db="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --in) in="$2"; shift 2 ;;
    --user) user="$2"; shift 2 ;;
    --data-dir) datadir="$2"; shift 2 ;;
    *) die "unknown option $1" ;;
  esac
done

# host, port, database of a JDBC or libpq URL
parse_url() {
  local u="${1#jdbc:}"
  u="${u#postgresql://}"; u="${u#postgres://}"
  u="${u%%\?*}"
  if [[ "$u" == *@* ]]; then user="${u%%@*}"; u="${u#*@}"; user="${user%%:*}"; fi
  local hostport="${u%%/*}"
  PGDB="${u#*/}"
  PGH="${hostport%%:*}"
  PGP="5432"; [[ "$hostport" == *:* ]] && PGP="${hostport#*:}"
  [ -n "$PGDB" ] && [ "$PGDB" != "$u" ] || die "no database name in $1"
  [[ "$PGDB" =~ ^[A-Za-z0-9_]+$ ]] || die "database name must be letters, digits or _: $PGDB"
}

pg() { psql -h "$PGH" -p "$PGP" -U "$user" -v ON_ERROR_STOP=1 -qAt "$@"; }

counts() { # every table of the public schema with its row count, sorted
  local tables
  tables=$(pg -d "$PGDB" -c "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")
  for t in $tables; do
    echo "$t $(pg -d "$PGDB" -c "SELECT COUNT(*) FROM \"$t\"")"
  done
}

sha() { sha256sum "$1" | cut -d' ' -f1; }

case "$cmd" in
  backup)
    [ -n "$db" ] && [ -n "$out" ] || die "backup needs --db and --out"
    parse_url "$db"
    mkdir -p "$out"
    [ ! -e "$out/petition.dump" ] || die "$out/petition.dump exists; choose a new directory"
    start=$(date +%s)
    # one consistent snapshot (pg_dump runs in a single repeatable-read transaction)
    pg_dump -h "$PGH" -p "$PGP" -U "$user" -d "$PGDB" -Fc -Z 6 --no-owner --no-privileges -f "$out/petition.dump"
    {
      echo "format 1"
      echo "created $(date -u +%Y-%m-%dT%H:%M:%SZ)"
      echo "database $PGDB"
      echo "schema $(pg -d "$PGDB" -c "SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank DESC LIMIT 1")"
      echo "attachments $(pg -d "$PGDB" -c "SELECT COUNT(*) || ' ' || COALESCE(SUM(size_bytes), 0) FROM attachment")"
      echo "sha256 $(sha "$out/petition.dump")"
      counts | sed 's/^/rows /'
    } > "$out/MANIFEST"
    echo "backup of $PGDB: $out/petition.dump ($(du -h "$out/petition.dump" | cut -f1), $(( $(date +%s) - start )) s)," \
      "$(grep -c '^rows ' "$out/MANIFEST") tables, attachments $(grep '^attachments ' "$out/MANIFEST" | cut -d' ' -f2-)"
    ;;
  verify)
    [ -n "$in" ] || die "verify needs --in"
    [ -f "$in/MANIFEST" ] || die "no MANIFEST in $in"
    if [ -f "$in/petition.dump" ]; then f="$in/petition.dump"; else f="$in/petition.mv.db"; fi
    [ "$(grep '^sha256 ' "$in/MANIFEST" | cut -d' ' -f2)" = "$(sha "$f")" ] || die "checksum of $f does not match the MANIFEST"
    echo "backup $in: checksum ok"
    ;;
  restore)
    [ -n "$db" ] && [ -n "$in" ] || die "restore needs --db and --in"
    "$0" verify --in "$in" >/dev/null
    parse_url "$db"
    start=$(date +%s)
    if [ -z "$(pg -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$PGDB'")" ]; then
      pg -d postgres -c "CREATE DATABASE \"$PGDB\" ENCODING 'UTF8' TEMPLATE template0"
    elif [ "$(pg -d "$PGDB" -c "SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'public'")" != "0" ]; then
      die "database $PGDB is not empty: restore into a new database, then point the server at it"
    fi
    pg_restore -h "$PGH" -p "$PGP" -U "$user" -d "$PGDB" --no-owner --no-privileges --exit-on-error -j 2 "$in/petition.dump"
    pg -d "$PGDB" -c "ANALYZE" >/dev/null
    diff <(grep '^rows ' "$in/MANIFEST" | cut -d' ' -f2-) <(counts) >/dev/null \
      || die "row counts of $PGDB differ from the MANIFEST"
    echo "restored $PGDB from $in in $(( $(date +%s) - start )) s: $(grep -c '^rows ' "$in/MANIFEST") tables, row counts as in the MANIFEST"
    ;;
  backup-h2)
    [ -n "$datadir" ] && [ -n "$out" ] || die "backup-h2 needs --data-dir and --out"
    [ -f "$datadir/petition.mv.db" ] || die "no petition.mv.db in $datadir"
    if command -v fuser >/dev/null && fuser "$datadir/petition.mv.db" >/dev/null 2>&1; then
      die "the H2 file is open: stop the server first (mvn -pl petition-ear wildfly:shutdown)"
    fi
    mkdir -p "$out"
    cp "$datadir/petition.mv.db" "$out/petition.mv.db"
    [ -f "$datadir/petition-keys.properties" ] && cp -p "$datadir/petition-keys.properties" "$out/"
    { echo "format 1"; echo "created $(date -u +%Y-%m-%dT%H:%M:%SZ)"; echo "h2 $datadir"; echo "sha256 $(sha "$out/petition.mv.db")"; } > "$out/MANIFEST"
    echo "backup of the H2 file: $out/petition.mv.db ($(du -h "$out/petition.mv.db" | cut -f1))"
    ;;
  restore-h2)
    [ -n "$datadir" ] && [ -n "$in" ] || die "restore-h2 needs --data-dir and --in"
    "$0" verify --in "$in" >/dev/null
    if command -v fuser >/dev/null && [ -f "$datadir/petition.mv.db" ] && fuser "$datadir/petition.mv.db" >/dev/null 2>&1; then
      die "the H2 file is open: stop the server first"
    fi
    mkdir -p "$datadir"
    [ ! -f "$datadir/petition.mv.db" ] || mv "$datadir/petition.mv.db" "$datadir/petition.mv.db.before-restore-$(date +%s)"
    cp "$in/petition.mv.db" "$datadir/petition.mv.db"
    [ -f "$in/petition-keys.properties" ] && cp -p "$in/petition-keys.properties" "$datadir/"
    echo "restored the H2 file into $datadir (the previous one kept as petition.mv.db.before-restore-*)"
    ;;
  *)
    sed -n '2,9p' "$0"; exit 2 ;;
esac
