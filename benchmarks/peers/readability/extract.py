#!/usr/bin/python3
"""Peer for the extraction benchmark: readability-lxml (Debian's python3-readability) over the
trafilatura evaluation set, timed on one core and scored exactly as Stemma's evaluation scores it
(snippets matched in running text; found "with" = TP, missed = FN; found "without" = FP).

usage: extract.py DATASET_DIR   (prints one JSON line)
"""
import gzip
import json
import os
import sys
import time

import lxml.html
from readability import Document


def words(text):
    return " ".join(text.split())


def main():
    root = sys.argv[1]
    with open(os.path.join(root, "evaldata.json"), encoding="utf-8") as f:
        evaldata = json.load(f)
    pages = sorted(evaldata.values(), key=lambda p: p["file"])
    tp = fn = fp = tn = failed = 0
    seconds = 0.0  # wall clock around each page's extraction, as Stemma's benchmark measures it
    cpu = 0.0
    megabytes = 0.0
    for page in pages:
        path = os.path.join(root, "html", page["file"] + ".gz")
        if not os.path.exists(path):
            continue
        with gzip.open(path, "rb") as f:
            raw = f.read()
        megabytes += len(raw) / 1e6
        start, start_cpu = time.perf_counter(), time.process_time()
        try:
            summary = Document(raw).summary(html_partial=True)
            text = lxml.html.fromstring(summary).text_content() if summary.strip() else ""
        except Exception:  # a page the peer cannot parse counts as extracting nothing
            text = ""
        seconds += time.perf_counter() - start
        cpu += time.process_time() - start_cpu
        text = words(text)
        if not text:
            failed += 1
        for s in page.get("with", []):
            if words(s) in text:
                tp += 1
            else:
                fn += 1
        for s in page.get("without", []):
            if words(s) in text:
                fp += 1
            else:
                tn += 1
    precision = tp / max(1, tp + fp)
    recall = tp / max(1, tp + fn)
    f1 = 0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)
    print(json.dumps({
        "tool": "readability-lxml", "pages": len(pages), "failed": failed, "seconds": round(seconds, 2), "cpu_seconds": round(cpu, 2),
        "pages_per_second": round(len(pages) / seconds, 1), "mb_per_second": round(megabytes / seconds, 2),
        "precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3),
    }))


if __name__ == "__main__":
    main()
