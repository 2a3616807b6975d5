#!/usr/bin/env bash
# Whole-process `run` of two or more builds of sim1177, in turn round by round, so that a change in
# the machine's load falls on all of them alike: wall and CPU time (/usr/bin/time) and the JIT's
# own account (-XX:+CITime), with the medians. Run from the repository root:
#
#   docs/bench/whole-process-builds.sh ROUNDS WORKLOAD LABEL@JAR...
#
# WORKLOAD: tutorial (SSJ's tutorial centre, 200 days x 50 replications, one thread: issue 22's
# per-core workload), varmland (the bundled default scenario, 30 replications, default threads)
# or tutorial-2 (1,000 days x 50 on 2 threads). JAVA_OPTIONS are passed to every JVM, e.g. a
# start-up archive: JAVA_OPTIONS="-Xlog:cds*=off -XX:SharedArchiveFile=target/sim1177-java17.0.15.jsa".
set -euo pipefail
rounds="$1"; workload="$2"; shift 2
case "$workload" in
  tutorial) args=(run scenarios/bench/ssj-tutorial.yaml --set simulation.days=200 --threads 1) ;;
  tutorial-2) args=(run scenarios/bench/ssj-tutorial.yaml --threads 2) ;;
  varmland) args=(run) ;;
  *) echo "unknown workload $workload (tutorial, tutorial-2, varmland)" >&2; exit 2 ;;
esac
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1); $workload, $rounds rounds"
for round in $(seq 1 "$rounds"); do
  for spec in "$@"; do
    label="${spec%@*}"; jar="${spec#*@}"
    rm -rf "$work/out"
    # shellcheck disable=SC2086 # JAVA_OPTIONS are separate options on purpose
    /usr/bin/time -f "%e %U %S" -o "$work/time" java -XX:+CITime ${JAVA_OPTIONS:-} -jar "$jar" "${args[@]}" \
        --out "$work/out" > "$work/stdout" 2> "$work/stderr"
    read -r wall user sys < "$work/time"
    jit="$(awk '/Total compilation time/ { print $5 }' "$work/stdout")"
    cpu="$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')"
    echo "$wall $cpu $jit" >> "$work/$label"
    printf "round %d  %-10s wall %6.2f s  cpu %6.2f s  jit %5.2f s  (load %s)\n" "$round" "$label" "$wall" "$cpu" "$jit" \
        "$(cut -d' ' -f1 /proc/loadavg)"
  done
done
for spec in "$@"; do
  label="${spec%@*}"
  printf "median %-10s" "$label"
  for col in 1 2 3; do
    cut -d' ' -f"$col" "$work/$label" | sort -g \
        | awk -v name="$(echo "wall cpu jit" | cut -d' ' -f"$col")" '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "  %s %.2f s", name, m }'
  done
  echo
done
