#!/usr/bin/env bash
# Smoke run of the JMH suite: every benchmark once, one short iteration, small sizes, failing on the first error.
# It keeps the suite compiling and running (and every benchmark's exactness check passing); its numbers mean
# nothing. The full run is in bench/README.md. Takes about three minutes on two cores.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=bench/target/benchmarks.jar
if [ ! -f "$jar" ]; then
  ./mvnw -q -B -pl bench -am package -DskipTests
fi
run() {
  java -Djmh.ignoreLock=true -jar "$jar" "$@" -f 1 -wi 0 -i 1 -r 100ms -foe true \
    -jvmArgsAppend "-Xms256m -Xmx2g" -rf text -rff /dev/null
}
run '\.LocateBenchmark\.' -p layout=SYNTHETIC_100,SAMPLE,STREETS_150
run '\.AssignBenchmark\.' -p households=100000 -p layout=SYNTHETIC_100,STREETS_150
run '\.BuildBenchmark\.' -p layout=SYNTHETIC_100,STREETS_150
run '\.SampleDataBenchmark\.'
run '\.ReportWriteBenchmark\.' -p households=3000
run '\.NearbyBenchmark\.' -p layout=SYNTHETIC_100,STREETS_150
run '\.AnalysisBenchmark\.' -p households=2000 -p groups=10
run '\.PlanBenchmark\.' -p town=SAMPLE
run '\.AddressLookupBenchmark\.' -p size=HEERENVEEN
run '\.RasterOutlineBenchmark\.' -p households=20000
run '\.CrsTransformBenchmark\.'
run '\.MemoryLatencyBenchmark\.' -p megabytes=1
# Item 5 needs a PostgreSQL + PostGIS. Without DEKKING_PG_URL, start a throwaway cluster from the system's
# binaries (as the postgis module's tests do; as the postgres user when run as root) and remove it afterwards.
pg_bin=""
pg_dir=""
pg_as=()
stop_throwaway_postgis() {
  if [ -n "$pg_dir" ]; then
    "${pg_as[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -w -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$pg_dir"
  fi
}
start_throwaway_postgis() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$bin" ] && [ -x "$bin/initdb" ] || return 1
  ls /usr/share/postgresql/*/extension/postgis.control >/dev/null 2>&1 || return 1
  pg_bin=$bin
  pg_dir=$(mktemp -d /tmp/dekking-bench-pg.XXXXXX)
  trap stop_throwaway_postgis EXIT
  if [ "$(id -u)" = 0 ]; then
    chown postgres "$pg_dir"
    pg_as=(runuser -u postgres --)
  fi
  local port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null \
    || echo $((20000 + RANDOM % 20000)))
  "${pg_as[@]}" "$bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust -E UTF8 >/dev/null || return 1
  "${pg_as[@]}" "$bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 \
    -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$pg_dir" start >/dev/null || return 1
  export DEKKING_PG_URL="jdbc:postgresql://127.0.0.1:$port/postgres?user=postgres"
}
if [ -z "${DEKKING_PG_URL:-}" ]; then
  start_throwaway_postgis || echo "bench/smoke.sh: no throwaway PostgreSQL + PostGIS could be started"
fi
if [ -n "${DEKKING_PG_URL:-}" ]; then
  run '\.PostgisAssignBenchmark\.' -p households=20000 -p groups=100
elif [ "${CI:-}" = true ]; then
  echo "bench/smoke.sh: CI=true needs PostGIS for PostgisAssignBenchmark (install postgresql postgresql-15-postgis-3)" >&2
  exit 1
else
  echo "bench/smoke.sh: PostgisAssignBenchmark skipped: no DEKKING_PG_URL and no local PostgreSQL + PostGIS"
fi
