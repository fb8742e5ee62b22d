#!/usr/bin/env bash
# Relevance of knowledge and ticket search on the committed corpus (bench/relevance/): nDCG@5 and
# recall@5 per language, written to target/bench/relevance-LABEL.json. Runs in-process on an
# in-memory database; measures ranking, not speed.
#
#   bench/relevance.sh [LABEL] [-Dproperty=value ...]   e.g. bench/relevance.sh bigram -Dticketflow.search.chinese=bigram
set -euo pipefail
cd "$(dirname "$0")/.."
LABEL=${1:-current}
shift || true
./mvnw -o -q test -Dtest=RelevanceBench -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true -Dspotless.check.skip=true \
  -Dbench.label="$LABEL" "$@"
cat "target/bench/relevance-$LABEL.json"
