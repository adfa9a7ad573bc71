// SPDX-License-Identifier: MIT
#pragma once

#include "adapters/feedissue.h"
#include "fulfilmentupdate.h"
#include "order.h"

#include <QList>

namespace ct {

// What a storefront file held: its orders and stand-alone fulfilments, and every located
// issue (errors for records not kept, warnings for what an order lacked).
struct OrderDocument
{
    QList<Order> orders;
    QList<FulfilmentUpdate> fulfilments;
    QList<FeedIssue> issues;
    int records = 0;       // orders and fulfilments seen, kept or not
    int failedRecords = 0; // records not kept (malformed, no id)

    void error(const QString &source, int record, int line, const QString &field, const QString &message)
    {
        issues.append(FeedIssue{FeedIssue::Severity::Error, source, record, line, field, message});
    }
    void warning(const QString &source, int record, int line, const QString &field, const QString &message)
    {
        issues.append(FeedIssue{FeedIssue::Severity::Warning, source, record, line, field, message});
    }
};

} // namespace ct
