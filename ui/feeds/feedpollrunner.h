// SPDX-License-Identifier: MIT
#pragma once

#include "feeds/carrierfeedconfig.h"
#include "rules/rulesconfig.h"

#include <QObject>
#include <QSet>
#include <QString>

class QThread;

namespace ct {

// Polls carrier feeds (CarrierFeedPoller, one pass per poll) on a thread of its own with
// its own connection to the store, so neither the network nor writing a page ever blocks
// the window; the window reads through its own connection meanwhile (WAL). Feeds run side
// by side, each at most once at a time. Signals arrive in the thread that made the runner.
class FeedPollRunner final : public QObject
{
    Q_OBJECT

public:
    explicit FeedPollRunner(QString storePath, QObject *parent = nullptr);
    // Abandons polls in flight between two requests: every page stored is committed.
    ~FeedPollRunner() override;

    // Starts one pass over `feed` (its authHeader set by the caller), evaluating the
    // exception rules as of `nowMs`; false when that feed is already being polled.
    bool start(const CarrierFeedConfig &feed, const RulesConfig &rules, qint64 nowMs);
    bool isRunning(const QString &feedName) const { return m_running.contains(feedName); }

Q_SIGNALS:
    void pageStored(const QString &feedName, int page);
    // A page failed and is asked again in `delayMs` (a 429's Retry-After, a backoff).
    void waiting(const QString &feedName, int delayMs, const QString &reason);
    // `message`: the poll's summary ("3 pages, 120 new and 0 updated shipments, ...") when
    // ok, else why it stopped (located) and what it stored before.
    void finished(const QString &feedName, bool ok, const QString &message, int pagesStored);

private:
    QString m_storePath;
    QThread *m_thread;
    QObject *m_worker;
    QSet<QString> m_running;
};

} // namespace ct
