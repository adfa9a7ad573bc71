// SPDX-License-Identifier: MIT
#pragma once

#include "sync/syncengine.h"

#include <QObject>
#include <QString>

class QThread;

namespace ct {

// Runs sync rounds (SyncEngine) on a thread of their own with their own connection to
// the store, so neither the network nor writing a page of the change feed ever blocks the
// window. The window keeps reading through its own connection (WAL). Signals arrive in
// the thread that made the runner. One round at a time.
class SyncRunner final : public QObject
{
    Q_OBJECT

public:
    explicit SyncRunner(QString storePath, QObject *parent = nullptr);
    ~SyncRunner() override;

    // Starts a round; false when one is running.
    bool start(const SyncOptions &options);
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void stateChanged(ct::SyncEngine::State state, const QString &detail);
    // Edits answered so far in this round (accepted, conflicts, refused) of `total`.
    void pushProgress(int done, int total);
    // Changes written from the change feed so far in this round.
    void pullProgress(int pulled);
    void retryScheduled(int delayMs, const QString &reason);
    void finished(bool ok, ct::SyncEngine::Failure failure, const QString &message, int pulled, int pushed,
                  int conflicts, int refused);

private:
    QString m_storePath;
    QThread *m_thread;
    QObject *m_worker;
    bool m_running = false;
};

} // namespace ct
