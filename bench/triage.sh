#!/usr/bin/env bash
# Triage suggestions measured on the labelled corpus (bench/relevance/triage.json, 1,280 tickets):
# four fifths stored as resolved history, one fifth held out; accuracy of category, subcategory,
# urgency and group, and coverage/accuracy at confidence thresholds, written to
# target/bench/triage.json. In-process on an in-memory database; measures quality, not speed.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -o -q test -Dtest=TriageBench -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true \
  -Dspotless.check.skip=true "$@"
cat target/bench/triage.json
