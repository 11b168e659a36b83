#!/usr/bin/env python3
"""Fill bodies.tsv from public facts: the UN system chart's entities and the library's subject headings.

    python3 docs/knowledge/build_bodies.py ../shared/knowledge/un-system-entities.csv ../shared/corpus \
        src/main/resources/org/unkg/recognize/bodies.tsv

1. Every entity of un-system-entities.csv (UN-EOSG-Analytics/un-system-chart-navigator f7283f2): its full name, its
   abbreviation and aliases, and an "established by GA resolution 173 (II)" mandate as the established-by column.
   An entity the table already holds (by any of its names) keeps its row and gains the chart's names as other names.
2. Every body named in a `<classification source="DHLAUTH">` subject heading of the AKN files, turned from the
   catalogue's form ("UN. Human Rights Council. Special Rapporteur on the Right to Food", "UN Mission in South
   Sudan") into the name as resolutions write it: the last part of the hierarchy, "UN" spelled out, and the spelling
   the corpus uses most often ("Special Rapporteur on the right to food") when the corpus writes it at all.
   Headings for events (a session or year in brackets), drafts and proposals, days, decades, declarations,
   programmes of action, funds in trust and documents are not bodies and are left out.
Rows whose source is neither of these two are kept as they are; rows from them are rebuilt.
"""
import collections
import csv
import glob
import re
import sys
from pathlib import Path

CHART = "un-system-entities.csv (UN-EOSG-Analytics/un-system-chart-navigator f7283f2)"
HEADS = re.compile(r"\b(?:Committee|Commission|Council|Office|Department|Branch|Service|Mission|Force|Fund|Programme|"
                   r"Organization|Organisation|Agency|Court|Tribunal|Bank|Secretariat|Union|Panel|Board|Institute|"
                   r"Centre|Entity|Forum|Directorate|Division|Assembly|Authority|Group|Operation|Unit|Mechanism|"
                   r"Rapporteur|Expert|Envoy|Representative|Coordinator|Commissioner|Conference of the Parties|"
                   r"Meeting of (?:the )?States Parties|Assembly of States Parties|Community|Secretary-General|"
                   r"Adviser|Advisor|Facility|University|Network|Process)\b")
NOT_BODIES = re.compile(r"\((?:Proposed|Draft)\)|\(\d|:\s|\bsess\.|Trust Fund|\bDecade\b|\bDay\b|\bYear\b|Declaration|"
                        r"Programme of Action|Agenda|Goals?\b|Framework|Strategy|Plan\b|Yearbook|Repert|Fellowship|"
                        r"Awards|Index|Headquarters|Library|Courses|Compact|Platform|Base|Regular Process|Pathway|"
                        r"High-Level Meeting|Special Session|Programme of Assistance|\bSystem$|Regulations|Reviews|"
                        r"Parking|treaties deposited|periodic review|^(?:UN\. )?(?:Office of the President|"
                        r"Consultative Group)$")
ORDINALS = {"1st": "First", "2nd": "Second", "3rd": "Third", "4th": "Fourth", "5th": "Fifth", "6th": "Sixth"}
ESTABLISHED = re.compile(r"established by (?:GA|General Assembly|SC|Security Council) resolution "
                         r"(\d+ \([IVXL]+\)|\d+/\d+|\d+ \(\d{4}\))")


def corpus_text(corpus):
    parts = [Path(f).read_text(encoding="utf-8", errors="replace") for f in glob.glob(corpus + "/ga/*.txt")]
    for f in glob.glob(corpus + "/akn/*/*.xml"):
        parts.append(re.sub(r"<[^>]+>", " ", Path(f).read_text(encoding="utf-8", errors="replace")))
    return re.sub(r"\s+", " ", " ".join(parts))


def as_written(name, text, lower):
    """The spelling of name that the corpus uses most often, or name itself; a spelling that opens in lower case
    is a description ("working group on ..."), not a name."""
    found = collections.Counter()
    n = name.lower()
    i = lower.find(n)
    while i >= 0:
        j = i + len(n)
        if (i == 0 or not lower[i - 1].isalnum()) and (j == len(lower) or not lower[j].isalnum()):
            found[text[i:j]] += 1
        i = lower.find(n, j)
    spellings = [s for s, _ in found.most_common() if s != s.upper() and s[:1].isupper()]
    return spellings[0] if spellings else name


def from_heading(h):
    """The body a DHLAUTH heading names, as resolutions write it, or None."""
    if NOT_BODIES.search(h):
        return None, None
    short = None
    m = re.search(r"\s*\(([A-Z][A-Za-z0-9]{1,8}|\d\w\w Committee)\)$", h)
    if m:
        short = m.group(1)
        h = h[:m.start()]
    parts = h.split(". ")
    if len(parts) > 1 and parts[0] not in ("UN", "UNEP", "FAO", "ILO", "UNHCR"):
        return None, None  # "Cambodia. Extraordinary Chambers": the catalogue's form cannot be read back safely
    name = parts[-1]
    if re.fullmatch(r"(?:\d\w\w|Administrative|Executive) \w+", name) and not re.match(r"\d\w\w Committee", name):
        return None, None  # "Executive Directorate": named only with its parent
    m = re.fullmatch(r"(\d\w\w) Committee", name)
    if m:
        name = ORDINALS.get(m.group(1), m.group(1)) + " Committee"
    if short and re.fullmatch(r"\d\w\w Committee", short):
        short = None
    name = re.sub(r"^UN ", "United Nations ", name).replace("AU/UN ", "African Union-United Nations ")
    name = re.sub(r"^\d{4} ", "", name).replace(" (Organization)", " Organization")
    name = re.sub(r"^UN-", "UN-", name)
    if not HEADS.search(name) or len(name.split()) < 2:
        return None, None
    return name, short


def key(n):
    """NameTable's key, and "United Nations" left out: the chart and the library add or drop it
    ("Office of the (United Nations) High Commissioner for Human Rights")."""
    k = re.sub(r"[\s\-]+", " ", re.sub(r"^the\s+", "", n.lower().replace("\u2019", "'"))).strip()
    return re.sub(r"\bunited nations ", "", k)


def main(chart, corpus, table):
    path = Path(table)
    header, rows = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            header.append(line)
        elif line.strip():
            f = line.split("\t") + [""] * 4
            if not (f[3].startswith(CHART) or f[3].startswith("AKN DHLAUTH")):
                rows.append([f[0], [a.strip() for a in f[1].split(";") if a.strip()], f[2].strip(), f[3].strip()])
    index = {}

    def reindex():
        index.clear()
        for r in rows:
            for n in [r[0]] + r[1]:
                index.setdefault(key(n), r)

    reindex()
    for e in csv.DictReader(open(chart, encoding="utf-8")):
        abbr, long = e["entity"].strip(), " ".join(e["entity_long"].split())
        names = []
        if re.fullmatch(r"(?:First|Second|Third|Fourth|Fifth|Sixth) Committee", abbr):
            # the chart gives a Main Committee's subject as its long name ("Legal", "Disarmament and ...")
            subject = long.replace(" & ", " and ").replace(" Issues", "")
            names = [abbr, subject if subject.endswith(" Committee") else subject + " Committee"]
        else:
            names = [long] + ([abbr] if abbr != long and abbr.upper() != long.upper() and abbr != abbr.upper() + "x"
                              and not (abbr.isupper() and " " in abbr and len(abbr) > 12) else [])
        names += [a.strip() for a in e["entity_aliases"].split(";") if a.strip()]
        m = ESTABLISHED.search(e["foundational_mandate"])
        by = m.group(1) if m else ""
        hit = next((index[key(n)] for n in names if key(n) in index), None)
        if hit is None and long.startswith("United Nations "):
            hit = index.get(key(long[len("United Nations "):]))
        if hit is None and long.endswith(" Organization") and key(long + " of the United Nations") in index:
            hit = index[key(long + " of the United Nations")]
        if hit is None:
            rows.append([names[0], names[1:], by, CHART])
        else:
            for n in names:
                if key(n) not in {key(x) for x in [hit[0]] + hit[1]}:
                    hit[1].append(n)
            if by and not hit[2]:
                hit[2] = by
            if CHART not in hit[3]:
                hit[3] = (hit[3] + "; " if hit[3] else "") + CHART
        reindex()
    text = corpus_text(corpus)
    lower = text.lower()
    headings = collections.Counter()
    first = {}
    for f in sorted(glob.glob(corpus + "/akn/*/*.xml")):
        for h in re.findall(r'<keyword value="([^"]*)"[^>]*dictionary="DHLAUTH"', Path(f).read_text(encoding="utf-8")):
            h = h.replace("&amp;", "&").replace("&apos;", "'")
            headings[h] += 1
            first.setdefault(h, "A/RES/" + Path(f).stem.replace("A_RES_", "").replace("_", "/"))
    for h in sorted(headings):
        name, short = from_heading(h)
        if not name:
            continue
        written = as_written(name, text, lower)
        if key(written) in index:
            r = index[key(written)]
            if short and key(short) not in index:
                r[1].append(short)
            continue
        if name.startswith("United Nations ") and key(name[len("United Nations "):]) in index:
            continue
        rows.append([written, [short] if short else [], "", "AKN DHLAUTH heading \"%s\" (%s)" % (h, first[h])])
        reindex()
    out = ["\t".join([r[0], ";".join(r[1]), r[2], r[3]]) for r in rows]
    path.write_text("\n".join(header + out) + "\n", encoding="utf-8")
    print("%d rows" % len(rows), file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
