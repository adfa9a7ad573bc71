// SPDX-License-Identifier: MIT
#pragma once

#include "apiservice.h"
#include "config/serverconfig.h"
#include "http/apimessage.h"

#include <QObject>

#include <functional>
#include <memory>
#include <vector>

namespace ct::server {

// The threads that do the API's work, so the front's event loop never waits on it: a
// lane for reads (feed pages, audit, users), one for lookups (one entity, /me, a setting:
// one row each, so they never wait behind a queue of feed pages), one for log-ins (password hashing, kept
// apart so guessing cannot starve reads), and one thread for edits (one writer, as the
// store wants). Each thread has its own store connection and ApiService; all share one
// ClientLimiter. A request that has waited longer than queue_timeout_s for its turn gets
// 503 `overloaded` instead of being served. The threads per lane are ConnectionBudget's
// plan; a thread whose PostgreSQL connection was lost opens a new one.
class RequestPool final : public QObject
{
    Q_OBJECT

public:
    RequestPool(const ServerConfig &config, ApiService::Clock clock, std::shared_ptr<ClientLimiter> limiter,
                QObject *parent = nullptr);
    // Lets the threads finish what they are doing; what is still queued is dropped.
    ~RequestPool() override;

    // Starts the threads, each opening config.database; false with `error` when one
    // cannot (the others are stopped).
    bool start(QString *error);

    // Serves `request` on `lane` (not Inline); `done` gets the reply on this object's
    // thread, unless the pool is destroyed first.
    void submit(ApiService::Lane lane, ApiRequest request, std::function<void(ApiReply)> done);

    // Any work on a lane's thread, with its ApiService and how long it waited; what it
    // returns (if anything) runs on this object's thread afterwards.
    using Work = std::function<std::function<void()>(ApiService &api, qint64 waitedMs)>;
    void run(ApiService::Lane lane, Work work);

    // Threads per lane, as started.
    int workers(ApiService::Lane lane) const;

    // Requests waiting in a lane (for tests and the log).
    int queued(ApiService::Lane lane) const;

private:
    class Lane;
    class Worker;

    Lane &lane(ApiService::Lane lane) const;

    ServerConfig m_config;
    ApiService::Clock m_clock;
    std::shared_ptr<ClientLimiter> m_limiter;
    std::unique_ptr<Lane> m_read;
    std::unique_ptr<Lane> m_lookup;
    std::unique_ptr<Lane> m_login;
    std::unique_ptr<Lane> m_write;
    std::vector<std::unique_ptr<Worker>> m_workers;
    QString m_planError; // the threads do not fit max_store_connections (ConnectionBudget)
};

} // namespace ct::server
