// SPDX-License-Identifier: MIT
#include "exceptionfacetloader.h"

#include "queue/exceptionqueuefacetcounter.h"
#include "queue/exceptionqueuequery.h"
#include "store/database.h"

#include <QElapsedTimer>
#include <QThread>

namespace ct {

// What the thread keeps between requests: its connection, opened there on first use.
struct ExceptionFacetLoader::Worker
{
    std::unique_ptr<Database> database;
};

ExceptionFacetLoader::ExceptionFacetLoader(QString storePath, QObject *parent)
    : QObject(parent)
    , m_storePath(std::move(storePath))
    , m_thread(new QThread)
    , m_receiver(new QObject)
    , m_worker(std::make_shared<Worker>())
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    m_thread->setObjectName(QStringLiteral("queue facets"));
    m_receiver->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_receiver, &QObject::deleteLater);
    m_thread->start(QThread::LowPriority);
}

ExceptionFacetLoader::~ExceptionFacetLoader()
{
    // Requests still waiting are dropped; the connection closes in its own thread.
    m_latest->store(0);
    std::shared_ptr<Worker> worker = m_worker;
    QMetaObject::invokeMethod(m_receiver, [worker] { worker->database.reset(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

void ExceptionFacetLoader::request(const ExceptionQueueFilter &filter, const ExceptionQueueContext &context,
                                   const QList<ExceptionQueueFilter> &views, const QStringList &knownAgents)
{
    const quint64 generation = ++m_asked;
    m_latest->store(generation);
    QMetaObject::invokeMethod(
        m_receiver,
        [this, generation, filter, context, views, knownAgents, path = m_storePath, worker = m_worker,
         latest = m_latest] {
            if (latest->load() != generation)
                return; // a newer request waits behind this one
            QString error;
            if (!worker->database)
                worker->database = Database::open(path, &error, Database::Mode::ReadOnly);
            Answer answer;
            bool ok = false;
            if (worker->database) {
                const Database &db = *worker->database;
                QElapsedTimer timer;
                timer.start();
                const auto facets = ExceptionQueueFacetCounter(db).count(filter, context, &error);
                answer.elapsedMs = timer.elapsed();
                const auto total = facets ? ExceptionQueueQuery(db).count(filter, context, &error) : std::nullopt;
                const ExceptionQueueFilterCheck check(db);
                const auto stale = total ? check.staleValues(filter, knownAgents, &error) : std::nullopt;
                ok = stale.has_value();
                if (ok) {
                    answer.facets = *facets;
                    answer.total = *total;
                    answer.stale = *stale;
                }
                for (const ExceptionQueueFilter &view : views) {
                    if (!ok)
                        break;
                    const auto viewStale = check.staleValues(view, knownAgents, &error);
                    ok = viewStale.has_value();
                    answer.viewsStale << viewStale.value_or(QList<StaleFilterValue>());
                }
            }
            if (latest->load() != generation)
                return;
            QMetaObject::invokeMethod(
                this,
                [this, generation, ok, answer = std::move(answer), error] {
                    if (generation != m_asked)
                        return;
                    m_answered = generation;
                    if (ok)
                        Q_EMIT counted(answer);
                    else
                        Q_EMIT failed(error);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace ct
