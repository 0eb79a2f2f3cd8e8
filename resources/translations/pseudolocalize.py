#!/usr/bin/env python3
"""Writes the pseudo-locale catalogue: every source string of a .ts file, accented and longer.

    pseudolocalize.py artifact-desk_de.ts artifact-desk_pseudo.ts

"Repository" becomes "[Ŕéþöšîţöŕý ~~~~]": each letter accented (so text that never went through
tr() stands out), about 40% more characters (German and French run that much longer than
English; the tildes come in words of six so that wrapped text can still wrap), and brackets
that show when either end is cut off. Kept as they are: placeholders
(%1, %L2, %n), mnemonics (the & and its letter, so Alt+letter stays the same), && (a literal
ampersand), markup (<b>, <a href="...">, entities) and line breaks; a rich-text string still
begins with its tag, so Qt still takes it for rich text. A %n string gets English's two forms.
The build runs this (resources/CMakeLists.txt); only the source strings of the input are read.
"""
import math
import re
import sys
import xml.etree.ElementTree as ET

ACCENTS = dict(zip(
    'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ',
    'áƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'))

# Kept verbatim: a placeholder, a literal &, a mnemonic with its letter, an entity, a tag.
TOKEN = re.compile(r'%L?(?:\d{1,2}|n)|&&|&#?\w+;|&.|<[^>]*>')
LEADING_TAGS = re.compile(r'^(?:\s*<[^>]*>)+')
TRAILING_TAGS = re.compile(r'(?:<[^>]*>\s*)+$')


def accent(text):
    out = []
    pos = 0
    for match in TOKEN.finditer(text):
        out.append(''.join(ACCENTS.get(c, c) for c in text[pos:match.start()]))
        out.append(match.group(0))
        pos = match.end()
    out.append(''.join(ACCENTS.get(c, c) for c in text[pos:]))
    return ''.join(out)


def visible_length(text):
    """Characters a person sees: tags count nothing, a placeholder or entity one, a mnemonic's & nothing."""
    text = re.sub(r'<[^>]*>', '', text)
    text = re.sub(r'&#?\w+;|&&|%L?(?:\d{1,2}|n)', 'x', text)
    return len(text.replace('&', ''))


def pad(line):
    """The line and about 40% more: tildes in words of at most six, so that text can still wrap."""
    extra = math.ceil(0.4 * visible_length(line))
    if not extra:
        return line
    padding = ' '.join('~' * 6 for _ in range(extra // 7))
    rest = extra - 7 * (extra // 7)
    padding = (padding + ' ' + '~' * rest).strip() if rest else padding
    return line + ' ' + padding


def pseudo(text):
    if not text.strip():
        return text
    head = LEADING_TAGS.match(text)
    head = head.group(0) if head else ''
    body = text[len(head):]
    tail = TRAILING_TAGS.search(body)
    tail = tail.group(0) if tail and tail.start() > 0 else ''
    body = body[:len(body) - len(tail)]
    lines = [pad(accent(line)) for line in body.split('\n')]
    return head + '[' + '\n'.join(lines) + ']' + tail


def numerus_forms(source):
    """English's singular and plural of a "%n file(s)" source."""
    singular = re.sub(r'y\(ies\)', 'y', source).replace('(s)', '')
    plural = re.sub(r'y\(ies\)', 'ies', source).replace('(s)', 's')
    return [singular, plural]


def main(argv):
    if len(argv) != 3:
        sys.exit(__doc__)
    source_root = ET.parse(argv[1]).getroot()
    root = ET.Element('TS', {'version': '2.1', 'language': 'en', 'sourcelanguage': 'en'})
    for context in source_root.iter('context'):
        out_context = ET.SubElement(root, 'context')
        ET.SubElement(out_context, 'name').text = context.findtext('name')
        for message in context.iter('message'):
            source = message.findtext('source') or ''
            numerus = message.get('numerus') == 'yes'
            out = ET.SubElement(out_context, 'message', {'numerus': 'yes'} if numerus else {})
            ET.SubElement(out, 'source').text = source
            if message.find('comment') is not None:
                ET.SubElement(out, 'comment').text = message.findtext('comment')
            translation = ET.SubElement(out, 'translation')
            if numerus:
                for form in numerus_forms(source):
                    ET.SubElement(translation, 'numerusform').text = pseudo(form)
            else:
                translation.text = pseudo(source)
    ET.indent(root)
    with open(argv[2], 'w', encoding='utf-8') as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        f.write(ET.tostring(root, encoding='unicode'))
        f.write('\n')


if __name__ == '__main__':
    main(sys.argv)
