#!/usr/bin/env bash
# Whole-process timing on SSJ's tutorial call centre (scenarios/bench/ssj-tutorial.yaml):
# sim1177's `run` against the same centre written SSJ-tutorial style and the hand-tuned floor,
# each a fresh JVM doing 1000 days x 50 replications on every core, timed by /usr/bin/time -v
# (wall clock, user + system CPU, peak memory). Run from the repository root:
#
#   docs/bench/tutorial-whole-process.sh [ROUNDS]
#
# It builds two jars, one after the other, because the bench profile puts SSJ and JMH into the
# jar it builds: first target/benchmarks.jar (bench profile; the reference models' main methods),
# kept aside, then after `mvn clean` the plain target/sim1177.jar. The runs of the three take turns
# round by round, so a change in the machine's load shows in all three alike.
set -euo pipefail
rounds="${1:-3}"
days=1000
replications=50
threads="$(nproc)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

docs/bench/build-jars.sh "$work"

timed() {   # timed LABEL COMMAND...: runs the command, prints one line of /usr/bin/time's figures
  local label="$1"; shift
  /usr/bin/time -v -o "$work/time.txt" "$@" > "$work/out.txt" 2>&1
  awk -v label="$label" -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, p, ":"); wall = (n == 3) ? p[1] * 3600 + p[2] * 60 + p[3] : p[1] * 60 + p[2] }
    /User time/   { user = $2 }
    /System time/ { sys = $2 }
    /Maximum resident/ { rss = $2 }
    END { printf "%-20s wall %7.2f s  cpu %7.2f s (user %.2f, sys %.2f)  peak rss %d MB\n", label, wall, user + sys, user, sys, rss / 1024 }' \
    "$work/time.txt"
}

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1); $days days x $replications replications, $threads threads"
for round in $(seq 1 "$rounds"); do
  echo "round $round (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
  timed sim1177 java -jar target/sim1177.jar run scenarios/bench/ssj-tutorial.yaml \
      --threads "$threads" --out "$work/results-$round"
  timed "SSJ tutorial style" java -cp "$work/benchmarks.jar" se.sim1177.reference.SsjTutorialCallCentre \
      "$days" "$replications" "$threads"
  timed hand-tuned java -cp "$work/benchmarks.jar" se.sim1177.reference.HandTunedCallCentre \
      "$days" "$replications" "$threads"
done
