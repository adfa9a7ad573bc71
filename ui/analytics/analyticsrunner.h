// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

#include <array>
#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace ct {

class Database;

// Runs the Analytics view's queries off the GUI thread, so the window never freezes while
// the KPI engine reads a large store: on one worker thread with its own read-only
// connection to the store, opened there (one connection per thread; WAL lets it read while
// the window and the jobs write through theirs).
//
// Work comes on channels (the page, a drill-down, an export). Only the newest work of a
// channel counts: submitting again makes the older one stale, so a queued stale job never
// runs and a stale job's result is dropped when it ends. Stale results never overwrite
// newer ones, whatever order the work finishes in.
class AnalyticsRunner final : public QObject
{
    Q_OBJECT

public:
    enum class Channel : quint8 { Page, DrillDown, Export };
    static constexpr int ChannelCount = 3;

    // What a job hands back: run on the GUI thread, only when the job is still the newest
    // of its channel.
    using Deliver = std::function<void()>;
    // The job, run on the worker thread with its connection.
    using Work = std::function<Deliver(const Database &db)>;

    explicit AnalyticsRunner(QString storePath, QObject *parent = nullptr);
    ~AnalyticsRunner() override;

    void submit(Channel channel, Work work);
    // Makes the channel's work stale: what it gives back is dropped.
    void cancel(Channel channel);
    bool isBusy() const;
    bool isBusy(Channel channel) const;

Q_SIGNALS:
    // Some channel has live work (true), or none has any more (false).
    void busyChanged(bool busy);
    // The store could not be opened on the worker thread.
    void storeFailed(const QString &error);

private:
    void finished(int channel, quint64 generation);
    void updateBusy();

    QString m_storePath;
    QThread *m_thread;
    QObject *m_worker;
    // GUI thread only: the newest generation per channel, and the one still running (0 for none).
    std::array<quint64, ChannelCount> m_latest{};
    std::array<quint64, ChannelCount> m_live{};
    bool m_busy = false;
    // Worker thread only.
    std::shared_ptr<std::unique_ptr<Database>> m_database;
    // Read by the worker to skip stale queued work; written by the GUI thread.
    std::shared_ptr<std::array<std::atomic<quint64>, ChannelCount>> m_newest;
};

} // namespace ct
