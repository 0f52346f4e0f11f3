#!/usr/bin/env python3
"""Scores dedup outputs against the labels of a `stemma synth` corpus, independently of Stemma's code.

Positives: every labelled pair (article, dup_of) whose exact Jaccard of lower-cased word 5-gram sets is at
least the threshold. Recall: the share of positives a tool reported. Precision: the share of a tool's pairs
that meet its own criterion, measured exactly here (Jaccard >= threshold, or for Stemma also containment of
either side >= the containment threshold). With --sample R only pairs whose hash falls in 1/R are scored,
so a million-article corpus can be checked in bounded memory.

Exact copies (articles with the same lower-cased words) are one article for recall: Stemma pairs a mass of
copies with the one that stands for them only, so a labelled pair counts as found when the tool reported a
pair between the two articles' copy classes. Both tools are scored the same way.

usage: evaluate.py CORPUS.jsonl NAME=PAIRS.jsonl[:containment] ... [--threshold 0.5] [--containment 0.8] [--sample R]
"""
import hashlib
import json
import re
import sys
import zlib

WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")


def shingles(text, n=5):
    words = WORD.findall(text.lower().replace("\u2019", "'"))
    if not words:
        return frozenset()
    if len(words) <= n:
        return frozenset([" ".join(words)])
    return frozenset(" ".join(words[i:i + n]) for i in range(len(words) - n + 1))


def main(argv):
    threshold, containment, sample = 0.5, 0.8, 1
    args = []
    i = 0
    while i < len(argv):
        if argv[i] == "--threshold":
            threshold = float(argv[i + 1]); i += 2
        elif argv[i] == "--containment":
            containment = float(argv[i + 1]); i += 2
        elif argv[i] == "--sample":
            sample = int(argv[i + 1]); i += 2
        else:
            args.append(argv[i]); i += 1
    corpus, tools = args[0], args[1:]

    def keep(a, b):
        return sample == 1 or zlib.crc32((min(a, b) + "|" + max(a, b)).encode()) % sample == 0

    # Copy classes: the smallest id among the articles with the same words; only articles with a copy are kept.
    by_words = {}
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            words = WORD.findall(doc["text"].lower().replace("\u2019", "'"))
            key = hashlib.blake2b("\x1f".join(words).encode(), digest_size=12).digest()
            by_words.setdefault(key, []).append(doc["id"])
    copy_class = {}
    for ids in by_words.values():
        if len(ids) > 1:
            for x in ids:
                copy_class[x] = min(ids)
    del by_words

    def cls(x):
        return copy_class.get(x, x)

    labelled = []
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            if '"dup_of"' not in line:
                continue
            doc = json.loads(line)
            if keep(cls(doc["id"]), cls(doc["dup_of"])):
                labelled.append((doc["dup_of"], doc["id"]))

    reported = {}
    for spec in tools:
        name, _, rest = spec.partition("=")
        path, _, mode = rest.partition(":")
        pairs, classes = set(), set()
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    p = json.loads(line)
                    if keep(p["a"], p["b"]):
                        pairs.add((min(p["a"], p["b"]), max(p["a"], p["b"])))
                    ca, cb = cls(p["a"]), cls(p["b"])
                    if keep(ca, cb):
                        classes.add((min(ca, cb), max(ca, cb)))
        reported[name] = (pairs, classes, mode == "containment")

    needed = {x for pair in labelled for x in pair}
    for pairs, _, _ in reported.values():
        needed.update(x for pair in pairs for x in pair)
    sets = {}
    id_re = re.compile(r'"id"\s*:\s*"([^"]*)"')
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            m = id_re.search(line, 0, 200)
            if m and m.group(1) in needed:
                doc = json.loads(line)
                sets[doc["id"]] = shingles(doc["text"])

    def measure(a, b):
        sa, sb = sets.get(a, frozenset()), sets.get(b, frozenset())
        shared = len(sa & sb)
        union = len(sa) + len(sb) - shared
        j = shared / union if union else 0.0
        ca = shared / len(sa) if sa else 0.0
        cb = shared / len(sb) if sb else 0.0
        return j, max(ca, cb)

    positives = {(min(cls(a), cls(b)), max(cls(a), cls(b))) for a, b in labelled if measure(a, b)[0] >= threshold}
    result = {"threshold": threshold, "containment": containment, "sample": sample,
              "labelled_pairs": len(labelled), "positives": len(positives)}
    for name, (pairs, classes, with_containment) in reported.items():
        good = 0
        for a, b in pairs:
            j, c = measure(a, b)
            if j >= threshold or (with_containment and c >= containment):
                good += 1
        found = len(positives & classes)
        result[name] = {"pairs_scored": len(pairs),
                        "recall": round(found / len(positives), 5) if positives else None,
                        "precision": round(good / len(pairs), 5) if pairs else None}
    print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1:])
