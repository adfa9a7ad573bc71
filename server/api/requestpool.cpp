// SPDX-License-Identifier: MIT
#include "requestpool.h"

#include "http/problem.h"
#include "store/connectionbudget.h"
#include "store/serverschema.h"

#include "serverlog.h"

#include "store/database.h"
#include "store/storefailure.h"

#include <QElapsedTimer>
#include <QThread>

#include <condition_variable>
#include <deque>
#include <future>
#include <mutex>

namespace ct::server {

namespace {

struct Job
{
    RequestPool::Work work;
    QElapsedTimer waiting;
    // A job that found a thread free and nobody ahead of it never waited for its turn,
    // however long the thread takes to wake: it is not timed.
    bool queued = true;
};

} // namespace

class RequestPool::Lane final
{
public:
    std::mutex mutex;
    std::condition_variable ready;
    std::deque<Job> jobs;
    bool stopping = false;
    int workers = 0;
    int idle = 0; // workers waiting for a job
};

class RequestPool::Worker final : public QThread
{
public:
    Worker(RequestPool &pool, Lane &lane)
        : m_pool(pool)
        , m_lane(lane)
    {
    }

    // Empty once the worker serves; otherwise why it cannot.
    std::future<QString> opened() { return m_opened.get_future(); }

protected:
    void run() override
    {
        QString error;
        std::unique_ptr<Database> database = ServerSchema::openStore(m_pool.m_config.database, &error,
                                                                     m_pool.m_config.storeBusyTimeoutMs);
        if (!database) {
            m_opened.set_value(error.isEmpty() ? QStringLiteral("cannot open the store") : error);
            return;
        }
        auto api = std::make_unique<ApiService>(*database, m_pool.m_config, m_pool.m_clock, m_pool.m_limiter);
        m_opened.set_value(QString());
        QElapsedTimer sinceReconnect;
        for (;;) {
            Job job;
            {
                std::unique_lock lock(m_lane.mutex);
                ++m_lane.idle;
                m_lane.ready.wait(lock, [&] { return m_lane.stopping || !m_lane.jobs.empty(); });
                --m_lane.idle;
                if (m_lane.stopping)
                    return;
                job = std::move(m_lane.jobs.front());
                m_lane.jobs.pop_front();
            }
            StoreFailure::clear();
            const std::function<void()> done = job.work(*api, job.queued ? job.waiting.elapsed() : 0);
            if (done)
                QMetaObject::invokeMethod(&m_pool, done, Qt::QueuedConnection);
            // A PostgreSQL connection that was lost (the database restarted, the backend
            // terminated, the network cut) stays lost: answered 503 already, the thread opens
            // a new one for the next request, at most once a second. Until it can, its dead
            // connection fails at once, and every request it takes is a 503 too.
            if (StoreFailure::last().kind == StoreFailure::Kind::ConnectionLost
                && (!sinceReconnect.isValid() || sinceReconnect.hasExpired(1000))) {
                sinceReconnect.start();
                QString why;
                std::unique_ptr<Database> reopened = ServerSchema::openStore(m_pool.m_config.database, &why,
                                                                             m_pool.m_config.storeBusyTimeoutMs);
                if (reopened) {
                    api.reset();
                    database = std::move(reopened);
                    api = std::make_unique<ApiService>(*database, m_pool.m_config, m_pool.m_clock, m_pool.m_limiter);
                    ServerLog::write(QStringLiteral("a serving thread lost its database connection and opened a new one"));
                } else {
                    ServerLog::write(QStringLiteral("a serving thread lost its database connection and cannot open a new "
                                                    "one yet: %1").arg(why));
                }
            }
        }
    }

private:
    RequestPool &m_pool;
    Lane &m_lane;
    std::promise<QString> m_opened;
};

RequestPool::RequestPool(const ServerConfig &config, ApiService::Clock clock, std::shared_ptr<ClientLimiter> limiter,
                         QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_clock(std::move(clock))
    , m_limiter(std::move(limiter))
    , m_read(std::make_unique<Lane>())
    , m_lookup(std::make_unique<Lane>())
    , m_login(std::make_unique<Lane>())
    , m_write(std::make_unique<Lane>())
{
    const std::optional<ConnectionBudget::Plan> plan =
        ConnectionBudget::plan(m_config, QThread::idealThreadCount(), &m_planError);
    m_read->workers = plan ? plan->read : 0;
    m_lookup->workers = plan ? plan->lookup : 0;
    m_login->workers = plan ? plan->login : 0;
    m_write->workers = plan ? plan->write : 0;
}

RequestPool::~RequestPool()
{
    for (Lane *lane : {m_read.get(), m_lookup.get(), m_login.get(), m_write.get()}) {
        const std::lock_guard lock(lane->mutex);
        lane->stopping = true;
        lane->ready.notify_all();
    }
    for (const auto &worker : m_workers)
        worker->wait();
}

RequestPool::Lane &RequestPool::lane(ApiService::Lane lane) const
{
    switch (lane) {
    case ApiService::Lane::Lookup:
        return *m_lookup;
    case ApiService::Lane::Login:
        return *m_login;
    case ApiService::Lane::Write:
        return *m_write;
    case ApiService::Lane::Read:
    case ApiService::Lane::Inline:
        break;
    }
    return *m_read;
}

bool RequestPool::start(QString *error)
{
    if (!m_planError.isEmpty()) {
        *error = m_planError;
        return false;
    }
    std::vector<std::future<QString>> opened;
    for (Lane *lane : {m_read.get(), m_lookup.get(), m_login.get(), m_write.get()}) {
        for (int i = 0; i < lane->workers; ++i) {
            m_workers.push_back(std::make_unique<Worker>(*this, *lane));
            opened.push_back(m_workers.back()->opened());
            m_workers.back()->start();
        }
    }
    for (std::future<QString> &result : opened) {
        const QString why = result.get();
        if (!why.isEmpty() && error->isEmpty())
            *error = why;
    }
    return error->isEmpty();
}

void RequestPool::run(ApiService::Lane lane, Work work)
{
    Lane &target = this->lane(lane);
    Job job{std::move(work), {}};
    job.waiting.start();
    const std::lock_guard lock(target.mutex);
    job.queued = !(target.jobs.empty() && target.idle > 0);
    target.jobs.push_back(std::move(job));
    target.ready.notify_one();
}

void RequestPool::submit(ApiService::Lane lane, ApiRequest request, std::function<void(ApiReply)> done)
{
    const int timeoutMs = m_config.queueTimeoutMs;
    run(lane, [timeoutMs, request = std::move(request), done = std::move(done)](ApiService &api, qint64 waitedMs) {
        const ApiReply reply = waitedMs > timeoutMs
            ? Problem::overloaded(request, QStringLiteral("the server is busy: the request waited %1 s for its turn; "
                                                          "try again shortly").arg(waitedMs / 1000.0))
            : api.handle(request);
        return std::function<void()>([done, reply] { done(reply); });
    });
}

int RequestPool::workers(ApiService::Lane lane) const
{
    return this->lane(lane).workers;
}

int RequestPool::queued(ApiService::Lane lane) const
{
    Lane &target = this->lane(lane);
    const std::lock_guard lock(target.mutex);
    return static_cast<int>(target.jobs.size());
}

} // namespace ct::server
