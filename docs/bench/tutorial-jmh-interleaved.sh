#!/usr/bin/env bash
# TutorialBenchmark's three benchmarks in single JMH forks that take turns, round by round, so
# that a machine whose load changes during the measurement slows all three alike (one JMH run
# with -f 4 measures all forks of one benchmark before the next). Prints ns per call for each
# fork (10^9 / the `calls` counter). Run from the repository root after
#
#   mvn -B -P bench -DskipTests package
#
#   docs/bench/tutorial-jmh-interleaved.sh [ROUNDS]      (default 4)
set -euo pipefail
rounds="${1:-4}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for round in $(seq 1 "$rounds"); do
  for benchmark in sim1177 ssjTutorialStyle handTuned; do
    java -jar target/benchmarks.jar "TutorialBenchmark\.${benchmark}\$" -f 1 > "$work/out.txt" 2>&1
    awk -v round="$round" -v name="$benchmark" -v load="$(cut -d' ' -f1 /proc/loadavg)" '
      $1 ~ /:calls$/ { printf "round %d  %-18s %6.0f ns per call  (load average %s)\n", round, name, 1e9 / $(NF - 3), load }' \
      "$work/out.txt"
  done
done
