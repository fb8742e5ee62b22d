#!/usr/bin/env bash
# The search at scale: N tickets (default 100,000) stored and indexed from scratch on disk, then the
# ticket search and similar tickets timed (p50/p95), index size per ticket and rebuild time, written
# to target/bench/scale.json. A speed benchmark: run it on an otherwise idle machine.
#
#   bench/scale.sh [-Dbench.tickets=N] [-Dbench.samples=S]     e.g. -Dbench.tickets=2000 for a trial
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf target/bench/scale-data
./mvnw -o -q test -Dtest=ScaleBench -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true \
  -Dspotless.check.skip=true -DargLine="-Xmx4g" "$@"
cat target/bench/scale.json
