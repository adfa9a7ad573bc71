// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace ct {

class Database;

// Runs long store work (demo data, exception refresh, imports) on one worker thread,
// one job after another, so the window never freezes. Each job gets its own connection
// to the store, opened in the worker thread (SQLite connections never cross threads);
// the window keeps reading through its own connection, which WAL allows meanwhile.
//
// A job started as cancellable can be asked to stop (the status bar's Cancel): it looks
// at Control::cancelRequested() where what it has stored is whole (a batch boundary),
// stops there and says in its summary what it did store.
class StoreJobRunner final : public QObject
{
    Q_OBJECT

public:
    // Reports progress from inside a job; thread-safe.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    // What a running job gets besides its connection.
    class Control final
    {
    public:
        Control(Progress progress, std::shared_ptr<const std::atomic_bool> cancel)
            : m_progress(std::move(progress)), m_cancel(std::move(cancel))
        {
        }
        void progress(qint64 done, qint64 total) const { m_progress(done, total); }
        const Progress &progressFunction() const { return m_progress; }
        // The user asked the job to stop (only ever true for cancellable jobs).
        bool cancelRequested() const { return m_cancel->load(); }

    private:
        Progress m_progress;
        std::shared_ptr<const std::atomic_bool> m_cancel;
    };

    // Runs in the worker thread. Returns false with `error` set on failure; `summary`
    // is a one-line result for the status bar.
    using Job = std::function<bool(const Database &, const Control &, QString *summary, QString *error)>;

    enum class Cancel : quint8 { NotSupported, Supported };

    explicit StoreJobRunner(QString storePath, QObject *parent = nullptr);
    ~StoreJobRunner() override;

    void start(const QString &title, Job job, Cancel cancel = Cancel::NotSupported);
    bool isBusy() const { return !m_queue.isEmpty(); }
    // Whether the job running now can be cancelled (and was not asked to already).
    bool canCancel() const;
    // Asks the job running now to stop; jobs waiting after it still run.
    void cancel();

signals:
    void jobStarted(const QString &title, bool cancellable);
    void jobProgress(const QString &title, qint64 done, qint64 total);
    // A cancelled job that stopped cleanly finishes too; its summary says so.
    void jobFinished(const QString &title, const QString &summary);
    void jobFailed(const QString &title, const QString &error);
    void cancelRequested(const QString &title);
    void idle();

private:
    struct Queued
    {
        QString title;
        std::shared_ptr<std::atomic_bool> cancel;
        bool cancellable = false;
    };

    QString m_storePath;
    QThread *m_thread;
    QObject *m_worker;
    // Jobs started and not yet finished, the running one first (GUI thread only).
    QList<Queued> m_queue;
};

} // namespace ct
