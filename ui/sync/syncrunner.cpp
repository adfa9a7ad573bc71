// SPDX-License-Identifier: MIT
#include "syncrunner.h"

#include "store/database.h"
#include "sync/outbox.h"

#include <QThread>

#include <memory>

namespace ct {

namespace {

// Lives in the sync thread: the connection is opened there on the first round and closed
// there when the thread ends.
class SyncWorker final : public QObject
{
public:
    std::unique_ptr<Database> database;
};

} // namespace

SyncRunner::SyncRunner(QString storePath, QObject *parent)
    : QObject(parent)
    , m_storePath(std::move(storePath))
    , m_thread(new QThread)
    , m_worker(new SyncWorker)
{
    qRegisterMetaType<SyncEngine::State>();
    qRegisterMetaType<SyncEngine::Failure>();
    m_thread->setObjectName(QStringLiteral("sync"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

SyncRunner::~SyncRunner()
{
    // A round in flight is abandoned between two requests: whatever it stored is
    // committed, the rest (outbox, cursor) is where the next round resumes.
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

bool SyncRunner::start(const SyncOptions &options)
{
    if (m_running)
        return false;
    m_running = true;
    auto *worker = static_cast<SyncWorker *>(m_worker);
    QMetaObject::invokeMethod(
        worker,
        [this, worker, options, path = m_storePath] {
            auto done = [this](bool ok, SyncEngine::Failure failure, const QString &message, const SyncReport &report) {
                QMetaObject::invokeMethod(
                    this,
                    [=, this] {
                        m_running = false;
                        Q_EMIT finished(ok, failure, message, report.pulled, report.pushed, report.conflicts,
                                        report.failed);
                    },
                    Qt::QueuedConnection);
            };
            QString error;
            if (!worker->database) {
                worker->database = Database::open(path, &error);
                if (!worker->database) {
                    done(false, SyncEngine::Failure::Other, error, {});
                    return;
                }
            }
            const auto pending = Outbox(*worker->database).entries(OutboxState::Pending, &error);
            const int total = pending ? static_cast<int>(pending->size()) : 0;
            auto *engine = new SyncEngine(*worker->database, options, worker);
            connect(engine, &SyncEngine::stateChanged, this, &SyncRunner::stateChanged, Qt::QueuedConnection);
            connect(engine, &SyncEngine::retryScheduled, this, &SyncRunner::retryScheduled, Qt::QueuedConnection);
            connect(engine, &SyncEngine::progress, engine, [this, engine, total](int pulled, int) {
                const SyncReport &report = engine->report();
                if (engine->state() == SyncEngine::State::Pulling)
                    Q_EMIT pullProgress(pulled);
                else
                    Q_EMIT pushProgress(report.pushed + report.conflicts + report.failed, total);
            });
            connect(engine, &SyncEngine::finished, engine, [engine, done](bool ok, const QString &message) {
                done(ok, engine->failure(), message, engine->report());
                engine->deleteLater();
            });
            if (total > 0)
                Q_EMIT pushProgress(0, total);
            engine->start();
        },
        Qt::QueuedConnection);
    return true;
}

} // namespace ct
