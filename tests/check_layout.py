#!/usr/bin/env python3
"""The layout rules a build cannot see on its own (tests/CMakeLists.txt runs this).

- Includes of the project's own headers are rooted ("api/awsjob.h"), never relative ("../").
- The core folders include each other only along the arrows, so no folder includes a folder
  that includes it back (the build's per-library include roots enforce the same from the other
  side).
- Nothing in the build or the tests reads outside the checkout.
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# folder -> the folders it may include (besides itself)
ALLOWED = {
    'base': set(),
    'aws': {'base'},
    'api': {'base', 'aws'},
    'secrets': {'base'},
    'credentials': {'base', 'aws', 'api', 'secrets'},
    'models': {'base'},
    'controllers': {'base', 'aws', 'api', 'credentials', 'models'},
    'sandbox': {'base', 'aws'},
    'ui': {'base', 'aws', 'api', 'secrets', 'credentials', 'models', 'controllers'},
}
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)
problems = []


def source_files(top):
    for dirpath, _dirs, files in os.walk(os.path.join(ROOT, top)):
        for name in files:
            if name.endswith(('.h', '.cpp')):
                yield os.path.join(dirpath, name)


for top in ('core', 'ui', 'app', 'tests'):
    for path in source_files(top):
        rel = os.path.relpath(path, ROOT)
        text = open(path, encoding='utf-8').read()
        parts = rel.split(os.sep)
        folder = parts[1] if parts[0] == 'core' else (parts[0] if parts[0] == 'ui' else None)
        for include in INCLUDE.findall(text):
            if include.startswith('../') or '/../' in include:
                problems.append(f'{rel}: relative include "{include}"')
            if folder is None or include.endswith('.moc') or include.startswith('ui_'):
                continue
            target = include.split('/')[0] if '/' in include else None
            if target is None:
                problems.append(f'{rel}: include "{include}" is not rooted (write "{folder}/{include}")')
            elif target != folder and target not in ALLOWED[folder]:
                problems.append(f'{rel}: {folder}/ may not include {target}/ ("{include}")')

OUTSIDE = re.compile(r'\.\./shared|/work/')
OUTSIDE_BUILD = re.compile(r'\.\./')  # any parent path in a build or shell file
for dirpath, _dirs, files in os.walk(ROOT):
    if '/.git' in dirpath or '/build' in dirpath[len(ROOT):] or '/tests/data' in dirpath:
        continue
    for name in files:
        if not (name == 'CMakeLists.txt' or name.endswith(('.cmake', '.py', '.sh', '.cpp', '.h'))):
            continue
        path = os.path.join(dirpath, name)
        if path == os.path.abspath(__file__):
            continue
        for number, line in enumerate(open(path, encoding='utf-8', errors='replace'), 1):
            build_file = name == 'CMakeLists.txt' or name.endswith(('.cmake', '.sh'))
            if OUTSIDE.search(line) or (build_file and OUTSIDE_BUILD.search(line)):
                problems.append(f'{os.path.relpath(path, ROOT)}:{number}: reaches outside the checkout: {line.strip()}')

for problem in problems:
    print(problem)
print(f'check_layout: {len(problems)} problem(s)')
sys.exit(1 if problems else 0)
