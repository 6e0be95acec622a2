#!/usr/bin/env bash
# The deadline watch on two nodes (issue 11, docs/accountability.md "Deadline watch on two nodes"):
# starts two WildFly processes of the provisioned PostgreSQL server on ONE fresh PostgreSQL
# database (port offsets 800 and 900, node names node1/node2), with a short watch interval, lets
# both run a few intervals, kills (SIGKILL) the node that ran the watch last, lets the survivor run
# a few more intervals, then counts in the database that every interval's slot of the deadline
# watch was claimed exactly once, with no slot skipped, and that the survivor took over.
#
#   ops/two-node-watch.sh SERVER_DIR EAR [interval-minutes] [intervals-with-both] [intervals-after-kill]
#
# SERVER_DIR: petition-ear/target/server-postgres (mvn -Dpetition.db=postgres -DskipTests package
# -pl petition-ear -am); EAR: petition-ear/target/petition.ear. Defaults: 1 minute, 4 and 3.
# Each node gets its own copy of standalone/ (its own timer store, log and deployments) under a
# temporary folder; the JDBC URL names each node in application_name. The script instruments only
# its own database: a row trigger on job_lease records every committed claim (a claim is the
# conditional UPDATE of shared.control.JobLeases; a rolled-back run leaves no row), a statement
# trigger every attempt of either node (including the UPDATEs that matched nothing). The product
# is not changed for the test. KEEP_DB=1 keeps the database afterwards.
set -euo pipefail
server="$(cd "$1" && pwd)"; ear="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"
interval="${3:-1}"; both="${4:-4}"; after="${5:-3}"
db="watch2_$(date +%s)"; work="$(mktemp -d /tmp/petition-watch2.XXXX)"
psql_() { psql -h 127.0.0.1 -U postgres -d "$db" -qAt -F ' | ' -c "$1"; }
keys="-Dpetition.data-keys=w2:$(head -c 32 /dev/urandom | base64) -Dpetition.index-key=$(head -c 32 /dev/urandom | base64)"
secret="-Dpetition.secret-key=$(head -c 36 /dev/urandom | base64)"

for offset in 800 900; do
  for p in $((8080 + offset)) $((9990 + offset)); do
    if ss -ltn 2>/dev/null | grep -q "[:.]$p "; then echo "port $p is taken"; exit 2; fi
  done
done
psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $db ENCODING 'UTF8' TEMPLATE template0"
echo "== database $db, work folder $work, watch interval $interval min"

declare -A pid
start() { # node offset
  local n="$1" offset="$2" base="$work/$1"
  mkdir -p "$base"
  cp -r "$server/standalone/configuration" "$base/"
  mkdir -p "$base/deployments" && cp "$ear" "$base/deployments/petition.ear"
  PETITION_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db?ApplicationName=$n" PETITION_DB_USER=postgres \
    LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_PIDFILE="$base/pid" \
    JAVA_OPTS="-Xms256m -Xmx1g -Duser.timezone=Asia/Shanghai -Dfile.encoding=UTF-8 -Djboss.server.base.dir=$base \
    -Djboss.socket.binding.port-offset=$offset -Djboss.node.name=$n -Djboss.tx.node.id=$n \
    -Dpetition.watch.interval-minutes=$interval -Dpetition.data.dir=$base $keys $secret" \
    "$server/bin/standalone.sh" > "$base/boot.log" 2>&1 &
  for _ in $(seq 1 300); do
    if grep -q "Address already in use" "$base/boot.log"; then echo "$n: a port is taken"; exit 2; fi
    if grep -q "WFLYSRV0026\|WFLYCTL0186" "$base/log/server.log" 2>/dev/null; then
      echo "$n started with errors"; grep ERROR "$base/log/server.log" | head -20; exit 1
    fi
    if grep -q "WFLYSRV0025" "$base/log/server.log" 2>/dev/null; then
      pid[$n]="$(cat "$base/pid")"
      echo "$(date -u +%T) $n up (pid ${pid[$n]}, port offset $offset): $(grep -o 'WFLYSRV0025.*' "$base/log/server.log" | cut -c1-110)"
      return 0
    fi
    sleep 1
  done
  echo "$n did not come up"; tail -40 "$base/boot.log"; exit 1
}
cleanup() {
  for n in node1 node2; do
    if [ -n "${pid[$n]:-}" ] && kill -0 "${pid[$n]}" 2>/dev/null; then kill "${pid[$n]}" 2>/dev/null || true; fi
  done
  sleep 3
  for n in node1 node2; do
    if [ -n "${pid[$n]:-}" ] && kill -0 "${pid[$n]}" 2>/dev/null; then kill -9 "${pid[$n]}" 2>/dev/null || true; fi
  done
  if [ "${KEEP_DB:-0}" != 1 ]; then
    sleep 2; psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $db" || true
  fi
}
trap cleanup EXIT

start node1 800   # first alone, so that Flyway migrates the new database once
psql_ "CREATE TABLE probe_claim (name TEXT, slot BIGINT, node TEXT, app TEXT, at TIMESTAMPTZ DEFAULT clock_timestamp());
CREATE TABLE probe_attempt (app TEXT, rows_claimed INT, at TIMESTAMPTZ DEFAULT clock_timestamp());
CREATE FUNCTION probe_claim() RETURNS trigger LANGUAGE plpgsql AS \$\$ BEGIN
  IF NEW.last_slot <> OLD.last_slot THEN
    INSERT INTO probe_claim (name, slot, node, app) VALUES (NEW.name, NEW.last_slot, NEW.node, current_setting('application_name'));
  END IF; RETURN NEW; END \$\$;
CREATE FUNCTION probe_attempt() RETURNS trigger LANGUAGE plpgsql AS \$\$ BEGIN
  INSERT INTO probe_attempt (app, rows_claimed) SELECT current_setting('application_name'), COUNT(*) FROM new_rows; RETURN NULL; END \$\$;
CREATE TRIGGER probe_claim AFTER UPDATE ON job_lease FOR EACH ROW EXECUTE FUNCTION probe_claim();
CREATE TRIGGER probe_attempt AFTER UPDATE ON job_lease REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION probe_attempt();"
start node2 900
t_both=$(date +%s)
echo "$(date -u +%T) both nodes up; waiting $both intervals"
sleep $((both * interval * 60))

victim=$(psql_ "SELECT node FROM probe_claim WHERE name = 'deadline-watch' ORDER BY at DESC LIMIT 1")
victim="${victim:-node1}"; survivor=node1; [ "$victim" = node1 ] && survivor=node2
echo "$(date -u +%T) kill -9 $victim (pid ${pid[$victim]}), the node that ran the watch last"
kill -9 "${pid[$victim]}"; t_kill=$(date +%s)
sleep $((after * interval * 60 + 20))
t_end=$(date +%s)

echo
echo "== every committed claim of the deadline watch (slot = epoch ms / interval; the trigger's time)"
psql_ "SELECT slot, node, to_char(at AT TIME ZONE 'UTC', 'HH24:MI:SS') FROM probe_claim WHERE name = 'deadline-watch' ORDER BY slot"
echo
echo "== UPDATEs of job_lease per node and minute (every job's claim attempts; rows = slots won)"
psql_ "SELECT to_char(date_trunc('minute', at) AT TIME ZONE 'UTC', 'HH24:MI') AS minute, app, COUNT(*) AS updates, SUM(rows_claimed) AS won
       FROM probe_attempt GROUP BY 1, 2 ORDER BY 1, 2"
echo
echo "== the watch's runs in the server logs"
for n in node1 node2; do
  echo "$n: $(grep -c 'deadline watch on' "$work/$n/log/server.log" || true) runs logged"
done
echo
dups=$(psql_ "SELECT COUNT(*) FROM (SELECT slot FROM probe_claim WHERE name = 'deadline-watch' GROUP BY slot HAVING COUNT(*) > 1) d")
range=$(psql_ "SELECT MIN(slot) || ' ' || MAX(slot) || ' ' || COUNT(DISTINCT slot) FROM probe_claim WHERE name = 'deadline-watch'")
read -r first last distinct <<< "$range"
expected_first=$(( t_both * 1000 / (interval * 60000) + 1 ))
expected_last=$(( t_end * 1000 / (interval * 60000) - 1 ))
covered=$(psql_ "SELECT COUNT(DISTINCT slot) FROM probe_claim WHERE name = 'deadline-watch' AND slot BETWEEN $expected_first AND $expected_last")
after_kill=$(psql_ "SELECT COUNT(*) || ' ' || COUNT(*) FILTER (WHERE node = '$survivor') FROM probe_claim
                    WHERE name = 'deadline-watch' AND at > to_timestamp($t_kill)")
read -r runs_after by_survivor <<< "$after_kill"
both_tried=$(psql_ "SELECT COUNT(DISTINCT app) FROM probe_attempt WHERE at < to_timestamp($t_kill)")
echo "slots claimed: $first .. $last, $distinct distinct; slots claimed twice: $dups"
echo "slots from the first full interval with both nodes up to the last full one: $expected_first .. $expected_last, $((expected_last - expected_first + 1)) slots, $covered of them claimed"
echo "after the kill of $victim: $runs_after runs, $by_survivor by $survivor; nodes that tried claims while both ran: $both_tried"
ok=1
[ "$dups" = 0 ] || { echo "FAIL: a slot ran twice"; ok=0; }
[ "$covered" = $((expected_last - expected_first + 1)) ] || { echo "FAIL: a slot was skipped"; ok=0; }
[ "$runs_after" -ge "$((after - 1))" ] && [ "$runs_after" = "$by_survivor" ] || { echo "FAIL: $survivor did not take over"; ok=0; }
[ "$both_tried" = 2 ] || { echo "FAIL: not both nodes' timers fired"; ok=0; }
grep -h "ERROR" "$work"/node*/log/server.log | grep -v "split brain" | head -5 || true
if [ "$ok" = 1 ]; then echo "PASS: once per interval across two nodes, and the survivor took over"; else exit 1; fi
