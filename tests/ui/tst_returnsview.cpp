// SPDX-License-Identifier: MIT
// The Returns view as a user drives it, on a real demo store: the lazy queue model under
// QAbstractItemModelTester, saved views and filters, and decisions made with the keyboard
// (approve, reject with a reason, a policy override, a bulk approval as one undo step),
// the store read back after each; a standalone window approving by the return policy, and a
// replica's window approving nothing itself; then bound to a team server in process, a
// decision waits in the outbox and an agent's refund says it needs a manager.
#include "domain/timestamp.h"
#include "jobs/storejobrunner.h"
#include "jobs/storejobs.h"
#include "returns/returnautoapproval.h"
#include "returns/returndecisiondialog.h"
#include "returns/returndecisions.h"
#include "returns/returndetailpane.h"
#include "returns/returnpolicyinforce.h"
#include "returns/returnqueuemodel.h"
#include "returns/returnverdictstore.h"
#include "returns/returnsview.h"
#include "settings/appsettings.h"
#include "shell/clock.h"
#include "store/database.h"
#include "store/shipmentingestor.h"
#include "teamsettings/teamsettingsstore.h"
#include "support/demostore.h"
#include "support/returntestdata.h"
#include "sync/syncsupport.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace ct;

namespace {

qint64 number(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q.value(0).toLongLong();
}

QString text(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0).toString();
}

} // namespace

class TestReturnsView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_seed;
    int m_copies = 0;
    Clock m_clock{test::fixedNow()};
    QUndoStack m_undo;
    // The seed store's policy: the defaults without automatic approval, so its requested
    // returns wait for the user (the policy's own approvals have a test of their own).
    ReturnPolicy m_manual;

    // A manager saves `policy` as the team's in `db`, over whatever is saved.
    static void savePolicy(const Database &db, const ReturnPolicy &policy, qint64 nowMs)
    {
        QString error;
        const auto current = TeamSettingsStore(db).read(u"return_policy", &error);
        QVERIFY2(current, qPrintable(error));
        const auto saved = TeamSettingsStore(db).save(u"return_policy", policy.toJson(), current->version, QStringLiteral("meg"), nowMs);
        QVERIFY(saved.ok());
    }

    std::unique_ptr<Database> freshStore()
    {
        const QString path = m_dir.filePath(QStringLiteral("store-%1.db").arg(++m_copies));
        if (!QFile::copy(m_seed, path))
            qFatal("cannot copy the seed store");
        QString error;
        auto db = Database::open(path, &error);
        if (!db)
            qFatal("store: %s", qPrintable(error));
        return db;
    }

    ViewContext contextOf(const Database &db) { return ViewContext{db, m_clock, &m_undo, nullptr, nullptr}; }

    // A team server in process with 300 demo shipments, and the store `name` bound to it
    // by a first sync as maria: a replica.
    std::pair<std::unique_ptr<synctest::TestServer>, std::unique_ptr<Database>> startTeam(const QString &name)
    {
        auto server = synctest::startServer(m_dir.filePath(name + QStringLiteral("-server.db")), 300, synctest::testConfig(),
                                            nullptr, [] { return test::runningNowMs(); });
        if (!server)
            qFatal("the team server did not start");
        QString error;
        auto client = Database::open(m_dir.filePath(name + QStringLiteral(".db")), &error);
        if (!client)
            qFatal("store: %s", qPrintable(error));
        SyncOptions options;
        options.server = server->url;
        options.token = synctest::login(server->url, "maria");
        const auto first = synctest::syncOnce(*client, options);
        if (!first.first)
            qFatal("first sync: %s", qPrintable(first.second));
        return {std::move(server), std::move(client)};
    }

    // The row of return `id` made current, the table focused.
    static void select(ReturnsView &view, qint64 id)
    {
        const int row = view.model()->rowOf(id);
        QVERIFY2(row >= 0, "the return is loaded");
        view.table()->setFocus();
        view.table()->selectRow(row);
        QCoreApplication::processEvents();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ControlTowerReturnsTests"));
        qputenv("TZ", "UTC");
        AppSettings::ReturnSavedViewsJson.reset();
        AppSettings::ReturnCurrentView.reset();
        QVERIFY(m_dir.isValid());
        m_seed = m_dir.filePath(QStringLiteral("seed.db"));
        QString error;
        auto db = Database::open(m_seed, &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY2(test::seedDemoStore(*db, 1500, &error), qPrintable(error));
        // A fortnight of demo parcels has few returns still to decide: make the first twelve
        // requested again (decided by nobody yet).
        QVERIFY(number(*db, QStringLiteral("SELECT count(*) FROM returns")) >= 12);
        QVERIFY(QSqlQuery(db->connection()).exec(QStringLiteral(
            "UPDATE returns SET status = 0, resolution = 0, resolution_amount_cents = 0, inspection_grade = '', "
            "decision_note = '' WHERE id IN (SELECT id FROM returns ORDER BY id LIMIT 12)")));
        QVERIFY(number(*db, QStringLiteral("SELECT count(*) FROM returns WHERE status = 0")) >= 12);
        m_manual = ReturnPolicy::defaults();
        m_manual.autoApproveBelowCents.clear();
        savePolicy(*db, m_manual, m_clock.nowMs());
        QSqlQuery(db->connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }

    void modelIsSoundAndPagesThroughEverything()
    {
        auto db = freshStore();
        QString error;
        QVERIFY2(ReturnVerdictStore(*db).judgeAll(ReturnPolicy::defaults(), m_clock.nowMs(), &error), qPrintable(error));
        ReturnQueueModel model(*db, m_clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuery({}, {ReturnSortColumn::Value, true});
        const qint64 total = number(*db, QStringLiteral("SELECT count(*) FROM returns"));
        QCOMPARE(model.rowCount(), static_cast<int>(std::min<qint64>(total, ReturnQueueModel::PageSize)));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), static_cast<int>(total));
        for (int i = 1; i < model.rowCount(); ++i)
            QVERIFY(model.row(i - 1).amountCents >= model.row(i).amountCents); // sorted in SQL
        QCOMPARE(model.data(model.index(0, ReturnQueueModel::Rma)).toString(), model.row(0).rma);
        ReturnQueueFilter requested;
        requested.statuses = {ReturnStatus::Requested};
        model.setQuery(requested, {});
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), static_cast<int>(number(*db, QStringLiteral("SELECT count(*) FROM returns WHERE status = 0"))));
    }

    // A kept verdict judged by another policy says so until it is judged again, even when
    // that policy had the same version number; a view opening on such verdicts judges
    // them again by the policy in force.
    void verdictsOfAnotherPolicySaySo()
    {
        auto db = freshStore();
        QString error;
        ReturnPolicy earlier = m_manual;
        earlier.graceDays = 9; // other rules, the same version number
        QCOMPARE(earlier.version, m_manual.version);
        QVERIFY2(ReturnVerdictStore(*db).judgeAll(earlier, m_clock.nowMs(), &error), qPrintable(error));
        ReturnQueueModel model(*db, m_clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuery({}, {});
        QVERIFY(model.rowCount() > 0);
        const QModelIndex verdict = model.index(0, ReturnQueueModel::Verdict);
        model.setPolicyInForce(earlier.digest());
        QVERIFY2(!verdict.data().toString().contains(QLatin1String("judged under")), qPrintable(verdict.data().toString()));
        model.setPolicyInForce(m_manual.digest());
        QVERIFY2(verdict.data().toString().endsWith(QStringLiteral(" · judged under policy v1")), qPrintable(verdict.data().toString()));
        QVERIFY2(verdict.data(Qt::ToolTipRole).toString().contains(QLatin1String("being judged again")),
                 qPrintable(verdict.data(Qt::ToolTipRole).toString()));

        // The view opens on them: judged again by the policy in force (the store's).
        ReturnsView view(contextOf(*db));
        const qint64 total = number(*db, QStringLiteral("SELECT count(*) FROM returns"));
        QCOMPARE(number(*db, QStringLiteral("SELECT count(*) FROM return_verdicts WHERE policy_digest = '%1'")
                                 .arg(m_manual.digest())),
                 total);
        QVERIFY(!view.model()->data(view.model()->index(0, ReturnQueueModel::Verdict)).toString().contains(QLatin1String("judged under")));
    }

    // The view judges by the team's policy (the return_policy team setting): once one is
    // saved, the next reload judges every return again by it, though its version did not
    // move; the customer put on the blocklist has every return refused.
    void judgesByTheTeamsPolicy()
    {
        auto db = freshStore();
        ReturnsView view(contextOf(*db));
        const ReturnPolicy defaults = m_manual;
        QCOMPARE(view.policy().toJson(), defaults.toJson());
        const qint64 total = number(*db, QStringLiteral("SELECT count(*) FROM returns"));
        QCOMPARE(number(*db, QStringLiteral("SELECT count(*) FROM return_verdicts WHERE policy_version = %1")
                                 .arg(defaults.version)),
                 total);
        QCOMPARE(number(*db, QStringLiteral("SELECT count(*) FROM return_verdicts WHERE rule = 'blocklist'")), 0);
        const QString email = text(*db, QStringLiteral("SELECT lower(s.customer_email) FROM returns r JOIN shipments s "
                                                       "ON s.id = r.shipment_id WHERE s.customer_email <> '' ORDER BY r.id LIMIT 1"));
        QVERIFY(!email.isEmpty());
        const qint64 theirs = number(*db, QStringLiteral("SELECT count(*) FROM returns r JOIN shipments s ON s.id = r.shipment_id "
                                                         "WHERE lower(s.customer_email) = '%1'")
                                              .arg(email));
        QVERIFY(theirs >= 1);

        ReturnPolicy policy = defaults;
        policy.blocklist = {email};
        savePolicy(*db, policy, m_clock.nowMs());
        view.reload();
        QCOMPARE(view.policy().blocklist, QStringList{email});
        QCOMPARE(number(*db, QStringLiteral("SELECT count(*) FROM return_verdicts")), total);
        QCOMPARE(number(*db, QStringLiteral("SELECT count(*) FROM return_verdicts WHERE rule = 'blocklist' AND eligibility = 2 "
                                            "AND detail = '%1 is on the returns blocklist'")
                                 .arg(email)),
                 theirs);
        QCOMPARE(number(*db, QStringLiteral("SELECT count(*) FROM return_verdicts WHERE rule = 'blocklist'")), theirs);
    }

    // Returns that arrive while the view is open (an import, demo data, a sync round) are
    // judged at the reload that follows, not only when the view opens next; a reload with
    // nothing new judges nothing.
    void returnsArrivingWhileOpenAreJudged()
    {
        auto db = freshStore();
        StoreJobRunner jobs(db->path());
        ReturnsView view(ViewContext{*db, m_clock, &m_undo, &jobs, nullptr});
        QSignalSpy ready(&view, &ReturnsView::verdictsReady);
        QSignalSpy finished(&jobs, &StoreJobRunner::jobFinished);
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 30000);
        const qint64 total = number(*db, QStringLiteral("SELECT count(*) FROM returns"));
        QCOMPARE(number(*db, QStringLiteral("SELECT count(*) FROM return_verdicts")), total);
        const int jobsBefore = finished.count();

        // Nothing new: no judging.
        view.reload();
        QTest::qWait(50);
        QCOMPARE(finished.count(), jobsBefore);

        // Two returns arrive for a parcel of their own.
        QString error;
        ShipmentIngestor ingestor(*db);
        QVERIFY2(ingestor.ingest({test::deliveredParcel(990001)}, m_clock.nowMs(), nullptr, &error), qPrintable(error));
        QList<ReturnRecord> arriving;
        for (int i = 0; i < 2; ++i) {
            ReturnRecord r;
            r.rma = QStringLiteral("RMA-ARRIVING-%1").arg(i);
            r.orderId = QStringLiteral("#990001");
            r.carrier = QStringLiteral("ups");
            r.trackingNumber = QStringLiteral("1Z990001");
            r.requestedAt = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), QTimeZone::utc());
            r.reason = ReturnReason::ChangedMind;
            r.items << test::item(i == 0 ? "MUG" : "CUP", "home", 2500, 1);
            r.amountCents = 2500;
            r.currency = QStringLiteral("USD");
            arriving << r;
        }
        QVERIFY2(ingestor.ingestReturns(arriving, m_clock.nowMs(), &error), qPrintable(error));
        QCOMPARE(number(*db, QStringLiteral("SELECT count(*) FROM returns")), total + 2);
        view.reload();
        QVERIFY(view.isBusy());
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 2, 30000);
        QTRY_VERIFY(!view.isBusy());
        QCOMPARE(number(*db, QStringLiteral("SELECT count(*) FROM return_verdicts v JOIN returns r ON r.id = v.return_id "
                                            "WHERE r.rma LIKE 'RMA-ARRIVING-%'")),
                 2);
        // And the reload after that judging judges nothing more.
        const int jobsAfter = finished.count();
        view.reload();
        QTest::qWait(50);
        QCOMPARE(finished.count(), jobsAfter);
    }

    void decideLikeAUser()
    {
        auto db = freshStore();
        ReturnsView view(contextOf(*db));
        view.resize(1400, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.savedViews().at(view.currentSavedView()).name, QStringLiteral("To decide"));
        QTRY_VERIFY(view.model()->rowCount() > 0);
        QVERIFY(number(*db, QStringLiteral("SELECT count(*) FROM return_verdicts")) > 0); // judged on open

        // Approve one the policy does not refuse: A, no form.
        const qint64 first = number(*db, QStringLiteral("SELECT r.id FROM returns r JOIN return_verdicts v ON v.return_id = r.id "
                                                         "WHERE r.status = 0 AND v.eligibility <> 2 ORDER BY r.id LIMIT 1"));
        select(view, first);
        QTest::keyClick(view.table(), Qt::Key_A);
        QCOMPARE(number(*db, QStringLiteral("SELECT status FROM returns WHERE id = %1").arg(first)), 1);
        QCOMPARE(number(*db, QStringLiteral("SELECT count(*) FROM outbox")), 0); // standalone: nothing waits
        QVERIFY(view.model()->rowOf(first) < 0); // no longer "to decide"
        m_undo.undo();
        QCOMPARE(number(*db, QStringLiteral("SELECT status FROM returns WHERE id = %1").arg(first)), 0);

        // Reject with a reason typed in the form.
        view.reload();
        select(view, first);
        QTest::keyClick(view.table(), Qt::Key_R);
        ReturnDecisionDialog *dialog = view.decisions()->currentDialog();
        QVERIFY(dialog);
        QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled() || !dialog->reasonField()->text().isEmpty());
        dialog->reasonField()->clear();
        QTest::keyClicks(dialog->reasonField(), QStringLiteral("worn, tags removed"));
        QVERIFY(dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        QTest::keyClick(dialog->reasonField(), Qt::Key_Return);
        QCOMPARE(number(*db, QStringLiteral("SELECT status FROM returns WHERE id = %1").arg(first)), 2);
        const QString note = text(*db, QStringLiteral("SELECT decision_note FROM returns WHERE id = %1").arg(first));
        QVERIFY2(note.endsWith(QLatin1String("worn, tags removed")), qPrintable(note));

        // Approving one the policy refused asks why, and keeps the reason.
        const qint64 refused = number(*db, QStringLiteral("SELECT ifnull((SELECT r.id FROM returns r JOIN return_verdicts v "
                                                           "ON v.return_id = r.id WHERE r.status = 0 AND v.eligibility = 2 "
                                                           "ORDER BY r.id LIMIT 1), 0)"));
        if (refused > 0) {
            view.reload();
            select(view, refused);
            QTest::keyClick(view.table(), Qt::Key_A);
            dialog = view.decisions()->currentDialog();
            QVERIFY(dialog);
            QVERIFY(dialog->overrides());
            QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
            QTest::keyClicks(dialog->reasonField(), QStringLiteral("loyal customer"));
            QTest::keyClick(dialog->reasonField(), Qt::Key_Return);
            QCOMPARE(number(*db, QStringLiteral("SELECT status FROM returns WHERE id = %1").arg(refused)), 1);
            QCOMPARE(text(*db, QStringLiteral("SELECT decision_note FROM returns WHERE id = %1").arg(refused)),
                     QStringLiteral("Policy override: loyal customer"));
        }

        // A bulk approval: every selected return, one undo step, a summary.
        view.reload();
        QVERIFY(view.model()->rowCount() >= 3);
        QList<qint64> ids;
        for (int i = 0; i < 3; ++i)
            ids << view.model()->row(i).returnId;
        view.table()->setFocus();
        view.table()->selectRow(0);
        QTest::keyClick(view.table(), Qt::Key_Down, Qt::ShiftModifier);
        QTest::keyClick(view.table(), Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(view.selectedRows().size(), 3);
        const int undoBefore = m_undo.count();
        QTest::keyClick(view.table(), Qt::Key_A);
        // An ineligible return among them opens the override form first.
        if (ReturnDecisionDialog *form = view.decisions()->currentDialog(); form && form->isVisible()) {
            QTest::keyClicks(form->reasonField(), QStringLiteral("bulk"));
            QTest::keyClick(form->reasonField(), Qt::Key_Return);
        }
        QTRY_VERIFY(view.decisions()->lastSummary());
        const QString idList = QStringLiteral("%1,%2,%3").arg(ids.at(0)).arg(ids.at(1)).arg(ids.at(2));
        QCOMPARE(number(*db, QStringLiteral("SELECT count(*) FROM returns WHERE status = 1 AND id IN (%1)").arg(idList)), 3);
        QCOMPARE(m_undo.count(), undoBefore + 1);
        m_undo.undo();
        QCOMPARE(number(*db, QStringLiteral("SELECT count(*) FROM returns WHERE status = 0 AND id IN (%1)").arg(idList)), 3);
        view.decisions()->lastSummary()->close();
    }

    void savedViewsAndTheDetail()
    {
        auto db = freshStore();
        ReturnsView view(contextOf(*db));
        view.resize(1400, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY(view.model()->rowCount() > 0);
        // "All returns" shows every return; its total arrives from the facet thread.
        view.selectSavedView(3);
        QTRY_COMPARE(view.totalLabel()->text(),
                     QStringLiteral("%1 returns").arg(QLocale().toString(number(*db, QStringLiteral("SELECT count(*) FROM returns")))));
        QVERIFY(view.saveView(QStringLiteral("Mine")));
        QCOMPARE(view.savedViews().constLast().name, QStringLiteral("Mine"));
        QVERIFY(!view.saveView(QStringLiteral("To decide"))); // a default's name
        QVERIFY(AppSettings::ReturnSavedViewsJson.value().contains("\"Mine\""));
        QVERIFY(view.deleteSavedView(static_cast<int>(view.savedViews().size()) - 1));
        // The detail: the verdict with its trace, the items, the customer.
        view.table()->selectRow(0);
        QTRY_VERIFY(view.detail()->shown().has_value());
        QVERIFY(view.detail()->verdict().has_value());
        QVERIFY(view.detail()->trace()->topLevelItemCount() > 0);
        QCOMPARE(view.detail()->items()->topLevelItemCount(), static_cast<int>(view.model()->row(0).items.size()));
        QVERIFY(!view.detail()->history()->text().isEmpty());
    }

    // A label-issued return's status says how its label stands at the window's clock
    // (docs/RETURNS.md, "Label expiry"): 23 d 1 h after the issue, under the policy's 28
    // days, 4 d 23 h are left, "Label expires in 5 days"; 28 d after it, "Label expired";
    // with no known issue time, that it is unknown. The tooltip and the detail say when.
    void labelIssuedReturnsSayWhenTheirLabelExpires()
    {
        auto db = freshStore();
        const qint64 now = m_clock.nowMs();
        const qint64 running = number(*db, QStringLiteral("SELECT id FROM returns ORDER BY id LIMIT 1 OFFSET 12"));
        const qint64 expired = number(*db, QStringLiteral("SELECT id FROM returns ORDER BY id LIMIT 1 OFFSET 13"));
        const qint64 unknown = number(*db, QStringLiteral("SELECT id FROM returns ORDER BY id LIMIT 1 OFFSET 14"));
        QSqlQuery q(db->connection());
        const auto issue = [&](qint64 id, const QString &at) {
            QVERIFY(q.exec(QStringLiteral("UPDATE returns SET status = 3, label_issued_at_ms = %1 WHERE id = %2").arg(at).arg(id)));
        };
        issue(running, QString::number(now - 23 * MsPerDay - MsPerHour));
        issue(expired, QString::number(now - 28 * MsPerDay));
        issue(unknown, QStringLiteral("NULL"));
        // The trigger stamps a NULL with the row's last change: make it unknown again.
        QVERIFY(q.exec(QStringLiteral("UPDATE returns SET label_issued_at_ms = NULL WHERE id = %1").arg(unknown)));

        ReturnsView view(contextOf(*db));
        view.resize(1400, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        ReturnQueueFilter labelled;
        labelled.statuses = {ReturnStatus::LabelIssued};
        view.model()->setQuery(labelled, {});
        QTRY_VERIFY(view.model()->rowOf(unknown) >= 0);
        const auto status = [&](qint64 id, int role) {
            return view.model()->index(view.model()->rowOf(id), ReturnQueueModel::Status).data(role).toString();
        };
        QCOMPARE(status(running, Qt::DisplayRole), QStringLiteral("Label expires in 5 days"));
        QCOMPARE(status(expired, Qt::DisplayRole), QStringLiteral("Label expired"));
        QCOMPARE(status(unknown, Qt::DisplayRole), QStringLiteral("Label issued · issue time unknown"));
        QVERIFY2(status(running, Qt::ToolTipRole).contains(QLatin1String("(the return policy's 28 days)")),
                 qPrintable(status(running, Qt::ToolTipRole)));
        QVERIFY(status(unknown, Qt::ToolTipRole).contains(QLatin1String("never expires on its own")));

        select(view, running);
        QTRY_VERIFY(view.detail()->shown().has_value());
        const auto *summary = view.detail()->findChild<QLabel *>(QStringLiteral("returnSummary"));
        QVERIFY(summary);
        QVERIFY2(summary->text().contains(QLatin1String("Label expires in 5 days")), qPrintable(summary->text()));
        if (const QByteArray dir = qgetenv("CT_UI_SCREENSHOTS"); !dir.isEmpty()) {
            view.table()->scrollTo(view.model()->index(view.model()->rowOf(running), ReturnQueueModel::Status));
            view.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/returns-label-expiry.png"));
        }
    }

    // The desktop's exception refresh (Store > Re-evaluate Exceptions, and its timer) closes
    // on a standalone store the returns whose label is the policy's 28 days old, and says so.
    void theExceptionRefreshClosesExpiredLabels()
    {
        auto db = freshStore();
        const qint64 now = m_clock.nowMs();
        const qint64 id = number(*db, QStringLiteral("SELECT id FROM returns ORDER BY id LIMIT 1 OFFSET 12"));
        QVERIFY(QSqlQuery(db->connection())
                    .exec(QStringLiteral("UPDATE returns SET status = 3, label_issued_at_ms = %1 WHERE id = %2")
                              .arg(now - 28 * MsPerDay)
                              .arg(id)));
        const qint64 closedBefore = number(*db, QStringLiteral("SELECT count(*) FROM returns WHERE status = 10"));
        const StoreJobRunner::Control control([](qint64, qint64) {}, std::make_shared<std::atomic_bool>(false));
        QString summary;
        QString error;
        QVERIFY2(StoreJobs::exceptionRefresh(now)(*db, control, &summary, &error), qPrintable(error));
        QCOMPARE(number(*db, QStringLiteral("SELECT status FROM returns WHERE id = %1").arg(id)), 10);
        QCOMPARE(text(*db, QStringLiteral("SELECT decision_note FROM returns WHERE id = %1").arg(id)),
                 QStringLiteral("label expired unused"));
        const qint64 closed = number(*db, QStringLiteral("SELECT count(*) FROM returns WHERE status = 10")) - closedBefore;
        QVERIFY(closed >= 1); // this one, and any demo label as old by now
        QVERIFY2(summary.endsWith(QStringLiteral("; %1 returns closed: label expired unused").arg(closed)), qPrintable(summary));
    }

    // A standalone store: opening the window judges the returns on the job thread and the
    // policy approves, by itself, the requested returns it approves automatically; the
    // queue says "by policy", the detail who decided and the note; a window opened again
    // approves nothing twice.
    void aStandaloneWindowApprovesByPolicy()
    {
        auto db = freshStore();
        savePolicy(*db, ReturnPolicy::defaults(), m_clock.nowMs()); // automatic below 150.00 USD...
        QString error;
        const auto expected = ReturnAutoApproval(*db).judgedCandidates(ReturnPolicy::defaults(), std::nullopt, &error);
        QVERIFY2(expected, qPrintable(error));
        QVERIFY2(!expected->isEmpty(), "the defaults approve some of the requested returns");
        const qint64 requested = number(*db, QStringLiteral("SELECT count(*) FROM returns WHERE status = 0"));
        QVERIFY(requested > static_cast<qint64>(expected->size())); // and leave others to an agent

        StoreJobRunner jobs(db->path());
        ReturnsView view(ViewContext{*db, m_clock, &m_undo, &jobs, nullptr});
        QSignalSpy ready(&view, &ReturnsView::verdictsReady);
        QSignalSpy finished(&jobs, &StoreJobRunner::jobFinished);
        view.resize(1400, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 30000);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(1).toString(),
                 QStringLiteral("%1 returns judged by the return policy; %2 approved automatically")
                     .arg(number(*db, QStringLiteral("SELECT count(*) FROM returns")))
                     .arg(expected->size()));
        const qint64 approved = expected->size();
        QCOMPARE(number(*db, QStringLiteral("SELECT count(*) FROM returns WHERE status = 0")), requested - approved);
        QCOMPARE(number(*db, QStringLiteral("SELECT count(*) FROM returns WHERE decided_by = 'policy'")), approved);
        const ReturnAutoApprovalCandidate &first = expected->first();
        QCOMPARE(text(*db, QStringLiteral("SELECT decision_note FROM returns WHERE id = %1").arg(first.returnId)), first.note);
        QVERIFY2(first.note.startsWith(QLatin1String("Approved by policy v1 (auto_approve): eligible; worth ")), qPrintable(first.note));
        QCOMPARE(number(*db, QStringLiteral("SELECT count(*) FROM outbox")), 0); // standalone: nothing waits

        // "To decide" no longer holds them; "All returns" shows each as the policy's.
        QTRY_VERIFY(view.model()->rowCount() > 0);
        QVERIFY(view.model()->rowOf(first.returnId) < 0);
        view.selectSavedView(3);
        while (view.model()->rowOf(first.returnId) < 0 && view.model()->canFetchMore({}))
            view.model()->fetchMore({});
        const int row = view.model()->rowOf(first.returnId);
        QVERIFY(row >= 0);
        const QModelIndex status = view.model()->index(row, ReturnQueueModel::Status);
        QCOMPARE(status.data().toString(), QStringLiteral("Approved · by policy"));
        QCOMPARE(status.data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Decided by the return policy, without an agent.\n%1").arg(first.note));
        select(view, first.returnId);
        QTRY_VERIFY(view.detail()->shown().has_value() && view.detail()->shown()->returnId == first.returnId);
        const auto *summary = view.detail()->findChild<QLabel *>(QStringLiteral("returnSummary"));
        QVERIFY(summary);
        QVERIFY2(summary->text().contains(QLatin1String("Decided by the return policy, without an agent.")),
                 qPrintable(summary->text()));

        // Opened again: nothing to judge, nothing approved twice. (The next window opens on
        // "To decide" again.)
        AppSettings::ReturnCurrentView.reset();
        const qint64 versions = number(*db, QStringLiteral("SELECT sum(version) FROM returns"));
        ReturnsView again(ViewContext{*db, m_clock, &m_undo, &jobs, nullptr});
        QSignalSpy readyAgain(&again, &ReturnsView::verdictsReady);
        QTRY_COMPARE(readyAgain.count(), 1);
        QCOMPARE(finished.count(), 1); // no job started
        QCOMPARE(number(*db, QStringLiteral("SELECT sum(version) FROM returns")), versions);
    }

    // A replica of a team server approves nothing itself, even where its own verdict says
    // auto_approve: the server does, and the replica pulls it.
    void aReplicaWindowApprovesNothing()
    {
        auto [server, client] = startTeam(QStringLiteral("replica"));
        QString error;
        // Returns the replica holds as requested that the policy in force approves
        // automatically (as if the server had not judged them yet).
        const ReturnPolicy policy = ReturnPolicyInForce::read(*client);
        QVERIFY(QSqlQuery(client->connection()).exec(
            QStringLiteral("UPDATE returns SET status = 0, resolution = 0, resolution_amount_cents = 0, decided_by = '', "
                           "decision_note = ''")));
        const auto wouldApprove = ReturnAutoApproval(*client).judgedCandidates(policy, std::nullopt, &error);
        QVERIFY2(wouldApprove, qPrintable(error));
        QVERIFY2(!wouldApprove->isEmpty(), "some of them are the policy's to approve");
        const qint64 requested = number(*client, QStringLiteral("SELECT count(*) FROM returns WHERE status = 0"));

        StoreJobRunner jobs(client->path());
        ReturnsView view(ViewContext{*client, m_clock, &m_undo, &jobs, nullptr});
        QSignalSpy ready(&view, &ReturnsView::verdictsReady);
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 30000);
        QCOMPARE(number(*client, QStringLiteral("SELECT count(*) FROM return_verdicts v JOIN returns r ON r.id = v.return_id "
                                                "WHERE r.status = 0 AND v.auto_approve = 1 AND v.policy_digest = '%1'")
                                     .arg(policy.digest())),
                 static_cast<qint64>(wouldApprove->size()));
        QCOMPARE(number(*client, QStringLiteral("SELECT count(*) FROM returns WHERE status = 0")), requested);
        QCOMPARE(number(*client, QStringLiteral("SELECT count(*) FROM outbox")), 0);
        const qint64 id = wouldApprove->first().returnId;
        while (view.model()->rowOf(id) < 0 && view.model()->canFetchMore({}))
            view.model()->fetchMore({});
        const int row = view.model()->rowOf(id);
        QVERIFY(row >= 0);
        QCOMPARE(view.model()->index(row, ReturnQueueModel::Status).data().toString(), QStringLiteral("Requested"));
        QCOMPARE(view.model()->index(row, ReturnQueueModel::Verdict).data().toString(), QStringLiteral("Eligible · auto"));
    }

    void boundToATeamServerDecisionsWaitInTheOutbox()
    {
        auto [server, client] = startTeam(QStringLiteral("client"));

        ReturnsView view(contextOf(*client));
        view.decisions()->setUser(QStringLiteral("maria"), Role::Agent);
        view.resize(1400, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const qint64 id = number(*client, QStringLiteral("SELECT min(id) FROM returns"));
        QVERIFY(id > 0);
        QVERIFY(QSqlQuery(client->connection()).exec(QStringLiteral("UPDATE returns SET status = 0 WHERE id = %1").arg(id)));
        view.selectSavedView(3); // all returns
        QTRY_VERIFY(view.model()->rowCount() > 0);
        while (view.model()->rowOf(id) < 0 && view.model()->canFetchMore({}))
            view.model()->fetchMore({});
        select(view, id);
        view.decisions()->decide(ReturnDecision::Kind::Approve, [](const ReturnQueueRow &) { return QByteArray("{}"); });
        QCOMPARE(number(*client, QStringLiteral("SELECT count(*) FROM outbox WHERE state = 0 AND op = 'approve' AND entity_id = %1").arg(id)), 1);
        QCOMPARE(number(*client, QStringLiteral("SELECT status FROM returns WHERE id = %1").arg(id)), 1);

        // An agent's refund needs a manager: the form says so and cannot be sent.
        QVERIFY(QSqlQuery(client->connection()).exec(QStringLiteral("UPDATE returns SET status = 5 WHERE id = %1").arg(id)));
        view.refreshReturns({id});
        view.selectSavedView(3);
        select(view, id);
        QTest::keyClick(view.table(), Qt::Key_F);
        ReturnDecisionDialog *dialog = view.decisions()->currentDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->problemLabel()->text().startsWith(QLatin1String("This needs a manager")));
        QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        dialog->reject();
    }
};

QTEST_MAIN(TestReturnsView)
#include "tst_returnsview.moc"
