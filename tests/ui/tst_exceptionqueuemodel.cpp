// SPDX-License-Identifier: MIT
// The exception queue's model over a real store (tests/ui/exceptionqueuestore.h): lazy
// keyset pages, sorting in SQL, display roles and countdown colours at hand-set instants,
// the refresh after an edit made through the EditApplier or the Outbox (rows removed,
// moved, changed, placed with exact signals; never a reset), each row's edit state from
// the outbox, the saved views' JSON.
#include "edits/editapplier.h"
#include "exceptionqueuestore.h"
#include "exceptions/exceptionqueuemodel.h"
#include "exceptions/savedqueueviews.h"
#include "json/parser.h"
#include "shell/clock.h"
#include "support/testclock.h"
#include "sync/editstatequery.h"
#include "sync/outbox.h"
#include "widgets/countdowndelegate.h"
#include "widgets/slacountdown.h"
#include "widgets/statuspalette.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ct;
using Col = ExceptionQueueModel::Column;

namespace {

constexpr int Count = 250;

EditOutcome applyEdit(const Database &db, qint64 id, const char *op, const QByteArray &params, qint64 nowMs)
{
    json::Parser parser;
    const auto value = parser.parse(params.constData(), params.size());
    return EditApplier(db).apply(EntityKind::Exception, id, *EditCatalog::find(EntityKind::Exception, QString::fromLatin1(op)),
                                 *value, QStringLiteral("maria"), nowMs, EditApplier::Mode::Authoritative);
}

EditOutcome enqueue(const Database &db, qint64 id, const char *op, const QByteArray &params, OutboxEntry *entry = nullptr)
{
    return Outbox(db).enqueue(EntityKind::Exception, id, *EditCatalog::find(EntityKind::Exception, QString::fromLatin1(op)),
                              params, QStringLiteral("maria"), test::fixedNowMs(), entry);
}

QList<qint64> ids(const ExceptionQueueModel &model, int first, int count)
{
    QList<qint64> out;
    for (int row = first; row < first + count && row < model.rowCount(); ++row)
        out << model.row(row).exceptionId;
    return out;
}

ExceptionQueueFilter unassignedOnly()
{
    ExceptionQueueFilter filter;
    filter.unassigned = true;
    return filter;
}

ExceptionQueueSort bySla()
{
    return {QueueSortColumn::SlaDue, false};
}

void execSql(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    QVERIFY2(q.exec(sql), qPrintable(sql));
}

} // namespace

class TestExceptionQueueModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_stores = 0;
    std::unique_ptr<Database> m_db; // read only: the tests that edit make their own

    std::unique_ptr<Database> freshStore()
    {
        QString error;
        auto db = Database::open(m_dir.filePath(QStringLiteral("queue-%1.db").arg(++m_stores)), &error);
        if (!db || !test::buildQueueStore(*db, Count, &error)) {
            qWarning("store: %s", qPrintable(error));
            return nullptr;
        }
        return db;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = freshStore();
        QVERIFY(m_db);
    }

    void cleanupTestCase() { m_db.reset(); }

    // The tester fetches everything the model offers, so it gets a model (and a store) of
    // its own. It is attached once the first page is read: during a reset it would fetch
    // the next page from inside its own modelReset handler, which no view does.
    void modelIsWellFormed()
    {
        auto db = freshStore();
        QVERIFY(db);
        const Clock clock(test::fixedNow());
        ExceptionQueueModel model(*db, clock);
        model.setQuery({}, {QueueSortColumn::Assignee, false});
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), Count);
        // Rows leave, move, change and arrive under the tester.
        QVERIFY(applyEdit(*db, 1, "assign", R"({"assignee": "maria"})", test::fixedNowMs()).ok());
        QVERIFY(enqueue(*db, 2, "note", R"({"text": "called"})").ok());
        QVERIFY(applyEdit(*db, 3, "status", R"({"status": "resolved", "reason": "delivered"})", test::fixedNowMs()).ok());
        QString error;
        QVERIFY2(test::insertException(*db, 251, 7, 3, &error), qPrintable(error));
        model.refresh({1, 2, 3, 251});
        QCOMPARE(model.rowCount(), Count);
        QCOMPARE(model.rowOf(3), -1);
        execSql(*db, QStringLiteral("UPDATE exceptions SET assignee = 'zoe' WHERE id IN (4, 5, 6)"));
        model.reload();
        QCOMPARE(model.row(Count - 1).exceptionId, 6); // zoe's, by id
    }

    void startsEmptyUntilAQueryIsSet()
    {
        const Clock clock(test::fixedNow());
        ExceptionQueueModel model(*m_db, clock);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        // The default filter and sort are a query like any other once asked for.
        model.setQuery({}, {});
        QCOMPARE(model.rowCount(), ExceptionQueueModel::PageSize);
    }

    void pagesArriveAsTheViewScrolls()
    {
        const Clock clock(test::fixedNow());
        ExceptionQueueModel model(*m_db, clock);
        model.setQuery({}, bySla());
        QCOMPARE(model.rowCount(), 100);
        QVERIFY(model.canFetchMore({}));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.fetchMore({});
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 100);
        QCOMPARE(inserted.first().at(2).toInt(), 199);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), Count);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(reset.count(), 0);
        // The next deadline first: exception i is due N + (i - 100) h.
        QCOMPARE(ids(model, 0, 3), (QList<qint64>{1, 2, 3}));
        QCOMPARE(ids(model, 247, 3), (QList<qint64>{248, 249, 250}));
    }

    void sortingGoesToSql_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QList<qint64>>("first");
        // Scores are i % 100: 99 for 99 and 199, ties by id in the sort's direction.
        QTest::newRow("priority, highest first") << int(Col::Priority) << int(Qt::DescendingOrder) << QList<qint64>{199, 99, 198, 98};
        QTest::newRow("priority, lowest first") << int(Col::Priority) << int(Qt::AscendingOrder) << QList<qint64>{100, 200, 1, 101};
        // "Customer 1" < "Customer 10" < "Customer 100" as text.
        QTest::newRow("customer") << int(Col::Customer) << int(Qt::AscendingOrder) << QList<qint64>{1, 10, 100, 101};
        QTest::newRow("tracking number, descending") << int(Col::TrackingNumber) << int(Qt::DescendingOrder) << QList<qint64>{250, 249, 248};
        // Age: opened N - i h, so the youngest is 1; the oldest first is descending age.
        QTest::newRow("age, youngest first") << int(Col::Age) << int(Qt::AscendingOrder) << QList<qint64>{1, 2, 3};
        QTest::newRow("age, oldest first") << int(Col::Age) << int(Qt::DescendingOrder) << QList<qint64>{250, 249, 248};
        QTest::newRow("order value, highest first") << int(Col::OrderValue) << int(Qt::DescendingOrder) << QList<qint64>{250, 249};
        // Unassigned first, then "maria" (2, 5, ...), then "omar".
        QTest::newRow("assignee") << int(Col::Assignee) << int(Qt::AscendingOrder) << QList<qint64>{1, 4, 7};
        QTest::newRow("resolution due") << int(Col::ResolveSla) << int(Qt::AscendingOrder) << QList<qint64>{1, 2};
        // Delayed (1) before failed attempts (0) when descending by the type's code order.
        QTest::newRow("destination") << int(Col::Destination) << int(Qt::AscendingOrder) << QList<qint64>{2, 4, 6};
    }

    void sortingGoesToSql()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QList<qint64>, first);
        const Clock clock(test::fixedNow());
        ExceptionQueueModel model(*m_db, clock);
        model.setQuery({}, bySla());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.sort(column, static_cast<Qt::SortOrder>(order));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(ids(model, 0, static_cast<int>(first.size())), first);
        QCOMPARE(ExceptionQueueModel::sortSection(model.querySort()), std::make_pair(column, static_cast<Qt::SortOrder>(order)));
        // The same sort again changes nothing.
        model.sort(column, static_cast<Qt::SortOrder>(order));
        QCOMPARE(reset.count(), 1);
    }

    void filtersReset()
    {
        const Clock clock(test::fixedNow());
        ExceptionQueueModel model(*m_db, clock);
        model.setQuery({}, bySla());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const ExceptionQueueFilter unassigned = unassignedOnly();
        model.setQuery(unassigned, bySla());
        QCOMPARE(reset.count(), 1);
        QCOMPARE(ids(model, 0, 4), (QList<qint64>{1, 4, 7, 10}));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 84); // 1, 4, ..., 250
        // "Mine" follows the signed-in user; without one it is an error, not an empty queue.
        ExceptionQueueFilter mine;
        mine.assignedToMe = true;
        model.setQuery(mine, bySla());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.lastError().isEmpty());
        model.setCurrentUser(QStringLiteral("omar"));
        QVERIFY(model.lastError().isEmpty());
        QCOMPARE(ids(model, 0, 3), (QList<qint64>{3, 6, 9}));
    }

    void displayRoles()
    {
        const Clock clock(test::fixedNow());
        ExceptionQueueModel model(*m_db, clock);
        model.setQuery({}, bySla());
        const auto cell = [&](int row, int column, int role = Qt::DisplayRole) { return model.index(row, column).data(role); };
        // Row 0 is exception 1: score 1 (P4), first action due N - 99 h, resolution N + 25 h.
        QCOMPARE(cell(0, Col::Priority).toString(), QStringLiteral("P4 · 1"));
        QCOMPARE(cell(0, Col::FirstActionSla).toString(), QStringLiteral("−4d 3h"));
        QCOMPARE(cell(0, Col::ResolveSla).toString(), QStringLiteral("1d 1h"));
        QCOMPARE(cell(0, Col::FirstActionSla, Qt::ForegroundRole).value<QColor>(), StatusPalette::errorText());
        QVERIFY(!cell(0, Col::ResolveSla, Qt::ForegroundRole).isValid());
        QCOMPARE(cell(0, Col::FirstActionSla, CountdownDelegate::DueRole).toLongLong(), test::atHours(-99));
        QCOMPARE(cell(0, Col::Type).toString(), QStringLiteral("Delayed — Carrier"));
        QCOMPARE(cell(4, Col::Type).toString(), QStringLiteral("Failed attempt · Customer unavailable — Customer"));
        QCOMPARE(cell(0, Col::Carrier).toString(), QStringLiteral("UPS"));
        QCOMPARE(cell(0, Col::Carrier, Qt::ToolTipRole).toString(), QStringLiteral("UPS Ground"));
        QCOMPARE(cell(0, Col::TrackingNumber).toString(), QStringLiteral("TRK0001"));
        QCOMPARE(cell(1, Col::Destination).toString(), QStringLiteral("Pune, IN"));
        QVERIFY(cell(0, Col::OrderValue).toString().endsWith(QLatin1String(" USD")));
        QCOMPARE(cell(0, Col::Payment).toString(), QStringLiteral("Prepaid"));
        QCOMPARE(cell(3, Col::Payment).toString(), QStringLiteral("COD"));
        QCOMPARE(cell(2, Col::Age).toString(), QStringLiteral("3h 00m"));
        QCOMPARE(cell(0, Col::Assignee).toString(), QStringLiteral("Unassigned"));
        QCOMPARE(cell(2, Col::Assignee).toString(), QStringLiteral("omar"));
        QCOMPARE(cell(0, Col::Status).toString(), QStringLiteral("Open"));
        QCOMPARE(cell(0, 0, ExceptionQueueModel::ExceptionIdRole).toLongLong(), 1);
        QCOMPARE(cell(0, 0, ExceptionQueueModel::ShipmentIdRole).toLongLong(), 1);
        QCOMPARE(cell(0, Col::Attempts, Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
        QCOMPARE(model.headerData(Col::FirstActionSla, Qt::Horizontal).toString(), QStringLiteral("First action"));
    }

    void countdownColoursAtHandSetInstants_data()
    {
        QTest::addColumn<int>("exception");
        QTest::addColumn<double>("advanceHours");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("urgency");
        // Exception i's first action is due N + (i - 100) h; "near" is within 4 h.
        QTest::newRow("105 at N: 5 h left") << 105 << 0.0 << QStringLiteral("5h 00m") << int(SlaCountdown::Urgency::OnTrack);
        QTest::newRow("105 at N+1h: 4 h left, near") << 105 << 1.0 << QStringLiteral("4h 00m") << int(SlaCountdown::Urgency::Near);
        QTest::newRow("101 at N: 1 h left") << 101 << 0.0 << QStringLiteral("1h 00m") << int(SlaCountdown::Urgency::Near);
        QTest::newRow("101 at N+59m") << 101 << 59.0 / 60 << QStringLiteral("1m") << int(SlaCountdown::Urgency::Near);
        QTest::newRow("101 at N+1h: due now, breached") << 101 << 1.0 << QStringLiteral("−0m") << int(SlaCountdown::Urgency::Breached);
        QTest::newRow("101 at N+2h30m") << 101 << 2.5 << QStringLiteral("−1h 30m") << int(SlaCountdown::Urgency::Breached);
        QTest::newRow("100 at N+26h") << 100 << 26.0 << QStringLiteral("−1d 2h") << int(SlaCountdown::Urgency::Breached);
    }

    void countdownColoursAtHandSetInstants()
    {
        QFETCH(int, exception);
        QFETCH(double, advanceHours);
        QFETCH(QString, text);
        QFETCH(int, urgency);
        Clock clock(test::fixedNow());
        ExceptionQueueModel model(*m_db, clock);
        model.setQuery({}, bySla());
        model.fetchMore({});
        const int row = model.rowOf(exception);
        QVERIFY(row >= 0);
        const QModelIndex index = model.index(row, Col::FirstActionSla);
        CountdownDelegate delegate(clock);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        clock.advance(static_cast<qint64>(advanceHours * test::HourMs));
        // The delegate reads the clock; the model did not change.
        QCOMPARE(delegate.countdownText(index), text);
        QCOMPARE(int(delegate.urgency(index)), urgency);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(reset.count(), 0);
        const QColor expected = SlaCountdown::color(static_cast<SlaCountdown::Urgency>(urgency));
        QCOMPARE(index.data(Qt::ForegroundRole).value<QColor>(), expected);
        QCOMPARE(index.data(Qt::DisplayRole).toString(), text);
    }

    void editStatesFromTheOutbox()
    {
        auto db = freshStore();
        QVERIFY(db);
        OutboxEntry pending, refused, conflict, settled;
        QVERIFY(enqueue(*db, 1, "note", R"({"text": "called"})", &pending).ok());
        QVERIFY(enqueue(*db, 2, "note", R"({"text": "called"})", &refused).ok());
        QVERIFY(enqueue(*db, 3, "note", R"({"text": "called"})", &conflict).ok());
        QVERIFY(enqueue(*db, 4, "note", R"({"text": "called"})", &settled).ok());
        QVERIFY(enqueue(*db, 5, "note", R"({"text": "first"})").ok());
        execSql(*db, QStringLiteral("UPDATE outbox SET state = 2, last_error = 'assignee \"zed\" is not on the team' WHERE id = %1").arg(refused.id));
        execSql(*db, QStringLiteral("UPDATE outbox SET state = 3 WHERE id IN (%1, %2)").arg(conflict.id).arg(settled.id));
        for (const OutboxEntry &e : {conflict, settled})
            execSql(*db, QStringLiteral("INSERT INTO sync_conflicts(outbox_id, entity, entity_id, local_version, server_version, "
                                        "local, server, detected_at_ms, resolved_at_ms) VALUES(%1, 'exception', %2, 1, 2, '{}', '{}', 0, %3)")
                             .arg(e.id).arg(e.entityId).arg(e.id == settled.id ? QStringLiteral("5") : QStringLiteral("NULL")));
        // Exception 5's later edit went through: its latest entry is what counts.
        OutboxEntry later;
        QVERIFY(enqueue(*db, 5, "note", R"({"text": "second"})", &later).ok());
        execSql(*db, QStringLiteral("UPDATE outbox SET state = 1 WHERE id = %1").arg(later.id));

        QString error;
        const auto states = EditStateQuery(*db).latest(EntityKind::Exception, {1, 2, 3, 4, 5, 6}, &error);
        QVERIFY2(states, qPrintable(error));
        QCOMPARE(states->size(), 3);
        QCOMPARE(states->value(1).kind, EditState::Kind::Pending);
        QCOMPARE(states->value(1).op, QStringLiteral("note"));
        QCOMPARE(states->value(2).kind, EditState::Kind::Refused);
        QCOMPARE(states->value(2).detail, QStringLiteral("assignee \"zed\" is not on the team"));
        QCOMPARE(states->value(3).kind, EditState::Kind::Conflict);
        QVERIFY(!states->contains(4)); // its conflict was resolved
        QVERIFY(!states->contains(5));

        const Clock clock(test::fixedNow());
        ExceptionQueueModel model(*db, clock);
        model.setQuery({}, bySla());
        const auto status = [&](int row, int role) { return model.index(row, Col::Status).data(role); };
        QCOMPARE(status(0, Qt::DisplayRole).toString(), QStringLiteral("Open · edit waiting"));
        QCOMPARE(status(0, ExceptionQueueModel::EditStateRole).toInt(), int(EditState::Kind::Pending));
        QCOMPARE(status(1, Qt::DisplayRole).toString(), QStringLiteral("Open · edit refused"));
        QVERIFY(status(1, Qt::ToolTipRole).toString().contains(QLatin1String("is not on the team")));
        QCOMPARE(status(1, Qt::ForegroundRole).value<QColor>(), StatusPalette::errorText());
        QCOMPARE(status(2, Qt::DisplayRole).toString(), QStringLiteral("Open · conflict"));
        QVERIFY(status(2, Qt::ToolTipRole).toString().contains(QLatin1String("outbox")));
        QCOMPARE(status(3, Qt::DisplayRole).toString(), QStringLiteral("Open"));
        QVERIFY(!status(1, Qt::DecorationRole).isNull());

        // The push goes through: a refresh of the row clears its mark.
        execSql(*db, QStringLiteral("UPDATE outbox SET state = 1 WHERE id = %1").arg(pending.id));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.refresh({1});
        QCOMPARE(status(0, Qt::DisplayRole).toString(), QStringLiteral("Open"));
        QVERIFY(!changed.isEmpty());
    }

    void refreshAfterAnEdit_removesARowThatLeaves()
    {
        auto db = freshStore();
        QVERIFY(db);
        const Clock clock(test::fixedNow());
        ExceptionQueueModel model(*db, clock);
        const ExceptionQueueFilter unassigned = unassignedOnly();
        model.setQuery(unassigned, bySla());
        QCOMPARE(ids(model, 0, 3), (QList<qint64>{1, 4, 7}));
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        // Through the outbox, as an agent's edit: applied locally at once.
        QVERIFY(enqueue(*db, 4, "assign", R"({"assignee": "omar"})").ok());
        model.refresh({4});
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 1);
        QCOMPARE(removed.first().at(2).toInt(), 1);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(ids(model, 0, 3), (QList<qint64>{1, 7, 10}));
        // A refresh of a row that is not there and does not belong changes nothing.
        model.refresh({4, 3});
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count(), 0);
    }

    void refreshAfterAnEdit_movesARowWhoseKeyChanged()
    {
        auto db = freshStore();
        QVERIFY(db);
        const Clock clock(test::fixedNow());
        ExceptionQueueModel model(*db, clock);
        model.setQuery({}, {QueueSortColumn::Assignee, false});
        // 84 unassigned (1, 4, ..., 250), then maria's 2, 5, ...: the first page ends at 47.
        QCOMPARE(model.row(83).exceptionId, 250);
        QCOMPARE(model.row(84).exceptionId, 2);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QVERIFY(applyEdit(*db, 1, "assign", R"({"assignee": "maria"})", test::fixedNowMs()).ok());
        model.refresh({1});
        QCOMPARE(moved.count(), 1);
        QCOMPARE(moved.first().at(1).toInt(), 0);                       // from row 0
        QCOMPARE(moved.first().at(4).toInt(), 84);                      // before the old row 84 (maria's 2)
        QCOMPARE(removed.count(), 0);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(model.row(82).exceptionId, 250);
        QCOMPARE(model.row(83).exceptionId, 1);
        QCOMPARE(model.row(84).exceptionId, 2);
        QCOMPARE(model.index(83, Col::Assignee).data().toString(), QStringLiteral("maria"));
        // Moved past the last loaded row: it leaves, and comes back with its page.
        QVERIFY(applyEdit(*db, 4, "assign", R"({"assignee": "zoe"})", test::fixedNowMs()).ok());
        model.refresh({4});
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowOf(4), -1);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), Count);
        QCOMPARE(model.row(Count - 1).exceptionId, 4); // "zoe" after "omar"
    }

    void refreshAfterAnEdit_placesANewRow()
    {
        auto db = freshStore();
        QVERIFY(db);
        const Clock clock(test::fixedNow());
        ExceptionQueueModel model(*db, clock);
        model.setQuery({}, bySla());
        QString error;
        // Due before exception 1 (N - 99 h): the head of the queue.
        QVERIFY2(test::insertException(*db, 251, 7, -99.5, &error), qPrintable(error));
        // Due after everything: past the loaded page.
        QVERIFY2(test::insertException(*db, 252, 8, 500, &error), qPrintable(error));
        // Due between 150 and 151, within the second page.
        QVERIFY2(test::insertException(*db, 253, 9, 50.5, &error), qPrintable(error));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.refresh({251, 252, 253});
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(model.row(0).exceptionId, 251);
        QCOMPARE(model.rowCount(), 101);
        // Every row once, in order, as the pages follow.
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), Count + 3);
        QCOMPARE(model.row(151).exceptionId, 253);
        QCOMPARE(model.row(Count + 2).exceptionId, 252);
        QList<qint64> all = ids(model, 0, model.rowCount());
        std::sort(all.begin(), all.end());
        QCOMPARE(std::unique(all.begin(), all.end()), all.end());
    }

    void snoozeHidesAndBringsBack()
    {
        auto db = freshStore();
        QVERIFY(db);
        Clock clock(test::fixedNow());
        ExceptionQueueModel model(*db, clock);
        model.setQuery({}, bySla());
        QVERIFY(applyEdit(*db, 1, "snooze", QByteArrayLiteral(R"({"until": "2026-06-17T15:00:00Z"})"), test::fixedNowMs()).ok());
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.refresh({1});
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowOf(1), -1);
        // Past the snooze's end it is back at its place, marked.
        clock.advance(2 * test::HourMs);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.refresh({1});
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.row(0).exceptionId, 1);
        QCOMPARE(model.index(0, Col::Status).data().toString(), QStringLiteral("Open · back from snooze"));
        QVERIFY(model.index(0, Col::Status).data(Qt::FontRole).value<QFont>().bold());
    }

    void reloadDiffsWithoutAReset()
    {
        auto db = freshStore();
        QVERIFY(db);
        const Clock clock(test::fixedNow());
        ExceptionQueueModel model(*db, clock);
        const ExceptionQueueFilter unassigned = unassignedOnly();
        model.setQuery(unassigned, bySla());
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 84);
        // Someone else (a sync round) assigned 4 and 10 and a new unassigned one arrived.
        execSql(*db, QStringLiteral("UPDATE exceptions SET assignee = 'omar' WHERE id IN (4, 10)"));
        QString error;
        QVERIFY2(test::insertException(*db, 253, 9, -98.5, &error), qPrintable(error)); // 253 % 3 == 1: nobody
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.reload();
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 2);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(ids(model, 0, 4), (QList<qint64>{1, 253, 7, 13}));
        QCOMPARE(model.rowCount(), 83);
    }

    void savedViewsReadBackAndKeepWhatTheyCannotRead()
    {
        ExceptionQueueFilter cod;
        cod.paymentModes = {PaymentMode::CashOnDelivery};
        cod.carriers = {QStringLiteral("delhivery")};
        const QList<SavedQueueView> views{SavedQueueView::make(QStringLiteral("COD, Delhivery"), cod, {QueueSortColumn::OrderValue, true})};
        const QByteArray text = SavedQueueViews::toJson(views);
        const QList<SavedQueueView> back = SavedQueueViews::fromJson(text);
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.first().name, QStringLiteral("COD, Delhivery"));
        QVERIFY(back.first().filter);
        QCOMPARE(*back.first().filter, cod);
        QCOMPARE(back.first().sort, (ExceptionQueueSort{QueueSortColumn::OrderValue, true}));
        QVERIFY(back.first().problems.isEmpty());

        // A type a later version may know: the view stays, says why, and is written back as it was.
        const QByteArray odd = R"([{"name": "Odd", "filter": {"types": ["flying"]}, "sort": {"column": "priority", "descending": true}}])";
        const QList<SavedQueueView> kept = SavedQueueViews::fromJson(odd);
        QCOMPARE(kept.size(), 1);
        QVERIFY(!kept.first().filter);
        QCOMPARE(kept.first().problems, QStringList{QStringLiteral("types[0]: \"flying\" is not an exception type")});
        QVERIFY(SavedQueueViews::toJson(kept).contains("flying"));
        // Settings that are not a list at all show as one unreadable view.
        const QList<SavedQueueView> broken = SavedQueueViews::fromJson("{not json");
        QCOMPARE(broken.size(), 1);
        QVERIFY(!broken.first().filter);
        // The defaults: "My queue" then "Unassigned" signed in; "All open" in its place standalone.
        QCOMPARE(SavedQueueViews::defaults(true).at(0).name, QStringLiteral("My queue"));
        QVERIFY(SavedQueueViews::defaults(true).at(0).filter->assignedToMe);
        QCOMPARE(SavedQueueViews::defaults(true).at(1).name, QStringLiteral("Unassigned"));
        QCOMPARE(SavedQueueViews::defaults(false).at(0).name, QStringLiteral("All open"));
        QCOMPARE(SavedQueueViews::defaults(false).at(1).name, QStringLiteral("Unassigned"));
    }
};

QTEST_MAIN(TestExceptionQueueModel)
#include "tst_exceptionqueuemodel.moc"
