// SPDX-License-Identifier: MIT
// The agent scoreboard dialog on a real store, reached from the View menu: days in the
// team's time zone (Kolkata: its midnight is 18:30 UTC), the ranges chosen by keyboard,
// the figures per agent with the roster's idle ones, what the rules left unassigned, the
// empty state; the model under QAbstractItemModelTester. The clock is fixed.
#include "mainwindow.h"
#include "scoreboard/scoreboarddialog.h"
#include "scoreboard/scoreboardmodel.h"
#include "shell/applanguage.h"
#include "shell/appearance.h"
#include "shell/clock.h"
#include "store/database.h"
#include "support/testclock.h"
#include "teamsettings/teamsettingsstore.h"
#include "widgets/statuspalette.h"
#include "snapshot.h"
#include "windowsettings.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QSqlError>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ct;
using ct::test::snapshot;

namespace {

qint64 at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

// A row of the model as text: "dana 1 0 1 0 45 min 45 min".
QString rowText(const QAbstractItemModel &model, int row)
{
    QStringList cells;
    for (int c = 0; c < model.columnCount(); ++c)
        cells << model.index(row, c).data().toString();
    return cells.join(QLatin1Char(' '));
}

} // namespace

class TestScoreboard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Clock m_clock{test::fixedNow()}; // 2026-06-17 14:00 UTC, 19:30 in Kolkata
    int m_stores = 0;

    std::unique_ptr<Database> openStore()
    {
        QString error;
        auto db = Database::open(m_dir.filePath(QStringLiteral("s%1.db").arg(++m_stores)), &error);
        if (!db)
            qFatal("store: %s", qPrintable(error));
        return db;
    }

    static void sql(const Database &db, const QString &statement)
    {
        QSqlQuery query(db.connection());
        if (!query.exec(statement))
            qFatal("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
    }

    // One exception held by `assignee`, and its history lines (at, action, actor, detail).
    static void exception(const Database &db, int id, const char *assignee,
                          std::initializer_list<std::array<const char *, 4>> lines)
    {
        sql(db, QStringLiteral("INSERT INTO exceptions(id, shipment_id, type, party, status, trigger_at_ms, detected_at_ms, "
                               "first_action_due_ms, resolve_due_ms, priority_score, priority, assignee, updated_at_ms) "
                               "VALUES(%1, 1, 1, 0, 0, %1, 0, 0, 0, 10, 3, '%2', 0)").arg(id).arg(QLatin1String(assignee)));
        for (const auto &l : lines)
            sql(db, QStringLiteral("INSERT INTO exception_history(exception_id, at_ms, action, actor, detail) "
                                   "VALUES(%1, %2, '%3', '%4', '%5')")
                        .arg(id).arg(at(l[0])).arg(QLatin1String(l[1]), QLatin1String(l[2]), QLatin1String(l[3])));
    }

    // Kolkata's 17 June runs from 16 June 18:30 UTC to 17 June 18:30 UTC.
    std::unique_ptr<Database> teamStore()
    {
        auto db = openStore();
        sql(*db, QStringLiteral("INSERT INTO shipments(carrier, tracking_number, tag, subtag, created_at_ms, updated_at_ms) "
                                "VALUES('ups', '1ZBOARD', 2, 20, 0, 0)"));
        const auto saved = TeamSettingsStore(*db).save(
            u"assignment", R"({"time_zone":"Asia/Kolkata","agents":[{"name":"dana"},{"name":"sam"},{"name":"lee","active":false}]})",
            0, QStringLiteral("meg"), test::fixedNowMs());
        if (!saved.ok())
            qFatal("settings: %s", qPrintable(saved.detail));
        // Dana's at 00:00 IST on the 17th, re-attempted 45 minutes later.
        exception(*db, 1, "dana", {{"2026-06-16T18:30:00Z", "assign", "rules", "Assigned to dana by rule \"All\" (round robin, 1 today)"},
                                   {"2026-06-16T19:15:00Z", "reattempt", "dana", "Re-attempt requested for 2026-06-18"}});
        // Dana's one millisecond earlier: the 16th in Kolkata.
        exception(*db, 2, "dana", {{"2026-06-16T18:29:59.999Z", "assign", "rules", "Assigned to dana by rule \"All\" (round robin, 1 today)"}});
        // Sam's today, untouched.
        exception(*db, 3, "sam", {{"2026-06-17T10:00:00Z", "assign", "meg", "Assigned to sam"}});
        // Nobody could take one today: everyone at their cap.
        exception(*db, 4, "", {{"2026-06-17T12:00:00Z", "left_unassigned", "rules",
                                "Left unassigned by rule \"All\": every active agent is at their daily cap (dana 1 of 1, sam 1 of 1)"}});
        return db;
    }

    ViewContext context(const Database &db) { return ViewContext{db, m_clock, nullptr, nullptr, nullptr}; }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // English as the app speaks it, with its numerus forms ("1 value gone").
        AppLanguage::install(QStringLiteral("en"));
        QCoreApplication::setOrganizationName(QStringLiteral("ControlTowerTests"));
        QVERIFY(m_dir.isValid());
        test::resetWindowSettings();
    }

    void todayInTheTeamsTimeZone()
    {
        const auto db = teamStore();
        ScoreboardDialog dialog(context(*db));
        QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.show();
        QCOMPARE(dialog.timeZone().id(), QByteArray("Asia/Kolkata"));
        QCOMPARE(dialog.findChild<QDateEdit *>(QStringLiteral("from"))->date(), QDate(2026, 6, 17));
        QVERIFY(dialog.findChild<QLabel *>()->text().size() > 0);
        const ScoreboardModel &model = *dialog.model();
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(rowText(model, 0), QStringLiteral("dana 1 0 1 0 45 min 45 min"));
        QCOMPARE(rowText(model, 1), QStringLiteral("lee 0 0 0 0 — —"));
        QCOMPARE(rowText(model, 2), QStringLiteral("sam 1 1 0 0 — —"));
        const QString unassigned = dialog.findChild<QLabel *>(QStringLiteral("unassigned"))->text();
        QVERIFY2(unassigned.contains(QLatin1String("could give 1 exception to nobody")), qPrintable(unassigned));
        QVERIFY2(unassigned.contains(QLatin1String("1 of them because every agent was at their daily cap")), qPrintable(unassigned));
        snapshot(dialog, "scoreboard-today");
        applyAppearance(Appearance::Dark);
        QTRY_VERIFY(StatusPalette::isDark(dialog.palette()));
        // The warning's colour follows the appearance.
        QTRY_COMPARE(dialog.findChild<QLabel *>(QStringLiteral("unassigned"))->palette().color(QPalette::WindowText),
                     StatusPalette::warningText().color());
        snapshot(dialog, "scoreboard-today-dark");
        applyAppearance(Appearance::System);
    }

    // The range is chosen with the keyboard: Down from Today is Yesterday.
    void yesterdayByKeyboard()
    {
        const auto db = teamStore();
        ScoreboardDialog dialog(context(*db));
        dialog.show();
        auto *range = dialog.findChild<QComboBox *>(QStringLiteral("range"));
        range->setFocus();
        QTest::keyClick(range, Qt::Key_Down);
        QCOMPARE(range->currentIndex(), static_cast<int>(ScoreboardDialog::Range::Yesterday));
        QCOMPARE(dialog.findChild<QDateEdit *>(QStringLiteral("to"))->date(), QDate(2026, 6, 16));
        QCOMPARE(rowText(*dialog.model(), 0), QStringLiteral("dana 1 1 0 0 — —"));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("unassigned"))->text().contains(QLatin1String("no exception unassigned")));
        // Two days, typed: both exceptions of Dana's.
        dialog.setDays(QDate(2026, 6, 16), QDate(2026, 6, 17));
        QCOMPARE(range->currentIndex(), static_cast<int>(ScoreboardDialog::Range::Custom));
        QCOMPARE(rowText(*dialog.model(), 0), QStringLiteral("dana 2 1 1 0 45 min 45 min"));
    }

    void emptyStoreSaysWhatToDo()
    {
        const auto db = openStore();
        ScoreboardDialog dialog(context(*db));
        dialog.show();
        auto *pages = dialog.findChild<QStackedWidget *>();
        QCOMPARE(pages->currentWidget(), dialog.findChild<QLabel *>(QStringLiteral("empty")));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("empty"))->text().contains(QLatin1String("Team Settings")));
        QCOMPARE(dialog.timeZone(), QTimeZone::utc());
        snapshot(dialog, "scoreboard-empty");
    }

    void reachedFromTheViewMenu()
    {
        const auto db = teamStore();
        MainWindow window(*db, m_clock);
        window.show();
        auto *action = window.findChild<QAction *>(QStringLiteral("scoreboard"));
        QVERIFY(action);
        action->trigger();
        auto *dialog = window.findChild<ScoreboardDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->model()->rowCount(), 3);
        action->trigger(); // the same one again, not a second
        QCOMPARE(window.findChildren<ScoreboardDialog *>().size(), 1);
    }
};

QTEST_MAIN(TestScoreboard)

#include "tst_scoreboard.moc"
