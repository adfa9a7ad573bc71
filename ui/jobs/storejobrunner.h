// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QThread;

namespace ct {

class Database;

// Runs long store work (demo data, exception refresh, imports) on one worker thread,
// one job after another, so the window never freezes. Each job gets its own connection
// to the store, opened in the worker thread (SQLite connections never cross threads);
// the window keeps reading through its own connection, which WAL allows meanwhile.
class StoreJobRunner final : public QObject
{
    Q_OBJECT

public:
    // Reports progress from inside a job; thread-safe.
    using Progress = std::function<void(qint64 done, qint64 total)>;
    // Runs in the worker thread. Returns false with `error` set on failure; `summary`
    // is a one-line result for the status bar.
    using Job = std::function<bool(const Database &, const Progress &, QString *summary, QString *error)>;

    explicit StoreJobRunner(QString storePath, QObject *parent = nullptr);
    ~StoreJobRunner() override;

    void start(const QString &title, Job job);
    bool isBusy() const { return m_pending > 0; }

signals:
    void jobStarted(const QString &title);
    void jobProgress(const QString &title, qint64 done, qint64 total);
    void jobFinished(const QString &title, const QString &summary);
    void jobFailed(const QString &title, const QString &error);
    void idle();

private:
    QString m_storePath;
    QThread *m_thread;
    QObject *m_worker;
    int m_pending = 0;
};

} // namespace ct
