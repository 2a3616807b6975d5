#!/usr/bin/env bash
# Builds the two jars the whole-process scripts compare, from the repository root:
#
#   docs/bench/build-jars.sh DIR
#
# target/benchmarks.jar (the bench profile: SSJ and the reference models) is built first and copied
# to DIR/benchmarks.jar, since the plain build that follows (target/sim1177.jar, as users run it)
# starts from a clean target/.
set -euo pipefail
mvn -B -q -P bench -DskipTests package
cp target/benchmarks.jar "$1/benchmarks.jar"
mvn -B -q clean
mvn -B -q -DskipTests package
