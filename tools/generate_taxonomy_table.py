#!/usr/bin/env python3
"""Prints the sub-status table of docs/TAXONOMY.md from core/domain/subtag.cpp.

  python3 tools/generate_taxonomy_table.py
Paste the output between the TABLE markers in docs/TAXONOMY.md (tst_domain checks that
every code in the source appears in the document).
"""
import re
src = open('core/domain/subtag.cpp', encoding='utf-8').read()
rows = re.findall(r'CT_SUBTAG\((\w+),\s*(\w+),\s*"([^"]+)",\s*"([^"]+)",\s*"([^"]+)"\)', src, re.S)
print('| code | tag | label | meaning |')
print('|---|---|---|---|')
for enum, tag, code, label, desc in rows:
    desc = ' '.join(desc.split())
    print(f'| `{code}` | {tag} | {label} | {desc} |')
