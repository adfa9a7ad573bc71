// SPDX-License-Identifier: MIT
#include "analyticsrunner.h"

#include "store/database.h"

#include <QThread>

#include <algorithm>

namespace ct {

AnalyticsRunner::AnalyticsRunner(QString storePath, QObject *parent)
    : QObject(parent)
    , m_storePath(std::move(storePath))
    , m_thread(new QThread)
    , m_worker(new QObject)
    , m_database(std::make_shared<std::unique_ptr<Database>>())
    , m_newest(std::make_shared<std::array<std::atomic<quint64>, ChannelCount>>())
{
    m_thread->setObjectName(QStringLiteral("analytics"));
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

AnalyticsRunner::~AnalyticsRunner()
{
    for (int c = 0; c < ChannelCount; ++c)
        (*m_newest)[static_cast<size_t>(c)].store(~quint64(0));
    // The connection is closed in the thread that opened it, after the job running now.
    auto database = m_database;
    QMetaObject::invokeMethod(m_worker, [database] { database->reset(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    delete m_thread;
}

void AnalyticsRunner::submit(Channel channel, Work work)
{
    const auto c = static_cast<size_t>(channel);
    const quint64 generation = ++m_latest[c];
    m_live[c] = generation;
    (*m_newest)[c].store(generation);
    updateBusy();
    QMetaObject::invokeMethod(
        m_worker,
        [this, c, generation, work = std::move(work), path = m_storePath, database = m_database, newest = m_newest] {
            Deliver deliver;
            QString error;
            if ((*newest)[c].load() == generation) {
                if (!*database)
                    *database = Database::open(path, &error, Database::Mode::ReadOnly);
                if (*database)
                    deliver = work(**database);
            }
            QMetaObject::invokeMethod(
                this,
                [this, c, generation, deliver = std::move(deliver), error] {
                    if (!error.isEmpty())
                        Q_EMIT storeFailed(error);
                    if (deliver && m_latest[c] == generation)
                        deliver();
                    finished(static_cast<int>(c), generation);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void AnalyticsRunner::cancel(Channel channel)
{
    const auto c = static_cast<size_t>(channel);
    const quint64 generation = ++m_latest[c];
    (*m_newest)[c].store(generation);
    m_live[c] = 0;
    updateBusy();
}

void AnalyticsRunner::finished(int channel, quint64 generation)
{
    const auto c = static_cast<size_t>(channel);
    if (m_live[c] == generation)
        m_live[c] = 0;
    updateBusy();
}

bool AnalyticsRunner::isBusy(Channel channel) const
{
    return m_live[static_cast<size_t>(channel)] != 0;
}

bool AnalyticsRunner::isBusy() const
{
    return std::any_of(m_live.begin(), m_live.end(), [](quint64 g) { return g != 0; });
}

void AnalyticsRunner::updateBusy()
{
    const bool busy = isBusy();
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

} // namespace ct
