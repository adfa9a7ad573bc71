// SPDX-License-Identifier: MIT
#include "importreport.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace ct {

namespace {

QString number(qint64 n)
{
    return QLocale::c().toString(n);
}

QString counted(qint64 n, const char *one, const char *many)
{
    return number(n) + QLatin1Char(' ') + QLatin1String(n == 1 ? one : many);
}

QString countsOf(const IngestCounts &c, int shipmentsRead)
{
    return QStringLiteral("%1 (%2 new, %3 updated, %4 unchanged); %5; %6 opened, %7 resolved")
        .arg(counted(shipmentsRead, "shipment", "shipments"), number(c.shipmentsNew), number(c.shipmentsUpdated),
             number(c.shipmentsUnchanged), counted(c.eventsNew, "new event", "new events"),
             counted(c.exceptionsOpened, "exception", "exceptions"), number(c.exceptionsResolved));
}

QString ordersOf(const OrderImportCounts &c, int records)
{
    return QStringLiteral("%1 (%2 new, %3 updated, %4 unchanged, %5 older); %6 linked; %7")
        .arg(counted(records, "storefront record", "storefront records"), number(c.created), number(c.updated),
             number(c.unchanged), number(c.older), counted(c.shipmentsLinked, "shipment", "shipments"),
             counted(c.conflicts, "tracking number conflict", "tracking number conflicts"));
}

} // namespace

QString FileImportOutcome::notReadReason() const
{
    if (orders ? orders->records > 0 : result.read.shipments > 0 || result.read.records > 1)
        return {};
    for (const FeedIssue &issue : problems) {
        if (issue.record == 0 && issue.severity != FeedIssue::Severity::Notice)
            return issue.message;
    }
    return {};
}

QString FileImportOutcome::stateText() const
{
    switch (state) {
    case State::NotReached:
        return QStringLiteral("not reached: the import stopped before this file");
    case State::StoreFailed:
        if (orders) // one transaction for the file
            return QStringLiteral("the store failed: %1; nothing of this file is stored").arg(failure);
        return QStringLiteral("the store failed after record %1: %2; the records before it are stored")
            .arg(number(result.recordsStored), failure);
    case State::Cancelled:
        return result.recordsStored == 0
                   ? QStringLiteral("cancelled before its first batch: nothing of it was stored")
                   : QStringLiteral("cancelled after record %1: records 1–%1 are stored, the rest of the file is not")
                         .arg(number(result.recordsStored));
    case State::Imported:
        break;
    }
    if (const QString reason = notReadReason(); !reason.isEmpty())
        return QStringLiteral("not read: ") + reason;
    if (orders)
        return orders->counts.failed > 0 ? QStringLiteral("storefront orders imported; %1 of %2 failed")
                                               .arg(number(orders->counts.failed), counted(orders->records, "record", "records"))
                                         : QStringLiteral("storefront orders imported");
    if (result.read.failedRecords > 0)
        return QStringLiteral("imported; %1 of %2 failed")
            .arg(number(result.read.failedRecords), counted(result.read.records, "record", "records"));
    return QStringLiteral("imported");
}

QString FileImportOutcome::countsText() const
{
    return orders ? ordersOf(orders->counts, orders->records) : countsOf(result.stored, result.read.shipments);
}

OrderImportCounts ImportReport::orderTotals() const
{
    OrderImportCounts total;
    for (const FileImportOutcome &file : files)
        if (file.orders)
            total += file.orders->counts;
    return total;
}

bool ImportReport::hasOrderFiles() const
{
    return std::any_of(files.begin(), files.end(), [](const FileImportOutcome &f) { return f.orders.has_value(); });
}

IngestCounts ImportReport::storedTotals() const
{
    IngestCounts total;
    for (const FileImportOutcome &file : files)
        total += file.result.stored;
    return total;
}

int ImportReport::filesWithProblems() const
{
    int n = 0;
    for (const FileImportOutcome &file : files)
        n += file.problemCount() > 0 || file.state == FileImportOutcome::State::StoreFailed ? 1 : 0;
    return n;
}

int ImportReport::problemCount() const
{
    int n = static_cast<int>(listingProblems.size());
    for (const FileImportOutcome &file : files)
        n += file.problemCount();
    return n;
}

int ImportReport::filesIn(FileImportOutcome::State state) const
{
    return static_cast<int>(std::count_if(files.cbegin(), files.cend(),
                                          [state](const FileImportOutcome &file) { return file.state == state; }));
}

QString ImportReport::summary() const
{
    if (!refusal.isEmpty())
        return QStringLiteral("Nothing was imported: %1.").arg(refusal);
    int shipments = 0;
    for (const FileImportOutcome &file : files)
        shipments += file.result.read.shipments;
    QString text = QStringLiteral("%1: %2.").arg(counted(files.size(), "file", "files"),
                                                 countsOf(storedTotals(), shipments));
    if (hasOrderFiles()) {
        int records = 0;
        for (const FileImportOutcome &file : files)
            records += file.orders ? file.orders->records : 0;
        text += QStringLiteral(" Storefront orders: %1.").arg(ordersOf(orderTotals(), records));
    }
    if (const int withProblems = filesWithProblems(); withProblems > 0)
        text += QStringLiteral(" %1 with problems (%2).")
                    .arg(counted(withProblems, "file", "files"), counted(problemCount(), "problem", "problems"));
    if (cancelled) {
        const int notReached = filesIn(FileImportOutcome::State::NotReached);
        text += QStringLiteral(" Cancelled: what is counted here is stored, and nothing else");
        text += notReached > 0 ? QStringLiteral(" (%1 not reached).").arg(counted(notReached, "file", "files"))
                               : QStringLiteral(".");
    }
    return text;
}

QString ImportReport::text() const
{
    QStringList lines{summary(), QString()};
    for (const FileImportOutcome &file : files) {
        lines.append(QStringLiteral("%1: %2").arg(file.path, file.stateText()));
        if (file.state != FileImportOutcome::State::NotReached && file.notReadReason().isEmpty())
            lines.append(QStringLiteral("    ") + file.countsText());
    }
    if (problemCount() > 0) {
        lines.append(QString());
        lines.append(QStringLiteral("Problems:"));
        for (const FeedIssue &issue : listingProblems)
            lines.append(issue.toString());
        for (const FileImportOutcome &file : files) {
            for (const FeedIssue &issue : file.problems)
                lines.append(issue.toString());
            if (file.problemsNotKept > 0)
                lines.append(QStringLiteral("%1: and %2 more (all of them are in the store's ingest_issues)")
                                 .arg(file.path, number(file.problemsNotKept)));
        }
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace ct
