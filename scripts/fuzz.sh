#!/usr/bin/env bash
# Builds one fuzzer with libFuzzer and AddressSanitizer and runs it.
#
#   scripts/fuzz.sh NAME SECONDS     e.g. scripts/fuzz.sh FuzzParser 600
#
# NAME is FuzzLexer, FuzzParser, FuzzCheck, FuzzJSON or FuzzFormatter. The
# seed corpus is built from samples/ and the test fixtures; new inputs found
# while fuzzing are kept in corpus/NAME (not committed). Crashes are written
# as crash-* files in corpus/NAME-artifacts/; each becomes a regression
# fixture under Tests/NetplanTests/Fixtures/fuzz/.
set -euo pipefail
cd "$(dirname "$0")/.."

name=${1:?usage: scripts/fuzz.sh NAME SECONDS}
seconds=${2:-600}
scratch=.build-fuzz

# Always name the product: building the whole package with fuzzer flags fails.
# Do not also pass --sanitize address to SwiftPM: it loses coverage.
NETPLAN_FUZZ=1 swift build -c release --scratch-path "$scratch" \
  --sanitize fuzzer -Xswiftc -sanitize=fuzzer,address --product "$name"

corpus=corpus/$name
artifacts=corpus/$name-artifacts
mkdir -p "$corpus" "$artifacts"
scripts/fuzz-seed-corpus.sh "$corpus"

"$scratch/release/$name" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 \
  -max_len=65536 -artifact_prefix="$artifacts/" -print_final_stats=1 "$corpus"
