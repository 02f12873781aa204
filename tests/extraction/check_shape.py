#!/usr/bin/env python3
# Checks the shape of the extraction corpus (tests/extraction/) with exact numbers, so that a
# lost article, a gold claim edited away or an evidence that no longer occurs verbatim fails
# ctest. Invariants: every gold file's document id is its stem and its text_file exists; every
# evidence occurs in the text after the loader's white-space and apostrophe folding (a unique
# occurrence unless "occurrence" is given) and, unfolded, byte-identical; split.tsv and the
# gold files name the same stems, and split.tsv is exactly what the fixed split rule
# (tools/split.py) gives, so no article is moved between the halves by hand.
# The expected numbers below change only when the corpus does, in the same commit.
import collections, glob, json, os, re, sys, unicodedata
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "tools"))
from split import split_rule  # noqa: E402

EXPECTED_ARTICLES = {("fr", "dev"): 6, ("fr", "test"): 6, ("en", "dev"): 6, ("en", "test"): 6}
EXPECTED_TYPES = {"acquisition": 16, "compute_deal": 32, "datacenter": 53, "founding": 11,
                  "funding_round": 13, "investment": 35, "partnership": 11, "product": 12,
                  "quote": 24, "role": 57, "spending": 16, "stake": 18, "supply": 8,
                  "valuation": 22}
EXPECTED_FORMATS = {("fr", "txt"): 7, ("fr", "md"): 2, ("fr", "html"): 3,
                    ("en", "txt"): 5, ("en", "md"): 3, ("en", "html"): 4}
EXPECTED_MODALITIES = {"asserted": 223, "planned": 48, "reported": 37, "expected": 9, "possible": 7, "conditional": 2, "negated": 2}
EXPECTED_CLAIMS_PER_HALF = {("fr", "dev"): 79, ("fr", "test"): 78, ("en", "dev"): 90, ("en", "test"): 81}

def fold(s):
    s = unicodedata.normalize("NFC", s)
    s = re.sub(r"[\u2019\u2018\u02bc]", "'", s)
    return re.sub(r"\s+", " ", s)

def main(d):
    problems = []
    stems = sorted(os.path.basename(f)[:-len(".claims.json")] for f in glob.glob(os.path.join(d, "*.claims.json")))
    split = {}
    for n, line in enumerate(open(os.path.join(d, "split.tsv"), encoding="utf-8"), 1):
        stem, half = line.rstrip("\n").split("\t")
        if half not in ("dev", "test"): problems.append(f"split.tsv:{n}: half must be dev or test, not {half!r}")
        split[stem] = half
    for s in sorted(set(split) - set(stems)): problems.append(f"split.tsv names {s} but {s}.claims.json does not exist")
    for s in sorted(set(stems) - set(split)): problems.append(f"{s}.claims.json is not in split.tsv")
    langs = {}
    articles = collections.Counter(); types = collections.Counter()
    formats = collections.Counter(); per_half = collections.Counter(); modalities = collections.Counter()
    for s in stems:
        g = json.load(open(os.path.join(d, s + ".claims.json"), encoding="utf-8"))
        doc = g["document"]
        if doc["id"] != s: problems.append(f"{s}: document.id is {doc['id']!r}, expected the stem")
        exts = [e for e in (".txt", ".md", ".html") if os.path.exists(os.path.join(d, s + e))]
        if len(exts) != 1:
            problems.append(f"{s}: expected exactly one article file {s}.txt, .md or .html, found {len(exts)}")
        else:
            formats[(doc["language"], exts[0][1:])] += 1
        raw = open(os.path.join(d, doc["text_file"]), encoding="utf-8").read()
        text = fold(raw)
        articles[(doc["language"], split.get(s, "?"))] += 1
        langs[s] = doc["language"]
        per_half[(doc["language"], split.get(s, "?"))] += len(g["claims"])
        for c in g["claims"]:
            types[c["type"]] += 1
            if "modality" not in c: problems.append(f"{s}: claim {c['id']}: no explicit modality (the gold states every claim's modality)")
            modalities[c.get("modality", "?")] += 1
            n = text.count(fold(c["evidence"]))
            if n and c["evidence"] not in raw: problems.append(f"{s}: claim {c['id']}: evidence occurs only after folding; write it byte-identical to {doc['text_file']} (README: offsets are compared directly)")
            if n == 0: problems.append(f"{s}: claim {c['id']}: evidence does not occur verbatim in {doc['text_file']}")
            elif n > 1 and "occurrence" not in c: problems.append(f"{s}: claim {c['id']}: evidence occurs {n} times and has no occurrence")
    rule = split_rule(langs)
    for s in sorted(set(rule) & set(split)):
        if rule[s] != split[s]: problems.append(f"split.tsv puts {s} in {split[s]} but the split rule gives {rule[s]}: regenerate it with tools/split.py")
    if dict(articles) != EXPECTED_ARTICLES: problems.append(f"articles per (language, half): {dict(articles)} != {EXPECTED_ARTICLES}")
    if dict(types) != EXPECTED_TYPES: problems.append(f"gold claims per type: {dict(sorted(types.items()))} != {EXPECTED_TYPES}")
    if dict(formats) != EXPECTED_FORMATS: problems.append(f"articles per (language, format): {dict(formats)} != {EXPECTED_FORMATS}")
    if dict(modalities) != EXPECTED_MODALITIES: problems.append(f"gold claims per modality: {dict(modalities)} != {EXPECTED_MODALITIES}")
    if dict(per_half) != EXPECTED_CLAIMS_PER_HALF: problems.append(f"gold claims per (language, half): {dict(per_half)} != {EXPECTED_CLAIMS_PER_HALF}")
    for p in problems: print(p)
    print(f"{len(stems)} articles, {sum(types.values())} gold claims, {len(problems)} problem(s)")
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))))
