// SPDX-License-Identifier: MIT
#include "returnfacetloader.h"

#include "returns/returnqueuequery.h"
#include "store/database.h"

#include <QThread>

namespace ct {

// What the thread keeps between requests: its connection and query, opened there.
struct ReturnFacetLoader::Worker
{
    std::unique_ptr<Database> database;
    std::unique_ptr<ReturnQueueQuery> query;
};

ReturnFacetLoader::ReturnFacetLoader(QString storePath, QObject *parent)
    : QObject(parent)
    , m_storePath(std::move(storePath))
    , m_thread(new QThread)
    , m_receiver(new QObject)
    , m_worker(std::make_shared<Worker>())
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    m_thread->setObjectName(QStringLiteral("return facets"));
    m_receiver->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_receiver, &QObject::deleteLater);
    m_thread->start(QThread::LowPriority);
}

ReturnFacetLoader::~ReturnFacetLoader()
{
    m_latest->store(0);
    std::shared_ptr<Worker> worker = m_worker;
    QMetaObject::invokeMethod(
        m_receiver,
        [worker] {
            worker->query.reset();
            worker->database.reset();
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

void ReturnFacetLoader::request(const ReturnQueueFilter &filter, qint64 nowMs)
{
    const quint64 generation = ++m_asked;
    m_latest->store(generation);
    QMetaObject::invokeMethod(
        m_receiver,
        [this, generation, filter, nowMs, path = m_storePath, worker = m_worker, latest = m_latest] {
            if (latest->load() != generation)
                return; // a newer request waits behind this one
            QString error;
            if (!worker->database) {
                worker->database = Database::open(path, &error, Database::Mode::ReadOnly);
                if (worker->database)
                    worker->query = std::make_unique<ReturnQueueQuery>(*worker->database);
            }
            Answer answer;
            bool ok = false;
            if (worker->query) {
                const auto facets = worker->query->facets(filter, nowMs, &error);
                const auto total = facets ? worker->query->count(filter, nowMs, &error) : std::nullopt;
                ok = total.has_value();
                if (ok) {
                    answer.facets = *facets;
                    answer.total = *total;
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
