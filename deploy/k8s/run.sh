#!/usr/bin/env bash
# Runs the shards (shards-job.yaml), waits until every one has completed, then the merge
# (merge-job.yaml), and waits for it: the results are in /work/results on the sim1177-work volume.
#
#   kubectl create configmap sim1177-scenario --from-file=scenario.yaml=big.yaml
#   kubectl apply -f deploy/k8s/storage.yaml
#   deploy/k8s/run.sh [TIMEOUT]        # TIMEOUT for each wait, default 6h
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
timeout="${1:-6h}"
kubectl apply -f "$here/shards-job.yaml"
if ! kubectl wait --for=condition=complete job/sim1177-shards --timeout="$timeout"; then
  echo "the shards did not all complete; see kubectl describe job/sim1177-shards and kubectl logs -l part=shards" >&2
  exit 1
fi
kubectl apply -f "$here/merge-job.yaml"
kubectl wait --for=condition=complete job/sim1177-merge --timeout="$timeout"
kubectl logs job/sim1177-merge
