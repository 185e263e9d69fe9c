#!/usr/bin/env python3
"""Writes docs/rules.md: for every rule id of the specification, the classes that implement it, the tests that prove it
and the pages that explain it. A class counts when its Javadoc or a test's @DisplayName starts with the id
(the house habit); RuleIndexTest in system-tests fails when the page and the code drift apart. Run: python3 docs/rule-index.py"""
import re, subprocess, pathlib

root = pathlib.Path(__file__).resolve().parent.parent
spec = root / 'docs' / 'specification.md'
rules = {}
for m in re.finditer(r'- \*\*([ERTN]\d+)( [^*]+)?\*\*([^\n]*)', spec.read_text(encoding='utf-8')):
    title = (m.group(2) or '').strip().rstrip('.')
    if not title:
        sentence = m.group(3).strip().split('. ')[0].split(' (')[0]
        title = sentence if len(sentence) <= 70 else sentence[:68].rsplit(' ', 1)[0] + ' …'
    rules[m.group(1)] = title
order = sorted(rules, key=lambda r: ("ERTN".index(r[0]), int(r[1:])))
files = subprocess.run(['git', 'ls-files'], capture_output=True, text=True, cwd=root).stdout.split()

def lead(rule):
    return re.compile(r'(/\*\*|^\s*\*|DisplayName\(")\s*(?:[A-Z]\d+(?:[–-][A-Z]?\d+)?[,/ ]+)*' + rule + r'(?![0-9])', re.M)

def mentions(rule):
    return re.compile(r'(?<![A-Za-z0-9_])' + rule + r'(?![0-9])')

def matching(rule, kind):
    out = []
    for f in files:
        if kind == 'code' and not ('/src/main/java/' in f and f.endswith('.java')):
            continue
        if kind == 'test' and not ('/src/test/java/' in f and f.endswith('.java') and not f.startswith('bench/')):
            continue
        if kind == 'docs' and not (f.endswith('.md') and not f.endswith('rules.md') and not f.endswith('specification.md') and '/' in f and not f.startswith('bench/')):
            continue
        text = (root / f).read_text(encoding='utf-8', errors='ignore')
        if (lead(rule) if kind != 'docs' else mentions(rule)).search(text):
            out.append(f)
    return out

def link(f):
    return '[%s](../%s)' % (pathlib.Path(f).stem if f.endswith('.java') else f, f)

lines = ['# Rule index', '',
         'Every rule id of the [specification](specification.md) with the classes that implement it, the tests that',
         'prove it and the pages that explain it. Written by `python3 docs/rule-index.py`; `RuleIndexTest` (system-tests) fails',
         'when a rule has no code or no test, or when a file listed here no longer names its rule.', '',
         '| rule | code | tests | docs |', '|---|---|---|---|']
for r in order:
    code, test, docs = matching(r, 'code'), matching(r, 'test'), matching(r, 'docs')
    title = (r + ' ' + rules[r]).strip()
    lines.append('| **%s** | %s | %s | %s |' % (title, ', '.join(map(link, code)) or '—', ', '.join(map(link, test)) or '—',
                                               ', '.join(map(link, docs)) or '—'))
(root / 'docs' / 'rules.md').write_text('\n'.join(lines) + '\n', encoding='utf-8')
