// SPDX-License-Identifier: MIT
#include "storejobrunner.h"

#include "store/database.h"

#include <QElapsedTimer>
#include <QThread>

namespace ct {

StoreJobRunner::StoreJobRunner(QString storePath, QObject *parent)
    : QObject(parent), m_storePath(std::move(storePath)), m_thread(new QThread), m_worker(new QObject)
{
    m_thread->setObjectName(QStringLiteral("store jobs"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

StoreJobRunner::~StoreJobRunner()
{
    // A running job finishes first: stopping SQLite mid-transaction is what the store
    // survives, not what it should be asked to do on a normal exit. A cancellable one
    // is asked to stop at its next boundary.
    for (const Queued &queued : std::as_const(m_queue)) {
        if (queued.cancellable)
            queued.cancel->store(true);
    }
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

bool StoreJobRunner::canCancel() const
{
    return !m_queue.isEmpty() && m_queue.constFirst().cancellable && !m_queue.constFirst().cancel->load();
}

void StoreJobRunner::cancel()
{
    if (!canCancel())
        return;
    m_queue.first().cancel->store(true);
    emit cancelRequested(m_queue.constFirst().title);
}

void StoreJobRunner::start(const QString &title, Job job, Cancel cancel)
{
    const bool cancellable = cancel == Cancel::Supported;
    auto flag = std::make_shared<std::atomic_bool>(false);
    m_queue.append({title, flag, cancellable});
    const QString path = m_storePath;
    QMetaObject::invokeMethod(
        m_worker,
        [this, title, path, cancellable, flag, job = std::move(job)] {
            emit jobStarted(title, cancellable);
            QString error;
            QString summary;
            bool ok = false;
            {
                auto db = Database::open(path, &error);
                if (db) {
                    QElapsedTimer throttle;
                    throttle.start();
                    const Progress progress = [&](qint64 done, qint64 total) {
                        // At most ~20 updates a second reach the window.
                        if (done == total || throttle.elapsed() >= 50) {
                            throttle.restart();
                            emit jobProgress(title, done, total);
                        }
                    };
                    ok = job(*db, Control(progress, flag), &summary, &error);
                }
            }
            QMetaObject::invokeMethod(
                this,
                [this, title, ok, summary, error] {
                    m_queue.removeFirst();
                    if (ok)
                        emit jobFinished(title, summary);
                    else
                        emit jobFailed(title, error);
                    if (m_queue.isEmpty())
                        emit idle();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace ct
