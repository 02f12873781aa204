#!/usr/bin/env python3
# Regenerates the seed corpora fuzz/corpus/<target>/ from the test suite's own
# cases, so the fuzzers start from inputs that reach deep into each parser:
#   quantity  the texts of tests/lang/{money,count,percent}_test.cpp
#   places    the texts of tests/lang/places_test.cpp
#   modality  the (sentence, evidence) rows of tests/lang/modality_test.cpp,
#             as "LANG BEGIN END\n" + sentence (see fuzz_modality.cpp)
#   claims    seeds/*.claims.json with the text inlined, one document per
#             claim (its paragraph as text), and the in-process loader tests'
#             document with a few broken variants, and past fuzzer findings
#   article   the articles of tests/extraction/ and the fixtures of
#             tests/article/, each after its format byte (see fuzz_article.cpp),
#             and the markup rows of tests/article/read_*_test.cpp
#   gazetteer seeds/entities.json, the gazetteers of the bad-input corpus, and
#             the integrity cases of issue 11 (a merge through an alias, a
#             renamed entity, a changed QID, a cycle of parents)
# Each file is named by the SHA-1 of its content (as libFuzzer names inputs).
# Usage: fuzz/make_corpus.py   (from anywhere; rewrites fuzz/corpus/)
import hashlib
import json
import re
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "fuzz" / "corpus"
MAX_PER_TARGET = 60

LIT = r'"(?:[^"\\]|\\.)*"'


def unescape(lit: str) -> str:
    """The value of one C++ string literal (with its quotes)."""
    body = lit[1:-1]
    out, i = [], 0
    while i < len(body):
        c = body[i]
        if c != "\\":
            out.append(c)
            i += 1
            continue
        n = body[i + 1]
        if n == "u":
            out.append(chr(int(body[i + 2:i + 6], 16)))
            i += 6
        elif n == "U":
            out.append(chr(int(body[i + 2:i + 10], 16)))
            i += 10
        else:
            out.append({"n": "\n", "t": "\t", '"': '"', "\\": "\\", "'": "'"}.get(n, n))
            i += 2
    return "".join(out)


def concat(lits: str) -> str:
    """Adjacent literals "a" "b" as one string."""
    return "".join(unescape(m) for m in re.findall(LIT, lits))


def spread(items, limit=MAX_PER_TARGET):
    """At most limit items, evenly spread over the list, order kept."""
    items = list(dict.fromkeys(items))
    if len(items) <= limit:
        return items
    step = len(items) / limit
    return [items[int(k * step)] for k in range(limit)]


def write(target: str, inputs):
    folder = OUT / target
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for data in inputs:
        raw = data if isinstance(data, bytes) else data.encode("utf-8")
        (folder / hashlib.sha1(raw).hexdigest()).write_bytes(raw)
    print(f"{target}: {len(inputs)} inputs")


def table_texts(path: Path):
    """First string of each table row: {"text", fr|en|Language::xx, ...}."""
    text = path.read_text(encoding="utf-8")
    row = re.compile(r"\{\s*(" + LIT + r")\s*,\s*(?:Language::)?(?:fr|en)\b")
    return [unescape(m.group(1)) for m in row.finditer(text)]


def quantity():
    texts = []
    for name in ("money_test.cpp", "count_test.cpp", "percent_test.cpp"):
        texts += table_texts(ROOT / "tests" / "lang" / name)
    write("quantity", spread([t for t in texts if t]))


def places():
    # The running-text rows {Language::xx, "sentence", ...} of places_test,
    # and the inputs already in the corpus (the resolver's whole-field rows
    # moved out of that file when the language library was split off).
    text = (ROOT / "tests" / "lang" / "places_test.cpp").read_text(encoding="utf-8")
    row = re.compile(r"\{\s*(?:factdb::)?Language::(?:fr|en)\s*,\s*(" + LIT + r")")
    texts = [unescape(m.group(1)) for m in row.finditer(text)]
    kept = [f.read_text(encoding="utf-8") for f in sorted((OUT / "places").glob("*"))]
    write("places", spread(kept + [t for t in texts if t.strip()], limit=2 * MAX_PER_TARGET))


def modality():
    text = (ROOT / "tests" / "lang" / "modality_test.cpp").read_text(encoding="utf-8")
    row = re.compile(r"\{\s*Language::(fr|en)\s*,\s*((?:" + LIT + r"\s*)+),\s*((?:" + LIT +
                     r"\s*)+),")
    inputs = []
    for m in row.finditer(text):
        lang, sentence, evidence = m.group(1), concat(m.group(2)), concat(m.group(3))
        s, e = sentence.encode("utf-8"), evidence.encode("utf-8")
        begin = s.find(e)
        if begin < 0:
            continue
        inputs.append(f"{lang} {begin} {begin + len(e)}\n{sentence}")
    write("modality", spread(inputs))


def dumps(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=1)


def claims():
    inputs = []
    for path in sorted((ROOT / "seeds").glob("*.claims.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        text_file = doc["document"].pop("text_file", None)
        if text_file:
            doc["document"]["text"] = (path.parent / text_file).read_text(encoding="utf-8")
        inputs.append(dumps(doc))  # the whole seed document
        full_text = doc["document"]["text"]
        for claim in doc["claims"]:
            paragraph = next((p for p in full_text.split("\n") if claim["evidence"] in p),
                             claim["evidence"])
            one = json.loads(json.dumps(doc))
            one["document"]["text"] = paragraph
            one["claims"] = [claim]
            inputs.append(dumps(one))
    # The in-process loader tests' document (tests/loader/test_load.cpp).
    text = ("Microsoft has invested $10 billion in OpenAI. According to Reuters, Amazon will "
            "invest more than $4bn in Anthropic. Nvidia plans to build five data centers in "
            "Texas. Microsoft has invested $10 billion in OpenAI.")
    claim = {"id": "c1", "type": "investment",
             "evidence": "Microsoft has invested $10 billion in OpenAI", "occurrence": 1,
             "investor": "Microsoft", "investee": "OpenAI", "amount": "$10 billion",
             "stage": "completed"}
    base = {"format": "factdb.claims/1",
            "document": {"id": "t1", "title": "Test t1", "language": "en",
                         "published": "2026-11-01", "url": None, "text": text},
            "claims": [claim]}
    variants = [
        base,
        {**base, "claims": [{**claim, "occurrence": 2}]},
        {**base, "claims": [{**claim, "amont": "$10 billion"}]},
        {**base, "claims": [{**claim, "amount": "ten florins"}]},
        {**base, "claims": [{**claim, "modality": "reported"}]},
        {**base, "claims": [{**claim, "evidence": "not in the text"}]},
        {**base, "claims": [{"id": "c2", "type": "datacenter",
                             "evidence": "Nvidia plans to build five data centers in Texas",
                             "operator": "Nvidia", "location": "in Texas",
                             "count": "five data centers"}]},
        {**base, "claims": []},
        {**base, "format": "factdb.claims/2"},
        {**base, "document": {**base["document"], "language": "de"}},
        {**base, "document": {**base["document"], "text_file": "t1.txt"}},
    ]
    inputs += [dumps(v) for v in variants]
    # Found by fuzz_claims: a number beyond a double was an internal error, not bad input.
    inputs += ["1E773", '{"format": "factdb.claims/1", "claims": [], "document": 1E400}']
    write("claims", spread(inputs))


def gazetteer():
    inputs = [(ROOT / "seeds" / "entities.json").read_text(encoding="utf-8")]
    for path in sorted((ROOT / "tests" / "bad-input" / "cases").glob("*/*entities.json")):
        inputs.append(path.read_text(encoding="utf-8"))
    def g(*entities):
        return dumps({"format": "factdb.entities/1", "entities": list(entities)})
    inputs += [
        g({"name": "Foo", "aliases": ["Bar"]}, {"name": "Bar"}),
        g({"name": "Bar"}, {"name": "Foo", "aliases": ["Bar"]}),
        g({"name": "AWS", "wikidata": "Q1"}),
        g({"name": "Amazon", "parent": "AWS"}),
        g({"name": "Amazon", "parent": "Amazon Web Services"}),
        g({"name": "X", "parent": "Y"}, {"name": "Y", "parent": "X"}),
        g({"name": "Anthropic", "kind": "organization", "wikidata": "Q116758847",
           "aliases": ["Anthropic PBC", {"alias": "la start-up Anthropic", "language": "fr"}]}),
        g({"name": "amazon web services", "kind": "organization"}),
    ]
    write("gazetteer", spread(inputs))


def article():
    prefix = {".html": "h", ".htm": "h", ".md": "m", ".txt": "t"}
    inputs = []
    for folder in (ROOT / "tests" / "extraction", ROOT / "tests" / "article"):
        for path in sorted(folder.iterdir()):
            if path.suffix in prefix and not path.name.endswith(".body.txt"):
                # Bytes, not text: a fixture may be in another charset.
                inputs.append(prefix[path.suffix].encode() + path.read_bytes())
    for name, p in (("read_html_test.cpp", "h"), ("read_markdown_test.cpp", "m")):
        text = (ROOT / "tests" / "article" / name).read_text(encoding="utf-8")
        for lit in re.findall(r"\{\s*(" + LIT + r")\s*,\s*" + LIT, text):
            value = unescape(lit)
            if "<" in value or "*" in value or "[" in value or "#" in value:
                inputs.append((p + value).encode("utf-8"))
    write("article", spread(inputs))


if __name__ == "__main__":
    quantity()
    places()
    modality()
    claims()
    gazetteer()
    article()
