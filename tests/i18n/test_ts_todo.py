# SPDX-License-Identifier: MIT
"""tools/i18n/ts_todo.py on small .ts files written for this test (CTest: i18n.ts_todo)."""
import re
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
TOOL = os.path.join(HERE, "..", "..", "tools", "i18n", "ts_todo.py")
FIXTURES = os.path.join(HERE, "..", "fixtures", "i18n")
HEADER = "context\tsource\tdisambiguation\tcomment\tnumerus\tlocations\ttranslation\n"


def run(*args):
    done = subprocess.run([sys.executable, TOOL, *args], capture_output=True, text=True)
    return done.returncode, done.stdout, done.stderr


def line(context, source, translation, disambiguation="", comment="", numerus="no"):
    return "\t".join([context, source, disambiguation, comment, numerus, "", translation]) + "\n"


class TsTodo(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="ts_todo-")
        self.ts = os.path.join(self.dir, "controltower_de.ts")
        shutil.copyfile(os.path.join(FIXTURES, "sample_de.ts"), self.ts)
        self.tsv = os.path.join(self.dir, "todo.tsv")

    def tearDown(self):
        shutil.rmtree(self.dir)

    def text(self, path=None):
        with open(path or self.ts, encoding="utf-8") as f:
            return f.read()

    def write_tsv(self, *lines, header=True):
        with open(self.tsv, "w", encoding="utf-8") as f:
            f.write((HEADER if header else "") + "".join(lines))

    def test_export_lists_every_unfinished_message_once(self):
        code, out, err = run("export", self.ts, self.tsv)
        self.assertEqual(code, 0, err)
        rows = self.text(self.tsv).split("\n")
        self.assertEqual(rows[0] + "\n", HEADER)
        self.assertEqual(rows[-1], "")
        rows = [r.split("\t") for r in rows[1:-1]]
        # 5 unfinished; "Order %1 of %2" is finished and stays out.
        self.assertEqual([(r[0], r[1], r[2], r[4]) for r in rows], [
            ("ct::Sample", "&Open", "verb", "no"),
            ("ct::Sample", "Open", "status", "no"),
            ("ct::Sample", "%n exceptions", "", "yes"),
            ("ct::Sample", "The store could not be opened.\\n\\n%1", "", "no"),
            ("ct::Other", "<b>%1</b> && more", "", "no"),
        ])
        self.assertEqual(rows[1][3], "An exception nobody has resolved yet.")
        self.assertTrue(all(len(r) == 7 and r[6] == "" for r in rows))
        self.assertIn("5 unfinished", out)

    def test_import_writes_finished_translations_and_nothing_else(self):
        before = self.text()
        self.write_tsv(line("ct::Sample", "&Open", "Ö&ffnen", "verb"),
                       line("ct::Sample", "%n exceptions", "%n Ausnahme || %n Ausnahmen", numerus="yes"),
                       line("ct::Sample", "The store could not be opened.\\n\\n%1",
                            "Der Speicher ließ sich nicht öffnen.\\n\\n%1"),
                       line("ct::Other", "<b>%1</b> && more", "<b>%1</b> && „mehr“ 'dazu'"),
                       line("ct::Sample", "Open", "", "status"))  # left empty: stays unfinished
        code, out, err = run("import", self.ts, self.tsv)
        self.assertEqual(code, 0, err)
        self.assertIn("4 translation(s) imported, 1 line(s) left empty; 1 message(s) unfinished", out)
        after = self.text()
        self.assertIn("<translation>Ö&amp;ffnen</translation>", after)
        self.assertIn("        <translation>\n            <numerusform>%n Ausnahme</numerusform>\n"
                      "            <numerusform>%n Ausnahmen</numerusform>\n        </translation>", after)
        self.assertIn("<translation>Der Speicher ließ sich nicht öffnen.\n\n%1</translation>", after)
        self.assertIn("<translation>&lt;b&gt;%1&lt;/b&gt; &amp;&amp; „mehr“ &apos;dazu&apos;</translation>", after)
        self.assertEqual(after.count('type="unfinished"'), 1)
        # Only the translation elements changed: the rest is the file as it was.
        without = re.compile(r"<translation[ >].*?</translation>", re.S)
        self.assertEqual(without.sub("", after), without.sub("", before))
        code, out, err = run("export", self.ts, self.tsv)
        self.assertEqual(self.text(self.tsv).count("\n"), 2)  # the header and "Open"
        code, out, err = run("check", self.ts)
        self.assertEqual(code, 0, err)
        self.assertIn("6 message(s), 1 unfinished, 0 problem(s)", out)

    def refused(self, *lines):
        before = self.text()
        self.write_tsv(*lines)
        code, out, err = run("import", self.ts, self.tsv)
        self.assertEqual(code, 1, out)
        self.assertEqual(self.text(), before, "a refused import writes nothing")
        self.assertIn("nothing imported", err)
        return err

    def test_import_refuses_bad_lines_naming_them(self):
        rows = [
            ("a message that is not there", line("ct::Sample", "Close", "Schließen"),
             "todo.tsv:2: no message in"),
            ("the disambiguation is part of the key", line("ct::Sample", "Open", "Offen", "adjective"),
             'todo.tsv:2: no message in'),
            ("a field too few", "ct::Sample\t&Open\tverb\tno\t\tÖ&ffnen\n",
             "todo.tsv:2: 6 tab-separated fields where 7 are expected"),
            ("a placeholder lost", line("ct::Sample", "The store could not be opened.\\n\\n%1", "Kaputt."),
             "todo.tsv:2: ct::Sample: \"The store could not be opened.\\n\\n%1\": placeholder %1 missing"),
            ("a placeholder made up", line("ct::Other", "<b>%1</b> && more", "<b>%1</b> %2 && mehr"),
             "placeholder %2 not in the source"),
            ("a placeholder turned locale-aware", line("ct::Other", "<b>%1</b> && more", "<b>%L1</b> && mehr"),
             "placeholder %1 missing"),
            ("the accelerator dropped", line("ct::Sample", "&Open", "Öffnen", "verb"),
             "0 '&' accelerator(s) where the source has 1"),
            ("an accelerator added", line("ct::Other", "<b>%1</b> && more", "<b>%1</b> & &mehr"),
             "1 '&' accelerator(s) where the source has 0"),
            ("one numerus form", line("ct::Sample", "%n exceptions", "%n Ausnahmen", numerus="yes"),
             "1 numerus forms where de_DE takes 2"),
            ("three numerus forms", line("ct::Sample", "%n exceptions", "a || b %n || c %n", numerus="yes"),
             "3 numerus forms where de_DE takes 2"),
            ("%n lost in the plural", line("ct::Sample", "%n exceptions", "%n Ausnahme || Ausnahmen", numerus="yes"),
             "form 2: placeholder %n missing"),
            ("forms in a message that is not numerus", line("ct::Sample", "&Open", "Ö&ffnen || Auf", "verb"),
             "not numerus"),
            ("a lone backslash", line("ct::Sample", "&Open", "Ö&ffnen\\x", "verb"), "todo.tsv:2: a lone backslash"),
        ]
        for name, row, expected in rows:
            with self.subTest(name):
                self.assertIn(expected, self.refused(row))

    def test_every_problem_is_reported_with_its_line(self):
        err = self.refused(line("ct::Sample", "&Open", "Ö&ffnen", "verb"),
                           line("ct::Sample", "Open", "Offen %1", "status"),
                           line("ct::Sample", "&Open", "Ö&ffnen", "verb"))
        self.assertIn("todo.tsv:3: ct::Sample: \"Open\": placeholder %1 not in the source", err)
        self.assertIn("todo.tsv:4: the same message as line 2", err)
        self.assertIn("(2 problem(s))", err)

    def test_singular_may_say_one_where_it_means_exactly_one(self):
        # German's first form is for n == 1 only: "Eine Ausnahme" is right. French uses its
        # first form for 0 and 1, so there %n must stay.
        self.write_tsv(line("ct::Sample", "%n exceptions", "Eine Ausnahme || %n Ausnahmen", numerus="yes"))
        code, out, err = run("import", self.ts, self.tsv)
        self.assertEqual(code, 0, err)
        fr = os.path.join(self.dir, "controltower_fr.ts")
        with open(fr, "w", encoding="utf-8") as f:
            f.write(self.text(os.path.join(FIXTURES, "sample_de.ts")).replace('language="de_DE"', 'language="fr_FR"'))
        self.write_tsv(line("ct::Sample", "%n exceptions", "Une exception || %n exceptions", numerus="yes"))
        code, out, err = run("import", fr, self.tsv)
        self.assertEqual(code, 1)
        self.assertIn("form 1: placeholder %n missing", err)

    def test_check_names_file_and_line_of_a_bad_translation(self):
        text = self.text().replace("<translation>Bestellung %1 von %2</translation>",
                                   "<translation>Bestellung %1</translation>")
        with open(self.ts, "w", encoding="utf-8") as f:
            f.write(text)
        code, out, err = run("check", self.ts)
        self.assertEqual(code, 1)
        self.assertIn("controltower_de.ts:17: ct::Sample: \"Order %1 of %2\": placeholder %2 missing", err)

    def test_unreadable_inputs_are_refused_clearly(self):
        code, out, err = run("export", os.path.join(self.dir, "missing.ts"), self.tsv)
        self.assertEqual(code, 1)
        self.assertIn("missing.ts: cannot read", err)
        with open(self.ts, "w", encoding="utf-8") as f:
            f.write("<TS><context>\n<name>x</name>\n")
        code, out, err = run("check", self.ts)
        self.assertEqual(code, 1)
        self.assertIn("not a valid .ts file", err)
        code, out, err = run("frobnicate", self.ts)
        self.assertEqual(code, 2)


LUPDATE = shutil.which("lupdate") or "/usr/lib/qt6/bin/lupdate"
CURRENT = os.path.join(HERE, "..", "..", "tools", "i18n", "ts_current.py")
UPDATE = os.path.join(HERE, "..", "..", "tools", "i18n", "ts_update.py")
SOURCE = """#include <QObject>
namespace ct {
class Panel : public QObject
{
    Q_OBJECT
    void show()
    {
        tr("Open", "exception status");
        tr("%n exceptions", nullptr, 2);
    }
};
}
"""


@unittest.skipUnless(os.path.exists(LUPDATE), "lupdate (qt6-l10n-tools) is not installed")
class TsCurrent(unittest.TestCase):
    """tools/i18n/ts_current.py on a source tree of one file, written here."""

    def setUp(self):
        self.root = tempfile.mkdtemp(prefix="ts_current-")
        os.makedirs(os.path.join(self.root, "ui"))
        self.write_source(SOURCE)
        code = subprocess.run([sys.executable, UPDATE, "--lupdate", LUPDATE, "--root", self.root],
                              capture_output=True, text=True)
        self.assertEqual(code.returncode, 0, code.stderr)

    def tearDown(self):
        shutil.rmtree(self.root)

    def write_source(self, text):
        with open(os.path.join(self.root, "ui", "panel.cpp"), "w", encoding="utf-8") as f:
            f.write(text)

    def current(self):
        done = subprocess.run([sys.executable, CURRENT, "--lupdate", LUPDATE, "--root", self.root],
                              capture_output=True, text=True)
        return done.returncode, done.stdout + done.stderr

    def translate(self, language, rows):
        ts = os.path.join(self.root, "translations", "controltower_%s.ts" % language)
        tsv = os.path.join(self.root, "todo.tsv")
        with open(tsv, "w", encoding="utf-8") as f:
            f.write(HEADER + "".join(rows))
        code, out, err = run("import", ts, tsv)
        self.assertEqual(code, 0, err)

    def translate_everything(self):
        self.translate("en", [line("ct::Panel", "%n exceptions", "%n exception || %n exceptions", numerus="yes")])
        for language in ("de", "es", "fr", "hi", "pt_BR"):
            self.translate(language, [line("ct::Panel", "Open", "Offen", "exception status"),
                                      line("ct::Panel", "%n exceptions", "%n A || %n B", numerus="yes")])

    def test_unfinished_messages_are_counted_per_language(self):
        self.translate("de", [line("ct::Panel", "Open", "Offen", "exception status")])
        code, out = self.current()
        self.assertEqual(code, 1)
        self.assertIn("unfinished: translations/controltower_de.ts: 1 of 2 messages (ct::Panel: \"%n exceptions\")", out)
        self.assertIn("unfinished: translations/controltower_fr.ts: 2 of 2 messages", out)
        self.assertIn("unfinished: translations/controltower_en.ts: 1 of 1 messages", out)
        self.assertNotIn("stale", out)

    def test_complete_and_current_passes_then_a_new_string_makes_it_stale(self):
        self.translate_everything()
        code, out = self.current()
        self.assertEqual(code, 0, out)
        self.assertIn("6 catalogues current and complete", out)
        self.write_source(SOURCE.replace('tr("Open", "exception status");',
                                         'tr("Open", "exception status");\n        tr("Snooze");'))
        code, out = self.current()
        self.assertEqual(code, 1)
        self.assertIn("stale: translations/controltower_de.ts: a message the code has and the file lacks: "
                      "ct::Panel: \"Snooze\"", out)
        self.assertNotIn("stale: translations/controltower_en.ts", out)  # English holds numerus forms only

    def test_a_string_gone_from_the_code_makes_it_stale(self):
        self.translate_everything()
        self.write_source(SOURCE.replace('tr("Open", "exception status");', ""))
        code, out = self.current()
        self.assertEqual(code, 1)
        self.assertIn("stale: translations/controltower_fr.ts: line 6: a message the code no longer has: "
                      "ct::Panel: \"Open\" (exception status)", out)

    def test_a_bad_translation_is_named(self):
        self.translate_everything()
        ts = os.path.join(self.root, "translations", "controltower_es.ts")
        with open(ts, encoding="utf-8") as f:
            text = f.read()
        with open(ts, "w", encoding="utf-8") as f:
            f.write(text.replace("<numerusform>%n B</numerusform>", "<numerusform>B</numerusform>"))
        code, out = self.current()
        self.assertEqual(code, 1)
        self.assertIn("translations/controltower_es.ts:11: ct::Panel: \"%n exceptions\": form 2: placeholder %n missing",
                      out)


if __name__ == "__main__":
    unittest.main()
