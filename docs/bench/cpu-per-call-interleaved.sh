#!/usr/bin/env bash
# CPU time per call on one thread (se.sim1177.jmh.CpuTimePerCall), one JVM per measurement, taking
# turns round by round over IMPL@JAR pairs, with the load average beside each: for comparing builds
# (copies of target/benchmarks.jar from `mvn -B -P bench -DskipTests package`) and implementations
# on a machine shared with other work. Run from the repository root:
#
#   docs/bench/cpu-per-call-interleaved.sh ROUNDS SCENARIO DAYS IMPL@JAR...
#   e.g. docs/bench/cpu-per-call-interleaved.sh 5 scenarios/bench/ssj-tutorial.yaml 100 \
#          sim1177@/tmp/bench-old.jar sim1177@/tmp/bench-new.jar hand@/tmp/bench-new.jar ssj@/tmp/bench-new.jar
#
# WARMUP and MEASURE (seconds of CPU, default 4 and 6) set each measurement's length. For a build
# older than CpuTimePerCall, compile it against that jar into a folder and name it in EXTRA_CP.
set -euo pipefail
rounds="$1"; scenario="$2"; days="$3"; shift 3
for round in $(seq 1 "$rounds"); do
  for spec in "$@"; do
    impl="${spec%@*}"; jar="${spec#*@}"
    load="$(cut -d' ' -f1 /proc/loadavg)"
    out="$(java -cp "$jar${EXTRA_CP:+:$EXTRA_CP}" se.sim1177.jmh.CpuTimePerCall "$impl" "$scenario" "$days" "${WARMUP:-4}" "${MEASURE:-6}")"
    printf "round %d  %-8s %-24s load %5s  %s\n" "$round" "$impl" "$(basename "$jar")" "$load" "$out"
  done
done
