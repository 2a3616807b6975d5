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
# WARMUP and MEASURE (seconds of CPU, default 4 and 6) set each measurement's length; the
# measurement is taken in one-second slices, and the line ends with the fastest and the median
# slice (the machine's neighbours slow whole stretches of seconds by up to a third: compare the
# builds on those, round by round, not on the mean alone). EXTRA_CP comes first on the class path:
# to time builds older than the harness with the same harness, compile src/jmh/.../CpuTimePerCall
# against one of them into a folder and name it there.
set -euo pipefail
rounds="$1"; scenario="$2"; days="$3"; shift 3
for round in $(seq 1 "$rounds"); do
  for spec in "$@"; do
    impl="${spec%@*}"; jar="${spec#*@}"
    load="$(cut -d' ' -f1 /proc/loadavg)"
    out="$(java -cp "${EXTRA_CP:+$EXTRA_CP:}$jar" se.sim1177.jmh.CpuTimePerCall "$impl" "$scenario" "$days" "${WARMUP:-4}" "${MEASURE:-6}")"
    printf "round %d  %-8s %-24s load %5s  %s\n" "$round" "$impl" "$(basename "$jar")" "$load" "$out"
  done
done
