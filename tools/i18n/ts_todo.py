#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The translators' round trip for Qt .ts files, as a tab-separated list.

    ts_todo.py export controltower_de.ts todo.tsv   # every unfinished message, one a line
    ts_todo.py import controltower_de.ts todo.tsv   # the translated lines back, finished
    ts_todo.py check  controltower_de.ts            # placeholders, '&' and forms of every translation

The TSV has a header line and these columns (tab, newline, carriage return and backslash
inside a field are written \\t, \\n, \\r and \\\\):

    context  source  disambiguation  comment  numerus  locations  translation

Fill in the last column. A numerus message (numerus = yes) takes one form per plural
form of the language, separated by " || ", in the order Qt expects (for de, es, fr, hi,
pt_BR: singular, then plural; fr and pt_BR use the singular for 0 too). Lines left empty
are skipped and stay unfinished.

import refuses, naming the TSV line, and writes nothing when a line does not match a
message of the .ts, when a translation's %1..%99, %L1 and %n placeholders differ from
the source's, when its count of '&' accelerators differs (write "&&" for a literal '&'),
or when a numerus message has the wrong number of forms. check applies the same rules to
the translations already in a .ts. Only the translations' elements of the .ts change,
written the way lupdate writes them, so lupdate leaves an imported file as it is.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

COLUMNS = ["context", "source", "disambiguation", "comment", "numerus", "locations", "translation"]
FORM_SEPARATOR = " || "
# Plural forms Qt's lrelease expects (its numerus rules; lupdate writes as many
# <numerusform> elements). A language not listed takes the count its .ts file shows.
FORMS = {"en": 2, "de": 2, "es": 2, "fr": 2, "hi": 2, "pt": 2, "pt_BR": 2}
# Languages whose first form is for exactly n == 1: that form may say "one" instead of %n.
SINGULAR_IS_ONE = {"en", "de", "es"}

PLACEHOLDER = re.compile(r"%(L?)(\d{1,2}|n)")
ENTITY = re.compile(r"&(#\d+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")


class TsError(Exception):
    pass


# ---- the .ts file ---------------------------------------------------------------------

class Message:
    """One <message> of a .ts file, with where its <translation> element sits in the text."""

    def __init__(self, context, element, line, span, indent):
        self.context = context
        self.source = element.findtext("source") or ""
        self.disambiguation = element.findtext("comment") or ""
        self.comment = element.findtext("extracomment") or ""
        self.numerus = element.get("numerus") == "yes"
        self.line = line
        self.span = span  # the <translation ...>...</translation> element in the file's text
        self.indent = indent
        translation = element.find("translation")
        self.finished = translation is not None and translation.get("type") not in ("unfinished", "vanished", "obsolete")
        if translation is None:
            self.forms = []
        elif self.numerus:
            self.forms = [f.text or "" for f in translation.findall("numerusform")]
        else:
            self.forms = [translation.text or ""]
        self.locations = ["%s:%s" % (l.get("filename"), l.get("line")) if l.get("line") else l.get("filename")
                          for l in element.findall("location")]

    def key(self):
        return (self.context, self.source, self.disambiguation)

    def where(self):
        text = self.source if len(self.source) <= 60 else self.source[:57] + "..."
        return "%s: \"%s\"" % (self.context, text.replace("\n", "\\n"))


class TsFile:
    def __init__(self, path):
        self.path = path
        try:
            with open(path, encoding="utf-8") as f:
                self.text = f.read()
        except OSError as e:
            raise TsError("%s: cannot read: %s" % (path, e.strerror))
        try:
            root = ET.fromstring(self.text)
        except ET.ParseError as e:
            raise TsError("%s:%d: not a valid .ts file: %s" % (path, e.position[0], e))
        if root.tag != "TS":
            raise TsError("%s: not a .ts file (its root element is <%s>)" % (path, root.tag))
        self.language = root.get("language") or ""
        self.messages = []
        self.by_key = {}
        self._scan()

    def _scan(self):
        # lupdate writes one element per line; the text positions let import change a
        # translation without touching the rest of the file.
        for context in re.finditer(r"<context>(.*?)</context>", self.text, re.S):
            name = re.search(r"<name>(.*?)</name>", context.group(1), re.S)
            context_name = ET.fromstring("<n>%s</n>" % name.group(1)).text if name else ""
            for m in re.finditer(r"([ \t]*)<message[ >].*?</message>", context.group(0), re.S):
                start = context.start() + m.start()
                element = ET.fromstring(m.group(0).strip())
                t = re.search(r"<translation[ >].*?</translation>|<translation[^>]*/>", m.group(0), re.S)
                if not t:
                    raise TsError("%s:%d: a message without a <translation> element"
                                  % (self.path, self.text.count("\n", 0, start) + 1))
                span = (start + t.start(), start + t.end())
                line = self.text.count("\n", 0, start + len(m.group(1))) + 1
                message = Message(context_name, element, line, span, m.group(1) + "    ")
                self.messages.append(message)
                self.by_key.setdefault(message.key(), message)

    def expected_forms(self, message):
        language = self.language
        for code in (language, language.split("_")[0]):
            if code in FORMS:
                return FORMS[code]
        return max(1, len(message.forms))

    def singular_is_one(self):
        return self.language.split("_")[0] in SINGULAR_IS_ONE

    def write(self, translations):
        """translations: {message: [forms]}; each becomes finished."""
        edits = sorted(((m.span, render(m, forms)) for m, forms in translations.items()), reverse=True)
        text = self.text
        for (start, end), replacement in edits:
            text = text[:start] + replacement + text[end:]
        temporary = self.path + ".tmp"
        with open(temporary, "w", encoding="utf-8", newline="") as f:
            f.write(text)
        os.replace(temporary, self.path)


def escape(text):
    # As lupdate writes text (Qt's ts.cpp).
    out = []
    for c in text:
        if c == "&":
            out.append("&amp;")
        elif c == "<":
            out.append("&lt;")
        elif c == ">":
            out.append("&gt;")
        elif c == '"':
            out.append("&quot;")
        elif c == "'":
            out.append("&apos;")
        elif ord(c) < 0x20 and c not in "\n\r\t":
            out.append("&#x%x;" % ord(c))
        else:
            out.append(c)
    return "".join(out)


def render(message, forms):
    if not message.numerus:
        return "<translation>%s</translation>" % escape(forms[0])
    inner = "".join("\n%s    <numerusform>%s</numerusform>" % (message.indent, escape(f)) for f in forms)
    return "<translation>%s\n%s</translation>" % (inner, message.indent)


# ---- the rules ----------------------------------------------------------------------

def placeholders(text):
    return {("%" + l + d) for l, d in PLACEHOLDER.findall(text)}


def accelerators(text):
    count, i = 0, 0
    while i < len(text):
        if text[i] == "&":
            if text.startswith("&&", i):
                i += 2
                continue
            if ENTITY.match(text, i):
                i += 1
                continue
            if i + 1 < len(text) and not text[i + 1].isspace():
                count += 1
        i += 1
    return count


def problems(ts, message, forms):
    """What is wrong with forms as the translation of message (empty when nothing)."""
    found = []
    if message.numerus:
        expected = ts.expected_forms(message)
        if len(forms) != expected:
            return ["%d numerus forms where %s takes %d (separate them with \"%s\")"
                    % (len(forms), ts.language or "this language", expected, FORM_SEPARATOR.strip())]
    elif len(forms) != 1:
        return ["\"%s\" in a message that is not numerus" % FORM_SEPARATOR.strip()]
    wanted = placeholders(message.source)
    if message.numerus and "%n" not in wanted and "%Ln" not in wanted:
        wanted_n = set()
    else:
        wanted_n = {p for p in wanted if p in ("%n", "%Ln")}
    for index, form in enumerate(forms):
        label = ("form %d: " % (index + 1)) if message.numerus else ""
        if not form.strip():
            found.append(label + "empty")
            continue
        have = placeholders(form)
        missing = wanted - have
        if message.numerus and index == 0 and ts.singular_is_one():
            missing -= wanted_n  # "One thing to fix" for n == 1
        extra = have - wanted
        if missing:
            found.append(label + "placeholder %s missing" % ", ".join(sorted(missing)))
        if extra:
            found.append(label + "placeholder %s not in the source" % ", ".join(sorted(extra)))
        if accelerators(form) != accelerators(message.source):
            found.append(label + "%d '&' accelerator(s) where the source has %d (write && for a literal &)"
                         % (accelerators(form), accelerators(message.source)))
    return found


# ---- the TSV ------------------------------------------------------------------------

def tsv_escape(text):
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def tsv_unescape(text, where):
    out, i = [], 0
    while i < len(text):
        c = text[i]
        if c == "\\":
            if i + 1 >= len(text) or text[i + 1] not in "\\tnr":
                raise TsError("%s: a lone backslash (write \\\\ for one)" % where)
            out.append({"\\": "\\", "t": "\t", "n": "\n", "r": "\r"}[text[i + 1]])
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def find_lupdate():
    return shutil.which("lupdate") or next((p for p in ("/usr/lib/qt6/bin/lupdate",) if os.path.exists(p)), None)


def locations_from_sources(ts):
    """{key: [file:line]} from a fresh lupdate run over the sources, since the committed
    files carry no locations (tools/i18n/ts_update.py). Empty when lupdate is missing."""
    lupdate = find_lupdate()
    root = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
    if not lupdate or not os.path.isdir(os.path.join(root, "ui")):
        return {}
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import ts_update
    with tempfile.TemporaryDirectory() as d:
        fresh = os.path.join(d, os.path.basename(ts.path))
        ts_update.run_lupdate(lupdate, root, [fresh], locations="absolute")
        located = TsFile(fresh)
        return {m.key(): [os.path.relpath(os.path.join(d, l), root) if not os.path.isabs(l) else l
                          for l in m.locations] for m in located.messages}


def export(ts_path, out_path):
    ts = TsFile(ts_path)
    todo = [m for m in ts.messages if not m.finished]
    locations = locations_from_sources(ts) if any(not m.locations for m in todo) else {}
    with open(out_path, "w", encoding="utf-8", newline="\n") as out:
        out.write("\t".join(COLUMNS) + "\n")
        for m in todo:
            where = m.locations or locations.get(m.key(), [])
            suggestion = FORM_SEPARATOR.join(m.forms) if any(f for f in m.forms) else ""
            fields = [m.context, m.source, m.disambiguation, m.comment, "yes" if m.numerus else "no",
                      " ".join(where), suggestion]
            out.write("\t".join(tsv_escape(f) for f in fields) + "\n")
    print("%s: %d unfinished message(s) written to %s" % (ts_path, len(todo), out_path))
    return 0


def import_(ts_path, in_path):
    ts = TsFile(ts_path)
    try:
        with open(in_path, encoding="utf-8", newline="") as f:
            lines = f.read().split("\n")
    except OSError as e:
        raise TsError("%s: cannot read: %s" % (in_path, e.strerror))
    except UnicodeDecodeError as e:
        raise TsError("%s: not UTF-8 (byte %d)" % (in_path, e.start))
    errors, translations, seen, skipped = [], {}, {}, 0
    for number, line in enumerate(lines, 1):
        line = line.rstrip("\r")
        where = "%s:%d" % (in_path, number)
        if not line.strip() or line.startswith("#") or (number == 1 and line.split("\t")[:2] == COLUMNS[:2]):
            continue
        raw = line.split("\t")
        if len(raw) != len(COLUMNS):
            errors.append("%s: %d tab-separated fields where %d are expected (%s)"
                          % (where, len(raw), len(COLUMNS), ", ".join(COLUMNS)))
            continue
        try:
            fields = dict(zip(COLUMNS, (tsv_unescape(f, where) for f in raw)))
        except TsError as e:
            errors.append(str(e))
            continue
        key = (fields["context"], fields["source"], fields["disambiguation"])
        message = ts.by_key.get(key)
        if message is None:
            errors.append("%s: no message in %s has context \"%s\", source \"%s\"%s" % (
                where, ts_path, fields["context"], tsv_escape(fields["source"])[:80],
                (" and disambiguation \"%s\"" % fields["disambiguation"]) if fields["disambiguation"] else ""))
            continue
        if key in seen:
            errors.append("%s: the same message as line %d" % (where, seen[key]))
            continue
        seen[key] = number
        if not fields["translation"].strip():
            skipped += 1
            continue
        forms = fields["translation"].split(FORM_SEPARATOR) if message.numerus else [fields["translation"]]
        if not message.numerus and FORM_SEPARATOR in fields["translation"]:
            forms = fields["translation"].split(FORM_SEPARATOR)
        found = problems(ts, message, forms)
        if found:
            errors.extend("%s: %s: %s" % (where, message.where(), p) for p in found)
            continue
        translations[message] = forms
    if errors:
        for e in errors:
            print(e, file=sys.stderr)
        print("%s: nothing imported (%d problem(s))" % (ts_path, len(errors)), file=sys.stderr)
        return 1
    ts.write(translations)
    left = sum(1 for m in ts.messages if not m.finished and m not in translations)
    print("%s: %d translation(s) imported, %d line(s) left empty; %d message(s) unfinished"
          % (ts_path, len(translations), skipped, left))
    return 0


def check(ts_path):
    ts = TsFile(ts_path)
    errors = []
    for m in ts.messages:
        if not any(f for f in m.forms) and not m.finished:
            continue
        errors.extend("%s:%d: %s: %s" % (ts_path, m.line, m.where(), p) for p in problems(ts, m, m.forms))
    for e in errors:
        print(e, file=sys.stderr)
    unfinished = sum(1 for m in ts.messages if not m.finished)
    print("%s: %d message(s), %d unfinished, %d problem(s)" % (ts_path, len(ts.messages), unfinished, len(errors)))
    return 1 if errors else 0


def main(argv):
    usage = "usage: ts_todo.py export LANG.ts OUT.tsv | import LANG.ts IN.tsv | check LANG.ts"
    if len(argv) >= 1 and argv[0] in ("-h", "--help"):
        print(__doc__)
        return 0
    try:
        if len(argv) == 3 and argv[0] == "export":
            return export(argv[1], argv[2])
        if len(argv) == 3 and argv[0] == "import":
            return import_(argv[1], argv[2])
        if len(argv) == 2 and argv[0] == "check":
            return check(argv[1])
    except TsError as e:
        print("ts_todo: %s" % e, file=sys.stderr)
        return 1
    print(usage, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
