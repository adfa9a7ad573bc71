// SPDX-License-Identifier: MIT
#pragma once

#include "queue/exceptionqueuefilter.h"
#include "queue/exceptionqueuefiltercheck.h"
#include "queue/exceptionqueuerow.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

class QThread;

namespace ct {

// Counts the queue's facets (ExceptionQueueFacetCounter) and its total, and checks the
// filter's values (and the saved views') against the store (ExceptionQueueFilterCheck),
// on a thread of its own, with its own
// read-only connection to the store, so a count over a million shipments never holds the
// window (docs/PERFORMANCE.md). The newest request wins: one asked while another runs
// replaces any that waits, and only its answer arrives.
class ExceptionFacetLoader final : public QObject
{
    Q_OBJECT

public:
    explicit ExceptionFacetLoader(QString storePath, QObject *parent = nullptr);
    ~ExceptionFacetLoader() override;

    // `views`: saved views' filters to check as well (their stale values arrive in
    // `viewsStale`, in the same order).
    void request(const ExceptionQueueFilter &filter, const ExceptionQueueContext &context,
                 const QList<ExceptionQueueFilter> &views = {}, const QStringList &knownAgents = {});
    bool isBusy() const { return m_answered != m_asked; }

    struct Answer
    {
        ExceptionQueueFacets facets;
        qint64 total = 0;
        QList<StaleFilterValue> stale;
        QList<QList<StaleFilterValue>> viewsStale;
        qint64 elapsedMs = 0; // the facet counts' time
    };

Q_SIGNALS:
    // The answer to the newest request.
    void counted(const ct::ExceptionFacetLoader::Answer &answer);
    void failed(const QString &message);

private:
    struct Worker;
    QString m_storePath;
    QThread *m_thread;
    QObject *m_receiver; // lives in the thread
    std::shared_ptr<Worker> m_worker;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    quint64 m_asked = 0;
    quint64 m_answered = 0;
};

} // namespace ct
