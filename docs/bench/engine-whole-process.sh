#!/usr/bin/env bash
# Issue 22's measurements, each a whole process as a user runs it, timed by /usr/bin/time (wall
# clock, user + system CPU) with the JIT's own account (-XX:+CITime). Run from the repository root:
#
#   docs/bench/engine-whole-process.sh [ROUNDS] [PARTS]
#
# PARTS (default "core machine jit startup") picks what to measure:
#   core     per core: `run --threads 1` of SSJ's tutorial centre, 200 days x 50 replications
#            (16.6 M calls), against the tutorial-style SSJ model run for 10,000 days on one thread;
#            ROUNDS pairs in turn, medians (target: sim1177 1.5x less CPU)
#   machine  the 83 M-call workload (1,000 days x 50): sim1177 on 2 threads against the SSJ model
#            on one (target 3.5x by wall time), and sim1177 on 1 thread against 2 (target 1.85x)
#   jit      -XX:+PrintCompilation on the per-core workload, the large region and 05 (40
#            replications each): every model or engine method that C2 compiled and later threw
#            away ("made not entrant"); target: none
#   startup  `run` of the bundled Varmland month (30 replications): java -jar, and the launcher
#            with its start-up archive (target: under 1.2 s wall)
#
# It builds target/benchmarks.jar (bench profile: SSJ and the reference models) and keeps it
# aside, then the plain target/sim1177.jar. sim1177 runs through its launcher, as a user runs it
# (with the start-up archive and compiler settings it gives this Java; the JVM reads -XX:+CITime
# and -XX:+PrintCompilation from JAVA_TOOL_OPTIONS), on whatever java is first on the PATH; JAVA
# (default: java on the PATH) runs the SSJ model and the startup part's plain `java -jar`.
set -euo pipefail
rounds="${1:-5}"
parts="${2:-core machine jit startup}"
java="${JAVA:-java}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

docs/bench/build-jars.sh "$work"
./sim1177 --version > /dev/null   # makes the launcher's start-up archive for the new jar
tutorial=scenarios/bench/ssj-tutorial.yaml

# timed LABEL COMMAND...: runs it, prints "LABEL wall W cpu C jit J" and appends it to $work/LABEL
timed() {
  local label="$1"; shift
  rm -rf "$work/out"
  /usr/bin/time -f "%e %U %S" -o "$work/time.txt" "$@" > "$work/stdout.txt" 2> "$work/stderr.txt"
  local jit
  jit="$(awk '/Total compilation time/ { print $5 }' "$work/stdout.txt")"
  read -r wall user sys < "$work/time.txt"
  local line
  line="$(awk -v w="$wall" -v u="$user" -v s="$sys" -v j="${jit:-0}" 'BEGIN { printf "wall %6.2f s  cpu %6.2f s  jit %5.2f s", w, u + s, j }')"
  printf "  %-32s %s  (load %s)\n" "$label" "$line" "$(cut -d' ' -f1 /proc/loadavg)"
  echo "$wall $(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }') ${jit:-0}" >> "$work/$label"
}

# median LABEL: the medians of the wall, CPU and JIT columns
median() {
  local label="$1"
  for col in 1 2 3; do
    cut -d' ' -f"$col" "$work/$label" | sort -g | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.2f ", m }'
  done
}

echo "machine: $(nproc) cores, $("$java" -version 2>&1 | head -1), $(date -u +%Y-%m-%dT%H:%MZ)"

if [[ " $parts " == *" core "* ]]; then
  echo "per core: 16.6 M calls, one thread, $rounds pairs in turn"
  for round in $(seq 1 "$rounds"); do
    timed sim1177-1-thread env JAVA_TOOL_OPTIONS=-XX:+CITime ./sim1177 run "$tutorial" \
        --set simulation.days=200 --threads 1 --out "$work/out"
    timed ssj-tutorial-1-thread "$java" -XX:+CITime -cp "$work/benchmarks.jar" \
        se.sim1177.reference.SsjTutorialCallCentre 10000 1 1
  done
  read -r sw sc sj <<< "$(median sim1177-1-thread)"
  read -r tw tc tj <<< "$(median ssj-tutorial-1-thread)"
  echo "  medians: sim1177 wall $sw cpu $sc jit $sj; SSJ tutorial style wall $tw cpu $tc jit $tj"
  awk -v s="$sc" -v t="$tc" 'BEGIN { printf "  SSJ CPU / sim1177 CPU = %.2fx (target 1.5x)\n", t / s }'
fi

if [[ " $parts " == *" machine "* ]]; then
  echo "the machine: 83 M calls (1,000 days x 50 replications)"
  timed sim1177-2-threads env JAVA_TOOL_OPTIONS=-XX:+CITime ./sim1177 run "$tutorial" --threads 2 --out "$work/out"
  timed ssj-tutorial-1-thread-83M "$java" -XX:+CITime -cp "$work/benchmarks.jar" \
      se.sim1177.reference.SsjTutorialCallCentre 1000 50 1
  timed sim1177-1-thread-83M env JAVA_TOOL_OPTIONS=-XX:+CITime ./sim1177 run "$tutorial" --threads 1 --out "$work/out"
  read -r s2 _ _ <<< "$(median sim1177-2-threads)"
  read -r t1 _ _ <<< "$(median ssj-tutorial-1-thread-83M)"
  read -r s1 _ _ <<< "$(median sim1177-1-thread-83M)"
  awk -v a="$s2" -v b="$t1" -v c="$s1" 'BEGIN {
    printf "  SSJ 1 thread wall / sim1177 2 threads wall = %.2fx (target 3.5x)\n", b / a
    printf "  sim1177 1 thread wall / 2 threads wall = %.2fx (target 1.85x)\n", c / a }'
fi

if [[ " $parts " == *" jit "* ]]; then
  echo "the JIT: C2 compilations of the model and engine thrown away (one thread)"
  c2='^ +[0-9]+ +[0-9]+ .{6} *4 +se\.sim1177\.(model|engine)\.'
  loop='Replication::(runUntil|dispatch|callArrives|phoneWorkEnds)|EventAgenda::next'
  # The per-core workload, then the large region and the 1177 direkt example (40 replications,
  # where the warm-up's and an empty queue's tests used to throw the loop away).
  for workload in "$tutorial --set simulation.days=200" "scenarios/04-large-region.yaml --replications 40" \
      "scenarios/05-varmland-direkt.yaml --replications 40"; do
    rm -rf "$work/out"
    # shellcheck disable=SC2086 # the workload is a scenario and its options
    env JAVA_TOOL_OPTIONS=-XX:+PrintCompilation ./sim1177 run $workload --threads 1 --out "$work/out" > "$work/compilation.txt" 2>&1
    compiled="$(grep -E "$c2" "$work/compilation.txt" | grep -vc 'made not entrant' || true)"
    thrown="$(grep -E "$c2" "$work/compilation.txt" | grep -c 'made not entrant' || true)"
    loops="$(grep -E "$c2" "$work/compilation.txt" | grep -E "$loop" | grep -vc 'made not entrant' || true)"
    loopThrown="$(grep -E "$c2" "$work/compilation.txt" | grep -E "$loop" | grep -c 'made not entrant' || true)"
    echo "  $workload"
    echo "    C2 compilations of se.sim1177.model and .engine: $compiled, made not entrant: $thrown"
    echo "    the event loop ($loop): compiled $loops times, made not entrant $loopThrown times (target 0)"
    grep -E "$c2" "$work/compilation.txt" | grep 'made not entrant' | sed 's/^/      /' || true
  done
fi

if [[ " $parts " == *" startup "* ]]; then
  echo "start-up: the bundled Varmland month, 30 replications, default threads, $rounds runs each in turn"
  for round in $(seq 1 "$rounds"); do
    timed java-jar "$java" -XX:+CITime -jar target/sim1177.jar run --out "$work/out"
    # The JIT's account through the launcher: the JVM reads JAVA_TOOL_OPTIONS itself.
    timed launcher env JAVA_TOOL_OPTIONS=-XX:+CITime ./sim1177 run --out "$work/out"
  done
  read -r jw _ _ <<< "$(median java-jar)"
  read -r lw _ _ <<< "$(median launcher)"
  echo "  medians: java -jar $jw s, ./sim1177 $lw s (target under 1.2 s)"
fi
