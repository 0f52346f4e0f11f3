#!/usr/bin/env bash
# Whole-pipeline benchmark: generates one corpus with `stemma synth`, then runs on it, in one go,
# Stemma's dedup, ekzhu's Go minhash-lsh (driver in peers/minhash-lsh) and Debian's simhash tool,
# scores recall and precision with evaluate.py, prints a table and a final JSON line.
# usage: benchmarks/bench.sh [--docs N] [--seed S] [--threshold T] [--work DIR] [--sample R] [--simhash-docs M]
# Needs: dotnet, golang-go, golang-github-ekzhu-minhash-lsh-dev, simhash, time (apt-get install -y ...).
set -euo pipefail
DOCS=100000 SEED=42 THRESHOLD=0.5 WORK=${TMPDIR:-/tmp}/stemma-bench SAMPLE=auto SIMHASH_DOCS=2000
while [ $# -gt 0 ]; do
  case "$1" in
    --docs) DOCS=$2; shift 2;; --seed) SEED=$2; shift 2;; --threshold) THRESHOLD=$2; shift 2;;
    --work) WORK=$2; shift 2;; --sample) SAMPLE=$2; shift 2;; --simhash-docs) SIMHASH_DOCS=$2; shift 2;;
    *) echo "unknown argument $1" >&2; exit 2;;
  esac
done
ROOT=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$WORK"
CORES=$(nproc)
[ "$SAMPLE" = auto ] && SAMPLE=$(( DOCS > 100000 ? DOCS / 100000 * 5 : 1 ))

echo "building…" >&2
dotnet build "$ROOT/src/Stemma.Cli" -c Release -nologo -v q >/dev/null
STEMMA="dotnet $ROOT/src/Stemma.Cli/bin/Release/net10.0/Stemma.Cli.dll"
GOBIN_DIR="$WORK/go"; mkdir -p "$GOBIN_DIR"
(cd "$ROOT/benchmarks/peers/minhash-lsh" && GO111MODULE=off GOPATH=/usr/share/gocode GOCACHE="$GOBIN_DIR/cache" go build -o "$GOBIN_DIR/minhash-lsh-peer" .)

CORPUS="$WORK/corpus-$DOCS-$SEED.jsonl"
if [ ! -s "$CORPUS" ]; then
  echo "generating $DOCS articles…" >&2
  $STEMMA synth --docs "$DOCS" --seed "$SEED" --output "$CORPUS"
fi
BYTES=$(stat -c %s "$CORPUS")

peak() { grep "Maximum resident" "$1" | awk '{print $6}'; }
wall() { grep "Elapsed (wall" "$1" | awk '{print $8}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }'; }

echo "single-core fingerprinting, texts in memory (first 20,000 articles)…" >&2
dotnet build "$ROOT/benchmarks/Stemma.Benchmarks" -c Release -nologo -v q >/dev/null
dotnet "$ROOT/benchmarks/Stemma.Benchmarks/bin/Release/net10.0/Stemma.Benchmarks.dll" fingerprint "$CORPUS" 20000 >"$WORK/fingerprint.json"

echo "stemma dedup…" >&2
/usr/bin/time -v -o "$WORK/stemma.time" $STEMMA dedup "$CORPUS" --threshold "$THRESHOLD" --output "$WORK/stemma-pairs.jsonl" \
  --clusters "$WORK/stemma-clusters.jsonl" --stats "$WORK/stemma-stats.json" --no-progress 2>"$WORK/stemma.err" || true
tail -1 "$WORK/stemma.err" >&2

echo "go minhash-lsh…" >&2
/usr/bin/time -v -o "$WORK/go.time" "$GOBIN_DIR/minhash-lsh-peer" -threshold "$THRESHOLD" "$CORPUS" >"$WORK/go-pairs.jsonl" 2>"$WORK/go-stats.json"

echo "simhash (first $SIMHASH_DOCS articles, one file each: the tool hashes files)…" >&2
SIMDIR="$WORK/simhash-docs"; rm -rf "$SIMDIR"; mkdir -p "$SIMDIR"
head -n "$SIMHASH_DOCS" "$CORPUS" | python3 -c '
import json, sys, os
d = sys.argv[1]
for line in sys.stdin:
    a = json.loads(line)
    open(os.path.join(d, a["id"] + ".txt"), "w").write(a["text"])' "$SIMDIR"
( cd "$SIMDIR" && /usr/bin/time -v -o "$WORK/simhash-w.time" sh -c 'ls | xargs simhash -w >/dev/null' )
( cd "$SIMDIR" && /usr/bin/time -v -o "$WORK/simhash-m.time" sh -c 'ls | xargs simhash -m >"'"$WORK"'/simhash-match.txt"' ) || true

echo "scoring (sample 1/$SAMPLE of pairs)…" >&2
python3 "$ROOT/benchmarks/evaluate.py" "$CORPUS" stemma="$WORK/stemma-pairs.jsonl":containment go="$WORK/go-pairs.jsonl" \
  --threshold "$THRESHOLD" --sample "$SAMPLE" >"$WORK/scores.json"

python3 - "$WORK" "$DOCS" "$CORES" "$BYTES" "$SIMHASH_DOCS" <<'PY'
import json, sys, re
work, docs, cores, size, simdocs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
def tv(name):
    t = open(f"{work}/{name}.time").read()
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", t).group(1)) * 1024
    e = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", t).group(1).split(":")
    secs = sum(float(x) * 60 ** i for i, x in enumerate(reversed(e)))
    cpu = float(re.search(r"User time \(seconds\): (\S+)", t).group(1)) + float(re.search(r"System time \(seconds\): (\S+)", t).group(1))
    return rss, secs, cpu
s = json.load(open(f"{work}/stemma-stats.json"))
fp = json.load(open(f"{work}/fingerprint.json"))
g = json.loads(open(f"{work}/go-stats.json").read().strip().splitlines()[-1])
scores = json.load(open(f"{work}/scores.json"))
s_rss, s_wall, s_cpu = tv("stemma"); g_rss, g_wall, g_cpu = tv("go")
sw_rss, sw_wall, sw_cpu = tv("simhash-w")
try:
    sm_rss, sm_wall, sm_cpu = tv("simhash-m")
except Exception:
    sm_wall = None
n = s["documents"]
def rate(count, seconds): return round(count / seconds) if seconds else None
stemma = {
  "docs": n, "wall_seconds": round(s_wall, 2), "cpu_seconds": round(s_cpu, 2), "peak_rss_bytes": s_rss,
  "fingerprint_docs_per_s_per_core": rate(n, s["fingerprint_cpu_seconds"]),
  "fingerprint_single_core_in_memory_docs_per_cpu_second": fp["docs_per_cpu_second_best"],
  "fingerprint_single_core_in_memory_docs_per_s_wall": fp["docs_per_s_wall_best"],
  "fingerprint_incl_json_docs_per_s_per_core": rate(n, s["fingerprint_cpu_seconds"] + s["parse_cpu_seconds"]),
  "index_docs_per_s_per_core": rate(n, s["index_cpu_seconds"]),
  "query_docs_per_s_per_core": rate(n, s["query_cpu_seconds"]),
  "end_to_end_docs_per_s": rate(n, s_wall),
  "bytes_per_indexed_doc": round(s["index_bytes_per_document"]),
  "pairs": s["verified_pairs"], "lsh": f'{s["lsh_bands"]}x{s["lsh_rows"]}',
  "recall": scores["stemma"]["recall"], "precision": scores["stemma"]["precision"],
}
# The Go stages run on every core; per-core rates divide wall time by the thread count.
gt = g["threads"]
go = {
  "docs": g["documents"], "wall_seconds": round(g_wall, 2), "cpu_seconds": round(g_cpu, 2), "peak_rss_bytes": g_rss,
  "fingerprint_docs_per_s_per_core": rate(g["documents"], g["fingerprint_seconds"] * gt),
  "index_docs_per_s_per_core": rate(g["documents"], g["index_seconds"]),
  "query_docs_per_s_per_core": rate(g["documents"], g["query_seconds"] * gt),
  "end_to_end_docs_per_s": rate(g["documents"], g_wall),
  "bytes_per_indexed_doc": round(g_rss / max(1, g["documents"])),
  "pairs": g["pairs"], "lsh": f'{g["bands"]}x{g["rows"]}',
  "recall": scores["go"]["recall"], "precision": scores["go"]["precision"],
}
simhash = {"docs": simdocs, "fingerprint_docs_per_s_per_core": rate(simdocs, sw_cpu), "match_all_pairs_seconds": round(sm_wall, 2) if sm_wall else None}
ratio = {k: (round(stemma[k] / go[k], 2) if isinstance(stemma.get(k), (int, float)) and go.get(k) else None)
         for k in ["fingerprint_docs_per_s_per_core", "index_docs_per_s_per_core", "query_docs_per_s_per_core", "end_to_end_docs_per_s"]}
ratio["peak_memory_go_over_stemma"] = round(g_rss / s_rss, 2)
rows = ["fingerprint_single_core_in_memory_docs_per_cpu_second", "fingerprint_docs_per_s_per_core", "index_docs_per_s_per_core", "query_docs_per_s_per_core", "end_to_end_docs_per_s",
        "wall_seconds", "peak_rss_bytes", "bytes_per_indexed_doc", "pairs", "recall", "precision", "lsh"]
print(f"corpus: {docs:,} articles, {size/1e6:,.0f} MB, {cores} cores (shared with other jobs: figures are lower bounds)")
print(f"{'metric':36} {'stemma':>16} {'go minhash-lsh':>16} {'ratio':>8}")
for r in rows:
    a, b = stemma.get(r), go.get(r)
    q = ratio.get(r, "")
    print(f"{r:36} {str(a):>16} {str(b):>16} {str(q if q is not None else ''):>8}")
print(f"simhash (first {simdocs} articles as files): fingerprint {simhash['fingerprint_docs_per_s_per_core']} docs/s/core, all-pairs match {simhash['match_all_pairs_seconds']} s")
print(f"scores: {scores['positives']} positive labelled pairs scored (sample 1/{scores['sample']})")
print(json.dumps({"docs": docs, "cores": cores, "threshold": scores["threshold"], "stemma": stemma, "go_minhash_lsh": go, "simhash": simhash, "ratio": ratio, "scores": scores}))
PY
