#!/usr/bin/env bash
# Runs a sim1177 command as N shards in a Slurm array job, then merges them in a job that starts
# once every shard has succeeded:
#
#   deploy/slurm/submit.sh [--wait] N SHARDS RESULTS COMMAND [ARGS...]
#   deploy/slurm/submit.sh 8 "$PWD/shards" "$PWD/results/big" run scenarios/04-large-region.yaml --replications 2000
#
# SHARDS and RESULTS must be on storage every node sees (project storage, not node-local scratch).
# The jobs' logs go to SHARDS-logs/. --wait returns when the merge has ended, with its exit code
# (a failed shard cancels the merge: exit code non-zero); run it in tmux or screen on a login node.
# The environment (all of it is passed to the jobs):
#   SIM1177                 how to start sim1177 (default: sim1177 on the PATH), e.g. "$PWD/sim1177"
#                           (the launcher: run ./sim1177 --version once first, for its start-up
#                           archive) or "java -XX:MaxRAMPercentage=75 -jar $PWD/target/sim1177.jar"
#   SIM1177_MODULES         modules the jobs load first, e.g. "Java/17.0.4"
#   SIM1177_SBATCH_OPTIONS  sbatch options for every job: "--account=naiss2026-1-23 --partition=shared"
#   SIM1177_SHARD_OPTIONS   for the shards only: "--time=00:30:00 --mem=2G"
#   SIM1177_MERGE_OPTIONS   for the merge only: "--time=04:00:00 --mem=16G"
#   SIM1177_MAX_ARRAY       the most tasks in one array (default 1000: Slurm's MaxArraySize is often
#                           1001); more shards are submitted as several arrays
#   SIM1177_ARRAY_LIMIT     the most tasks of an array running at once (sbatch's --array=...%L)
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
if ! [[ "$n" =~ ^[1-9][0-9]*$ ]] || (( n > 100000 )); then
  echo "$0: N must be a whole number of shards from 1 to 100000; got '$n'" >&2
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
read -r -a shard_extra <<< "${SIM1177_SHARD_OPTIONS:-}"
read -r -a merge_extra <<< "${SIM1177_MERGE_OPTIONS:-}"
max_array="${SIM1177_MAX_ARRAY:-1000}"
limit="${SIM1177_ARRAY_LIMIT:+%$SIM1177_ARRAY_LIMIT}"
export SIM1177_SHARDS="$shards" SIM1177_RESULTS="$results" SIM1177_SHARD_COUNT="$n"
# ${a[@]+"${a[@]}"}: an empty array expands to nothing under set -u on bash before 4.4 too.
arrays=()
for ((offset = 0; offset < n; offset += max_array)); do
  size=$(( n - offset < max_array ? n - offset : max_array ))
  id=$(SIM1177_SHARD_OFFSET="$offset" sbatch --parsable ${extra[@]+"${extra[@]}"} ${shard_extra[@]+"${shard_extra[@]}"} \
      --array="0-$((size - 1))$limit" --output="$shards-logs/shard-%A_%a.out" --export=ALL "$here/sim1177-shard.sbatch" "$@")
  arrays+=("${id%%;*}")
  echo "submitted shards $offset to $((offset + size - 1)): array job ${id%%;*}"
done
after="afterok$(printf ':%s' "${arrays[@]}")"
merge_options=(--dependency="$after" --kill-on-invalid-dep=yes --output="$shards-logs/merge-%j.out" --export=ALL)
if ((${#wait_option[@]} == 0)); then
  merge=$(sbatch --parsable ${extra[@]+"${extra[@]}"} ${merge_extra[@]+"${merge_extra[@]}"} "${merge_options[@]}" \
      "$here/sim1177-merge.sbatch")
  echo "submitted the merge: job ${merge%%;*}, after the shards; results in $results"
  exit 0
fi
echo "submitting the merge after the shards and waiting for it"
code=0
sbatch --parsable --wait ${extra[@]+"${extra[@]}"} ${merge_extra[@]+"${merge_extra[@]}"} "${merge_options[@]}" \
    "$here/sim1177-merge.sbatch" > /dev/null || code=$?
# A merge cancelled because a shard failed ends sbatch --wait with 0 too: the results tell.
if (( code != 0 )) || [[ ! -f "$results/run.json" ]]; then
  echo "the merge did not succeed (exit code $code; a shard failed, or the merge itself): see $shards-logs/" >&2
  exit $(( code != 0 ? code : 1 ))
fi
echo "merged: $results"
