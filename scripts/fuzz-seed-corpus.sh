#!/usr/bin/env bash
# Copies every sample and fixture plan into a fuzzing corpus folder.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: scripts/fuzz-seed-corpus.sh FOLDER}
mkdir -p "$out"
find samples Tests/NetplanTests/Fixtures -name '*.netplan' -type f | sort | while read -r plan; do
  cp "$plan" "$out/seed-$(echo "$plan" | tr '/ ' '__')"
done
