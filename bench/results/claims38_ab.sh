#!/bin/bash
# A/B main vs claims38, silver step, alternating on one 150,000-case register (stop 38).
# Per round and tree: the floor (streaming parse -> plain Parquet, one process, that tree's
# parser), then the silver step (OZERO_BENCH_FINE=1: per-stage CPU), uptime around each, then
# the five fingerprints of the lake it left (digest from claims38's harness: the three silver
# tables, quarantine and ops.known_identifiers). /tmp/claims38-main:
# `git worktree add --detach /tmp/claims38-main main` (3b6eb19), with claims38's
# bench/claims_ingest.py copied in (the same harness and CPU accounting for both trees).
set -x
export JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64 OZERO_SPARK_DRIVER_MEMORY=4g
export OZERO_BENCH_DIR=/tmp/ozero-bench OZERO_JARS_DIR=/work/main/.jars OZERO_BENCH_FINE=1
PY=/work/wt-claims38/.venv/bin/python
N=${N:-150000}
OUT=${OUT:-/tmp/claims38/ab}
mkdir -p $OUT
declare -A TREE=([main]=/tmp/claims38-main [claims38]=/work/wt-claims38)
for r in ${ROUNDS:-1 2}; do
  for t in ${ORDER:-main claims38}; do
    cd ${TREE[$t]}
    uptime > $OUT/floor_${t}_$r.uptime
    PYTHONPATH=. $PY -m bench.claims_ingest floor --cases $N > $OUT/floor_${t}_$r.json 2> $OUT/floor_${t}_$r.err
    uptime >> $OUT/floor_${t}_$r.uptime
    uptime > $OUT/${t}_$r.uptime
    PYTHONPATH=. $PY -m bench.claims_ingest silver --comments none --cases $N > $OUT/${t}_$r.json 2> $OUT/${t}_$r.err
    uptime >> $OUT/${t}_$r.uptime
    cd /work/wt-claims38 && PYTHONPATH=. $PY -m bench.claims_ingest digest --cases $N > $OUT/digest_${t}_$r.json 2>> $OUT/${t}_$r.err
  done
done
echo DONE
