#!/usr/bin/env python3
"""Every catalogue under resources/translations/ is complete, faithful and current.

    check_translations.py TS_DIR [--lupdate LUPDATE --sources LIST --includes LIST]

Fails on, for each message of each .ts file:
- a translation that is missing, empty, unfinished, obsolete or vanished;
- placeholders (%1, %L2, %n) that differ from the source's;
- a different number of mnemonic ampersands (&&, &amp; and "& " are not mnemonics), line breaks,
  markup tags or leading/trailing spaces than the source;
- a numerus message without a form for each of the language's plural forms that are filled in.
With --lupdate, it also runs lupdate over the sources the build lists (the same options as the
update_translations target) into a scratch file, and fails when the catalogue's strings are not
exactly the code's: a new string nobody has translated, or one the code no longer has. lupdate
takes about a second, so this is a CTest test (label core), not a separate CI step.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r'%L?(?:\d{1,2}|n)')
TAG = re.compile(r'</?([A-Za-z][A-Za-z0-9]*)[^>]*>')
ENTITY = re.compile(r'&(?:#\d+|#x[0-9A-Fa-f]+|[A-Za-z]+);')


def mnemonics(text):
    text = ENTITY.sub('', text).replace('&&', '')
    return len(re.findall(r'&(?=\S)', text))


def shape(text):
    return {
        'placeholders': sorted(set(PLACEHOLDER.findall(text))),
        'mnemonic ampersands': mnemonics(text),
        'line breaks': text.count('\n'),
        'tags': sorted(t.lower() for t in TAG.findall(text)),
        'leading space': text[:len(text) - len(text.lstrip())],
        'trailing space': text[len(text.rstrip()):],
    }


def messages(root):
    for context in root.iter('context'):
        name = context.findtext('name') or ''
        for message in context.iter('message'):
            yield name, message


def key(name, message):
    return (name, message.findtext('source') or '', message.findtext('comment') or '',
            message.get('numerus') == 'yes')


def check_catalogue(path):
    problems = []
    root = ET.parse(path).getroot()
    where = os.path.basename(path)
    count = 0
    for name, message in messages(root):
        count += 1
        source = message.findtext('source') or ''
        label = f'{where}: [{name}] "{source[:70]}"'
        translation = message.find('translation')
        if translation is None:
            problems.append(f'{label}: no translation')
            continue
        kind = translation.get('type')
        if kind in ('unfinished', 'obsolete', 'vanished'):
            problems.append(f'{label}: translation is {kind}')
            continue
        if message.get('numerus') == 'yes':
            forms = [f.text or '' for f in translation.iter('numerusform')]
            if not forms:
                problems.append(f'{label}: a %n message with no plural forms')
        else:
            forms = [translation.text or '']
        for form in forms:
            if not form.strip():
                problems.append(f'{label}: empty translation')
                continue
            want, got = shape(source), shape(form)
            for what in want:
                if want[what] != got[what]:
                    problems.append(f'{label}: {what} {want[what]!r} in the source, {got[what]!r} in "{form[:70]}"')
    return problems, count


def stale(path, lupdate, sources, includes):
    with tempfile.TemporaryDirectory() as scratch:
        fresh = os.path.join(scratch, os.path.basename(path))
        command = [lupdate, '-locations', 'none', '-no-obsolete', '-no-ui-lines', '-silent']
        command += ['-I' + line.strip() for line in open(includes, encoding='utf-8') if line.strip()]
        command += ['@' + sources, '-ts', fresh]
        run = subprocess.run(command, capture_output=True, text=True, timeout=120)
        if run.returncode != 0 or not os.path.exists(fresh):
            return [f'lupdate failed ({run.returncode}): {run.stderr.strip()}']
        code = {key(n, m) for n, m in messages(ET.parse(fresh).getroot())}
    catalogue = {key(n, m) for n, m in messages(ET.parse(path).getroot())}
    where = os.path.basename(path)
    problems = [f'{where}: not in the catalogue (run the update_translations target): [{k[0]}] "{k[1][:70]}"'
                for k in sorted(code - catalogue)]
    problems += [f'{where}: no longer in the code (run the update_translations target): [{k[0]}] "{k[1][:70]}"'
                 for k in sorted(catalogue - code)]
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('ts_dir')
    parser.add_argument('--lupdate')
    parser.add_argument('--sources')
    parser.add_argument('--includes')
    args = parser.parse_args()
    catalogues = sorted(os.path.join(args.ts_dir, f) for f in os.listdir(args.ts_dir) if f.endswith('.ts'))
    problems = [] if catalogues else [f'no .ts file in {args.ts_dir}']
    for path in catalogues:
        found, count = check_catalogue(path)
        problems += found
        if args.lupdate:
            problems += stale(path, args.lupdate, args.sources, args.includes)
        print(f'{os.path.basename(path)}: {count} messages')
    for problem in problems:
        print(problem)
    print(f'check_translations: {len(problems)} problem(s)')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
