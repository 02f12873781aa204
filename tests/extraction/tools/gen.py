# Generator for tests/extraction: writes articles, body twins and gold claim files; asserts verbatim evidence.
# Invariants: the body twin (.body.txt) of a .md or .html article is exactly the article text a
# reader must extract (paragraphs and intertitles, no navigation, ads, newsletter boxes, related
# links or scripts); an evidence must occur in the text (white space and apostrophes folded),
# once unless "occurrence" is given; re-running it on unchanged arts files rewrites identical files.
# Paragraph markup (both .md and .html): **bold**, *italic*, [text](url); a paragraph "## X" is an
# intertitle. HTML pages come in two layouts: "a" (default; <article>, og/article: meta, cookie
# banner) and "b" (a news site: no article:published_time, date from JSON-LD and <time>, body in
# div.story-body with an ad slot, a "Read more" aside and a newsletter box among the paragraphs).
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
def md_to_html(s):
    s = esc(s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s); s = re.sub(r"\*(.+?)\*", r"<em>\1</em>", s)
    return re.sub(r"\[(.+?)\]\((.+?)\)", r'<a href="\2">\1</a>', s)
def html_block(p, indent):
    if p.startswith("## "): return f"{indent}<h2>{md_to_html(p[3:])}</h2>"
    return f"{indent}<p>{md_to_html(p)}</p>"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
def fold(s): return re.sub(r"\s+", " ", s.replace("\u2019", "'"))
def layout_b(a, title, lang, paras):
    site = a.get("site", "Daily Compute"); fr = lang == "fr"
    y, m, d = (int(x) for x in a["published"].split("-"))
    shown = f"{d} {MOIS[m-1]} {y}" if fr else f"{MONTHS[m-1]} {d}, {y}"
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                     "datePublished": a["published"] + "T06:00:00+02:00", "mainEntityOfPage": a["url"],
                     "author": [{"@type": "Person", "name": "Staff"}]}, ensure_ascii=False)
    blocks = [html_block(p, "        ") for p in paras]
    ad = '        <div class="ad ad-inline" data-slot="inline-1"><span class="ad-label">' + ("Publicité" if fr else "Advertisement") + '</span><script>window.adq=(window.adq||[]).concat("inline-1");</script></div>'
    more = '        <aside class="inline-related"><strong>' + ("À lire aussi :" if fr else "Read more:") + '</strong> <a href="/2026/01/chips-shortage">' + ("Pénurie de puces : les délais s&#39;allongent" if fr else "Chip shortage: lead times grow again") + '</a></aside>'
    if len(blocks) > 1: blocks.insert(1, ad)
    if len(blocks) > 3: blocks.insert(3, more)
    news = ('        <div class="newsletter-signup"><p>' + ("Recevez chaque matin notre lettre sur l&#39;IA et le cloud." if fr else "Get our AI and cloud briefing every morning.")
            + '</p><form action="/subscribe"><input type="email" placeholder="' + ("Votre adresse e-mail" if fr else "Your email") + '"><button>OK</button></form></div>')
    body = "\n".join(blocks + [news])
    return f"""<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{esc(title)} &#8211; {esc(site)}</title>
<meta name="description" content="{esc(strip_md(paras[0])[:150])}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:site_name" content="{esc(site)}">
<link rel="canonical" href="{a['url']}">
<script async src="https://ads.example/tag.js"></script>
<script type="application/ld+json">{ld}</script>
<style>.ad{{min-height:250px}} .paywall{{display:none}}</style>
</head>
<body>
<header class="masthead"><a class="brand" href="/">{esc(site)}</a>
  <nav><a href="/markets">{'Marchés' if fr else 'Markets'}</a> <a href="/tech">Tech</a> <a href="/energy">{'Énergie' if fr else 'Energy'}</a> <a href="/subscribe">{'S&#39;abonner' if fr else 'Subscribe'}</a></nav>
</header>
<div class="paywall-notice">{'Il vous reste 3 articles gratuits ce mois-ci.' if fr else 'You have 3 free articles left this month.'} <a href="/subscribe">{'S&#39;abonner' if fr else 'Subscribe'}</a></div>
<div class="layout">
  <div class="story">
    <h1 class="headline">{esc(title)}</h1>
    <div class="meta"><span class="author">{'Par la rédaction' if fr else 'By Staff'}</span> <time datetime="{a['published']}T06:00:00+02:00">{shown}</time></div>
    <div class="story-body">
{body}
    </div>
  </div>
  <aside class="sidebar"><h3>{'Les plus lus' if fr else 'Most read'}</h3><ol><li><a href="/a/10">{'Le nucléaire au secours des centres de données' if fr else 'Nuclear power to the rescue of data centres'}</a></li><li><a href="/a/11">{'Qui finance vraiment l&#39;IA ?' if fr else 'Who really pays for AI?'}</a></li></ol></aside>
</div>
<footer><p>© 2026 {esc(site)}</p><a href="/privacy">{'Confidentialité' if fr else 'Privacy'}</a> <a href="/terms">{'Conditions' if fr else 'Terms'}</a></footer>
<script>document.querySelectorAll('.ad').forEach(function(e){{e.dataset.seen='1';}});</script>
</body>
</html>
"""

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
    elif a.get("layout") == "b":
        html = layout_b(a, title, lang, paras)
        open(f"{OUT}/{stem}.html", "w").write(html)
        text = "\n\n".join(strip_md(p[3:] if p.startswith("## ") else p) for p in paras) + "\n"
        open(f"{OUT}/{stem}.body.txt", "w").write(text); tf = f"{stem}.body.txt"
    else:
        site = a.get("site", "Le Fil Tech")
        ps = "\n".join(html_block(p, "      ") for p in paras)
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
        text = "\n\n".join(strip_md(p[3:] if p.startswith("## ") else p) for p in paras) + "\n"
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
