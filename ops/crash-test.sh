#!/usr/bin/env bash
# Crash safety (issue 14, docs/reliability.md): drives registrations through REST against a
# PostgreSQL database, kills the server with SIGKILL mid-load, restarts it, and checks that every
# registration that got its 201 is stored exactly once, that retrying the ones without an answer
# (same Idempotency-Key) stores each once more at most, that the numbers of the run are gap-free,
# and that the server starts clean.
#
#   ops/crash-test.sh SERVER_DIR EAR [seconds-before-kill] [parallel-clients] [port-offset]
#
# SERVER_DIR: a WildFly provisioned for PostgreSQL (petition-it/target/wildfly-postgres after a
# PostgreSQL test run, or petition-ear/target/server-postgres); EAR: the built petition.ear.
# Uses a fresh database crash_<time> on 127.0.0.1:5432 (user postgres) and port offset 400 by
# default (HTTP 8480, management 10390); refuses to start when either port is taken.
set -euo pipefail
server="$(cd "$1" && pwd)"; ear="$2"; before_kill="${3:-20}"; clients="${4:-8}"
offset="${5:-400}"; port=$((8080 + offset)); base="http://127.0.0.1:$port/petition"
db="crash_$(date +%s)"; work="$(mktemp -d /tmp/petition-crash.XXXX)"
psql_() { psql -h 127.0.0.1 -U postgres -d "$db" -qAt -c "$1"; }
psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $db ENCODING 'UTF8' TEMPLATE template0"
keys="-Dpetition.data-keys=crash:$(head -c 32 /dev/urandom | base64) -Dpetition.index-key=$(head -c 32 /dev/urandom | base64)"
rm -f "$server/standalone/deployments/petition.ear"*
cp "$ear" "$server/standalone/deployments/petition.ear"
log="$server/standalone/log/server.log"

for p in "$port" $((9990 + offset)); do
  if ss -ltn 2>/dev/null | grep -q "[:.]$p "; then echo "port $p is taken: choose another offset"; exit 2; fi
done

start() {
  : > "$work/boot-$1.log"
  PETITION_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" PETITION_DB_USER=postgres LAUNCH_JBOSS_IN_BACKGROUND=1 \
    JBOSS_PIDFILE="$work/pid" JAVA_OPTS="-Xms256m -Xmx1g -Duser.timezone=Asia/Shanghai -Dfile.encoding=UTF-8 \
    -Djboss.socket.binding.port-offset=$offset -Dpetition.demo=true -Dpetition.demo.matters=0 -Dpetition.data.dir=$work $keys" \
    "$server/bin/standalone.sh" > "$work/boot-$1.log" 2>&1 &
  for _ in $(seq 1 240); do
    if grep -q "Address already in use" "$work/boot-$1.log"; then echo "a port is taken"; kill -9 "$(cat "$work/pid")"; exit 2; fi
    if grep -q WFLYSRV0025 "$work/boot-$1.log" \
        && [ "$(curl -s -o /dev/null -w '%{http_code}' -u officer:demo "$base/api/units")" = 200 ]; then return 0; fi
    sleep 1
  done
  echo "server did not come up"; tail -50 "$work/boot-$1.log"; exit 1
}

echo "== start on $db"
start 1
token=$(curl -s -u admin:demo -H 'Content-Type: application/json' -d '{"name":"crash test","username":"registrar","roles":["REGISTRAR"]}' \
  "$base/api/tokens" | sed 's/.*"token":"\([^"]*\)".*/\1/')
place=$(curl -s -u officer:demo "$base/api/units" | tr '{' '\n' | grep '"code":"331199102201"' | sed 's/.*"id":\([0-9]*\).*/\1/')
today=$(TZ=Asia/Shanghai date +%F)
[ "$(psql_ "SELECT COUNT(*) FROM api_token")" -ge 1 ] || { echo "the server answering is not on $db"; exit 2; }

client() { # one client registering until the server goes away for good
  local c="$1" i=0
  while [ ! -f "$work/stop" ]; do
    i=$((i + 1)); key="crash-$c-$i"
    body="{\"channelCode\":\"HOTLINE_12345\",\"receivedOn\":\"$today\",\"petitionerName\":\"压测$c\",\"peopleCount\":1,\"representatives\":[],\"crossLevel\":\"NONE\",\"problemPlaceId\":$place,\"content\":\"崩溃测试 $key\",\"kind\":\"GRIEVANCE\",\"categoryCode\":\"1402\",\"purpose\":\"DEMAND\"}"
    out=$(curl -s -m 20 -o "$work/r-$key" -w '%{http_code}' -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
      -H "Idempotency-Key: $key" -d "$body" "$base/api/matters" || true)
    number=$(sed -n 's/.*"number":"\([^"]*\)".*/\1/p' "$work/r-$key" 2>/dev/null | head -1 || true)
    echo "$key $out ${number:--}" >> "$work/client-$c.txt"
    rm -f "$work/r-$key"
    [ "$out" = 000 ] && sleep 0.5
  done
}

echo "== $clients clients registering; SIGKILL after $before_kill s"
for c in $(seq 1 "$clients"); do client "$c" & done
sleep "$before_kill"
pid=$(cat "$work/pid"); kill -9 "$pid"; killed_at=$(date +%s)
echo "killed $pid"
sleep 3; touch "$work/stop"; wait
cat "$work"/client-*.txt > "$work/all.txt"
ok=$(awk '$2 == 201' "$work/all.txt" | wc -l); lost=$(awk '$2 != 201' "$work/all.txt" | wc -l)
echo "requests: $(wc -l < "$work/all.txt"), 201: $ok, without an answer or refused: $lost ($(awk '$2 != 201 {print $2}' "$work/all.txt" | sort | uniq -c | tr '\n' ' '))"

echo "== restart"
: > "$log.crash-mark"; lines_before=$(wc -l < "$log")
start 2
echo "restarted $(( $(date +%s) - killed_at )) s after the kill"
errors=$(tail -n +"$lines_before" "$log" | grep -c ' ERROR ' || true)
echo "ERROR lines in the server log since the restart: $errors"

fail=0
echo "== every 201 stored exactly once, with the number it was given"
while read -r key status number; do
  [ "$status" = 201 ] || continue
  got=$(psql_ "SELECT COUNT(*) || ' ' || MIN(number) FROM matter WHERE idempotency_key = '$key'")
  [ "$got" = "1 $number" ] || { echo "  $key answered 201 $number, stored: $got"; fail=1; }
done < "$work/all.txt"
echo "== retrying the ones without a 201 (same Idempotency-Key)"
retried=0
while read -r key status number; do
  [ "$status" = 201 ] && continue
  c="${key#crash-}"; c="${c%%-*}"
  body="{\"channelCode\":\"HOTLINE_12345\",\"receivedOn\":\"$today\",\"petitionerName\":\"压测$c\",\"peopleCount\":1,\"representatives\":[],\"crossLevel\":\"NONE\",\"problemPlaceId\":$place,\"content\":\"崩溃测试 $key\",\"kind\":\"GRIEVANCE\",\"categoryCode\":\"1402\",\"purpose\":\"DEMAND\"}"
  s=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
      -H "Idempotency-Key: $key" -d "$body" "$base/api/matters")
  case "$s" in 200|201) retried=$((retried + 1)) ;; *) echo "  retry of $key: $s"; fail=1 ;; esac
done < "$work/all.txt"
dups=$(psql_ "SELECT COUNT(*) FROM (SELECT idempotency_key FROM matter WHERE idempotency_key LIKE 'crash-%' GROUP BY idempotency_key HAVING COUNT(*) > 1) d")
stored=$(psql_ "SELECT COUNT(*) FROM matter WHERE idempotency_key LIKE 'crash-%'")
gaps=$(psql_ "SELECT COUNT(*) FROM (SELECT CAST(substring(number from '[0-9]+\$') AS INT) n, ROW_NUMBER() OVER (ORDER BY number) r FROM matter WHERE number LIKE '331199-' || EXTRACT(YEAR FROM CURRENT_DATE) || '-%') s WHERE n <> r")
echo "retried: $retried, matters of the run: $stored (201 before the kill: $ok), duplicates: $dups, numbers out of sequence: $gaps"
[ "$dups" = 0 ] && [ "$gaps" = 0 ] && [ "$errors" = 0 ] || fail=1

kill "$(cat "$work/pid")" 2>/dev/null || true
sleep 5
rm -f "$server/standalone/deployments/petition.ear"*
psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $db" 2>/dev/null || true
[ "$fail" = 0 ] && echo "== crash run passed" || { echo "== crash run FAILED (details in $work)"; exit 1; }
