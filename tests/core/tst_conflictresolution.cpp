// SPDX-License-Identifier: MIT
// Resolving sync conflicts in a client store (SyncStore): discard, apply again on the
// server's version, their undos, and an edit the server's version made impossible. The
// "server" is a second store the client was copied from, edited with authority. The cases
// run in order on that one pair of stores; the one leaving an edit pending runs last.
#include "demo/demoseeder.h"
#include "edits/editapplier.h"
#include "edits/editcatalog.h"
#include "json/parser.h"
#include "store/database.h"
#include "sync/outbox.h"
#include "sync/representationwriter.h"
#include "sync/syncstore.h"

#include "support/testclock.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ct;

namespace {

QString text(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    return query.exec(sql) && query.next() ? query.value(0).toString() : QString();
}

qint64 number(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

} // namespace

class TestConflictResolution : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_server;
    std::unique_ptr<Database> m_client;
    qint64 m_now = 0;

    // Edits `id` on the "server" with authority (its version goes up), then queues
    // `op` on the client against the old version and records the server's answer, 412.
    OutboxEntry conflictOn(qint64 id, const char *serverOp, const QByteArray &serverParams, const char *clientOp,
                           const QByteArray &clientParams)
    {
        json::Parser parser;
        const auto params = parser.parse(serverParams.constData(), serverParams.size());
        const EditOutcome applied = EditApplier(*m_server).apply(
            EntityKind::Exception, id, *EditCatalog::find(EntityKind::Exception, QString::fromLatin1(serverOp)), *params,
            QStringLiteral("maria"), m_now, EditApplier::Mode::Authoritative);
        if (!applied.ok())
            qFatal("server edit: %s", qPrintable(applied.detail));
        OutboxEntry entry;
        const EditOutcome queued = Outbox(*m_client).enqueue(EntityKind::Exception, id,
                                                             *EditCatalog::find(EntityKind::Exception, QString::fromLatin1(clientOp)),
                                                             clientParams, QStringLiteral("omar"), m_now, &entry);
        if (!queued.ok())
            qFatal("client edit: %s", qPrintable(queued.detail));
        QString error;
        const QByteArray current = RepresentationWriter(*m_server).document(EntityKind::Exception, id, &error);
        json::Parser currentParser;
        const auto representation = currentParser.parse(current.constData(), current.size());
        if (!SyncStore(*m_client).recordConflict(entry, *representation, QStringLiteral("stale"), m_now, &error))
            qFatal("conflict: %s", qPrintable(error));
        return entry;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        const QString serverPath = m_dir.filePath(QStringLiteral("server.db"));
        m_server = Database::open(serverPath, &error);
        QVERIFY2(m_server, qPrintable(error));
        DemoOptions options;
        options.now = test::fixedNow();
        options.historyDays = 14; // many parcels still moving: many open exceptions
        DemoSeeder::Result seeded;
        QVERIFY2(DemoSeeder::seed(*m_server, options, 200, {}, &seeded, &error), qPrintable(error));
        QVERIFY(number(*m_server, QStringLiteral("SELECT count(*) FROM exceptions WHERE status = 0")) >= 3);
        QVERIFY(QSqlQuery(m_server->connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        const QString clientPath = m_dir.filePath(QStringLiteral("client.db"));
        QVERIFY(QFile::copy(serverPath, clientPath));
        m_client = Database::open(clientPath, &error);
        QVERIFY2(m_client, qPrintable(error));
        m_now = test::fixedNowMs();
    }

    void discardKeepsTheServersVersionAndUndoReopens()
    {
        const qint64 id = number(*m_server, QStringLiteral("SELECT id FROM exceptions WHERE status = 0 ORDER BY id LIMIT 1"));
        const OutboxEntry entry = conflictOn(id, "assign", R"({"assignee":"maria"})", "assign", R"({"assignee":"omar"})");
        SyncStore store(*m_client);
        QString error;
        const auto conflict = store.conflictFor(entry.id, &error);
        QVERIFY2(conflict, qPrintable(error));
        QVERIFY(conflict->local.contains("\"assignee\":\"omar\""));
        QVERIFY(conflict->server.contains("\"assignee\":\"maria\""));
        QCOMPARE(conflict->serverVersion, conflict->localVersion + 1);
        QVERIFY(!conflict->resolvedAtMs);
        auto waiting = Outbox(*m_client).waiting(&error);
        QCOMPARE(waiting->size(), 1);

        QVERIFY2(store.discardConflict(conflict->id, m_now, &error), qPrintable(error));
        QCOMPARE(store.conflictFor(entry.id, &error)->resolution, QStringLiteral("discarded"));
        QCOMPARE(Outbox(*m_client).waiting(&error)->size(), 0);
        QCOMPARE(store.openConflictCount(&error), 0);
        QCOMPARE(text(*m_client, QStringLiteral("SELECT assignee FROM exceptions WHERE id = %1").arg(id)), QStringLiteral("maria"));
        QVERIFY(!store.discardConflict(conflict->id, m_now, &error)); // already resolved
        QVERIFY(error.contains(QLatin1String("already resolved")));

        QVERIFY2(store.reopenConflict(conflict->id, &error), qPrintable(error));
        QVERIFY(!store.conflictFor(entry.id, &error)->resolvedAtMs);
        QCOMPARE(Outbox(*m_client).waiting(&error)->size(), 1);
        QVERIFY(store.discardConflict(conflict->id, m_now, &error)); // leave it resolved
    }

    void anEditTheServersVersionForbidsStaysAConflict()
    {
        const qint64 id = number(*m_server, QStringLiteral("SELECT id FROM exceptions WHERE status = 0 ORDER BY id LIMIT 1 OFFSET 1"));
        const OutboxEntry entry = conflictOn(id, "status", R"({"status":"resolved"})", "reattempt", R"({"date":"2099-01-31"})");
        SyncStore store(*m_client);
        QString error;
        const auto conflict = store.conflictFor(entry.id, &error);
        const qint64 outboxRows = number(*m_client, QStringLiteral("SELECT count(*) FROM outbox"));
        OutboxEntry queued;
        QByteArray before;
        const EditOutcome outcome = store.requeueConflict(conflict->id, QStringLiteral("omar"), m_now, &queued, &before);
        QCOMPARE(outcome.status, EditOutcome::Status::InvalidTransition);
        QVERIFY2(outcome.detail.contains(QLatin1String("resolved")), qPrintable(outcome.detail));
        QCOMPARE(number(*m_client, QStringLiteral("SELECT count(*) FROM outbox")), outboxRows);
        QVERIFY(!store.conflictFor(entry.id, &error)->resolvedAtMs);
        QVERIFY(store.discardConflict(conflict->id, m_now, &error));
    }

    void applyAgainQueuesOnTheCurrentVersionAndUndoWithdraws()
    {
        const qint64 id = number(*m_server, QStringLiteral("SELECT id FROM exceptions WHERE status = 0 ORDER BY id LIMIT 1 OFFSET 2"));
        const OutboxEntry entry = conflictOn(id, "note", R"({"text":"called the carrier"})", "assign", R"({"assignee":"omar"})");
        SyncStore store(*m_client);
        QString error;
        const auto conflict = store.conflictFor(entry.id, &error);
        QVERIFY(conflict);
        const QString historyBefore = text(*m_client, QStringLiteral("SELECT count(*) FROM exception_history WHERE exception_id = %1").arg(id));

        OutboxEntry queued;
        QByteArray before;
        const EditOutcome outcome = store.requeueConflict(conflict->id, QStringLiteral("omar"), m_now, &queued, &before);
        QVERIFY2(outcome.ok(), qPrintable(outcome.detail));
        QVERIFY(queued.id > entry.id);
        QVERIFY(queued.idempotencyKey != entry.idempotencyKey);
        QCOMPARE(queued.baseVersion, conflict->serverVersion);
        QCOMPARE(queued.op, QStringLiteral("assign"));
        QVERIFY(before.contains("\"assignee\""));
        QCOMPARE(text(*m_client, QStringLiteral("SELECT assignee FROM exceptions WHERE id = %1").arg(id)), QStringLiteral("omar"));
        QCOMPARE(store.conflictFor(entry.id, &error)->resolution, QStringLiteral("reapplied"));
        auto waiting = Outbox(*m_client).waiting(&error);
        QCOMPARE(waiting->size(), 1);
        QCOMPARE(waiting->first().id, queued.id);
        QCOMPARE(waiting->first().state, OutboxState::Pending);

        QVERIFY2(store.withdrawRequeued(conflict->id, queued, before, &error), qPrintable(error));
        QCOMPARE(number(*m_client, QStringLiteral("SELECT count(*) FROM outbox WHERE id = %1").arg(queued.id)), 0);
        QCOMPARE(text(*m_client, QStringLiteral("SELECT assignee FROM exceptions WHERE id = %1").arg(id)),
                 text(*m_server, QStringLiteral("SELECT assignee FROM exceptions WHERE id = %1").arg(id)));
        QCOMPARE(text(*m_client, QStringLiteral("SELECT count(*) FROM exception_history WHERE exception_id = %1").arg(id)), historyBefore);
        QVERIFY(!store.conflictFor(entry.id, &error)->resolvedAtMs);

        // Once the new entry has been tried, the server may have it: no taking it back.
        QVERIFY(store.requeueConflict(conflict->id, QStringLiteral("omar"), m_now, &queued, &before).ok());
        QVERIFY(store.recordAttempt(queued, QStringLiteral("HTTP 503"), m_now, &error));
        QVERIFY(!store.withdrawRequeued(conflict->id, queued, before, &error));
        QVERIFY2(error.contains(QLatin1String("already sent")), qPrintable(error));
        QCOMPARE(number(*m_client, QStringLiteral("SELECT count(*) FROM outbox WHERE id = %1 AND state = 0").arg(queued.id)), 1);
        QCOMPARE(store.conflictFor(entry.id, &error)->resolution, QStringLiteral("reapplied"));
    }

    void refusedEditsArePutAsideAndBack()
    {
        const qint64 id = number(*m_client, QStringLiteral("SELECT id FROM exceptions WHERE status = 0 ORDER BY id DESC LIMIT 1"));
        OutboxEntry entry;
        QVERIFY(Outbox(*m_client).enqueue(EntityKind::Exception, id, *EditCatalog::find(EntityKind::Exception, u"note"),
                                          R"({"text":"asked the depot"})", QStringLiteral("ana"), m_now, &entry).ok());
        QString error;
        QVERIFY(SyncStore(*m_client).failEdit(entry, QStringLiteral("HTTP 403: analysts may not edit"), nullptr, m_now, &error));
        const auto isWaiting = [&] {
            const auto waiting = Outbox(*m_client).waiting(&error);
            return std::any_of(waiting->begin(), waiting->end(), [&](const OutboxEntry &e) { return e.id == entry.id; });
        };
        QVERIFY(isWaiting());
        QVERIFY2(Outbox(*m_client).dismiss(entry.id, m_now, &error), qPrintable(error));
        QVERIFY(!isWaiting());
        QCOMPARE(Outbox(*m_client).entries(OutboxState::Dismissed, &error)->size(), 1);
        QCOMPARE(outboxStateFromCode(u"dismissed"), std::optional<OutboxState>(OutboxState::Dismissed));
        QVERIFY(!Outbox(*m_client).dismiss(entry.id, m_now, &error)); // not failed any more
        QVERIFY2(error.contains(QLatin1String("is not failed")), qPrintable(error));
        QVERIFY2(Outbox(*m_client).undismiss(entry.id, m_now, &error), qPrintable(error));
        QVERIFY(isWaiting());
        // Only refused edits can be put aside.
        QVERIFY(!Outbox(*m_client).dismiss(entry.id - 1, m_now, &error));
    }

    void bindingIsCheckedWithoutWriting()
    {
        QString error;
        SyncStore own(*m_client); // demo data of its own
        QVERIFY(!own.checkBinding(QStringLiteral("http://127.0.0.1:1"), QStringLiteral("srv-a"), &error));
        QVERIFY2(error.contains(QLatin1String("of its own")), qPrintable(error));
        QVERIFY(own.serverId().isEmpty());

        auto empty = Database::open(m_dir.filePath(QStringLiteral("empty.db")), &error);
        SyncStore fresh(*empty);
        QVERIFY(fresh.checkBinding(QStringLiteral("http://127.0.0.1:1"), QStringLiteral("srv-a"), &error));
        QVERIFY(fresh.serverId().isEmpty()); // nothing written
        QVERIFY(fresh.bindToServer(QStringLiteral("http://127.0.0.1:1"), QStringLiteral("srv-a"), &error));
        QVERIFY(fresh.checkBinding(QStringLiteral("http://127.0.0.1:2"), QStringLiteral("srv-a"), &error));
        QVERIFY(!fresh.checkBinding(QStringLiteral("http://127.0.0.1:1"), QStringLiteral("srv-b"), &error));
        QVERIFY2(error.contains(QLatin1String("another server")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestConflictResolution)
#include "tst_conflictresolution.moc"
