#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Runs lupdate over the app's sources into the translation files.

The one place that says how the catalogue is extracted, shared by the
`update_translations` build target (which writes translations/) and the
`i18n.ts_current` test (which writes a temporary copy and compares).

    ts_update.py --lupdate /usr/lib/qt6/bin/lupdate --root . --out translations

Sources: every .cpp and .h under SOURCE_DIRS. Options, and why:
  -locations none  the files change only when a string changes, not when code moves,
                   so engineers editing ui/ do not make the translators' files stale
                   (ts_todo.py export finds each message's locations itself);
  -no-obsolete     a string gone from the code leaves the file (lupdate first carries
                   an existing translation over to a similar new string, unfinished);
  -pluralonly      for controltower_en.ts: English holds the numerus forms only.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile

# Where user-visible strings live. The CLI's messages are not extracted yet.
SOURCE_DIRS = ["ui", "core", "app/desktop"]
LANGUAGES = ["de", "es", "fr", "hi", "pt_BR"]
ENGLISH = "en"
LUPDATE_OPTIONS = ["-locations", "none", "-no-obsolete", "-no-ui-lines", "-source-language", "en"]


def ts_name(language):
    return "controltower_%s.ts" % language


def source_files(root, dirs=SOURCE_DIRS):
    files = []
    for d in dirs:
        for base, subdirs, names in os.walk(os.path.join(root, d)):
            subdirs.sort()
            for name in sorted(names):
                if name.endswith((".cpp", ".h")):
                    files.append(os.path.join(base, name))
    return files


def run_lupdate(lupdate, root, ts_files, extra_options=(), locations="none"):
    """Runs lupdate once over the sources into ts_files; returns its output."""
    options = list(LUPDATE_OPTIONS)
    options[options.index("-locations") + 1] = locations
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False) as lst:
        lst.write("\n".join(source_files(root)) + "\n")
        listing = lst.name
    try:
        done = subprocess.run([lupdate, *options, *extra_options, "@" + listing, "-ts", *ts_files],
                              capture_output=True, text=True)
    finally:
        os.unlink(listing)
    output = done.stdout + done.stderr
    if done.returncode != 0:
        raise RuntimeError("lupdate failed (exit %d):\n%s" % (done.returncode, output))
    return output


def update(lupdate, root, out, translations=None, quiet=False):
    """Writes every controltower_*.ts into out, starting from translations/ when out is
    another directory (so their translations are kept)."""
    translations = translations or os.path.join(root, "translations")
    os.makedirs(out, exist_ok=True)
    if os.path.realpath(out) != os.path.realpath(translations):
        for language in LANGUAGES + [ENGLISH]:
            committed = os.path.join(translations, ts_name(language))
            if os.path.exists(committed):
                shutil.copyfile(committed, os.path.join(out, ts_name(language)))
    outputs = [run_lupdate(lupdate, root, [os.path.join(out, ts_name(l)) for l in LANGUAGES]),
               run_lupdate(lupdate, root, [os.path.join(out, ts_name(ENGLISH))], ["-pluralonly"])]
    if not quiet:
        for output in outputs:
            # lupdate warns about tr() helpers outside Q_OBJECT classes; the contexts it
            # gives them are the ones the code translates with, so the warning is noise.
            sys.stdout.write("".join(line + "\n" for line in output.splitlines() if "lacks Q_OBJECT macro" not in line))


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lupdate", default=shutil.which("lupdate") or "/usr/lib/qt6/bin/lupdate")
    parser.add_argument("--root", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
    parser.add_argument("--out", help="where to write the .ts files (default: ROOT/translations)")
    args = parser.parse_args(argv)
    root = os.path.abspath(args.root)
    try:
        update(args.lupdate, root, args.out or os.path.join(root, "translations"))
    except (OSError, RuntimeError) as e:
        print("ts_update: %s" % e, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
