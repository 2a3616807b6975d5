#!/usr/bin/env bash
# The figures of docs/scale.md, each a whole process timed by /usr/bin/time (wall, user + system
# CPU, largest resident memory). Run from the repository root after `mvn -B -DskipTests package`:
#
#   docs/bench/scale.sh [JAR]
#
# 1. Cost per replication-day of the bundled regions: `run --threads 1`, 200 replications of the
#    regional months and 40 weeks of the large region (enough for the compiled loop to dominate),
#    with the simulation's own time from run.json (wall_seconds) beside the whole process.
# 2. What one array task costs besides its work: a shard of one replication of one day (JVM,
#    reading the scenario, writing the shard), and a shard of 10 replications of a month.
# 3. The merge of a month of the Värmland region, 160 replications in 16 shards.
set -euo pipefail
jar="${1:-target/sim1177.jar}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# timed LABEL COMMAND...: prints wall, CPU and max RSS of the command
timed() {
  local label="$1"; shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$@" > "$work/out.txt" 2> "$work/err.txt" || { cat "$work/err.txt"; exit 1; }
  read -r wall user sys rss < "$work/time.txt"
  awk -v l="$label" -v w="$wall" -v u="$user" -v s="$sys" -v m="$rss" \
      'BEGIN { printf "  %-44s wall %6.2f s  cpu %6.2f s  max RSS %5.0f MB\n", l, w, u + s, m / 1024 }'
}

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), $(date -u +%Y-%m-%dT%H:%MZ), load $(cut -d' ' -f1 /proc/loadavg)"
echo "1. cost per replication-day, run --threads 1"
for s in 02-varmland-2019:200 05-varmland-direkt:200 07-workplaces-satellite-home:200 04-large-region:40; do
  reps="${s#*:}" s="${s%:*}"
  rm -rf "$work/r"
  timed "$s, $reps replications" java -jar "$jar" run "scenarios/$s.yaml" --threads 1 --replications "$reps" --out "$work/r"
  python3 - "$work/r/run.json" "$s" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
summary = json.load(open(sys.argv[1].replace("run.json", "summary.json")))
# Every simulated day costs: the warm-up's too (the drain after the period is left in the figure).
rep_days = r["replications"] * (summary["days"] + summary["warmup_days"])
calls = r["calls_simulated"]
wall = r["wall_seconds"]
print(f"    simulation {wall:.2f} s for {calls:,} call attempts: {wall / calls * 1e9:.0f} ns per attempt"
      + f", {wall / rep_days * 1e3:.2f} ms per replication-day")
PY
done
echo "2. one array task besides its work"
rm -rf "$work/s"
timed "shard of 1 replication of 1 day (02)" java -jar "$jar" run scenarios/02-varmland-2019.yaml --replications 1000 \
    --set simulation.days=1 --set simulation.warmup_days=0 --threads 1 --shard 0/1000 --out "$work/s"
rm -rf "$work/s"
timed "shard of 10 replications of a month (02)" java -jar "$jar" run scenarios/02-varmland-2019.yaml --replications 160 \
    --threads 1 --shard 0/16 --out "$work/s"
du -k "$work/s/replication-values-0.gz" | awk '{ printf "    its replication values: %d kB, %.0f kB a replication\n", $1, $1 / 10 }'
echo "3. the merge of 160 replications of a month (02) in 16 shards"
for i in $(seq 0 15); do
  java -jar "$jar" run scenarios/02-varmland-2019.yaml --replications 160 --threads 2 --shard "$i/16" --out "$work/shards/$i" > /dev/null 2>&1
done
timed "merge, 16 shards" java -jar "$jar" merge "$work/shards" --out "$work/merged" --threads 2
timed "the same run on one machine, 2 threads" java -jar "$jar" run scenarios/02-varmland-2019.yaml --replications 160 --threads 2 \
    --out "$work/one"
