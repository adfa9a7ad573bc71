// SPDX-License-Identifier: MIT
// Edit > Preferences…: saved and read back by a second window, put into effect without a
// restart (appearance, automatic sync, the menus), a CA file that does not read refused
// at its field, rules JSON that does not read shown located with the rules in force kept,
// the stuck thresholds and the JSON following each other, the SLA table per exception type
// (defaults shown, checked at the field, saved, following the JSON and used by the rules),
// the question before unsaved changes are thrown away, and the languages that exist. The
// clock is fixed.
#include "mainwindow.h"
#include "preferences/preferencesdialog.h"
#include "preferences/slatableeditor.h"
#include "rules/exceptionrules.h"
#include "settings/appsettings.h"
#include "settings/rulessetting.h"
#include "shell/applanguage.h"
#include "shell/appearance.h"
#include "shell/clock.h"
#include "store/database.h"
#include "support/testclock.h"
#include "sync/serversession.h"
#include "dialogtestsupport.h"
#include "windowsettings.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ct;
using ct::test::answerMessageBox;
using ct::test::child;
using ct::test::snapshot;

namespace {



void clickButton(PreferencesDialog &dialog, QDialogButtonBox::StandardButton which)
{
    dialog.findChild<QDialogButtonBox *>()->button(which)->click();
}

PreferencesDialog *openPreferences(MainWindow &window)
{
    window.findChild<QAction *>(QStringLiteral("preferences"))->trigger();
    return window.findChild<PreferencesDialog *>();
}

void resetPreferences()
{
    AppSettings::ServerUrl.reset();
    AppSettings::ServerCaFile.reset();
    AppSettings::AutoSyncMinutes.reset();
    AppSettings::ExceptionRefreshMinutes.reset();
    AppSettings::RulesJson.reset();
    AppSettings::Language.reset();
    AppSettings::Appearance.reset();
}

} // namespace

class TestPreferences final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Clock m_clock{test::fixedNow()};

    std::unique_ptr<Database> openStore()
    {
        QString error;
        auto db = Database::open(m_dir.filePath(QStringLiteral("prefs.db")), &error);
        if (!db)
            qFatal("store: %s", qPrintable(error));
        return db;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ControlTowerTests"));
        QVERIFY(m_dir.isValid());
        test::resetWindowSettings();
        resetPreferences();
    }

    void cleanup()
    {
        resetPreferences();
        test::resetWindowSettings();
        applyAppearance(Appearance::System);
    }

    void savedAndRestoredAcrossWindows()
    {
        auto db = openStore();
        {
            MainWindow window(*db, m_clock);
            PreferencesDialog *dialog = openPreferences(window);
            QVERIFY(dialog);
            QTRY_VERIFY(dialog->isVisible());
            // The defaults.
            QCOMPARE(child<QSpinBox>(*dialog, "autoSyncMinutes")->value(), 5);
            QCOMPARE(child<QSpinBox>(*dialog, "refreshMinutes")->value(), 5);
            QCOMPARE(child<QSpinBox>(*dialog, "stuckDomesticHours")->value(), 72);
            QCOMPARE(child<QSpinBox>(*dialog, "stuckInternationalHours")->value(), 120);
            QCOMPARE(child<QComboBox>(*dialog, "appearance")->currentData().toString(), QStringLiteral("system"));
            QCOMPARE(child<QLabel>(*dialog, "dataFolder")->text(), QDir::toNativeSeparators(m_dir.path()));
            snapshot(*dialog, QStringLiteral("preferences-server"));

            child<QLineEdit>(*dialog, "serverUrl")->setText(QStringLiteral("https://ct.example.com"));
            child<QSpinBox>(*dialog, "autoSyncMinutes")->setValue(15);
            child<QSpinBox>(*dialog, "refreshMinutes")->setValue(0);
            child<QSpinBox>(*dialog, "stuckDomesticHours")->setValue(96);
            auto *appearance = child<QComboBox>(*dialog, "appearance");
            appearance->setCurrentIndex(appearance->findData(QStringLiteral("dark")));
            QVERIFY(dialog->hasUnsavedChanges());
            clickButton(*dialog, QDialogButtonBox::Ok);
            QVERIFY(!dialog->isVisible());
            // In effect at once: appearance, automatic sync and the menus' checks.
            QCOMPARE(currentAppearance(), Appearance::Dark);
            QVERIFY(window.findChild<QAction *>(QStringLiteral("appearance-dark"))->isChecked());
            QCOMPARE(window.session()->autoSyncMinutes(), 15);
            QCOMPARE(RulesSetting::value().stuckDomesticHours, 96);
            QCOMPARE(RulesSetting::value().stuckInternationalHours, 120);
            window.close();
        }
        applyAppearance(Appearance::System);
        MainWindow again(*db, m_clock);
        QCOMPARE(again.session()->autoSyncMinutes(), 15);
        PreferencesDialog *dialog = openPreferences(again);
        QVERIFY(dialog);
        QCOMPARE(child<QLineEdit>(*dialog, "serverUrl")->text(), QStringLiteral("https://ct.example.com"));
        QCOMPARE(child<QSpinBox>(*dialog, "autoSyncMinutes")->value(), 15);
        QCOMPARE(child<QSpinBox>(*dialog, "refreshMinutes")->value(), 0);
        QCOMPARE(child<QSpinBox>(*dialog, "stuckDomesticHours")->value(), 96);
        QCOMPARE(child<QComboBox>(*dialog, "appearance")->currentData().toString(), QStringLiteral("dark"));
        QVERIFY(child<QPlainTextEdit>(*dialog, "rulesJson")->toPlainText().contains(QLatin1String("\"stuck_domestic_hours\": 96")));
        QVERIFY(!dialog->hasUnsavedChanges());
    }

    void caFileCheckedAtTheField()
    {
        PreferencesDialog dialog(m_dir.path());
        dialog.show();
        const QString missing = m_dir.filePath(QStringLiteral("missing.pem"));
        child<QLineEdit>(dialog, "caFile")->setText(missing);
        QVERIFY(!dialog.apply());
        auto *error = child<QLabel>(dialog, "caFileError");
        QVERIFY(!error->isHidden());
        QVERIFY2(error->text().contains(missing), qPrintable(error->text()));
        QVERIFY(AppSettings::ServerCaFile.value().isEmpty());

        QFile notPem(m_dir.filePath(QStringLiteral("not.pem")));
        QVERIFY(notPem.open(QIODevice::WriteOnly));
        notPem.write("hello\n");
        notPem.close();
        child<QLineEdit>(dialog, "caFile")->setText(notPem.fileName());
        QVERIFY(!dialog.apply());
        QVERIFY2(error->text().contains(notPem.fileName()), qPrintable(error->text()));
        child<QLineEdit>(dialog, "caFile")->clear();
        QVERIFY(dialog.apply());
        QVERIFY(error->isHidden());
    }

    void badRulesAreLocatedAndTheOldOnesKept()
    {
        QVERIFY(!RulesSetting::save(QByteArrayLiteral("{\"stuck_domestic_hours\": 80}")));
        PreferencesDialog dialog(m_dir.path());
        dialog.show();
        QCOMPARE(child<QSpinBox>(dialog, "stuckDomesticHours")->value(), 80);
        auto *rules = child<QPlainTextEdit>(dialog, "rulesJson");
        auto *error = child<QLabel>(dialog, "rulesError");
        rules->setPlainText(QStringLiteral("{\"stuck_domestic_hours\": 80, \"stuck_hours\": 3}"));
        QVERIFY(!error->isHidden()); // as it is typed (on a tab not shown yet)
        QVERIFY(!dialog.apply());
        QVERIFY2(error->text().startsWith(QLatin1String("Rules: ")) && error->text().contains(QLatin1String("stuck_hours")),
                 qPrintable(error->text()));
        QVERIFY(error->text().endsWith(QLatin1String("(the rules in force stay until this reads)")));
        QCOMPARE(child<QTabWidget>(dialog, "tabs")->currentIndex(), 2);
        snapshot(dialog, QStringLiteral("preferences-rules-error"));
        QCOMPARE(RulesSetting::value().stuckDomesticHours, 80);
        QCOMPARE(RulesSetting::json(), QByteArrayLiteral("{\"stuck_domestic_hours\": 80}"));

        // Mended: saved; the thresholds follow the JSON and the JSON the thresholds.
        rules->setPlainText(QStringLiteral("{\"stuck_domestic_hours\": 50, \"stuck_international_hours\": 150}"));
        QVERIFY(error->isHidden());
        QCOMPARE(child<QSpinBox>(dialog, "stuckInternationalHours")->value(), 150);
        child<QSpinBox>(dialog, "stuckDomesticHours")->setValue(60);
        QVERIFY(rules->toPlainText().contains(QLatin1String("\"stuck_domestic_hours\": 60")));
        QVERIFY(dialog.apply());
        QCOMPARE(RulesSetting::value().stuckDomesticHours, 60);
        QCOMPARE(RulesSetting::value().stuckInternationalHours, 150);

        // Defaults: saved as "the defaults".
        child<QPushButton>(dialog, "rulesDefaults")->click();
        QVERIFY(dialog.apply());
        QVERIFY(RulesSetting::json().isEmpty());
        QCOMPARE(RulesSetting::value().stuckDomesticHours, 72);
    }

    // The SLA of each exception type, in a table: the documented defaults shown beside the
    // values; a first action later than the resolution refused at the field with the
    // reason, nothing saved meanwhile; saved values in the rules JSON, read back by the
    // next dialog, and the deadlines the rules give with them.
    void slaTablePerExceptionType()
    {
        PreferencesDialog dialog(m_dir.path());
        dialog.show();
        SlaTableEditor *table = dialog.slaTable();
        QCOMPARE(table->table()->rowCount(), ExceptionTypeCount);
        // The defaults of docs/EXCEPTIONS.md, each row named and its default beside it.
        const RulesConfig defaults;
        for (ExceptionType type : AllExceptionTypes) {
            const int row = static_cast<int>(type);
            QCOMPARE(table->table()->item(row, SlaTableEditor::Type)->text(), exceptionTypeLabel(type));
            QCOMPARE(table->spinBox(type, SlaTableEditor::FirstAction)->value(), defaults.slaFor(type).firstActionHours);
            QCOMPARE(table->spinBox(type, SlaTableEditor::Resolve)->value(), defaults.slaFor(type).resolveHours);
            QVERIFY(table->table()->item(row, SlaTableEditor::Default)->text().startsWith(
                QStringLiteral("%1 h").arg(defaults.slaFor(type).firstActionHours)));
        }
        QVERIFY(table->problem().isEmpty());

        // Lost: first action 30 h, resolution 20 h is refused at the field, and not saved.
        QSpinBox *lostFirst = table->spinBox(ExceptionType::Lost, SlaTableEditor::FirstAction);
        QSpinBox *lostResolve = table->spinBox(ExceptionType::Lost, SlaTableEditor::Resolve);
        lostFirst->setValue(30);
        lostResolve->setValue(20);
        QVERIFY(!table->problemLabel()->isHidden());
        QCOMPARE(table->problemLabel()->text(),
                 QStringLiteral("SLA: Lost: the first action (30 h) comes after the resolution (20 h)."));
        QVERIFY(dialog.hasUnsavedChanges());
        QVERIFY(!dialog.apply());
        QCOMPARE(child<QTabWidget>(dialog, "tabs")->currentIndex(), 2);
        QVERIFY(RulesSetting::json().isEmpty());
        snapshot(dialog, QStringLiteral("preferences-sla-error"));
        // At the boundary, equal is allowed: 30 h and 30 h.
        lostResolve->setValue(30);
        QVERIFY(table->problemLabel()->isHidden());
        auto *rules = child<QPlainTextEdit>(dialog, "rulesJson");
        QVERIFY2(rules->toPlainText().contains(QLatin1String("\"first_action_hours\": 30")), qPrintable(rules->toPlainText()));
        QVERIFY(lostFirst->font().bold()); // changed from the default
        QVERIFY(!table->spinBox(ExceptionType::Damaged, SlaTableEditor::FirstAction)->font().bold());
        QVERIFY(dialog.apply());
        QCOMPARE(RulesSetting::value().slaFor(ExceptionType::Lost).firstActionHours, 30);
        QCOMPARE(RulesSetting::value().slaFor(ExceptionType::Lost).resolveHours, 30);
        QCOMPARE(RulesSetting::value().slaFor(ExceptionType::Damaged).resolveHours,
                 defaults.slaFor(ExceptionType::Damaged).resolveHours);

        // The table follows the JSON typed below it.
        QString unread;
        auto edited = RulesConfig::fromJson(rules->toPlainText().toUtf8(), &unread);
        QVERIFY2(edited, qPrintable(unread));
        edited->sla[static_cast<size_t>(ExceptionType::CustomsHold)] = SlaPolicy{5, 50};
        rules->setPlainText(QString::fromUtf8(edited->toJson()));
        QCOMPARE(table->spinBox(ExceptionType::CustomsHold, SlaTableEditor::FirstAction)->value(), 5);
        QCOMPARE(table->spinBox(ExceptionType::CustomsHold, SlaTableEditor::Resolve)->value(), 50);
        QVERIFY(dialog.apply());
        snapshot(dialog, QStringLiteral("preferences-sla"));

        // A second dialog reads them back.
        PreferencesDialog again(m_dir.path());
        QCOMPARE(again.slaTable()->spinBox(ExceptionType::Lost, SlaTableEditor::FirstAction)->value(), 30);
        QCOMPARE(again.slaTable()->spinBox(ExceptionType::CustomsHold, SlaTableEditor::Resolve)->value(), 50);
        QVERIFY(!again.hasUnsavedChanges());

        // The rules in force use them: 4 h after a customs hold opened, its first action's
        // window is 4/5 gone with 5 h (round(15 × 0.8) = 12 SLA points) and half gone with
        // the default 8 h (round(15 × 0.5) = 8): 4 points more, all else equal.
        const ExceptionRules inForce(RulesSetting::value());
        QCOMPARE(inForce.config().slaFor(ExceptionType::CustomsHold).firstActionHours, 5);
        ExceptionEpisode hold;
        hold.type = ExceptionType::CustomsHold;
        hold.triggerMs = test::fixedNowMs();
        const ShipmentFacts facts;
        const qint64 later = test::fixedNowMs() + 4 * 3'600'000;
        QCOMPARE(inForce.priority(hold, facts, later).score - ExceptionRules().priority(hold, facts, later).score, 4);
    }

    void closingWithUnsavedChangesAsks()
    {
        PreferencesDialog dialog(m_dir.path());
        dialog.show();
        child<QSpinBox>(dialog, "autoSyncMinutes")->setValue(30);
        // Cancel keeps the dialog open; Discard closes without saving.
        answerMessageBox("unsavedPreferences", "", QMessageBox::Cancel);
        clickButton(dialog, QDialogButtonBox::Cancel);
        QVERIFY(dialog.isVisible());
        answerMessageBox("unsavedPreferences", "", QMessageBox::Discard);
        clickButton(dialog, QDialogButtonBox::Cancel);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(AppSettings::AutoSyncMinutes.value(), 5);

        // Unchanged: closes without a question.
        PreferencesDialog quiet(m_dir.path());
        quiet.show();
        clickButton(quiet, QDialogButtonBox::Cancel);
        QVERIFY(!quiet.isVisible());
    }

    void theBuiltTranslationsAreListedByTheirOwnNames()
    {
        PreferencesDialog dialog(m_dir.path());
        auto *language = child<QComboBox>(dialog, "language");
        QStringList codes;
        QStringList names;
        for (int i = 0; i < language->count(); ++i) {
            codes << language->itemData(i).toString();
            names << language->itemText(i);
        }
        QCOMPARE(codes, AppLanguage::choices());
        QCOMPARE(names.mid(1), (QStringList{QStringLiteral("Deutsch"), QStringLiteral("English"), QStringLiteral("Español"),
                                            QStringLiteral("Français"), QStringLiteral("Português (Brasil)"),
                                            QStringLiteral("हिन्दी")}));
        QCOMPARE(names.first(), AppLanguage::nativeName(QStringLiteral("system")));
        language->setCurrentIndex(int(codes.indexOf(QStringLiteral("en"))));
        QVERIFY(dialog.apply());
        QCOMPARE(AppSettings::Language.value(), QStringLiteral("en"));
    }
};

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
