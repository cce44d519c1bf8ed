#!/usr/bin/env bash
# Smoke run of the JMH suite: every benchmark once, one short iteration, small sizes, failing on the first error.
# It keeps the suite compiling and running (and every benchmark's exactness check passing); its numbers mean
# nothing. The full run is in bench/README.md. Takes about two minutes on two cores.
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
run '\.LocateBenchmark\.' -p groups=100
run '\.AssignBenchmark\.' -p households=100000 -p groups=100
run '\.BuildBenchmark\.' -p groups=100
run '\.SampleDataBenchmark\.'
if [ -n "${DEKKING_PG_URL:-}" ]; then
  run '\.PostgisAssignBenchmark\.' -p households=20000 -p groups=100
else
  echo "bench/smoke.sh: PostgisAssignBenchmark skipped: DEKKING_PG_URL is not set"
fi
