#!/usr/bin/env bash
# Whole-process timing of `sim1177 staff` (the simulation method), taking turns round by round over
# LABEL@JAR builds, with the load average beside each run: for comparing builds (copies of
# target/sim1177.jar) on a machine shared with other work. Each run is a fresh JVM timed by
# /usr/bin/time -v (wall clock, user + system CPU, peak memory), and prints what run.json says was
# simulated. Run from the repository root:
#
#   docs/bench/staff-interleaved.sh ROUNDS SCENARIO THREADS LABEL@JAR...
#   e.g. docs/bench/staff-interleaved.sh 3 scenarios/08-varmland-staffing.yaml 2 before@/tmp/before.jar after@target/sim1177.jar
#        docs/bench/staff-interleaved.sh 1 scenarios/bench/large-region-staffing.yaml 2 after@target/sim1177.jar
#
# The results folders are kept under $OUT (default a new folder in /tmp) so that the rosters of two
# builds can be compared (`diff BEFORE/roster.yaml AFTER/roster.yaml`).
set -euo pipefail
rounds="$1"; scenario="$2"; threads="$3"; shift 3
out="${OUT:-$(mktemp -d)}"
mkdir -p "$out"
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1); $scenario, --threads $threads; results in $out"
for round in $(seq 1 "$rounds"); do
  for spec in "$@"; do
    label="${spec%@*}"; jar="${spec#*@}"
    load="$(cut -d' ' -f1-3 /proc/loadavg)"
    folder="$out/$label-$round"
    /usr/bin/time -v -o "$out/time.txt" java -jar "$jar" staff "$scenario" --threads "$threads" --out "$folder" \
        > "$out/$label-$round.out" 2> "$out/$label-$round.err"
    simulated="$(grep -o '"\(replications_simulated\|calls_simulated\)" : [0-9]*' "$folder/run.json" | tr '\n' ' ')"
    awk -v label="$label" -v round="$round" -v load="$load" -v simulated="$simulated" -F': ' '
      /Elapsed \(wall clock\)/ { n = split($2, p, ":"); wall = (n == 3) ? p[1] * 3600 + p[2] * 60 + p[3] : p[1] * 60 + p[2] }
      /User time/   { user = $2 }
      /System time/ { sys = $2 }
      /Maximum resident/ { rss = $2 }
      END { printf "round %d  %-8s wall %7.2f s  cpu %7.2f s  peak rss %4d MB  load %s  %s\n", round, label, wall, user + sys, rss / 1024, load, simulated }' \
      "$out/time.txt"
  done
done
