// SPDX-License-Identifier: MIT
#pragma once

#include "returns/returnqueuefilter.h"
#include "returns/returnqueuerow.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace ct {

// Counts the returns queue's facets and its total (ReturnQueueQuery::facets, count) on a
// thread of its own with its own read-only connection, so counting over the returns of a
// million shipments never holds the window. The newest request wins: one asked while
// another runs replaces any that waits, and only its answer arrives.
class ReturnFacetLoader final : public QObject
{
    Q_OBJECT

public:
    explicit ReturnFacetLoader(QString storePath, QObject *parent = nullptr);
    ~ReturnFacetLoader() override;

    void request(const ReturnQueueFilter &filter, qint64 nowMs);
    bool isBusy() const { return m_answered != m_asked; }

    struct Answer
    {
        ReturnQueueFacets facets;
        qint64 total = 0;
    };

Q_SIGNALS:
    void counted(const ct::ReturnFacetLoader::Answer &answer);
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
