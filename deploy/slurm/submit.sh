#!/usr/bin/env bash
# Runs a sim1177 command as N shards in a Slurm array job, then merges them in a job that starts
# once every shard has succeeded:
#
#   deploy/slurm/submit.sh [--wait] N SHARDS RESULTS COMMAND [ARGS...]
#   deploy/slurm/submit.sh 8 "$PWD/shards" "$PWD/results/big" run big.yaml --replications 2000
#
# SHARDS and RESULTS must be on storage every node sees (project storage, not node-local scratch).
# The jobs' logs go to SHARDS-logs/. --wait returns when the merge has ended, with its exit code
# (a failed shard cancels the merge: exit code non-zero). Further sbatch options (account,
# partition, time, memory) go in SIM1177_SBATCH_OPTIONS, e.g. "--account=naiss2026-1-23 --time=4:00:00";
# SIM1177 says how to start sim1177 (default: sim1177 on the PATH).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
wait_option=()
if [[ "${1:-}" == "--wait" ]]; then
  wait_option=(--wait)
  shift
fi
if (( $# < 4 )); then
  echo "usage: $0 [--wait] N SHARDS RESULTS COMMAND [ARGS...]  (e.g. 8 \$PWD/shards \$PWD/results/big run big.yaml)" >&2
  exit 2
fi
n="$1" shards="$2" results="$3"
shift 3
if ! [[ "$n" =~ ^[1-9][0-9]*$ ]]; then
  echo "$0: N must be a whole number of shards, 1 or more; got '$n'" >&2
  exit 2
fi
if [[ -e "$results" ]]; then
  echo "$0: $results exists; name a new results folder (nothing was submitted)" >&2
  exit 2
fi
for a in "$@"; do
  case "$a" in
    --shard|--shard=*|--out|--out=*|--threads|--threads=*|--overwrite)
      echo "$0: leave out $a: the jobs give --shard, --out, --threads and --overwrite themselves (nothing was submitted)" >&2
      exit 2 ;;
  esac
done
mkdir -p "$shards" "$shards-logs"
# Split on blanks: one sbatch option per word (write --account=x, not --account x with a space inside a value).
read -r -a extra <<< "${SIM1177_SBATCH_OPTIONS:-}"
export SIM1177_SHARDS="$shards" SIM1177_RESULTS="$results" SIM1177_SHARD_COUNT="$n"
# ${a[@]+"${a[@]}"}: an empty array expands to nothing under set -u on bash before 4.4 too.
array=$(sbatch --parsable ${extra[@]+"${extra[@]}"} --array="0-$((n - 1))" --output="$shards-logs/shard-%A_%a.out" \
    --export=ALL "$here/sim1177-shard.sbatch" "$@")
array="${array%%;*}"
echo "submitted the shards: array job $array (tasks 0-$((n - 1)))"
if ((${#wait_option[@]} == 0)); then
  merge=$(sbatch --parsable ${extra[@]+"${extra[@]}"} --dependency="afterok:$array" --kill-on-invalid-dep=yes \
      --output="$shards-logs/merge-%j.out" --export=ALL "$here/sim1177-merge.sbatch")
  echo "submitted the merge: job ${merge%%;*}, after job $array; results in $results"
  exit 0
fi
echo "submitting the merge after job $array and waiting for it"
code=0
sbatch --parsable --wait ${extra[@]+"${extra[@]}"} --dependency="afterok:$array" --kill-on-invalid-dep=yes \
    --output="$shards-logs/merge-%j.out" --export=ALL "$here/sim1177-merge.sbatch" > /dev/null || code=$?
# A merge cancelled because a shard failed ends sbatch --wait with 0 too: the results tell.
if (( code != 0 )) || [[ ! -f "$results/run.json" ]]; then
  echo "the merge did not succeed (exit code $code; a shard failed, or the merge itself): see $shards-logs/" >&2
  exit $(( code != 0 ? code : 1 ))
fi
echo "merged: $results"
