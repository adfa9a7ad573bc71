// SPDX-License-Identifier: MIT
// An agent's edits as the desktop makes them (LocalEdits): applied with authority and
// never queued in a standalone store, queued in a replica's outbox; taken back (the
// outbox entry deleted, the edit's fields and history line put back) until the sync
// engine has sent them, and not when their fields changed again since; made again.
// Two stores from one demo seed: one standalone, one marked as a team server's replica.
#include "edits/editcatalog.h"
#include "store/database.h"
#include "sync/localedits.h"
#include "sync/syncstore.h"

#include "support/demostore.h"
#include "support/testclock.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ct;

namespace {

QVariant value(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

qint64 number(const Database &db, const QString &sql)
{
    const QVariant v = value(db, sql);
    return v.isValid() ? v.toLongLong() : -1;
}

bool exec(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    return query.exec(sql);
}

const EditOp &op(const char *name)
{
    return *EditCatalog::find(EntityKind::Exception, QString::fromLatin1(name));
}

// Everything of one exception a test compares: the row and its history.
QString stateOf(const Database &db, qint64 id)
{
    QSqlQuery query(db.connection());
    query.exec(QStringLiteral("SELECT status, resolution, resolved_at_ms, assignee, first_action_at_ms, reason, party, "
                              "snoozed_until_ms, resolution_reason, resolution_note, fake_attempt_at_ms FROM exceptions "
                              "WHERE id = %1").arg(id));
    QStringList parts;
    if (query.next()) {
        for (int i = 0; i < 11; ++i)
            parts << query.value(i).toString();
    }
    QSqlQuery history(db.connection());
    history.exec(QStringLiteral("SELECT id, action, detail FROM exception_history WHERE exception_id = %1 ORDER BY id").arg(id));
    while (history.next())
        parts << history.value(0).toString() + QLatin1Char(':') + history.value(1).toString();
    return parts.join(QLatin1Char('|'));
}

} // namespace

class TestLocalEdits : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_standalone;
    std::unique_ptr<Database> m_replica;
    qint64 m_now = 0;
    QHash<const Database *, int> m_used;

    // A different open exception of `db` each call.
    qint64 openException(const Database &db)
    {
        const qint64 id = number(db, QStringLiteral("SELECT id FROM exceptions WHERE status = 0 ORDER BY id LIMIT 1 OFFSET %1")
                                         .arg(m_used[&db]++));
        if (id <= 0)
            qFatal("the demo store has too few open exceptions");
        return id;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        const QString path = m_dir.filePath(QStringLiteral("standalone.db"));
        m_standalone = Database::open(path, &error);
        QVERIFY2(m_standalone, qPrintable(error));
        QVERIFY2(test::seedDemoStore(*m_standalone, 400, &error), qPrintable(error));
        QVERIFY(number(*m_standalone, QStringLiteral("SELECT count(*) FROM exceptions WHERE status = 0")) >= 8);
        QVERIFY(exec(*m_standalone, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        QVERIFY(QFile::copy(path, m_dir.filePath(QStringLiteral("replica.db"))));
        m_replica = Database::open(m_dir.filePath(QStringLiteral("replica.db")), &error);
        QVERIFY2(m_replica, qPrintable(error));
        // What a first sync writes: the store is now a copy of that server's.
        QVERIFY(exec(*m_replica, QStringLiteral("INSERT INTO meta(key, value) VALUES('sync.server_id', 'srv-test'), "
                                                "('sync.server_url', 'http://127.0.0.1:1')")));
        m_now = test::fixedNowMs();
    }

    void standaloneEditsApplyAtOnceAndQueueNothing()
    {
        LocalEdits edits(*m_standalone);
        QVERIFY(edits.isStandalone());
        const qint64 id = openException(*m_standalone);
        const QString before = stateOf(*m_standalone, id);
        const qint64 version = number(*m_standalone, QStringLiteral("SELECT version FROM exceptions WHERE id = %1").arg(id));
        LocalEdit made;
        const EditOutcome outcome = edits.make(EntityKind::Exception, id, op("claim"), "{}", QStringLiteral("maria"), m_now, &made);
        QVERIFY2(outcome.ok(), qPrintable(outcome.detail));
        QVERIFY(!made.queued);
        QCOMPARE(number(*m_standalone, QStringLiteral("SELECT count(*) FROM outbox")), 0);
        QCOMPARE(value(*m_standalone, QStringLiteral("SELECT assignee FROM exceptions WHERE id = %1").arg(id)).toString(),
                 QStringLiteral("maria"));
        // With authority, as the server would: the version moves, the history line is a real one.
        QCOMPARE(number(*m_standalone, QStringLiteral("SELECT version FROM exceptions WHERE id = %1").arg(id)), version + 1);
        QVERIFY(number(*m_standalone, QStringLiteral("SELECT min(id) FROM exception_history WHERE exception_id = %1 "
                                                     "AND action = 'claim'").arg(id)) > 0);

        QString error;
        QVERIFY2(edits.withdraw({made}, &error), qPrintable(error));
        QCOMPARE(stateOf(*m_standalone, id), before);
        QList<LocalEdit> again{made};
        QVERIFY(edits.remake(again, m_now + 1000).ok());
        QCOMPARE(value(*m_standalone, QStringLiteral("SELECT assignee FROM exceptions WHERE id = %1").arg(id)).toString(),
                 QStringLiteral("maria"));
        QCOMPARE(number(*m_standalone, QStringLiteral("SELECT count(*) FROM outbox")), 0);
    }

    void replicaEditsWaitInTheOutboxAndAreTakenBack()
    {
        LocalEdits edits(*m_replica);
        QVERIFY(!edits.isStandalone());
        const qint64 id = openException(*m_replica);
        const QString before = stateOf(*m_replica, id);
        LocalEdit made;
        const EditOutcome outcome = edits.make(EntityKind::Exception, id, op("reattempt"), R"({"date":"2026-06-18"})",
                                               QStringLiteral("omar"), m_now, &made);
        QVERIFY2(outcome.ok(), qPrintable(outcome.detail));
        QVERIFY(made.queued);
        QCOMPARE(made.queued->state, OutboxState::Pending);
        QCOMPARE(number(*m_replica, QStringLiteral("SELECT count(*) FROM outbox WHERE id = %1 AND state = 0").arg(made.queued->id)), 1);
        QVERIFY(number(*m_replica, QStringLiteral("SELECT min(id) FROM exception_history WHERE exception_id = %1").arg(id)) < 0);
        QCOMPARE(number(*m_replica, QStringLiteral("SELECT first_action_at_ms FROM exceptions WHERE id = %1").arg(id)), m_now);

        QString error;
        QVERIFY2(edits.withdraw({made}, &error), qPrintable(error));
        QCOMPARE(number(*m_replica, QStringLiteral("SELECT count(*) FROM outbox WHERE id = %1").arg(made.queued->id)), 0);
        QCOMPARE(stateOf(*m_replica, id), before);

        // Made again: a new entry (a new idempotency key) waits.
        QList<LocalEdit> again{made};
        QVERIFY(edits.remake(again, m_now).ok());
        QVERIFY(again.first().queued->idempotencyKey != made.queued->idempotencyKey);
        QCOMPARE(number(*m_replica, QStringLiteral("SELECT count(*) FROM outbox WHERE state = 0 AND entity_id = %1").arg(id)), 1);
        QVERIFY(edits.withdraw(again, &error));
    }

    void anEditOnceSentCannotBeTakenBack()
    {
        LocalEdits edits(*m_replica);
        const qint64 id = openException(*m_replica);
        LocalEdit made;
        QVERIFY(edits.make(EntityKind::Exception, id, op("note"), R"({"text":"called the depot"})", QStringLiteral("omar"),
                           m_now, &made).ok());
        const QString after = stateOf(*m_replica, id);
        // The engine counts the try before the request leaves.
        QString error;
        QVERIFY(SyncStore(*m_replica).beginPush(*made.queued, m_now, &error));
        QVERIFY(!edits.withdraw({made}, &error));
        QVERIFY2(error.contains(QLatin1String("already sent to the team server")), qPrintable(error));
        QVERIFY(error.startsWith(QStringLiteral("exception %1: ").arg(id)));
        QCOMPARE(stateOf(*m_replica, id), after);
        QCOMPARE(number(*m_replica, QStringLiteral("SELECT attempts FROM outbox WHERE id = %1").arg(made.queued->id)), 1);
        // Taken out of the queue for the rest of the suite.
        QVERIFY(exec(*m_replica, QStringLiteral("UPDATE outbox SET state = 1 WHERE id = %1").arg(made.queued->id)));
        QVERIFY(!edits.withdraw({made}, &error));
        QVERIFY2(error.contains(QLatin1String("team server has taken it")), qPrintable(error));
    }

    void anEditTakenBackIsNotSent()
    {
        LocalEdits edits(*m_replica);
        const qint64 id = openException(*m_replica);
        LocalEdit made;
        QVERIFY(edits.make(EntityKind::Exception, id, op("claim"), "{}", QStringLiteral("omar"), m_now, &made).ok());
        QString error;
        QVERIFY(edits.withdraw({made}, &error));
        // The engine read it as next before it was taken back: marking it finds nothing, so it skips it.
        QVERIFY(!SyncStore(*m_replica).beginPush(*made.queued, m_now, &error));
        QVERIFY(error.isEmpty());
    }

    void aFieldChangedAgainSinceKeepsTheEdit()
    {
        LocalEdits edits(*m_standalone);
        const qint64 id = openException(*m_standalone);
        const QString before = stateOf(*m_standalone, id);
        LocalEdit first, second;
        QVERIFY(edits.make(EntityKind::Exception, id, op("assign"), R"({"assignee":"omar"})", QStringLiteral("maria"), m_now,
                           &first).ok());
        QVERIFY(edits.make(EntityKind::Exception, id, op("assign"), R"({"assignee":"maria"})", QStringLiteral("maria"), m_now,
                           &second).ok());
        const QString after = stateOf(*m_standalone, id);
        QString error;
        QVERIFY(!edits.withdraw({first}, &error));
        QVERIFY2(error.contains(QLatin1String("its assignee changed again since")), qPrintable(error));
        QCOMPARE(stateOf(*m_standalone, id), after);
        // Both, the last first: as they were.
        QVERIFY2(edits.withdraw({first, second}, &error), qPrintable(error));
        QCOMPARE(stateOf(*m_standalone, id), before);
    }

    void whatTheRulesChangedSinceStays()
    {
        LocalEdits edits(*m_standalone);
        const qint64 id = openException(*m_standalone);
        const QString before = stateOf(*m_standalone, id);
        LocalEdit made;
        QVERIFY(edits.make(EntityKind::Exception, id, op("claim"), "{}", QStringLiteral("maria"), m_now, &made).ok());
        // The exception refresh moves the priority (and the version, the update time).
        QVERIFY(exec(*m_standalone, QStringLiteral("UPDATE exceptions SET priority_score = 77, version = version + 1, "
                                                   "updated_at_ms = updated_at_ms + 5 WHERE id = %1").arg(id)));
        QString error;
        QVERIFY2(edits.withdraw({made}, &error), qPrintable(error));
        QCOMPARE(stateOf(*m_standalone, id), before);
        QCOMPARE(number(*m_standalone, QStringLiteral("SELECT priority_score FROM exceptions WHERE id = %1").arg(id)), 77);
    }

    void aHistoryLineWrittenAgainBySyncIsFoundByWhatItSays()
    {
        LocalEdits edits(*m_replica);
        const qint64 id = openException(*m_replica);
        const QString before = stateOf(*m_replica, id);
        LocalEdit made;
        QVERIFY(edits.make(EntityKind::Exception, id, op("note"), R"({"text":"left a voicemail"})", QStringLiteral("omar"),
                           m_now, &made).ok());
        // A pull rewrote the exception and applied the pending note again: a new provisional id.
        QVERIFY(exec(*m_replica, QStringLiteral("UPDATE exception_history SET id = id - 1000 WHERE exception_id = %1 AND id < 0").arg(id)));
        QString error;
        QVERIFY2(edits.withdraw({made}, &error), qPrintable(error));
        QCOMPARE(stateOf(*m_replica, id), before);
    }

    void takingBackSeveralIsAllOrNothing()
    {
        LocalEdits edits(*m_replica);
        const qint64 a = openException(*m_replica);
        const qint64 b = openException(*m_replica);
        LocalEdit first, second;
        QVERIFY(edits.make(EntityKind::Exception, a, op("claim"), "{}", QStringLiteral("omar"), m_now, &first).ok());
        QVERIFY(edits.make(EntityKind::Exception, b, op("claim"), "{}", QStringLiteral("omar"), m_now, &second).ok());
        const QString afterA = stateOf(*m_replica, a);
        QString error;
        QVERIFY(SyncStore(*m_replica).beginPush(*first.queued, m_now, &error));
        QVERIFY(!edits.withdraw({first, second}, &error));
        // Neither was taken back: the second's withdrawal rolled back with the first's refusal.
        QCOMPARE(stateOf(*m_replica, a), afterA);
        QCOMPARE(number(*m_replica, QStringLiteral("SELECT count(*) FROM outbox WHERE id = %1").arg(second.queued->id)), 1);
        QVERIFY(exec(*m_replica, QStringLiteral("UPDATE outbox SET state = 1 WHERE id IN (%1, %2)")
                                     .arg(first.queued->id).arg(second.queued->id)));
    }

    void makingAgainWhatNoLongerAppliesChangesNothing()
    {
        LocalEdits edits(*m_standalone);
        const qint64 id = openException(*m_standalone);
        LocalEdit made;
        QVERIFY(edits.make(EntityKind::Exception, id, op("status"), R"({"status":"resolved","reason":"delivered"})",
                           QStringLiteral("maria"), m_now, &made).ok());
        QString error;
        QVERIFY(edits.withdraw({made}, &error));
        // Someone resolved it meanwhile.
        LocalEdit other;
        QVERIFY(edits.make(EntityKind::Exception, id, op("status"), R"({"status":"resolved","reason":"duplicate"})",
                           QStringLiteral("omar"), m_now, &other).ok());
        const QString state = stateOf(*m_standalone, id);
        QList<LocalEdit> again{made};
        const EditOutcome outcome = edits.remake(again, m_now);
        QCOMPARE(outcome.status, EditOutcome::Status::InvalidTransition);
        QCOMPARE(outcome.detail, QStringLiteral("exception %1: the exception is already resolved").arg(id));
        QCOMPARE(stateOf(*m_standalone, id), state);
        QCOMPARE(again.first().before, made.before); // left as it was
    }

    void refusedEditsChangeNothing()
    {
        LocalEdits edits(*m_replica);
        const qint64 id = openException(*m_replica);
        const qint64 outbox = number(*m_replica, QStringLiteral("SELECT count(*) FROM outbox"));
        const QString before = stateOf(*m_replica, id);
        LocalEdit made;
        const EditOutcome past = edits.make(EntityKind::Exception, id, op("reattempt"), R"({"date":"2026-06-16"})",
                                            QStringLiteral("omar"), m_now, &made);
        QCOMPARE(past.status, EditOutcome::Status::InvalidParams);
        QCOMPARE(past.errors.value(0).field, QStringLiteral("date"));
        const EditOutcome missing = edits.make(EntityKind::Exception, 999'999, op("claim"), "{}", QStringLiteral("omar"), m_now, &made);
        QCOMPARE(missing.status, EditOutcome::Status::NotFound);
        QCOMPARE(stateOf(*m_replica, id), before);
        QCOMPARE(number(*m_replica, QStringLiteral("SELECT count(*) FROM outbox")), outbox);
    }
};

QTEST_APPLESS_MAIN(TestLocalEdits)

#include "tst_localedits.moc"
