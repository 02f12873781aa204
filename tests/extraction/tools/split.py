#!/usr/bin/env python3
# Writes tests/extraction/split.tsv by the corpus's fixed split rule, never by hand: per
# language, the stems sorted by the SHA-1 of the stem (hex), alternating dev, test, dev, ...
# check_shape.py recomputes the same rule (split_rule below) and fails when split.tsv differs,
# so that no article can be moved between the halves after the rules have been tuned.
import glob, hashlib, json, os, sys

def split_rule(langs):
    """langs: {stem: language} -> {stem: 'dev'|'test'}"""
    out = {}
    for lang in sorted(set(langs.values())):
        stems = sorted((s for s in langs if langs[s] == lang), key=lambda s: hashlib.sha1(s.encode("utf-8")).hexdigest())
        for i, s in enumerate(stems):
            out[s] = ("dev", "test")[i % 2]
    return out

def languages(d):
    res = {}
    for f in glob.glob(os.path.join(d, "*.claims.json")):
        stem = os.path.basename(f)[:-len(".claims.json")]
        res[stem] = json.load(open(f, encoding="utf-8"))["document"]["language"]
    return res

if __name__ == "__main__":
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    split = split_rule(languages(d))
    with open(os.path.join(d, "split.tsv"), "w", encoding="utf-8") as f:
        for s in sorted(split):
            f.write(f"{s}\t{split[s]}\n")
    print(f"split.tsv: {sum(v == 'dev' for v in split.values())} dev, {sum(v == 'test' for v in split.values())} test")
