#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Fails when the committed translations are not current (CTest: i18n.ts_current).

    ts_current.py --lupdate /usr/lib/qt6/bin/lupdate --root .

1. Stale: lupdate is run (tools/i18n/ts_update.py, the same invocation as the
   update_translations target) into a temporary copy of translations/; every committed
   .ts must come out unchanged. Otherwise it names the file and the first message that
   differs (new in the code, gone from it, or changed), and says how to update.
2. Unfinished: every message of every language must be translated; it names the count
   per language and the first few unfinished messages. controltower_en.ts holds only
   numerus forms, and they must be finished too ("1 exception").
3. The translations follow ts_todo.py's rules (placeholders, '&', numerus forms).
"""
import argparse
import os
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import ts_todo  # noqa: E402
import ts_update  # noqa: E402


def describe(message):
    return message.where() + (" (%s)" % message.disambiguation if message.disambiguation else "")


def first_difference(committed_path, fresh_path):
    """What lupdate would change in committed_path, in words."""
    committed = ts_todo.TsFile(committed_path)
    fresh = ts_todo.TsFile(fresh_path)
    old_keys = [m.key() for m in committed.messages]
    new_keys = [m.key() for m in fresh.messages]
    for m in fresh.messages:
        if m.key() not in committed.by_key:
            return "a message the code has and the file lacks: %s" % describe(m)
    for m in committed.messages:
        if m.key() not in fresh.by_key:
            return "line %d: a message the code no longer has: %s" % (m.line, describe(m))
    for m in committed.messages:
        n = fresh.by_key[m.key()]
        if (m.comment, m.numerus, m.forms, m.finished) != (n.comment, n.numerus, n.forms, n.finished):
            return "line %d: %s: its comment, numerus or translation would change" % (m.line, describe(m))
    if old_keys != new_keys:
        for i, (a, b) in enumerate(zip(old_keys, new_keys)):
            if a != b:
                return "line %d: the messages are in another order from %s" % (
                    committed.messages[i].line, describe(committed.messages[i]))
    old_lines = committed.text.split("\n")
    new_lines = fresh.text.split("\n")
    for i, (a, b) in enumerate(zip(old_lines, new_lines)):
        if a != b:
            return "line %d reads %r where lupdate writes %r" % (i + 1, a.strip()[:80], b.strip()[:80])
    return "its length differs (%d lines where lupdate writes %d)" % (len(old_lines), len(new_lines))


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lupdate", default=shutil.which("lupdate") or "/usr/lib/qt6/bin/lupdate")
    parser.add_argument("--root", default=os.path.join(HERE, "..", ".."))
    parser.add_argument("--translations", help="the .ts files to check (default: ROOT/translations)")
    args = parser.parse_args(argv)
    root = os.path.abspath(args.root)
    translations = os.path.abspath(args.translations or os.path.join(root, "translations"))
    names = [ts_update.ts_name(l) for l in ts_update.LANGUAGES + [ts_update.ENGLISH]]
    failures = []

    missing = [n for n in names if not os.path.exists(os.path.join(translations, n))]
    if missing:
        failures.append("missing: %s (build the update_translations target)" % ", ".join(missing))
    with tempfile.TemporaryDirectory(prefix="ts_current-") as fresh:
        try:
            ts_update.update(args.lupdate, root, fresh, translations=translations, quiet=True)
        except (OSError, RuntimeError) as e:
            print("ts_current: %s" % e, file=sys.stderr)
            return 1
        for name in names:
            committed = os.path.join(translations, name)
            if name in missing:
                continue
            with open(committed, encoding="utf-8") as a, open(os.path.join(fresh, name), encoding="utf-8") as b:
                if a.read() == b.read():
                    continue
            failures.append("stale: translations/%s: %s. Run: cmake --build --preset ci --target "
                            "update_translations, and commit the .ts files"
                            % (name, first_difference(committed, os.path.join(fresh, name))))

    for name in names:
        path = os.path.join(translations, name)
        if name in missing:
            continue
        try:
            ts = ts_todo.TsFile(path)
        except ts_todo.TsError as e:
            failures.append(str(e))
            continue
        unfinished = [m for m in ts.messages if not m.finished]
        if unfinished:
            shown = "; ".join(describe(m) for m in unfinished[:3])
            failures.append("unfinished: translations/%s: %d of %d messages (%s%s). Translate them: "
                            "tools/i18n/ts_todo.py export translations/%s todo.tsv (translations/README.md)"
                            % (name, len(unfinished), len(ts.messages), shown,
                               "; ..." if len(unfinished) > 3 else "", name))
        for m in ts.messages:
            if m.finished or any(m.forms):
                for problem in ts_todo.problems(ts, m, m.forms):
                    failures.append("translations/%s:%d: %s: %s" % (name, m.line, describe(m), problem))

    for f in failures:
        print(f, file=sys.stderr)
    if failures:
        print("ts_current: %d problem(s)" % len(failures), file=sys.stderr)
        return 1
    print("ts_current: %d catalogues current and complete" % len(names))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
