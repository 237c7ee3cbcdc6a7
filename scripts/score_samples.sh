#!/usr/bin/env bash
# Score srscheck on the shipped sample charts with the shared scorer (../shared/tools/score.py).
#   scripts/score_samples.sh [score.py options, e.g. --report /tmp/samples.md --jobs 2]
# score.py runs one command per NAME.pdf beside NAME.gold.json, so the plain-text samples (NAME.txt)
# are left out here; tests/nlp/test_samples.py checks every sample, text ones included.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
scorer="${SRSCHECK_SCORER:-$root/../shared/tools/score.py}"
if [[ ! -f "$scorer" ]]; then
    echo "score_samples: scorer not found at $scorer (set SRSCHECK_SCORER)" >&2
    exit 2
fi
corpus="$(mktemp -d)"
trap 'rm -rf "$corpus"' EXIT
for gold in "$root"/resources/samples/*.gold.json; do
    name="$(basename "$gold" .gold.json)"
    pdf="$root/resources/samples/$name.pdf"
    [[ -f "$pdf" ]] || continue
    ln -s "$gold" "$corpus/$name.gold.json"
    ln -s "$pdf" "$corpus/$name.pdf"
done
python "$scorer" --corpus "$corpus" "$@"
