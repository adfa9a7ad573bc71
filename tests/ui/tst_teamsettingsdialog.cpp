// SPDX-License-Identifier: MIT
// The team settings page (Edit > Team Settings…) driven as a manager drives it, by
// keyboard: agents and rules added and typed into, choices ticked with Space, rules
// reordered with Ctrl+Up and Ctrl+Down, errors marked at their cells and listed (Enter goes
// to one), nothing saved while one remains, closing with changes asking first. Saved into
// a standalone store; bound to a real team server in process, saved straight to it as a
// manager (the replica keeps the saved version), a colleague's newer save met with a
// choice, read-only for an agent whether the session knows the role or must ask. The
// return policy page likewise: windows, conditions, thresholds, lists and exchange first
// typed by keyboard and the stored policy asserted; errors at their fields and, in the
// JSON view, at their lines; undo; closing with changes on two pages; saved on the server
// with a colleague's save met, read-only for an agent. Models run under
// QAbstractItemModelTester. With CT_UI_SCREENSHOTS=DIR, pictures light and dark.
#include "sync/syncsupport.h"

#include "mainwindow.h"
#include "settings/assignmentagentsmodel.h"
#include "settings/assignmentdraft.h"
#include "settings/assignmentrulesmodel.h"
#include "settings/assignmentsettingspage.h"
#include "settings/assignmentteamsmodel.h"
#include "settings/conditionrulesmodel.h"
#include "settings/returnpolicydraft.h"
#include "settings/returnpolicysettingspage.h"
#include "settings/returnthresholdsmodel.h"
#include "settings/returnwindowsmodel.h"
#include "settings/settingsroles.h"
#include "settings/teamsettingsdialog.h"
#include "shell/appearance.h"
#include "shell/clock.h"
#include "store/database.h"
#include "support/testclock.h"
#include "sync/serversession.h"
#include "returns/returnpolicyinforce.h"
#include "teamsettings/teamsettingsstore.h"
#include "widgets/statuspalette.h"
#include "snapshot.h"
#include "windowsettings.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUuid>

using namespace ct;
using ct::test::snapshot;
using namespace ct::synctest;

namespace {

CredentialStore testCredentials()
{
    static const QString service = QStringLiteral("Control Tower test ") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    return CredentialStore(service, 10'000);
}

// Clicks the button named `button` of the next message box that opens.
void answerNextMessageBox(const char *button)
{
    QTimer::singleShot(0, [button] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                for (QAbstractButton *b : box->buttons())
                    if (b->objectName() == QLatin1String(button) || b->text().remove(QLatin1Char('&')) == QLatin1String(button)) {
                        b->click();
                        return;
                    }
            }
        }
        answerNextMessageBox(button); // not open yet
    });
}

QStringList column(const QAbstractItemModel &model, int c, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int r = 0; r < model.rowCount(); ++r)
        values << model.index(r, c).data(role).toString();
    return values;
}

} // namespace

class TestTeamSettingsDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Clock m_clock{test::fixedNow()};
    int m_files = 0;

    QString path(const char *name) { return m_dir.filePath(QStringLiteral("%1-%2.db").arg(QLatin1String(name)).arg(++m_files)); }

    ViewContext standalone(const Database &db) { return ViewContext{db, m_clock, nullptr, nullptr, nullptr}; }

    static void activate(QWidget &widget)
    {
        widget.show();
        widget.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&widget));
    }

    // F2 on a cell, its text replaced by `text`, Enter.
    static void type(QTableView *view, int row, int column, const QString &text)
    {
        view->setFocus();
        view->setCurrentIndex(view->model()->index(row, column));
        QTest::keyClick(view, Qt::Key_F2);
        auto *line = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY2(line, "a text editor opens on F2");
        line->selectAll();
        QTest::keyClicks(line, text);
        QTest::keyClick(line, Qt::Key_Return);
        QTRY_VERIFY(view->hasFocus()); // the delegate commits once the key press is over
    }

    // F2 on a cell of choices, the ones labelled `labels` ticked with Space, Enter.
    static void tick(QTableView *view, int row, int column, const QStringList &labels)
    {
        view->setFocus();
        view->setCurrentIndex(view->model()->index(row, column));
        QTest::keyClick(view, Qt::Key_F2);
        auto *list = qobject_cast<QListWidget *>(QApplication::focusWidget());
        QVERIFY2(list, "a list of choices opens on F2");
        for (const QString &label : labels) {
            const auto found = list->findItems(label, Qt::MatchExactly);
            QVERIFY2(found.size() == 1, qPrintable(label));
            list->setCurrentItem(found.first());
            QTest::keyClick(list, Qt::Key_Space);
            QCOMPARE(found.first()->checkState(), Qt::Checked);
        }
        QTest::keyClick(list, Qt::Key_Return);
        QTRY_VERIFY(view->hasFocus());
    }

    static QPushButton *button(QWidget &dialog, int tab, const char *name)
    {
        return dialog.findChild<QTabWidget *>(QStringLiteral("tabs"))->widget(tab)->findChild<QPushButton *>(QLatin1String(name));
    }

    // A client store bound to `server` by a first sync, and a session signed in there.
    std::unique_ptr<Database> replicaOf(const TestServer &server, const QByteArray &token)
    {
        auto db = openClient(path("client"));
        SyncOptions options;
        options.server = server.url;
        options.token = token;
        const auto [ok, message] = syncOnce(*db, options);
        if (!ok)
            qFatal("sync: %s", qPrintable(message));
        return db;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ControlTowerTests"));
        QVERIFY(m_dir.isValid());
        test::resetWindowSettings();
    }

    void cleanup() { applyAppearance(Appearance::System); }

    // A manager's first rules, by keyboard, saved into a standalone store.
    void standaloneRulesByKeyboard()
    {
        auto db = openClient(path("standalone"));
        TeamSettingsDialog dialog(standalone(*db));
        AssignmentSettingsPage *page = dialog.page();
        QAbstractItemModelTester rulesTester(page->rulesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester agentsTester(page->agentsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester teamsTester(page->teamsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        activate(dialog);
        QVERIFY2(dialog.statusText().contains(QLatin1String("Nobody has saved assignment rules yet")), qPrintable(dialog.statusText()));
        QVERIFY(!dialog.isReadOnly());

        // Two agents: Insert adds a row and opens its name.
        page->tabs()->setCurrentIndex(AssignmentSettingsPage::AgentsTab);
        QTableView *agents = page->agentsView();
        agents->setFocus();
        QTest::keyClick(agents, Qt::Key_Insert);
        auto *line = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(line);
        QTest::keyClicks(line, QStringLiteral("dana"));
        QTest::keyClick(line, Qt::Key_Return);
        QCoreApplication::processEvents(); // the delegate commits once the key press is over
        QTest::mouseClick(button(dialog, AssignmentSettingsPage::AgentsTab, "add"), Qt::LeftButton);
        line = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(line);
        QTest::keyClicks(line, QStringLiteral("sam"));
        QTest::keyClick(line, Qt::Key_Return);
        QCoreApplication::processEvents(); // the delegate commits once the key press is over
        QCOMPARE(column(*page->agentsModel(), AssignmentAgentsModel::Name), QStringList({QStringLiteral("dana"), QStringLiteral("sam")}));
        // Sam's cap of 25, typed.
        agents->setCurrentIndex(page->agentsModel()->index(1, AssignmentAgentsModel::DailyCap));
        QTest::keyClick(agents, Qt::Key_F2);
        auto *spin = qobject_cast<QSpinBox *>(QApplication::focusWidget());
        QVERIFY2(spin, "a number editor opens on F2");
        spin->selectAll();
        QTest::keyClicks(spin, QStringLiteral("25"));
        QTest::keyClick(spin, Qt::Key_Return);
        QCoreApplication::processEvents(); // the delegate commits once the key press is over
        QCOMPARE(dialog.draft()->rules().agents[1].dailyCap, std::optional<int>(25));

        // A rule: a name, failed attempts, to Dana. Until it names someone it is marked.
        page->tabs()->setCurrentIndex(AssignmentSettingsPage::RulesTab);
        QTableView *rules = page->rulesView();
        rules->setFocus();
        QTest::keyClick(rules, Qt::Key_Insert);
        line = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(line);
        line->selectAll();
        QTest::keyClicks(line, QStringLiteral("Failed attempts"));
        QTest::keyClick(line, Qt::Key_Return);
        QCoreApplication::processEvents(); // the delegate commits once the key press is over
        const QModelIndex assignTo = page->rulesModel()->index(0, AssignmentRulesModel::AssignTo);
        QVERIFY2(assignTo.data(SettingsRoles::Error).toString().contains(QLatin1String("at least one agent")),
                 qPrintable(assignTo.data(SettingsRoles::Error).toString()));
        QVERIFY(!dialog.draft()->isValid());
        tick(rules, 0, AssignmentRulesModel::Types, {QStringLiteral("Failed attempt")});
        tick(rules, 0, AssignmentRulesModel::AssignTo, {QStringLiteral("dana")});
        QCOMPARE(assignTo.data(SettingsRoles::Error).toString(), QString());
        QCOMPARE(assignTo.data().toString(), QStringLiteral("dana"));
        // A second rule, to Sam, for COD; then it goes first with Ctrl+Up, and back.
        QTest::keyClick(rules, Qt::Key_Insert);
        line = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        line->selectAll();
        QTest::keyClicks(line, QStringLiteral("COD"));
        QTest::keyClick(line, Qt::Key_Return);
        QCoreApplication::processEvents(); // the delegate commits once the key press is over
        tick(rules, 1, AssignmentRulesModel::PaymentModes, {QStringLiteral("COD")});
        tick(rules, 1, AssignmentRulesModel::AssignTo, {QStringLiteral("sam")});
        rules->setCurrentIndex(page->rulesModel()->index(1, AssignmentRulesModel::Name));
        QTest::keyClick(rules, Qt::Key_Up, Qt::ControlModifier);
        QCOMPARE(column(*page->rulesModel(), AssignmentRulesModel::Name), QStringList({QStringLiteral("COD"), QStringLiteral("Failed attempts")}));
        QCOMPARE(rules->currentIndex().row(), 0); // the moved rule stays current
        QTest::keyClick(rules, Qt::Key_Down, Qt::ControlModifier);
        QTest::keyClick(rules, Qt::Key_Up, Qt::ControlModifier);
        QCOMPARE(page->rulesModel()->headerData(0, Qt::Vertical).toInt(), 1);
        QVERIFY(dialog.draft()->isValid());
        QVERIFY(dialog.statusText().contains(QLatin1String("Changed, not saved")));
        snapshot(dialog, "settings-rules");
        applyAppearance(Appearance::Dark);
        QTRY_VERIFY(StatusPalette::isDark(dialog.palette()));
        snapshot(dialog, "settings-rules-dark");
        applyAppearance(Appearance::System);
        activate(dialog);

        // Ctrl+S saves into the store, in priority order.
        QSignalSpy saved(&dialog, &TeamSettingsDialog::saveFinished);
        QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);
        QTRY_COMPARE(saved.count(), 1); // a button's shortcut clicks it a moment later
        QVERIFY2(saved.first().at(0).toBool(), qPrintable(saved.first().at(1).toString()));
        QString error;
        const auto stored = TeamSettingsStore(*db).read(u"assignment", &error);
        QCOMPARE(stored->version, qint64(1));
        const auto rulesSaved = AssignmentRules::fromJson(stored->document, nullptr);
        QCOMPARE(rulesSaved->rules.size(), 2);
        QCOMPARE(rulesSaved->rules[0].name, QStringLiteral("COD"));
        QCOMPARE(rulesSaved->rules[0].when.paymentModes, QList<PaymentMode>{PaymentMode::CashOnDelivery});
        QCOMPARE(rulesSaved->rules[0].agents, QStringList{QStringLiteral("sam")});
        QCOMPARE(rulesSaved->rules[1].when.types, QList<ExceptionType>{ExceptionType::FailedAttempt});
        QCOMPARE(rulesSaved->agents[1].dailyCap, std::optional<int>(25));
        QVERIFY(!dialog.draft()->isDirty());
        QVERIFY2(dialog.statusText().contains(QLatin1String("Version 1")), qPrintable(dialog.statusText()));
    }

    // An error is marked at its cell and listed; Enter on the list goes there; nothing is
    // saved while one remains.
    void errorsAtTheirFields()
    {
        auto db = openClient(path("errors"));
        QVERIFY(TeamSettingsStore(*db).save(u"assignment", R"({"agents":[{"name":"dana"}]})", 0, QStringLiteral("meg"),
                                            test::fixedNowMs()).ok());
        TeamSettingsDialog dialog(standalone(*db));
        AssignmentSettingsPage *page = dialog.page();
        activate(dialog);
        page->tabs()->setCurrentIndex(AssignmentSettingsPage::AgentsTab);
        QTest::mouseClick(button(dialog, AssignmentSettingsPage::AgentsTab, "add"), Qt::LeftButton);
        auto *line = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QTest::keyClicks(line, QStringLiteral("sam lee"));
        QTest::keyClick(line, Qt::Key_Return);
        QCoreApplication::processEvents(); // the delegate commits once the key press is over
        const QModelIndex name = page->agentsModel()->index(1, AssignmentAgentsModel::Name);
        QVERIFY(name.data(SettingsRoles::Error).toString().startsWith(QLatin1String("must be a user name")));
        QVERIFY(name.data(Qt::ToolTipRole).toString().startsWith(QLatin1String("must be a user name")));
        QVERIFY2(page->tabs()->tabText(AssignmentSettingsPage::AgentsTab).contains(QLatin1String("1 to fix")),
                 qPrintable(page->tabs()->tabText(AssignmentSettingsPage::AgentsTab)));
        auto *errors = dialog.findChild<QListWidget *>(QStringLiteral("errors"));
        QCOMPARE(errors->count(), 1);
        QVERIFY2(errors->item(0)->text().startsWith(QLatin1String("Agent 2, name: must be a user name")),
                 qPrintable(errors->item(0)->text()));
        snapshot(dialog, "settings-agents-error");
        // A time zone nobody has: beside its field.
        page->tabs()->setCurrentIndex(AssignmentSettingsPage::GeneralTab);
        auto *zone = dialog.findChild<QComboBox *>(QStringLiteral("timeZone"));
        zone->setFocus();
        zone->lineEdit()->selectAll();
        QTest::keyClicks(zone->lineEdit(), QStringLiteral("Mars/Olympus"));
        auto *general = dialog.findChild<QLabel *>(QStringLiteral("generalErrors"));
        QTRY_VERIFY(general->isVisible());
        QVERIFY2(general->text().contains(QLatin1String("IANA time zone")), qPrintable(general->text()));
        QCOMPARE(errors->count(), 2);
        snapshot(dialog, "settings-errors");
        // Saving says why not, and goes to the first error (in the document's order: the
        // team's time zone comes before the agents).
        QSignalSpy saved(&dialog, &TeamSettingsDialog::saveFinished);
        page->tabs()->setCurrentIndex(AssignmentSettingsPage::RulesTab);
        dialog.save();
        QCOMPARE(saved.first().at(0).toBool(), false);
        QVERIFY2(dialog.statusText().contains(QLatin1String("Not saved")), qPrintable(dialog.statusText()));
        QCOMPARE(page->tabs()->currentIndex(), static_cast<int>(AssignmentSettingsPage::GeneralTab));
        QString error;
        QCOMPARE(TeamSettingsStore(*db).read(u"assignment", &error)->version, qint64(1)); // not saved
        // Enter on the second error goes to the agent's name.
        QVERIFY2(errors->item(1)->text().startsWith(QLatin1String("Agent 2, name")), qPrintable(errors->item(1)->text()));
        errors->setFocus();
        errors->setCurrentRow(1);
        QTest::keyClick(errors, Qt::Key_Return);
        QCOMPARE(page->tabs()->currentIndex(), static_cast<int>(AssignmentSettingsPage::AgentsTab));
        QCOMPARE(page->agentsView()->currentIndex(), name);
        // Fixed, both are gone.
        zone->lineEdit()->selectAll();
        QTest::keyClicks(zone->lineEdit(), QStringLiteral("Asia/Kolkata"));
        type(page->agentsView(), 1, AssignmentAgentsModel::Name, QStringLiteral("sam"));
        QCOMPARE(errors->count(), 0);
        QVERIFY(dialog.draft()->isValid());
    }

    // Renaming an agent carries the name into the teams and rules that use it.
    void renameFollows()
    {
        auto db = openClient(path("rename"));
        QVERIFY(TeamSettingsStore(*db).save(u"assignment",
                                            R"({"agents":[{"name":"dana"}],"teams":[{"name":"desk","agents":["dana"]}],
                                                "rules":[{"id":"a","assign_to":{"agents":["dana"]}},{"id":"b","assign_to":{"team":"desk"}}]})",
                                            0, QStringLiteral("meg"), test::fixedNowMs()).ok());
        TeamSettingsDialog dialog(standalone(*db));
        activate(dialog);
        AssignmentSettingsPage *page = dialog.page();
        page->tabs()->setCurrentIndex(AssignmentSettingsPage::AgentsTab);
        type(page->agentsView(), 0, AssignmentAgentsModel::Name, QStringLiteral("dana.k"));
        page->tabs()->setCurrentIndex(AssignmentSettingsPage::TeamsTab);
        type(page->teamsView(), 0, AssignmentTeamsModel::Name, QStringLiteral("NDR desk"));
        const AssignmentRules &rules = dialog.draft()->rules();
        QCOMPARE(rules.teams[0].agents, QStringList{QStringLiteral("dana.k")});
        QCOMPARE(rules.rules[0].agents, QStringList{QStringLiteral("dana.k")});
        QCOMPARE(rules.rules[1].team, QStringLiteral("NDR desk"));
        QVERIFY(dialog.draft()->isValid());
    }

    // Closing with changes asks; Cancel keeps everything, Discard closes.
    void closingWithChangesAsks()
    {
        auto db = openClient(path("close"));
        TeamSettingsDialog dialog(standalone(*db));
        activate(dialog);
        dialog.page()->tabs()->setCurrentIndex(AssignmentSettingsPage::AgentsTab);
        dialog.page()->agentsView()->setFocus();
        QTest::keyClick(dialog.page()->agentsView(), Qt::Key_Insert);
        auto *line = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(line);
        QTest::keyClicks(line, QStringLiteral("dana"));
        QTest::keyClick(line, Qt::Key_Return);
        QCoreApplication::processEvents(); // the delegate commits once the key press is over
        QVERIFY(dialog.draft()->isDirty());
        answerNextMessageBox("Cancel");
        QTest::keyClick(dialog.page()->agentsView(), Qt::Key_Escape);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.draft()->isDirty());
        answerNextMessageBox("Save");
        dialog.reject();
        QVERIFY(!dialog.isVisible()); // saved, then closed
        QString error;
        QCOMPARE(TeamSettingsStore(*db).read(u"assignment", &error)->version, qint64(1));
        // Again, discarding.
        TeamSettingsDialog again(standalone(*db));
        activate(again);
        again.page()->tabs()->setCurrentIndex(AssignmentSettingsPage::AgentsTab);
        type(again.page()->agentsView(), 0, AssignmentAgentsModel::Name, QStringLiteral("dana2"));
        answerNextMessageBox("Discard");
        again.reject();
        QVERIFY(!again.isVisible());
        QCOMPARE(TeamSettingsStore(*db).read(u"assignment", &error)->version, qint64(1));
    }

    // Bound to a team server: as a manager the page takes the server's version, saves
    // straight there, keeps the saved version in the replica, and meets a colleague's
    // newer save with a choice.
    void managerSavesOnTheServer()
    {
        auto server = startServer(newServerStore(nullptr, path("server")), 0, testConfig());
        const QByteArray meg = login(server->url, "meg");
        // The server's rules are at version 1 before this replica ever synced them.
        auto db = replicaOf(*server, meg);
        QCOMPARE(request(server->url, "PUT", QStringLiteral("/v1/settings/assignment"), meg,
                         R"({"agents":[{"name":"maria"},{"name":"omar"}]})", {qMakePair(QByteArrayLiteral("If-Match"), QByteArrayLiteral("\"0\""))})
                     .status,
                 200);
        ServerSession session(*db, m_clock, testCredentials());
        session.connectWith(server->url, QStringLiteral("meg"), QStringLiteral("manager"), meg);
        TeamSettingsDialog dialog(ViewContext{*db, m_clock, nullptr, nullptr, &session});
        QSignalSpy answered(&dialog, &TeamSettingsDialog::serverAnswered);
        activate(dialog);
        QVERIFY(answered.wait(60'000));
        QVERIFY(!dialog.isReadOnly());
        QCOMPARE(dialog.draft()->base().version, qint64(1));
        QCOMPARE(dialog.page()->agentsModel()->rowCount(), 2);
        QString error;
        QCOMPARE(TeamSettingsStore(*db).read(u"assignment", &error)->version, qint64(1)); // kept in the replica

        // Omar goes inactive; saved on the server.
        QAbstractItemModel *agents = dialog.page()->agentsModel();
        agents->setData(agents->index(1, AssignmentAgentsModel::Active), Qt::Unchecked, Qt::CheckStateRole);
        QSignalSpy saved(&dialog, &TeamSettingsDialog::saveFinished);
        dialog.save();
        QVERIFY(saved.wait(60'000));
        QVERIFY2(saved.first().at(0).toBool(), qPrintable(saved.first().at(1).toString()));
        const HttpAnswer now = request(server->url, "GET", QStringLiteral("/v1/settings/assignment"), meg);
        QCOMPARE(now.json.value(QStringLiteral("version")).toInteger(), 2);
        QCOMPARE(now.json.value(QStringLiteral("document"))[QStringLiteral("agents")][1][QStringLiteral("active")].toBool(), false);
        QCOMPARE(TeamSettingsStore(*db).read(u"assignment", &error)->version, qint64(2));

        // A colleague saves version 3; our next save meets it and we keep ours.
        QCOMPARE(request(server->url, "PUT", QStringLiteral("/v1/settings/assignment"), meg, R"({"agents":[{"name":"maria"}]})",
                         {qMakePair(QByteArrayLiteral("If-Match"), QByteArrayLiteral("\"2\""))}).status,
                 200);
        agents->setData(agents->index(0, AssignmentAgentsModel::DailyCap), 30, Qt::EditRole);
        saved.clear();
        answerNextMessageBox("saveMine");
        dialog.save();
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10'000);
        QVERIFY2(saved.first().at(0).toBool(), qPrintable(saved.first().at(1).toString()));
        const HttpAnswer after = request(server->url, "GET", QStringLiteral("/v1/settings/assignment"), meg);
        QCOMPARE(after.json.value(QStringLiteral("version")).toInteger(), 4);
        QCOMPARE(after.json.value(QStringLiteral("document"))[QStringLiteral("agents")].toArray().size(), 2);
        QCOMPARE(after.json.value(QStringLiteral("document"))[QStringLiteral("agents")][0][QStringLiteral("daily_cap")].toInt(), 30);
        snapshot(dialog, "settings-server");
    }

    // An agent sees the rules and cannot change them, whether the session knows the role
    // or the page asks the server; a store bound to a server but not connected is read-only.
    void othersSeeThemReadOnly_data()
    {
        QTest::addColumn<QString>("sessionRole");
        QTest::newRow("the session knows the role") << QStringLiteral("agent");
        QTest::newRow("the page asks the server") << QString();
    }

    void othersSeeThemReadOnly()
    {
        QFETCH(QString, sessionRole);
        auto server = startServer(newServerStore(nullptr, path("server")), 0, testConfig());
        const QByteArray maria = login(server->url, "maria");
        auto db = replicaOf(*server, maria);
        ServerSession session(*db, m_clock, testCredentials());
        session.connectWith(server->url, QStringLiteral("maria"), sessionRole, maria);
        TeamSettingsDialog dialog(ViewContext{*db, m_clock, nullptr, nullptr, &session});
        QSignalSpy answered(&dialog, &TeamSettingsDialog::serverAnswered);
        activate(dialog);
        QVERIFY(answered.wait(60'000));
        QVERIFY(dialog.isReadOnly());
        QVERIFY2(dialog.statusText().contains(QLatin1String("only a manager or an admin")), qPrintable(dialog.statusText()));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("save"))->isEnabled());
        QVERIFY(!(dialog.page()->rulesModel()->flags(dialog.page()->rulesModel()->index(0, 0)) & Qt::ItemIsEditable));
        QVERIFY(!button(dialog, AssignmentSettingsPage::RulesTab, "add")->isEnabled());
        QTest::keyClick(dialog.page()->rulesView(), Qt::Key_Insert);
        QCOMPARE(dialog.page()->rulesModel()->rowCount(), 0);
        if (sessionRole.isEmpty())
            snapshot(dialog, "settings-readonly");
    }

    void boundButNotConnectedIsReadOnly()
    {
        auto server = startServer(newServerStore(nullptr, path("server")), 0, testConfig());
        auto db = replicaOf(*server, login(server->url, "meg"));
        ServerSession session(*db, m_clock, testCredentials());
        TeamSettingsDialog dialog(ViewContext{*db, m_clock, nullptr, nullptr, &session});
        QVERIFY(dialog.isReadOnly());
        QVERIFY2(dialog.statusText().contains(QLatin1String("Connect to the team server")), qPrintable(dialog.statusText()));
    }

    // Rules a newer build saved (a member this one does not know) are never saved over.
    void rulesOfANewerBuildAreReadOnly()
    {
        auto db = openClient(path("newer"));
        QSqlQuery insert(db->connection());
        QVERIFY(insert.exec(QStringLiteral("INSERT INTO team_settings(name, document, version, updated_at_ms, updated_by) "
                                           "VALUES('assignment', '{\"agents\":[],\"skills\":[]}', 4, 0, 'meg')")));
        TeamSettingsDialog dialog(standalone(*db));
        QVERIFY(dialog.isReadOnly());
        QVERIFY2(dialog.statusText().contains(QLatin1String("newer Control Tower")), qPrintable(dialog.statusText()));
        dialog.save();
        QString error;
        QCOMPARE(TeamSettingsStore(*db).read(u"assignment", &error)->document, QByteArray(R"({"agents":[],"skills":[]})"));
    }

private:
    // --- The return policy page -------------------------------------------------------

    static QPushButton *policyButton(ReturnPolicySettingsPage *page, int tab, const char *name)
    {
        return page->tabs()->widget(tab)->findChild<QPushButton *>(QLatin1String(name));
    }

    // F2 on a cell whose editor is a spin box (whole or money), `text` typed, Enter.
    static void typeNumber(QTableView *view, int row, int column, const QString &text)
    {
        view->setFocus();
        view->setCurrentIndex(view->model()->index(row, column));
        QTest::keyClick(view, Qt::Key_F2);
        auto *spin = qobject_cast<QAbstractSpinBox *>(QApplication::focusWidget());
        QVERIFY2(spin, "a number editor opens on F2");
        spin->selectAll();
        QTest::keyClicks(spin, text);
        QTest::keyClick(spin, Qt::Key_Return);
        QTRY_VERIFY(view->hasFocus());
    }

    // F2 on a cell of one choice, the one labelled `label` picked by arrow keys, Enter.
    static void choose(QTableView *view, int row, int column, const QString &label)
    {
        view->setFocus();
        view->setCurrentIndex(view->model()->index(row, column));
        QTest::keyClick(view, Qt::Key_F2);
        auto *combo = qobject_cast<QComboBox *>(QApplication::focusWidget());
        QVERIFY2(combo, "a choice opens on F2");
        const int target = combo->findText(label);
        QVERIFY2(target >= 0, qPrintable(label));
        while (combo->currentIndex() < target)
            QTest::keyClick(combo, Qt::Key_Down);
        while (combo->currentIndex() > target)
            QTest::keyClick(combo, Qt::Key_Up);
        QTest::keyClick(combo, Qt::Key_Return);
        QTRY_VERIFY(view->hasFocus());
    }

    static void typeInto(QWidget *field, const QString &text)
    {
        field->setFocus();
        if (auto *line = qobject_cast<QLineEdit *>(field))
            line->selectAll();
        else if (auto *spin = qobject_cast<QAbstractSpinBox *>(field))
            spin->selectAll();
        else if (auto *edit = qobject_cast<QPlainTextEdit *>(field))
            edit->selectAll();
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            if (i > 0)
                QTest::keyClick(field, Qt::Key_Return);
            QTest::keyClicks(field, lines.at(i));
        }
    }

    static QString decimals(const char *text)
    {
        return QString::fromLatin1(text).replace(QLatin1Char('.'), QLocale().decimalPoint());
    }

private slots:
    // A manager's return policy, by keyboard, saved into a standalone store: every part of
    // the form lands in the stored policy.
    void returnPolicyByKeyboard()
    {
        auto db = openClient(path("policy"));
        TeamSettingsDialog dialog(standalone(*db));
        ReturnPolicySettingsPage *page = dialog.policyPage();
        QAbstractItemModelTester windowsTester(page->windowsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester conditionsTester(page->conditionsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester thresholdsTester(page->thresholdsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        activate(dialog);
        // Ctrl+PgDown goes to the next page.
        QCOMPARE(dialog.currentPage(), TeamSettingsDialog::AssignmentPage);
        QTest::keyClick(&dialog, Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(dialog.currentPage(), TeamSettingsDialog::ReturnPolicyPage);
        QVERIFY2(dialog.statusText().contains(QLatin1String("Nobody has saved a return policy yet")), qPrintable(dialog.statusText()));
        QCOMPARE(page->windowsModel()->rowCount(), 2); // the defaults

        // A third window: footwear, 60 days from the order.
        page->tabs()->setCurrentIndex(ReturnPolicySettingsPage::WindowsTab);
        QTableView *windows = page->windowsView();
        windows->setFocus();
        QTest::keyClick(windows, Qt::Key_Insert);
        auto *line = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY2(line, "Insert opens the new window's categories");
        line->selectAll();
        QTest::keyClicks(line, QStringLiteral("Footwear, Boots"));
        QTest::keyClick(line, Qt::Key_Return);
        QTRY_VERIFY(windows->hasFocus());
        typeNumber(windows, 2, ReturnWindowsModel::Days, QStringLiteral("60"));
        choose(windows, 2, ReturnWindowsModel::From, QStringLiteral("the order"));
        QCOMPARE(page->windowsModel()->index(2, ReturnWindowsModel::From).data().toString(), QStringLiteral("the order"));
        typeInto(dialog.findChild<QSpinBox *>(QStringLiteral("graceDays")), QStringLiteral("5"));

        // What never comes back; a condition rule for electronics.
        page->tabs()->setCurrentIndex(ReturnPolicySettingsPage::EligibilityTab);
        typeInto(dialog.findChild<QLineEdit *>(QStringLiteral("finalSale")), QStringLiteral("clearance, Outlet"));
        auto *onePerItem = dialog.findChild<QCheckBox *>(QStringLiteral("onePerItem"));
        onePerItem->setFocus();
        QTest::keyClick(onePerItem, Qt::Key_Space);
        QTableView *conditions = page->conditionsView();
        QTest::mouseClick(policyButton(page, ReturnPolicySettingsPage::EligibilityTab, "add"), Qt::LeftButton);
        line = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(line);
        line->selectAll();
        QTest::keyClicks(line, QStringLiteral("electronics"));
        QTest::keyClick(line, Qt::Key_Return);
        QTRY_VERIFY(conditions->hasFocus());
        choose(conditions, 2, ConditionRulesModel::Opened, QStringLiteral("Needs review"));

        // Canadian dollars: auto-approve below 99.50, no review by value; serial returners
        // by share only; a blocked address.
        page->tabs()->setCurrentIndex(ReturnPolicySettingsPage::ApprovalTab);
        QTableView *thresholds = page->thresholdsView();
        thresholds->setFocus();
        QTest::keyClick(thresholds, Qt::Key_Insert);
        line = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(line);
        line->selectAll();
        QTest::keyClicks(line, QStringLiteral("cad"));
        QTest::keyClick(line, Qt::Key_Return);
        QTRY_VERIFY(thresholds->hasFocus());
        const int cad = static_cast<int>(page->thresholdsModel()->currencies().indexOf(QStringLiteral("CAD")));
        QVERIFY2(cad >= 0, qPrintable(page->thresholdsModel()->currencies().join(u',')));
        typeNumber(thresholds, cad, ReturnThresholdsModel::AutoApproveBelow, decimals("99.50"));
        typeInto(dialog.findChild<QSpinBox *>(QStringLiteral("serialReturns")), QStringLiteral("0"));
        QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("serialReturns"))->text(), QStringLiteral("off"));
        typeInto(dialog.findChild<QPlainTextEdit *>(QStringLiteral("blocklist")), QStringLiteral("Fraud@Example.com"));

        // Exchange first for "changed mind" too; labels expire after 21 days.
        page->tabs()->setCurrentIndex(ReturnPolicySettingsPage::ExchangeTab);
        auto *reasons = dialog.findChild<QListWidget *>(QStringLiteral("exchangeReasons"));
        reasons->setFocus();
        reasons->setCurrentItem(reasons->findItems(returnReasonLabel(ReturnReason::ChangedMind), Qt::MatchExactly).first());
        QTest::keyClick(reasons, Qt::Key_Space);
        typeInto(dialog.findChild<QSpinBox *>(QStringLiteral("labelExpiry")), QStringLiteral("21"));

        QVERIFY2(dialog.policyDraft()->isValid(), qPrintable(dialog.policyDraft()->errors().value(0).detail));
        QVERIFY(dialog.statusText().contains(QLatin1String("Changed, not saved")));
        QCOMPARE(dialog.pageList()->item(TeamSettingsDialog::ReturnPolicyPage)->text(), QStringLiteral("Return policy (changed)"));
        page->tabs()->setCurrentIndex(ReturnPolicySettingsPage::WindowsTab);
        snapshot(dialog, "settings-policy-windows");
        page->tabs()->setCurrentIndex(ReturnPolicySettingsPage::ApprovalTab);
        snapshot(dialog, "settings-policy-approval");
        applyAppearance(Appearance::Dark);
        QTRY_VERIFY(StatusPalette::isDark(dialog.palette()));
        snapshot(dialog, "settings-policy-approval-dark");
        page->tabs()->setCurrentIndex(ReturnPolicySettingsPage::EligibilityTab);
        snapshot(dialog, "settings-policy-eligibility-dark");
        applyAppearance(Appearance::System);
        activate(dialog);

        QSignalSpy saved(&dialog, &TeamSettingsDialog::saveFinished);
        QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);
        QTRY_COMPARE(saved.count(), 1);
        QVERIFY2(saved.first().at(0).toBool(), qPrintable(saved.first().at(1).toString()));
        QString error;
        const auto stored = TeamSettingsStore(*db).read(u"return_policy", &error);
        QCOMPARE(stored->version, qint64(1));
        QString problem;
        const ReturnPolicy policy = ReturnPolicyInForce::read(*db, &problem);
        QCOMPARE(problem, QString());
        QCOMPARE(policy.version, 2); // the defaults are version 1; a changed policy is the next
        QCOMPARE(policy.windows.size(), 3);
        QCOMPARE(policy.windows[2].categories, QStringList({QStringLiteral("footwear"), QStringLiteral("boots")}));
        QCOMPARE(policy.windows[2].days, 60);
        QCOMPARE(policy.windows[2].from, WindowStart::Order);
        QCOMPARE(policy.graceDays, 5);
        QCOMPARE(policy.finalSaleCategories, QStringList({QStringLiteral("clearance"), QStringLiteral("outlet")}));
        QCOMPARE(policy.oneReturnPerItem, false);
        QCOMPARE(policy.conditions.size(), 3);
        QCOMPARE(policy.conditions[2].categories, QStringList{QStringLiteral("electronics")});
        QCOMPARE(policy.conditions[2].opened, ConditionEffect::Review);
        QCOMPARE(policy.conditions[2].worn, ConditionEffect::Allow);
        QCOMPARE(policy.autoApproveBelowCents.value(QStringLiteral("CAD"), -1), qint64(9950));
        QVERIFY(!policy.reviewFromCents.contains(QStringLiteral("CAD")));
        QCOMPARE(policy.autoApproveBelowCents.value(QStringLiteral("USD")), qint64(15000)); // untouched
        QCOMPARE(policy.serialReturner.returns, 0);
        QCOMPARE(policy.serialReturner.sharePercent, 50);
        QCOMPARE(policy.blocklist, QStringList{QStringLiteral("fraud@example.com")});
        QCOMPARE(policy.exchangeFirst.reasons,
                 QList<ReturnReason>({ReturnReason::WrongSize, ReturnReason::WrongColour, ReturnReason::ChangedMind}));
        QCOMPARE(policy.labelExpiryDays, 21);
        QVERIFY(!dialog.policyDraft()->isDirty());
        QCOMPARE(dialog.pageList()->item(TeamSettingsDialog::ReturnPolicyPage)->text(), QStringLiteral("Return policy"));
        QVERIFY2(dialog.statusText().contains(QLatin1String("Returns are judged by it")), qPrintable(dialog.statusText()));
        // The assignment rules were not touched.
        QVERIFY(TeamSettingsStore(*db).read(u"assignment", &error)->isDefault());
    }

    // An error shows at its field with the reason, its tab counts it, the list below names
    // it (Enter goes there), and nothing is saved while one remains.
    void policyErrorsAtTheirFields()
    {
        auto db = openClient(path("policy-errors"));
        TeamSettingsDialog dialog(standalone(*db));
        dialog.setCurrentPage(TeamSettingsDialog::ReturnPolicyPage);
        ReturnPolicySettingsPage *page = dialog.policyPage();
        activate(dialog);
        // The first window's categories cleared.
        page->tabs()->setCurrentIndex(ReturnPolicySettingsPage::WindowsTab);
        type(page->windowsView(), 0, ReturnWindowsModel::Categories, QStringLiteral(" , "));
        const QModelIndex categories = page->windowsModel()->index(0, ReturnWindowsModel::Categories);
        QVERIFY2(categories.data(SettingsRoles::Error).toString().contains(QLatin1String("at least one category")),
                 qPrintable(categories.data(SettingsRoles::Error).toString()));
        QVERIFY2(page->tabs()->tabText(ReturnPolicySettingsPage::WindowsTab).contains(QLatin1String("1 to fix")),
                 qPrintable(page->tabs()->tabText(ReturnPolicySettingsPage::WindowsTab)));
        auto *errors = page->findChild<QListWidget *>(QStringLiteral("policyErrors"));
        QCOMPARE(errors->count(), 1);
        QVERIFY2(errors->item(0)->text().startsWith(QLatin1String("Windows, window 1, categories: must name at least one")),
                 qPrintable(errors->item(0)->text()));
        // An address on both lists: beside the lists.
        page->tabs()->setCurrentIndex(ReturnPolicySettingsPage::ApprovalTab);
        typeInto(page->findChild<QPlainTextEdit *>(QStringLiteral("blocklist")), QStringLiteral("sam@example.com"));
        typeInto(page->findChild<QPlainTextEdit *>(QStringLiteral("allowlist")), QStringLiteral("dana@example.com\nSAM@example.com"));
        auto *listErrors = page->findChild<QLabel *>(QStringLiteral("listErrors"));
        QTRY_VERIFY(listErrors->isVisible());
        QVERIFY2(listErrors->text().contains(QLatin1String("sam@example.com is on both the blocklist and the allowlist")),
                 qPrintable(listErrors->text()));
        QCOMPARE(errors->count(), 2);
        snapshot(dialog, "settings-policy-errors");
        // Saving says why not and goes to the first error.
        QSignalSpy saved(&dialog, &TeamSettingsDialog::saveFinished);
        dialog.save();
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved.first().at(0).toBool(), false);
        QVERIFY2(dialog.statusText().contains(QLatin1String("Not saved")), qPrintable(dialog.statusText()));
        QCOMPARE(page->tabs()->currentIndex(), static_cast<int>(ReturnPolicySettingsPage::WindowsTab));
        QCOMPARE(page->windowsView()->currentIndex(), categories);
        QString error;
        QVERIFY(TeamSettingsStore(*db).read(u"return_policy", &error)->isDefault()); // not saved
        // Enter on the second goes to the allowlist.
        errors->setFocus();
        errors->setCurrentRow(1);
        QTest::keyClick(errors, Qt::Key_Return);
        QCOMPARE(page->tabs()->currentIndex(), static_cast<int>(ReturnPolicySettingsPage::ApprovalTab));
        QCOMPARE(QApplication::focusWidget(), page->findChild<QPlainTextEdit *>(QStringLiteral("allowlist")));
        // Fixed, both are gone.
        typeInto(page->findChild<QPlainTextEdit *>(QStringLiteral("allowlist")), QStringLiteral("dana@example.com"));
        type(page->windowsView(), 0, ReturnWindowsModel::Categories, QStringLiteral("*"));
        QCOMPARE(errors->count(), 0);
        QVERIFY(!listErrors->isVisible());
        QVERIFY(dialog.policyDraft()->isValid());
    }

    // The JSON view: what is typed is checked as it is typed; an error names its line;
    // while the text does not read the form waits and nothing typed is lost.
    void policyJsonWithLocatedErrors()
    {
        auto db = openClient(path("policy-json"));
        TeamSettingsDialog dialog(standalone(*db));
        dialog.setCurrentPage(TeamSettingsDialog::ReturnPolicyPage);
        ReturnPolicySettingsPage *page = dialog.policyPage();
        activate(dialog);
        page->tabs()->setCurrentIndex(ReturnPolicySettingsPage::JsonTab);
        QPlainTextEdit *json = page->jsonEditor();
        QVERIFY(json->toPlainText().contains(QLatin1String("\"grace_days\": 3")));
        // A policy with a window of 0 days, on line 3.
        typeInto(json, QStringLiteral("{\n  \"version\": 7,\n  \"windows\": [{\"categories\": [\"*\"], \"days\": 0}]\n}"));
        auto *errors = page->findChild<QListWidget *>(QStringLiteral("policyErrors"));
        QCOMPARE(errors->count(), 1);
        QVERIFY2(errors->item(0)->text() == QLatin1String("Windows, window 1, days (JSON line 3, column 45): must be a whole "
                                                          "number from 1 to 3650"),
                 qPrintable(errors->item(0)->text()));
        QVERIFY(dialog.policyDraft()->unreadText().has_value());
        QVERIFY2(page->tabs()->tabText(ReturnPolicySettingsPage::JsonTab).contains(QLatin1String("1 to fix")),
                 qPrintable(page->tabs()->tabText(ReturnPolicySettingsPage::JsonTab)));
        // The form waits: its tables cannot be edited, its fields are held.
        QVERIFY(!(page->windowsModel()->flags(page->windowsModel()->index(0, 0)) & Qt::ItemIsEditable));
        QVERIFY(!page->findChild<QSpinBox *>(QStringLiteral("graceDays"))->isEnabled());
        snapshot(dialog, "settings-policy-json-error");
        // Enter on the error puts the cursor on the 0.
        json->moveCursor(QTextCursor::Start);
        errors->setFocus();
        errors->setCurrentRow(0);
        QTest::keyClick(errors, Qt::Key_Return);
        QCOMPARE(QApplication::focusWidget(), json);
        QCOMPARE(json->textCursor().blockNumber(), 2);
        QCOMPARE(json->textCursor().positionInBlock(), 44); // column 45
        // Not JSON at all: the line and column of the syntax error.
        QTest::keyClick(json, Qt::Key_End, Qt::ControlModifier);
        QTest::keyClicks(json, QStringLiteral(" x"));
        QCOMPARE(errors->count(), 1);
        QVERIFY2(errors->item(0)->text().contains(QLatin1String("The policy as a whole: not JSON at line 4, column 3:")), qPrintable(errors->item(0)->text()));
        // Closing asks; Cancel keeps the text as typed.
        answerNextMessageBox("Cancel");
        dialog.reject();
        QVERIFY(dialog.isVisible());
        QVERIFY(json->toPlainText().endsWith(QLatin1String("} x")));
        // Fixed: the form shows it.
        QTest::keyClick(json, Qt::Key_Backspace);
        QTest::keyClick(json, Qt::Key_Backspace);
        json->moveCursor(QTextCursor::Start);
        for (int i = 0; i < 2; ++i)
            json->moveCursor(QTextCursor::Down);
        json->moveCursor(QTextCursor::EndOfLine);
        for (int i = 0; i < 3; ++i)
            json->moveCursor(QTextCursor::Left); // before "0}]"
        QTest::keyClick(json, Qt::Key_Delete);
        QTest::keyClicks(json, QStringLiteral("14"));
        QCOMPARE(errors->count(), 0);
        QVERIFY(!dialog.policyDraft()->unreadText());
        QCOMPARE(dialog.policyDraft()->policy().version, 7);
        QCOMPARE(page->windowsModel()->rowCount(), 1);
        QCOMPARE(page->windowsModel()->index(0, ReturnWindowsModel::Days).data().toInt(), 14);
        QVERIFY(page->findChild<QSpinBox *>(QStringLiteral("graceDays"))->isEnabled());
        QVERIFY(json->toPlainText().contains(QLatin1String("\"days\": 14}")));
        QSignalSpy saved(&dialog, &TeamSettingsDialog::saveFinished);
        dialog.save();
        QVERIFY(saved.first().at(0).toBool());
        QCOMPARE(ReturnPolicyInForce::read(*db).windows.size(), 1);
        QCOMPARE(ReturnPolicyInForce::read(*db).windows[0].days, 14);
        QCOMPARE(ReturnPolicyInForce::read(*db).graceDays, 3); // left out: the default
    }

    // Every change is a step of the page's undo: a field typed into is one step, a row
    // added another; undone, the page is as loaded and has nothing to save.
    void policyUndo()
    {
        auto db = openClient(path("policy-undo"));
        TeamSettingsDialog dialog(standalone(*db));
        dialog.setCurrentPage(TeamSettingsDialog::ReturnPolicyPage);
        ReturnPolicySettingsPage *page = dialog.policyPage();
        activate(dialog);
        auto *grace = page->findChild<QSpinBox *>(QStringLiteral("graceDays"));
        typeInto(grace, QStringLiteral("12"));
        QCOMPARE(dialog.policyDraft()->policy().graceDays, 12);
        QTableView *windows = page->windowsView();
        windows->setFocus();
        QTest::keyClick(windows, Qt::Key_Insert);
        auto *line = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(line);
        QTest::keyClick(line, Qt::Key_Escape);
        QTRY_VERIFY(windows->hasFocus());
        QCOMPARE(page->windowsModel()->rowCount(), 3);
        QVERIFY(dialog.policyDraft()->isDirty());
        QCOMPARE(dialog.policyDraft()->policy().version, 2);
        // Ctrl+Z: the window goes; again: the grace days (typed as "1", "12": one step).
        QTest::keyClick(windows, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(page->windowsModel()->rowCount(), 2);
        QCOMPARE(dialog.policyDraft()->policy().graceDays, 12);
        QTest::keyClick(windows, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(dialog.policyDraft()->policy().graceDays, 3);
        QCOMPARE(grace->value(), 3);
        QVERIFY(!dialog.policyDraft()->isDirty());
        QCOMPARE(dialog.policyDraft()->policy().version, 1);
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("revert"))->isEnabled());
        // Redo by its button.
        auto *redo = page->findChild<QToolButton *>(QStringLiteral("redoButton"));
        QVERIFY(redo->isEnabled());
        QTest::mouseClick(redo, Qt::LeftButton);
        QCOMPARE(dialog.policyDraft()->policy().graceDays, 12);
        QVERIFY(dialog.policyDraft()->isDirty());
        // Closing without saving, discarded: the store keeps the defaults.
        answerNextMessageBox("Discard");
        dialog.reject();
        QVERIFY(!dialog.isVisible());
        QString error;
        QVERIFY(TeamSettingsStore(*db).read(u"return_policy", &error)->isDefault());
    }

    // Changes on both pages: closing asks naming both, and Save saves both.
    void closingWithChangesOnTwoPages()
    {
        auto db = openClient(path("two-pages"));
        TeamSettingsDialog dialog(standalone(*db));
        activate(dialog);
        dialog.draft()->edit([](AssignmentRules &r) { AssignmentAgent dana;
            dana.name = QStringLiteral("dana");
            r.agents << dana; });
        dialog.setCurrentPage(TeamSettingsDialog::ReturnPolicyPage);
        typeInto(dialog.policyPage()->findChild<QSpinBox *>(QStringLiteral("labelExpiry")), QStringLiteral("30"));
        QString asked;
        QTimer::singleShot(0, [&asked] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible())
                    asked = box->text();
        });
        answerNextMessageBox("Save");
        dialog.reject();
        QVERIFY2(asked.contains(QLatin1String("Assignment rules, Return policy")), qPrintable(asked));
        QVERIFY(!dialog.isVisible());
        QString error;
        QCOMPARE(TeamSettingsStore(*db).read(u"assignment", &error)->version, qint64(1));
        QCOMPARE(TeamSettingsStore(*db).read(u"return_policy", &error)->version, qint64(1));
        QCOMPARE(ReturnPolicyInForce::read(*db).labelExpiryDays, 30);
    }

    // Bound to a team server: a manager's policy goes straight to the server; a
    // colleague's newer save is met with a choice; an agent reads it and cannot change it.
    void policyOnTheServer()
    {
        auto server = startServer(newServerStore(nullptr, path("server")), 0, testConfig());
        const QByteArray meg = login(server->url, "meg");
        auto db = replicaOf(*server, meg);
        ServerSession session(*db, m_clock, testCredentials());
        session.connectWith(server->url, QStringLiteral("meg"), QStringLiteral("manager"), meg);
        TeamSettingsDialog dialog(ViewContext{*db, m_clock, nullptr, nullptr, &session});
        QSignalSpy answered(&dialog, &TeamSettingsDialog::serverAnswered);
        activate(dialog);
        QVERIFY(answered.wait(60'000));
        dialog.setCurrentPage(TeamSettingsDialog::ReturnPolicyPage);
        QVERIFY(!dialog.isReadOnly());
        ReturnPolicySettingsPage *page = dialog.policyPage();
        typeInto(page->findChild<QSpinBox *>(QStringLiteral("graceDays")), QStringLiteral("7"));
        QSignalSpy saved(&dialog, &TeamSettingsDialog::saveFinished);
        dialog.save();
        QVERIFY(saved.wait(60'000));
        QVERIFY2(saved.first().at(0).toBool(), qPrintable(saved.first().at(1).toString()));
        HttpAnswer now = request(server->url, "GET", QStringLiteral("/v1/settings/return_policy"), meg);
        QCOMPARE(now.json.value(QStringLiteral("version")).toInteger(), 1);
        QCOMPARE(now.json.value(QStringLiteral("document"))[QStringLiteral("grace_days")].toInt(), 7);
        QCOMPARE(ReturnPolicyInForce::read(*db).graceDays, 7); // kept in the replica at once

        // A colleague saves version 2 meanwhile; ours meets it and we keep ours.
        QCOMPARE(request(server->url, "PUT", QStringLiteral("/v1/settings/return_policy"), meg,
                         R"({"version": 3, "grace_days": 0})", {qMakePair(QByteArrayLiteral("If-Match"), QByteArrayLiteral("\"1\""))})
                     .status,
                 200);
        typeInto(page->findChild<QSpinBox *>(QStringLiteral("labelExpiry")), QStringLiteral("14"));
        saved.clear();
        answerNextMessageBox("saveMine");
        dialog.save();
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 60'000);
        QVERIFY2(saved.first().at(0).toBool(), qPrintable(saved.first().at(1).toString()));
        now = request(server->url, "GET", QStringLiteral("/v1/settings/return_policy"), meg);
        QCOMPARE(now.json.value(QStringLiteral("version")).toInteger(), 3);
        QCOMPARE(now.json.value(QStringLiteral("document"))[QStringLiteral("grace_days")].toInt(), 7);
        QCOMPARE(now.json.value(QStringLiteral("document"))[QStringLiteral("label_expiry_days")].toInt(), 14);
        snapshot(dialog, "settings-policy-server");

        // Maria, an agent, reads it and cannot change it.
        const QByteArray maria = login(server->url, "maria");
        auto agentDb = replicaOf(*server, maria);
        ServerSession agentSession(*agentDb, m_clock, testCredentials());
        agentSession.connectWith(server->url, QStringLiteral("maria"), QStringLiteral("agent"), maria);
        TeamSettingsDialog agentDialog(ViewContext{*agentDb, m_clock, nullptr, nullptr, &agentSession});
        QSignalSpy agentAnswered(&agentDialog, &TeamSettingsDialog::serverAnswered);
        activate(agentDialog);
        QVERIFY(agentAnswered.wait(60'000));
        agentDialog.setCurrentPage(TeamSettingsDialog::ReturnPolicyPage);
        QVERIFY(agentDialog.isReadOnly());
        QVERIFY2(agentDialog.statusText().contains(QLatin1String("only a manager or an admin")), qPrintable(agentDialog.statusText()));
        ReturnPolicySettingsPage *agentPage = agentDialog.policyPage();
        QCOMPARE(agentDialog.policyDraft()->policy().labelExpiryDays, 14);
        QVERIFY(!(agentPage->windowsModel()->flags(agentPage->windowsModel()->index(0, 0)) & Qt::ItemIsEditable));
        QVERIFY(!agentPage->findChild<QSpinBox *>(QStringLiteral("graceDays"))->isEnabled());
        QVERIFY(agentPage->jsonEditor()->isReadOnly());
        QVERIFY(!policyButton(agentPage, ReturnPolicySettingsPage::WindowsTab, "add")->isEnabled());
        QVERIFY(!agentDialog.findChild<QPushButton *>(QStringLiteral("save"))->isEnabled());
        agentPage->tabs()->setCurrentIndex(ReturnPolicySettingsPage::ExchangeTab);
        snapshot(agentDialog, "settings-policy-readonly");
    }

    void reachedFromTheEditMenu()
    {
        auto db = openClient(path("menu"));
        MainWindow window(*db, m_clock, testCredentials());
        window.show();
        auto *action = window.findChild<QAction *>(QStringLiteral("teamSettings"));
        QVERIFY(action);
        action->trigger();
        QTRY_VERIFY(window.findChild<TeamSettingsDialog *>());
        QVERIFY(window.findChild<TeamSettingsDialog *>()->isVisible());
        action->trigger();
        QCOMPARE(window.findChildren<TeamSettingsDialog *>().size(), 1);
    }
};

QTEST_MAIN(TestTeamSettingsDialog)

#include "tst_teamsettingsdialog.moc"
