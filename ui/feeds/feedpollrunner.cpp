// SPDX-License-Identifier: MIT
#include "feedpollrunner.h"

#include "feeds/carrierfeedpoller.h"
#include "store/database.h"

#include <QThread>

#include <memory>

namespace ct {

namespace {

// Lives in the polling thread: the connection is opened there on the first poll and
// closed there, after the pollers that use it, when the thread ends.
class FeedPollWorker final : public QObject
{
public:
    ~FeedPollWorker() override { qDeleteAll(findChildren<CarrierFeedPoller *>(Qt::FindDirectChildrenOnly)); }

    std::unique_ptr<Database> database;
};

} // namespace

FeedPollRunner::FeedPollRunner(QString storePath, QObject *parent)
    : QObject(parent)
    , m_storePath(std::move(storePath))
    , m_thread(new QThread)
    , m_worker(new FeedPollWorker)
{
    m_thread->setObjectName(QStringLiteral("feeds"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

FeedPollRunner::~FeedPollRunner()
{
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

bool FeedPollRunner::start(const CarrierFeedConfig &feed, const RulesConfig &rules, qint64 nowMs)
{
    if (m_running.contains(feed.name))
        return false;
    m_running.insert(feed.name);
    auto *worker = static_cast<FeedPollWorker *>(m_worker);
    QMetaObject::invokeMethod(
        worker,
        [this, worker, feed, rules, nowMs, path = m_storePath] {
            auto done = [this, name = feed.name](bool ok, const QString &message, int pages) {
                QMetaObject::invokeMethod(
                    this,
                    [=, this] {
                        m_running.remove(name);
                        Q_EMIT finished(name, ok, message, pages);
                    },
                    Qt::QueuedConnection);
            };
            QString error;
            if (!worker->database) {
                worker->database = Database::open(path, &error);
                if (!worker->database) {
                    done(false, error, 0);
                    return;
                }
            }
            auto *poller = new CarrierFeedPoller(*worker->database, {feed}, rules, worker);
            poller->setClock([nowMs] { return nowMs; });
            connect(poller, &CarrierFeedPoller::pageStored, this,
                    [this](const QString &name, int page, const IngestCounts &) { Q_EMIT pageStored(name, page); },
                    Qt::QueuedConnection);
            connect(poller, &CarrierFeedPoller::retryScheduled, this, &FeedPollRunner::waiting, Qt::QueuedConnection);
            connect(poller, &CarrierFeedPoller::feedFinished, poller,
                    [poller, done](const QString &name, bool ok, const QString &message) {
                        const CarrierFeedPoller::FeedProgress progress = poller->progress(name);
                        QString text = ok ? progress.summary() : message;
                        if (!ok && progress.pagesStored > 0)
                            //: A poll that failed after storing pages: "<why it failed> (stored before: <what was stored>)".
                            text = FeedPollRunner::tr("%1 (stored before: %2)").arg(text, progress.summary());
                        done(ok, text, progress.pagesStored);
                        poller->deleteLater();
                    });
            poller->start();
        },
        Qt::QueuedConnection);
    return true;
}

} // namespace ct
