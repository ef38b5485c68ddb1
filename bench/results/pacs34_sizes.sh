#!/bin/bash
# PACS curate at three sizes on a quiet box: CPU = fixed + per-instance x n (issue 13).
set -u
cd /work/main
export JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64
export OZERO_SPARK_DRIVER_MEMORY=2g
for spec in "n 13 50" "2n 25 100" "4n 50 200"; do
  set -- $spec
  tag=$1; p=$2; d=$3
  rm -rf /tmp/pm-work /tmp/pm-$tag
  echo "== $tag ingest+curate $(date +%T) load $(cut -d' ' -f1 /proc/loadavg)"
  PYTHONPATH=. .venv/bin/python bench/pacs_ingest.py --image-size realistic --server-process \
    --workdir /tmp/pm-work --patients $p --documents $d --save-ingest /tmp/pm-$tag \
    --floor-files 0 --out /tmp/pm_${tag}_1.json > /tmp/pm_${tag}_1.log 2>&1
  echo "   rc $? $(date +%T)"
  echo "== $tag curate again $(date +%T) load $(cut -d' ' -f1 /proc/loadavg)"
  PYTHONPATH=. .venv/bin/python bench/pacs_ingest.py --image-size realistic --workdir /tmp/pm-work \
    --from-ingest /tmp/pm-$tag --floor-files 0 --out /tmp/pm_${tag}_2.json > /tmp/pm_${tag}_2.log 2>&1
  echo "   rc $? $(date +%T)"
  rm -rf /tmp/pm-work /tmp/pm-$tag
done
echo "== done $(date +%T)"
