#!/usr/bin/env python3
"""Harvest treaty names and their United Nations Treaty Series references from AKN4UN resolutions.

    python3 docs/knowledge/harvest_treaties.py ../shared/corpus/akn src/main/resources/org/unkg/recognize/treaties.tsv

Every footnote that reads "United Nations, Treaty Series, vol. V, No. N." (or "Ibid., vol. V, No. N." after one)
is attached, in the AKN file, right after the words it documents: the treaty name is the title that ends at the
footnote mark, in the clause the mark follows. The harvester reads that title back from the mark (capitalized words
joined by small words, "Optional Protocol to the Convention ... on the sale of children"), with the date written
after it ("of 10 December 1982"), and also names written inside the note ("Agreement between ... (United Nations,
Treaty Series, vol. 1, No. 2)"). A treaty is keyed by volume and number (the Protocols to a convention share its
number and differ in volume). The name most often written for a key wins; a name written for two keys is dropped,
and so is a key whose every name is a bare "Convention" or an anaphor. Rows of the table that did not come from
this harvest (their source does not start with "AKN ") are kept as they are; harvested rows are replaced.
Treaties named by the library's subject headings ("Arms Trade Treaty (2013)") are added after them, by name only.
"""
import collections
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

NS = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"
INSTRUMENT = r"(?:Conventions?|Covenants?|Protocols?|Treaty|Agreement|Statute|Charter|Constitution|Amendment|Accord)"
CONNECTORS = {"of", "on", "the", "and", "to", "for", "against", "in", "or", "relating", "relative", "concerning",
              "between", "with", "by", "which", "may", "be", "have", "from", "a", "an", "at", "into", "under",
              "beyond", "supplementing", "its", "their", "as", "amended", "thereto", "other"}
LEADING = re.compile(r"^(?:(?:the|and|or|of|to|on|in|as|amended|by|its|their|a|an|The|[A-Z][a-z]+ing|[IVX]+|\d+"
                     r"|Also|Further|Calls|Urges|Welcomes|Notes|Decides|Requests|Invites|Reaffirms|Recalls|Stresses"
                     r"|Encourages|Emphasizes|Underlines|Acknowledges|Recognizes|Reiterates|Supports|Commends|Article"
                     r"|Articles|Parties|Party|States|State|Member)\s+)+")
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
DATE_AFTER = re.compile(r",?\s+(?:of|adopted\s+(?:at\s+[A-Z]\w+\s+)?on|signed\s+(?:at\s+[A-Z]\w+\s+)?on|done\s+at\s+"
                        r"[A-Z]\w+\s+on)\s+(\d{1,2})\s+(" + MONTHS + r")\s+(\d{4})\s*,?\s*$")
SERIES = re.compile(r"(?:United\s+Nations,\s*Treaty\s+Series|^\s*Ibid\.)\s*,\s*vols?\.\s*(\d+)[^;]*?,\s*No\.\s*(\d+)")
IN_NOTE = re.compile(r"^\s*(?:See\s+)?([A-Z][^()]{10,300}?)\s*\(\s*United\s+Nations,\s*Treaty\s+Series,\s*vols?\."
                     r"\s*(\d+)[^;)]*?,\s*No\.\s*(\d+)\s*\)")
NOT_A_NAME = re.compile(r"^(?:(?:Optional|Additional|Amended|Said|Present|International|Relevant|Framework)\s+)?"
                        + INSTRUMENT + r"$|thereto|^(?:(?:Optional|Additional|Amended)\s+)?Protocols?\s+[IVX]+$"
                        r"|^Convention,?\s+\d{4}$|\bto\s+the\s+(?:Convention|Covenant|Treaty)$")


def tokens(el, out):
    """The text of a paragraph as ('text', s) and ('note', marker, text) pieces, notes not part of the text."""
    if el.text:
        out.append(("text", el.text))
    for child in el:
        if child.tag == NS + "authorialNote":
            out.append(("note", child.get("marker"), " ".join("".join(child.itertext()).split())))
        else:
            tokens(child, out)
        if child.tail:
            out.append(("text", child.tail))
    return out


def title_before(text):
    """The treaty title that ends the text, with the date written after it, or (None, None)."""
    text = re.sub(r"\s+", " ", text).rstrip(" ,;")
    date = None
    d = DATE_AFTER.search(text)
    if d:
        date = "%s-%02d-%02d" % (d.group(3), MONTHS.split("|").index(d.group(2)) + 1, int(d.group(1)))
        text = text[:d.start()].rstrip(" ,")
    # "... Part XI of the Convention (the Part XI Agreement)": the short name in brackets is another name
    short = None
    b = re.search(r"\s*\((?:the\s+)?([^()]{3,60})\)$", text)
    if b:
        short = b.group(1) if re.search(r"\b" + INSTRUMENT + r"\b", b.group(1)) else None
        text = text[:b.start()].rstrip(" ,")
    text = re.sub(r",\s+of\s+\d{4}$", "", text)
    # a clause ends at ; : . ( or a quotation; the title is in the last clause
    clause = re.split(r"[;:.()\u201c\u201d\"]\s", " " + text)[-1].strip()
    words = re.findall(r"[^\s,]+|,", clause)
    name = []
    for w in reversed(words):
        bare = w.strip("\u2019'")
        if w == "," or bare[:1].isupper() or bare[:1].isdigit() or bare in CONNECTORS or re.fullmatch(r"[IVX]+", bare):
            name.insert(0, w)
        else:
            break
    title = " ".join(name).replace(" ,", ",")
    if not re.search(r"\b" + INSTRUMENT + r"\b", title):
        # "Optional Protocol to the Convention on the Rights of the Child on the sale of children, ...": the title
        # of an optional protocol goes on in lower case after its parent's name
        m = list(re.finditer(r"((?:[A-Z][\w\-\u2019']*\s+)*(?:Optional\s+)?Protocol\s+to\s+the\s+[A-Z][^;:]*)$", clause))
        if not m or len(m[-1].group(1)) > 260:
            return None, None
        title = m[-1].group(1)
    # the last instrument of a list: "... Rights and the International Covenant on ..." names the second one
    # name; a split whose right side has no instrument word is inside a title ("Marine Environment and the Coastal
    # Region of the Mediterranean")
    if not re.search(r"\b" + INSTRUMENT + r"\b", title):
        return None, None
    for cut in reversed(list(re.finditer(r",?\s+(?:and|or)\s+(?:to\s+)?(?:the|its)\s+|,\s+the\s+", title))):
        if re.search(r"\b" + INSTRUMENT + r"\b", title[cut.end():]):
            title = title[cut.end():]
            break
    title = LEADING.sub("", title).strip(" ,")
    # "January 2018, in the Convention ...", "Afghanistan to the Protocol ...", "International Labour Conference of
    # the Domestic Workers Convention": words before the title that the walk back took in
    title = re.sub(r"^(?:\d{1,2}\s+)?(?:" + MONTHS + r")\s+\d{4}\s*,?\s*(?:(?:in|of)\s+)?(?:the\s+)?", "", title)
    title = re.sub(r"^(?!" + INSTRUMENT + r"\b)[A-Z][\w\-]*\s+(?:in|to)\s+the\s+(?=[A-Z])", "", title)
    title = re.sub(r"^(?:[A-Z][\w\-]*\s+)*Conference\s+of\s+the\s+", "", title)
    if ")" in title and "(" not in title:
        return None, None  # a bracket opened before the clause: the title is not whole
    title = re.sub(r"(?:\s+(?:and|or|of|on|to|the|for|in|by|with|as|amended)|[,;])+$", "", title)
    if len(title.split()) < 2 or NOT_A_NAME.search(title) or not title[:1].isupper():
        return None, None
    if " to the " in title:
        date = None  # "Protocol Additional to the Geneva Conventions of 12 August 1949": the parent's date
    return (title, short), date


def harvest(akn_dir):
    seen = collections.defaultdict(collections.Counter)  # (vol, no) -> names
    dates = collections.defaultdict(collections.Counter)
    shorts = collections.defaultdict(collections.Counter)
    where = {}
    for f in sorted(Path(akn_dir).glob("*/*.xml")):
        symbol = "A/RES/" + f.stem.replace("A_RES_", "").replace("_", "/")
        root = ET.parse(f).getroot()
        last = None
        for p in root.iter(NS + "p"):
            before = ""
            for t in tokens(p, []):
                if t[0] == "text":
                    before += t[1]
                    continue
                _, marker, note = t
                s = SERIES.search(note)
                if not s or ("Ibid" in note[:8] and last is None):
                    continue
                last = s
                if re.search(r"Nos\.|\bNo\.\s*\d+\s*(?:and|–|-)", note):
                    continue  # several treaties in one note
                key = (s.group(1), s.group(2))
                inside = IN_NOTE.match(note)
                if inside and inside.group(2) == key[0]:
                    name, short, date = re.sub(r",\s+of\s+\d{4}$", "", LEADING.sub("", inside.group(1).strip())), None, None
                else:
                    found, date = title_before(before)
                    name, short = found if found else (None, None)
                    # the check the table's header promises: the name stands in the clause the mark follows
                    if name and name not in re.sub(r"\s+", " ", before):
                        print("not in its clause: %s (%s)" % (name, f.name), file=sys.stderr)
                        continue
                if name:
                    seen[key][name] += 1
                    if short:
                        shorts[key][short] += 1
                    if date:
                        dates[key][date] += 1
                    where.setdefault((key, name), "AKN %s footnote %s" % (symbol, marker))
    # a name written for two different keys names neither
    keys_of = collections.defaultdict(set)
    for key, names in seen.items():
        for n in names:
            keys_of[n.lower()].add(key)
    rows = []
    for key, names in sorted(seen.items(), key=lambda kv: (int(kv[0][1]), int(kv[0][0]))):
        good = [(c, n) for n, c in names.items() if len(keys_of[n.lower()]) == 1]
        if not good:
            continue
        good.sort(key=lambda cn: (-cn[0], -len(cn[1])))
        name = good[0][1]
        # another name is one written at least twice that neither holds the chosen one ("Afghanistan to the Protocol
        # ...") nor is held in it ("Women and Children, supplementing ...")
        alts = [n for c, n in good[1:] if c >= 2 and name.lower() not in n.lower() and n.lower() not in name.lower()]
        alts += [s for s in shorts[key] if s.lower() != name.lower() and not NOT_A_NAME.search(s)]
        alts = alts[:4]
        date = dates[key].most_common(1)[0][0] if dates[key] else ""
        rows.append((name, alts, date, key[1], key[0], where[(key, name)]))
    return rows


HEADING = re.compile(r"^(.*\b" + INSTRUMENT + r"\b.*?) \((\d{4})\)$")


def headings(akn_dir):
    """Treaties the library's subject headings name: "Arms Trade Treaty (2013)", "UN Convention ... (1982)"; drafts,
    proposals, "Protocols, etc." and the bodies of a treaty ("Conference of the Parties to ...") left out."""
    first = {}
    for f in sorted(Path(akn_dir).glob("*/*.xml")):
        symbol = "A/RES/" + f.stem.replace("A_RES_", "").replace("_", "/")
        for h in re.findall(r'<keyword value="([^"]*)"[^>]*dictionary="DHLAUTH"', f.read_text(encoding="utf-8")):
            first.setdefault(h.replace("&apos;", "’").replace("&amp;", "&"), symbol)
    for h, symbol in sorted(first.items()):
        m = HEADING.match(h)
        if not m or re.match(r"(?:Conference|Meeting|Review|Assembly|Preparatory|UN\.)\b", h):
            continue
        name = re.sub(r"^UN ", "United Nations ", m.group(1))
        name = re.sub(r"\b(\d{1,2}) Dec\. (\d{4})", r"\1 December \2", name)
        yield name, 'AKN DHLAUTH heading "%s" (%s)' % (h, symbol)


def main(akn_dir, table):
    path = Path(table)
    header, kept = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            header.append(line)
        elif line.strip() and not line.split("\t")[-1].startswith("AKN "):
            kept.append(line)
    known = {}
    for line in kept:
        f = line.split("\t")
        for n in [f[0]] + [a.strip() for a in f[1].split(";") if a.strip()]:
            known[n.lower()] = f
        if len(f) > 4 and f[3]:
            known[(f[4], f[3])] = f
    out = []
    for name, alts, date, number, volume, source in harvest(akn_dir):
        if (volume, number) in known or name.lower() in known:
            k = known.get((volume, number)) or known[name.lower()]
            if k[3] and (k[3], k[4]) != (number, volume):
                print("differs from the table: %s: %s/%s vs %s/%s" % (name, volume, number, k[4], k[3]), file=sys.stderr)
            continue  # the hand-checked row stands
        alts = [a for a in alts if a.lower() not in known]
        for n in [name] + alts:
            known[n.lower()] = True
        out.append("\t".join([name, ";".join(alts), date, number, volume, source]))
    # a heading may spell a name with other punctuation ("South-East"/"Southeast", ", and relating"/" and relating")
    letters = {re.sub(r"[^a-z]", "", k) for k in known if isinstance(k, str)}
    for name, source in headings(akn_dir):
        if re.sub(r"[^a-z]", "", name.lower()) in letters:
            continue
        letters.add(re.sub(r"[^a-z]", "", name.lower()))
        out.append("\t".join([name, "", "", "", "", source]))
    path.write_text("\n".join(header + kept + out) + "\n", encoding="utf-8")
    print("%d hand rows kept, %d harvested rows" % (len(kept), len(out)), file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
