#!/usr/bin/env bash
# The national benchmark (issue 17): for each household count, in one run, Dekking's end-to-end
# `report --per-gemeente` (load, split, analyse and write every municipality) under the default JVM heap, then
# PostGIS's bare ST_Covers join of the same data in a throwaway cluster, and a check that every group's count is
# the same on both sides. Prints one key=value line per figure; the figures are in bench/README.md.
#
#   bench/national.sh 1000000 [4000000 8374150]
#   CAP_HEAP=4g bench/national.sh 8374150     # also a second Dekking run under -Xmx4g, which must finish
#   SPREAD=1500 WORK=/tmp/scattered bench/national.sh 8374150   # households scattered over each wijk
#
# Needs examples/target/dekking.jar and bench/target/benchmarks.jar
# (./mvnw -q -pl examples,bench -am package -DskipTests), the CBS wijken in ../shared/data/cbs (or WIJKEN=...),
# /usr/bin/time, and PostgreSQL + PostGIS binaries (or DEKKING_PG_URL). Data goes to ${WORK:-/tmp}/nat<N>.
set -euo pipefail
cd "$(dirname "$0")/.."
wijken=${WIJKEN:-$(cd "$(dirname "$0")/../.." && pwd)/shared/data/cbs/cbs-wijken-2024-wgs84.geojson}
work=${WORK:-/tmp}
jar=${DEKKING_JAR:-examples/target/dekking.jar}
bench=bench/target/benchmarks.jar
[ -f "$jar" ] && [ -f "$bench" ] || { echo "build first: ./mvnw -q -pl examples,bench -am package -DskipTests" >&2; exit 2; }

pg_bin=""
pg_dir=""
pg_as=()
stop_pg() {
  if [ -n "$pg_dir" ]; then
    "${pg_as[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -w -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$pg_dir"
  fi
}
start_pg() {
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$pg_bin" ] && [ -x "$pg_bin/initdb" ] || { echo "no PostgreSQL binaries" >&2; exit 2; }
  pg_dir=$(mktemp -d "$work/dekking-national-pg.XXXXXX")
  trap stop_pg EXIT
  if [ "$(id -u)" = 0 ]; then
    chown postgres "$pg_dir"
    pg_as=(runuser -u postgres --)
  fi
  local port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  "${pg_as[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust -E UTF8 >/dev/null
  # PostgreSQL as installed, with room to work: the join runs with its default parallel workers
  "${pg_as[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 \
    -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$pg_dir -c shared_buffers=1GB -c work_mem=256MB -c maintenance_work_mem=1GB -c fsync=off" start >/dev/null
  DEKKING_PG_URL="jdbc:postgresql://127.0.0.1:$port/postgres?user=postgres"
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB, java $(java -version 2>&1 | head -1)"
for n in "$@"; do
  data="$work/nat$n"
  if [ ! -f "$data/households.csv" ]; then
    java -cp "$bench" nl.dekking.bench.national.NationalGenerator "$wijken" "$n" 9250 "$data" 20241130 "${SPREAD:-60}" >/dev/null
  fi
  out="$work/nat$n-per-gemeente"
  echo "households=$n load.before=$(cut -d' ' -f1-3 /proc/loadavg)"
  /usr/bin/time -f $'dekking.wall.s=%e\ndekking.user.s=%U\ndekking.sys.s=%S\ndekking.rss.kb=%M' -o "$work/nat$n.time" \
    java -Xlog:gc:file="$work/nat$n.gc.log" -jar "$jar" report --per-gemeente --households "$data/households.csv" \
    --groups "$data/groups.geojson" --neighbourhoods "$wijken" --out "$out" > "$work/nat$n.out" 2> "$work/nat$n.err" \
    || { echo "dekking failed:"; tail -5 "$work/nat$n.err"; }
  cat "$work/nat$n.time"
  grep -E '^(loading|splitting|analysing)' "$work/nat$n.err" | sed 's/^/dekking.step: /'
  # G1 logs "used-before->used-after(committed)" per collection: the peak in use (before a collection; G1 lets
  # garbage grow into whatever heap it may use), the largest heap still in use after one (an upper bound of the
  # live data at that moment) and the largest heap committed
  gc="$work/nat$n.gc.log"
  echo "dekking.heap.default.mb=$(java -XX:+PrintFlagsFinal -version 2>/dev/null | awk '/ MaxHeapSize / {print int($4/1048576)}')"
  echo "dekking.heap.peak.mb=$(sed -nE 's/.* ([0-9]+)M->([0-9]+)M\(([0-9]+)M\).*/\1/p' "$gc" | sort -n | tail -1)"
  echo "dekking.heap.afterGc.max.mb=$(sed -nE 's/.* ([0-9]+)M->([0-9]+)M\(([0-9]+)M\).*/\2/p' "$gc" | sort -n | tail -1)"
  echo "dekking.heap.committed.max.mb=$(sed -nE 's/.* ([0-9]+)M->([0-9]+)M\(([0-9]+)M\).*/\3/p' "$gc" | sort -n | tail -1)"
  echo "dekking.reports=$(ls -d "$out"/GM* 2>/dev/null | wc -l)"
  echo "load.between=$(cut -d' ' -f1-3 /proc/loadavg)"
  if [ -n "${CAP_HEAP:-}" ]; then
    # the same run again with the heap capped (CAP_HEAP=4g): it must finish, so the run fits that heap
    /usr/bin/time -f "dekking.capped.wall.s=%e" -o "$work/nat$n.capped.time" java -Xmx"$CAP_HEAP" -jar "$jar" report \
      --per-gemeente --households "$data/households.csv" --groups "$data/groups.geojson" --neighbourhoods "$wijken" \
      --out "$out-capped" > /dev/null 2> "$work/nat$n.capped.err" && echo "dekking.capped.heap=$CAP_HEAP ok" \
      || { echo "dekking.capped.heap=$CAP_HEAP FAILED:"; tail -3 "$work/nat$n.capped.err"; }
    cat "$work/nat$n.capped.time"
    rm -rf "$out-capped"
  fi
  [ -n "${DEKKING_PG_URL:-}" ] || start_pg
  /usr/bin/time -f "postgis.client.wall.s=%e" java -cp "$bench" nl.dekking.bench.national.PostgisJoin "$DEKKING_PG_URL" \
    "$data/households.csv" "$data/groups.geojson" "$out/summary.json" 2>&1 || echo "postgis: counts differ or failed"
  echo "load.after=$(cut -d' ' -f1-3 /proc/loadavg)"
done
