#!/usr/bin/env bash
# Extraction benchmark: Stemma's HTML extraction and a peer, readability-lxml (Debian's
# python3-readability, the Python port of Arc90's Readability), run one after the other on the same
# 990 pages of the trafilatura evaluation set, each on one core; prints pages per second, peak
# memory, the F1 of the extracted body scored the same way, and the ratio of the two speeds.
# usage: benchmarks/extraction.sh [DATASET_DIR]   (default ../shared/data/extraction-dev)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DATA=${1:-$ROOT/../shared/data/extraction-dev}
WORK=${TMPDIR:-/tmp}/stemma-extraction-bench
mkdir -p "$WORK"
missing=()
/usr/bin/python3 -c 'import readability' 2>/dev/null || missing+=(python3-readability)
[ -x /usr/bin/time ] || missing+=(time)
[ ${#missing[@]} -gt 0 ] && "$ROOT/scripts/apt-install.sh" "the extraction benchmark's peer needs them" "${missing[@]}"

echo "building…" >&2
dotnet build "$ROOT/benchmarks/Stemma.Benchmarks" -c Release -nologo -v q >/dev/null
echo "stemma…" >&2
/usr/bin/time -v -o "$WORK/stemma.time" dotnet "$ROOT/benchmarks/Stemma.Benchmarks/bin/Release/net10.0/Stemma.Benchmarks.dll" \
  extraction "$DATA" >"$WORK/stemma.txt"
echo "readability-lxml…" >&2
/usr/bin/time -v -o "$WORK/peer.time" /usr/bin/python3 "$ROOT/benchmarks/peers/readability/extract.py" "$DATA" >"$WORK/peer.json"

/usr/bin/python3 - "$WORK" <<'PY'
import json, re, sys
work = sys.argv[1]
def peak(name):
    for line in open(f"{work}/{name}.time"):
        if "Maximum resident" in line:
            return int(line.split()[-1]) / 1024
stemma = open(f"{work}/stemma.txt").read()
second = float(re.search(r"second pass: .*?: ([0-9.]+) pages/s", stemma).group(1))
first = float(re.search(r"first pass: .*?: ([0-9.]+) pages/s", stemma).group(1))
f1 = re.search(r"extracted body \(before cleaning\): precision ([0-9.]+), recall ([0-9.]+), F1 ([0-9.]+)", stemma)
peer = json.loads(open(f"{work}/peer.json").read())
rows = [
    ("Stemma (second pass)", second, peak("stemma"), f"P {f1.group(1)} R {f1.group(2)} F1 {f1.group(3)}"),
    ("readability-lxml", peer["pages_per_second"], peak("peer"), f"P {peer['precision']} R {peer['recall']} F1 {peer['f1']}"),
]
print(f"{'tool':<24}{'pages/s':>10}{'peak MB':>10}  extracted body (before cleaning)")
for name, speed, mb, score in rows:
    print(f"{name:<24}{speed:>10.1f}{mb:>10.0f}  {score}")
print(f"Stemma first pass (tier-0 code): {first:.1f} pages/s; speed ratio Stemma/readability-lxml: {second / peer['pages_per_second']:.2f}")
print(json.dumps({"stemma_pages_per_second": second, "peer_pages_per_second": peer["pages_per_second"],
                  "ratio": round(second / peer["pages_per_second"], 2), "stemma_peak_mb": round(peak("stemma")),
                  "peer_peak_mb": round(peak("peer")), "stemma_f1": float(f1.group(3)), "peer_f1": peer["f1"]}))
PY
