#!/bin/bash
# A/B main vs claims14, silver step, alternating; same register file.
set -x
export JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64 OZERO_SPARK_DRIVER_MEMORY=4g OZERO_BENCH_DIR=/tmp/ozero-bench
N=${N:-150000}
cd /work/main && PYTHONPATH=. .venv/bin/python -m bench.claims_data --cases $N
for r in 1 2; do
  for t in main wt-claims14; do
    d=/work/$t
    cd $d && uptime && PYTHONPATH=. .venv/bin/python -m bench.claims_ingest silver --cases $N > /tmp/claims_ab_${t}_$r.out 2> /tmp/claims_ab_${t}_$r.err
    cp $d/bench/results/claims_ingest_silver.json /tmp/claims_ab_${t}_$r.json; uptime
    [ $r = 2 ] && cp -r /tmp/ozero-bench/lake_claims_none_$N /tmp/ozero-bench/lake_$t
  done
done
echo DONE
