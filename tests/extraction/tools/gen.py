# Generator for tests/extraction: writes articles, body twins and gold claim files; asserts verbatim evidence.
import json, re, sys, os, importlib, importlib.util
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
os.makedirs(OUT, exist_ok=True)
arts = []
for m in ["fr", "en"]:  # arts_en.py is still to be written (tests/extraction/README.md)
    if importlib.util.find_spec("arts_" + m) is not None:
        arts += importlib.import_module("arts_" + m).ARTS
def strip_md(s):
    s = re.sub(r"\*\*(.+?)\*\*", r"\1", s); s = re.sub(r"\*(.+?)\*", r"\1", s)
    s = re.sub(r"\[(.+?)\]\((.+?)\)", r"\1", s); return s
def esc(s): return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
def fold(s): return re.sub(r"\s+", " ", s.replace("\u2019", "'"))
errs = 0
for a in arts:
    stem, lang, fmt = a["stem"], a["lang"], a["fmt"]
    paras = a["paras"]; title = a["title"]
    if fmt == "txt":
        text = title + "\n\n" + "\n\n".join(paras) + "\n"
        open(f"{OUT}/{stem}.txt", "w").write(text); tf = f"{stem}.txt"
    elif fmt == "md":
        md = "# " + title + "\n\n" + "\n\n".join(paras) + "\n"
        open(f"{OUT}/{stem}.md", "w").write(md)
        text = title + "\n\n" + "\n\n".join(strip_md(p) for p in paras) + "\n"
        text = re.sub(r"^## ", "", text, flags=re.M)
        open(f"{OUT}/{stem}.body.txt", "w").write(text); tf = f"{stem}.body.txt"
    else:
        site = a.get("site", "Le Fil Tech")
        ps = "\n".join(f"      <p>{esc(p)}</p>" for p in paras)
        ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                         "datePublished": a["published"] + "T07:30:00Z", "inLanguage": lang,
                         "publisher": {"@type": "Organization", "name": site}}, ensure_ascii=False)
        html = f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <title>{esc(title)} | {esc(site)}</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta property="og:title" content="{esc(title)}">
  <meta property="og:type" content="article">
  <meta property="article:published_time" content="{a['published']}T07:30:00+00:00">
  <link rel="canonical" href="{a['url']}">
  <link rel="stylesheet" href="/static/css/main.4f2a.css">
  <script type="application/ld+json">{ld}</script>
  <script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date());</script>
</head>
<body class="article-page">
  <div id="cookie-banner" class="consent">
    <p>{'Nous utilisons des cookies pour mesurer l&#39;audience et personnaliser les publicités.' if lang=='fr' else 'We use cookies to measure our audience and personalise advertising.'}</p>
    <button id="accept">{'Tout accepter' if lang=='fr' else 'Accept all'}</button> <button id="refuse">{'Refuser' if lang=='fr' else 'Reject'}</button>
  </div>
  <nav class="top-nav"><ul><li><a href="/">{esc(site)}</a></li><li><a href="/ia">{'Intelligence artificielle' if lang=='fr' else 'Artificial intelligence'}</a></li><li><a href="/cloud">Cloud</a></li><li><a href="/newsletter">Newsletter</a></li></ul></nav>
  <header class="site-header"><div class="logo">{esc(site)}</div><form class="search"><input type="search" placeholder="{'Rechercher' if lang=='fr' else 'Search'}"></form></header>
  <main>
    <article>
      <h1>{esc(title)}</h1>
      <div class="byline">{'Par la rédaction' if lang=='fr' else 'By staff writers'} · <time datetime="{a['published']}">{a['published']}</time></div>
{ps}
      <div class="share"><a href="#">Partager</a> <a href="#">LinkedIn</a></div>
    </article>
    <aside class="related"><h2>{'À lire aussi' if lang=='fr' else 'Read more'}</h2><ul><li><a href="/a/1">{'Les puces, nouvel or noir de la tech' if lang=='fr' else 'Chips are the new oil of tech'}</a></li><li><a href="/a/2">{'Le marché du cloud en 2026' if lang=='fr' else 'The cloud market in 2026'}</a></li></ul></aside>
  </main>
  <footer><p>© 2026 {esc(site)}. {'Tous droits réservés.' if lang=='fr' else 'All rights reserved.'}</p><a href="/mentions">{'Mentions légales' if lang=='fr' else 'Legal notice'}</a></footer>
  <script src="/static/js/app.91c3.js" defer></script>
  <script>document.getElementById('accept').onclick=function(){{document.getElementById('cookie-banner').remove();}};</script>
</body>
</html>
"""
        open(f"{OUT}/{stem}.html", "w").write(html)
        text = "\n\n".join(paras) + "\n"
        open(f"{OUT}/{stem}.body.txt", "w").write(text); tf = f"{stem}.body.txt"
    ft = fold(text)
    claims = []; seen = {}
    for c in a["claims"]:
        typ, ev, fields = c[0], c[1], dict(c[2]) if len(c) > 2 else {}
        n = ft.count(fold(ev))
        if n == 0:
            print(f"{stem}: evidence not found: {ev!r}"); errs += 1
        seen[typ] = seen.get(typ, 0) + 1
        cid = fields.pop("id", f"{typ}-{seen[typ]}")
        obj = {"id": cid, "type": typ, "evidence": ev}
        if n > 1 and "occurrence" not in fields:
            print(f"{stem}: evidence occurs {n} times: {ev!r}"); errs += 1
        mod = fields.pop("modality", "asserted")
        obj.update(fields); obj["modality"] = mod
        claims.append(obj)
    doc = {"format": "factdb.claims/1",
           "document": {"id": stem, "title": title, "language": lang, "published": a.get("published"),
                        "url": a.get("url"), "text_file": tf}, "claims": claims}
    with open(f"{OUT}/{stem}.claims.json", "w") as f:
        f.write("{\"format\": \"factdb.claims/1\",\n \"document\": " + json.dumps(doc["document"], ensure_ascii=False) + ",\n \"claims\": [\n")
        f.write(",\n".join("  " + json.dumps(c, ensure_ascii=False) for c in claims))
        f.write("\n ]}\n")
    print(stem, lang, fmt, len(claims), len(text.split()), "words")
print("total claims", sum(len(a["claims"]) for a in arts), "errors", errs)
