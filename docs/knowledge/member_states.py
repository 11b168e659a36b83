#!/usr/bin/env python3
"""Builds src/main/resources/org/unkg/grammar/member-states.tsv: the 193 Member States of the United Nations with
their ISO 3166-1 codes, named as the General Assembly's AKN4UN markup and metadata spell them.

usage: python3 docs/knowledge/member_states.py ../shared/corpus/akn > src/main/resources/org/unkg/grammar/member-states.tsv

Sources: the names are every Member State named in a vote of sessions 74-78 (UNxml/GAresolutions,
data_extract/74.json ... 78.json and the <organization refersTo="memberState"> of the XML, commit 42a69b67); the codes
come from ISO 3166-1 as shipped by Debian's iso-codes (/usr/share/iso-codes/json/iso_3166-1.json), matched on the
ISO name, official name or common name, and for the names the UN writes differently, by the table UN_TO_ISO below.
The UN's own short names in mixed case are taken from the sponsor lists of the same XML.
"""
import glob, json, os, re, sys, unicodedata

UN_TO_ISO = {  # UN short name (upper case) -> ISO 3166-1 alpha-3, where the ISO list names the State otherwise
    'BOLIVIA (PLURINATIONAL STATE OF)': 'BOL', "COTE D'IVOIRE": 'CIV', 'DEMOCRATIC REPUBLIC OF THE CONGO': 'COD',
    'IRAN (ISLAMIC REPUBLIC OF)': 'IRN', 'MICRONESIA (FEDERATED STATES OF)': 'FSM',
    'NETHERLANDS (KINGDOM OF THE)': 'NLD', 'REPUBLIC OF KOREA': 'KOR', 'TURKEY': 'TUR', 'TURKIYE': 'TUR',
    'TÜRKİYE': 'TUR', 'TÜRKIYE': 'TUR', 'VENEZUELA (BOLIVARIAN REPUBLIC OF)': 'VEN',
}


def objects(path):
    txt, dec, i = open(path, encoding='utf-8').read(), json.JSONDecoder(), 0
    while True:
        while i < len(txt) and txt[i].isspace():
            i += 1
        if i >= len(txt):
            return
        o, i = dec.raw_decode(txt, i)
        yield o


def main(akn):
    names, mixed = set(), {}
    for f in sorted(glob.glob(os.path.join(akn, 'metadata', '*.json'))):
        for o in objects(f):
            for k in ('MS_in_favour', 'MS_against', 'MS_abstaining'):
                names.update(o[k])
    for f in sorted(glob.glob(os.path.join(akn, '7[0-9]', '*.xml'))):
        x = open(f, encoding='utf-8').read()
        names.update(re.findall(r'<organization refersTo="memberState">([^<]*)</organization>', x))
        for by in re.findall(r'outcome="draftResolution[A-Za-z]*"[^>]*by="([^"]*)"', x):
            for n in re.split(r',\s*|\s+and\s+(?=[A-Z])', by):
                mixed.setdefault(n.strip().upper(), n.strip())
    iso = json.load(open('/usr/share/iso-codes/json/iso_3166-1.json'))['3166-1']
    by_name, by_a3 = {}, {c['alpha_3']: c for c in iso}
    for c in iso:
        for k in ('name', 'official_name', 'common_name'):
            if k in c:
                by_name[c[k].upper()] = c
    states = {}
    for n in sorted(names):
        c = by_a3[UN_TO_ISO[n]] if n in UN_TO_ISO else by_name[n]
        states.setdefault(c['alpha_3'], (c, []))[1].append(n)
    print('# The 193 Member States of the United Nations with their ISO 3166-1 codes, as the General Assembly\'s')
    print('# AKN4UN markup names them in its votes. Built by docs/knowledge/member_states.py (see there): names from')
    print('# UNxml/GAresolutions data_extract/74-78.json and the XML of sessions 74-78 (commit 42a69b67), codes from')
    print('# ISO 3166-1 (Debian iso-codes, iso_3166-1.json). spellings: every spelling the markup uses (; separated).')
    print('# version 1')
    print('alpha3\talpha2\tnumeric\tname\tspellings\tisoName\tsource')
    for a3, (c, spellings) in sorted(states.items(), key=lambda kv: kv[1][1][0]):
        first = sorted(spellings, key=lambda s: (s in ('TURKEY', 'TURKIYE', 'NETHERLANDS'), -len(s)))[0]
        if a3 == 'TUR':
            first = 'TÜRKİYE'
        name = mixed.get(first) or mixed.get(unicodedata.normalize('NFC', first)) or c.get('common_name', c['name'])
        if a3 == 'TUR':
            name = 'Türkiye'
        print('\t'.join([a3, c['alpha_2'], c['numeric'], name, ';'.join(sorted(spellings)), c['name'],
                         'data_extract/74-78.json; iso_3166-1.json']))
    print(f'{len(states)} Member States', file=sys.stderr)


if __name__ == '__main__':
    main(sys.argv[1])
