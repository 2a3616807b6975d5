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
# await JOB: until the Job has completed (0) or failed (1); kubectl wait alone would sit out the
# whole timeout on a Job that has failed.
await() {
  local job="$1" state deadline=$((SECONDS + $(to_seconds "$timeout")))
  while (( SECONDS < deadline )); do
    state="$(kubectl get "job/$job" -o jsonpath='{.status.conditions[?(@.status=="True")].type}')"
    case " $state " in
      *" Complete "*) return 0 ;;
      *" Failed "*) echo "job/$job failed; see kubectl describe job/$job and kubectl logs -l job-name=$job" >&2; return 1 ;;
    esac
    sleep 10
  done
  echo "job/$job did not end within $timeout" >&2
  return 1
}
to_seconds() {
  case "$1" in
    *h) echo $(( ${1%h} * 3600 )) ;; *m) echo $(( ${1%m} * 60 )) ;; *s) echo "${1%s}" ;; *) echo "$1" ;;
  esac
}
kubectl apply -f "$here/shards-job.yaml"
await sim1177-shards
kubectl apply -f "$here/merge-job.yaml"
await sim1177-merge
kubectl logs job/sim1177-merge
