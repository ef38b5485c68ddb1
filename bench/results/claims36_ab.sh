#!/bin/bash
# A/B main vs claims36, silver step, alternating on one 150,000-case register (stop 36).
# Each run: uptime before/after, then the four fingerprints of the lake it left.
# /tmp/claims36-main: `git worktree add --detach /tmp/claims36-main main`. Pair 3
# (ROUNDS=3) ran there with claims36's bench/claims_ingest.py copied in (the harness only:
# its per-stage CPU), so both trees report the same measures.
set -x
export JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64 OZERO_SPARK_DRIVER_MEMORY=4g
export OZERO_BENCH_DIR=/tmp/ozero-bench OZERO_JARS_DIR=/work/main/.jars
PY=/work/wt-claims36/.venv/bin/python
N=${N:-150000}
OUT=${OUT:-/tmp/claims36/ab}
mkdir -p $OUT
declare -A TREE=([main]=/tmp/claims36-main [claims36]=/work/wt-claims36)
for r in ${ROUNDS:-1 2}; do
  for t in main claims36; do
    cd ${TREE[$t]}
    uptime > $OUT/${t}_$r.uptime
    PYTHONPATH=. $PY -m bench.claims_ingest silver --cases $N > $OUT/${t}_$r.json 2> $OUT/${t}_$r.err
    uptime >> $OUT/${t}_$r.uptime
    cd /work/wt-claims36 && PYTHONPATH=. $PY -m bench.claims_ingest digest --cases $N > $OUT/digest_${t}_$r.json 2>> $OUT/${t}_$r.err
  done
done
echo DONE
