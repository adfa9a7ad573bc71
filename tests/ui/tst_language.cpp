// SPDX-License-Identifier: MIT
// The app's language (ui/shell/applanguage.h): the choices are the translations built into
// :/i18n, named in their own language; Preferences > Language keeps the choice, and a
// window built after it is installed speaks it (at start in the app; here a new
// MainWindow), with dates and numbers in that language's locale; English reads its
// numerus forms; --lang is checked.
#include "exceptions/exceptionsview.h"
#include "ingest/feedfileimport.h"
#include "mainwindow.h"
#include "preferences/preferencesdialog.h"
#include "settings/appsettings.h"
#include "shell/clock.h"
#include "shell/applanguage.h"
#include "shell/desktopoptions.h"
#include "store/database.h"
#include "support/importfixtures.h"
#include "support/testclock.h"
#include "windowsettings.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QLabel>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ct;
using namespace Qt::Literals::StringLiterals;

namespace {

// tests/fixtures/i18n/window/controltower_de.ts, built into the test: a few German
// strings, there whatever state translations/controltower_de.ts is in.
const QString TestCatalogue = QStringLiteral(":/test-i18n");

QStringList menuTitles(const MainWindow &window)
{
    QStringList titles;
    for (const QAction *action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

} // namespace

class TestLanguage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Clock m_clock{test::fixedNow()};

    std::unique_ptr<Database> storeWithOneShipment()
    {
        QString error;
        auto db = Database::open(m_dir.filePath(QStringLiteral("one.db")), &error);
        if (!db)
            qFatal("store: %s", qPrintable(error));
        const QString file = m_dir.filePath(QStringLiteral("one.jsonl"));
        if (!test::writeFile(file, test::deliveredLines(QStringLiteral("S"), 1))
            || FeedFileImport(*db).run({file}, test::fixedNowMs()).files.value(0).result.stored.shipmentsNew != 1)
            qFatal("one shipment: not imported");
        return db;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ControlTowerTests"));
        QVERIFY(m_dir.isValid());
        test::resetWindowSettings();
        AppSettings::Language.reset();
    }

    void cleanup()
    {
        AppLanguage::install(QStringLiteral("en"));
        AppSettings::Language.reset();
        test::resetWindowSettings();
    }

    void choicesAreTheBuiltTranslationsByTheirOwnNames()
    {
        // Sorted by native name; Devanagari after the Latin script.
        QCOMPARE(AppLanguage::choices(), (QStringList{QStringLiteral("system"), QStringLiteral("de"), QStringLiteral("en"),
                                                      QStringLiteral("es"), QStringLiteral("fr"), QStringLiteral("pt_BR"),
                                                      QStringLiteral("hi")}));
        QStringList names;
        for (const QString &code : AppLanguage::choices().mid(1))
            names << AppLanguage::nativeName(code);
        QCOMPARE(names, (QStringList{u"Deutsch"_s, u"English"_s, u"Español"_s, u"Français"_s,
                                     u"Português (Brasil)"_s, u"हिन्दी"_s}));
        const QString system = AppLanguage::nativeName(QStringLiteral("system"));
        QVERIFY2(system.startsWith(QLatin1String("System (")) && system.endsWith(QLatin1Char(')')), qPrintable(system));
        if (QLocale::system().language() == QLocale::C) // no LANG: the C locale reads as English
            QCOMPARE(system, u"System (English)"_s);
        QVERIFY(AppLanguage::isChoice(QStringLiteral("pt_BR")));
        QVERIFY(!AppLanguage::isChoice(QStringLiteral("pt")));
        QVERIFY(!AppLanguage::isChoice(QStringLiteral("xx")));
    }

    void localeFollowsTheLanguage_data()
    {
        QTest::addColumn<QString>("choice");
        QTest::addColumn<QString>("month");   // 17 June 2026 as "MMMM"
        QTest::addColumn<QString>("number");  // 1234.5 with one decimal
        QTest::addColumn<QString>("translation");
        // CLDR's data as Qt 6.4 carries it: German and Brazilian Portuguese group with '.'
        // and mark decimals with ','; French groups with a narrow no-break space; Spanish
        // groups only from five digits on (its minimum grouping is 2).
        QTest::newRow("German") << u"de"_s << u"Juni"_s << u"1.234,5"_s << u":/i18n/controltower_de.qm"_s;
        QTest::newRow("Spanish") << u"es"_s << u"junio"_s << u"1234,5"_s << u":/i18n/controltower_es.qm"_s;
        QTest::newRow("French") << u"fr"_s << u"juin"_s << u"1\u202f234,5"_s << u":/i18n/controltower_fr.qm"_s;
        QTest::newRow("Hindi") << u"hi"_s << u"जून"_s << u"1,234.5"_s << u":/i18n/controltower_hi.qm"_s;
        QTest::newRow("Brazilian Portuguese") << u"pt_BR"_s << u"junho"_s << u"1.234,5"_s
                                              << u":/i18n/controltower_pt_BR.qm"_s;
        QTest::newRow("English") << u"en"_s << u"June"_s << u"1,234.5"_s << u":/i18n/controltower_en.qm"_s;
    }

    void localeFollowsTheLanguage()
    {
        QFETCH(QString, choice);
        QFETCH(QString, month);
        QFETCH(QString, number);
        QFETCH(QString, translation);
        QCOMPARE(AppLanguage::install(choice), translation);
        QCOMPARE(QLocale().toString(QDate(2026, 6, 17), QStringLiteral("MMMM")), month);
        QCOMPARE(QLocale().toString(1234.5, 'f', 1), number);
    }

    void englishReadsItsNumerusForms()
    {
        AppLanguage::install(QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("ct::ExceptionsView", "%Ln exceptions", nullptr, 1), u"1 exception"_s);
        QCOMPARE(QCoreApplication::translate("ct::ExceptionsView", "%Ln exceptions", nullptr, 0), u"0 exceptions"_s);
        QCOMPARE(QCoreApplication::translate("ct::ExceptionsView", "%Ln exceptions", nullptr, 1234), u"1,234 exceptions"_s);
        QCOMPARE(QCoreApplication::translate("ct::MainWindow", "Every %n Minutes", nullptr, 1), u"Every Minute"_s);
        QCOMPARE(QCoreApplication::translate("ct::MainWindow", "Every %n Minutes", nullptr, 5), u"Every 5 Minutes"_s);
        // A language with no translation reads English, numerus forms included.
        QCOMPARE(AppLanguage::install(QStringLiteral("sv")), u":/i18n/controltower_en.qm"_s);
        QCOMPARE(QCoreApplication::translate("ct::ShipmentsView", "%Ln shipments", nullptr, 1), u"1 shipment"_s);
    }

    void germanChosenInPreferencesSpeaksGermanAfterARestart()
    {
        auto db = storeWithOneShipment();
        {
            MainWindow english(*db, m_clock);
            QCOMPARE(menuTitles(english).mid(0, 3), (QStringList{u"&File"_s, u"&Edit"_s, u"&View"_s}));
        }

        PreferencesDialog dialog(m_dir.path());
        auto *language = dialog.findChild<QComboBox *>(QStringLiteral("language"));
        QVERIFY(language);
        QCOMPARE(language->itemData(0).toString(), u"system"_s);
        QCOMPARE(language->currentData().toString(), u"system"_s);
        const int german = language->findText(QStringLiteral("Deutsch"));
        QVERIFY(german > 0);
        language->setCurrentIndex(german);
        auto *note = dialog.findChild<QLabel *>(QStringLiteral("languageNote"));
        QVERIFY(note && note->text().contains(QLatin1String("starts again")));
        QVERIFY(dialog.apply());
        QCOMPARE(AppSettings::Language.value(), u"de"_s);

        // The restart: what main() does with the setting, then a new window.
        QCOMPARE(AppLanguage::install(AppSettings::Language.value(), TestCatalogue), TestCatalogue + u"/controltower_de.qm"_s);
        MainWindow window(*db, m_clock);
        window.show();
        QCOMPARE(menuTitles(window).mid(0, 3), (QStringList{u"&Datei"_s, u"&Bearbeiten"_s, u"&Ansicht"_s}));
        QVERIFY(menuTitles(window).contains(u"&Hilfe"_s));
        auto *exceptions = window.findChild<ExceptionsView *>();
        QVERIFY(exceptions);
        QTRY_COMPARE(exceptions->totalLabel()->text(), u"0 Ausnahmen"_s);
        QCOMPARE(QLocale().name(), u"de_DE"_s);
        QCOMPARE(QLocale().toString(QDate(2026, 6, 17), QLocale::ShortFormat), u"17.06.26"_s);

        // Back to the system's language: English here, whose catalogue has no "&Datei".
        AppSettings::Language.setValue(QStringLiteral("system"));
        AppLanguage::install(AppSettings::Language.value(), TestCatalogue);
        MainWindow again(*db, m_clock);
        QCOMPARE(menuTitles(again).mid(0, 1), QStringList{u"&File"_s});
    }

    void langOptionIsChecked_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("error"); // empty: accepted
        QTest::newRow("a translation") << u"pt_BR"_s << QString();
        QTest::newRow("the system's") << u"system"_s << QString();
        QTest::newRow("English") << u"en"_s << QString();
        QTest::newRow("no such translation")
            << u"pt"_s << u"--lang must be one of system, de, en, es, fr, pt_BR, hi, not \"pt\""_s;
        QTest::newRow("empty") << QString() << u"--lang must be one of system, de, en, es, fr, pt_BR, hi, not \"\""_s;
    }

    void langOptionIsChecked()
    {
        QFETCH(QString, value);
        QFETCH(QString, error);
        QCommandLineParser parser;
        DesktopOptions::describe(parser);
        QVERIFY(parser.parse({u"controltower"_s, u"--lang"_s, value}));
        QString refused;
        const auto options = DesktopOptions::from(parser, &refused);
        QCOMPARE(refused, error);
        QCOMPARE(options.has_value(), error.isEmpty());
        if (options)
            QCOMPARE(options->language, value);
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
