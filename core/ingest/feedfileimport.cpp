// SPDX-License-Identifier: MIT
#include "feedfileimport.h"

#include "orders/orderfilereader.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace ct {

FeedFileImport::Listing FeedFileImport::list(const QStringList &paths, const CancelCheck &cancel)
{
    Listing listing;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            listing.files.append(path);
            listing.bytes += info.size();
            continue;
        }
        if (!info.isReadable() || !QDir(path).isReadable()) {
            FeedIssue issue;
            issue.source = path;
            issue.message = QStringLiteral("cannot list the folder: permission denied");
            listing.problems.append(issue);
            continue;
        }
        QStringList found;
        // System: named pipes, sockets, devices and dangling links are listed too, so that
        // each gets its line in the report (FeedReader refuses them) instead of vanishing.
        QDirIterator it(path, QDir::Files | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            if (cancel && cancel())
                break;
            it.next();
            const QFileInfo file = it.fileInfo();
            // Hidden files and folders (.DS_Store, .git) are not carrier files.
            if (file.isHidden() || QDir(path).relativeFilePath(file.filePath()).contains(QLatin1String("/.")))
                continue;
            found.append(file.filePath());
            listing.bytes += file.size();
        }
        std::sort(found.begin(), found.end());
        listing.files += found;
    }
    return listing;
}

FeedFileImport::FeedFileImport(const Database &database, RulesConfig rules)
    : m_importer(database, rules), m_orders(database, std::move(rules))
{
}

FeedFileImport::~FeedFileImport() = default;

void FeedFileImport::setBatchSize(int shipments)
{
    m_importer.setBatchSize(shipments);
}

void FeedFileImport::setOrderCsvMappings(CsvOrderMappingBook mappings)
{
    m_csvMappings = std::move(mappings);
}

ImportReport FeedFileImport::run(const QStringList &paths, qint64 nowMs, const ProgressSink &progress,
                                 const CancelCheck &cancel)
{
    ImportReport report;
    report.refusal = m_importer.refusal();
    if (!report.refusal.isEmpty())
        return report;

    const Listing listing = list(paths, cancel);
    report.listingProblems = listing.problems;
    Progress state;
    state.filesTotal = static_cast<int>(listing.files.size());
    state.bytesTotal = listing.bytes;
    for (const QString &path : listing.files) {
        FileImportOutcome outcome;
        outcome.path = path;
        outcome.size = QFileInfo(path).size();
        report.files.append(outcome);
    }
    auto tell = [&] {
        if (progress)
            progress(state);
    };
    tell();

    qint64 bytesBefore = 0; // of the files done
    m_importer.setCancelCheck(cancel);
    bool stop = cancel && cancel();
    for (FileImportOutcome &outcome : report.files) {
        if (stop)
            break;
        state.currentFile = outcome.path;
        m_importer.setProgress([&](qint64 done, qint64) {
            state.bytesDone = bytesBefore + std::min(done, outcome.size);
            tell();
        });
        QString error;
        auto keep = [&outcome](const FeedIssue &issue) {
            if (outcome.problems.size() < FileImportOutcome::MaxProblemsKept)
                outcome.problems.append(issue);
            else
                ++outcome.problemsNotKept;
        };
        // Only a plain file is looked into first (opening a named pipe would wait for its
        // writer); FeedReader says what the others are.
        bool storefront = false;
        std::optional<CsvOrderMapping> csvMapping;
        if (QFile file(outcome.path); QFileInfo(outcome.path).isFile() && file.open(QIODevice::ReadOnly)) {
            const QByteArray head = file.read(OrderFileReader::HeadBytes);
            storefront = OrderFileReader::looksLikeStorefront(head);
            if (!storefront && !m_csvMappings.isEmpty())
                csvMapping = m_csvMappings.find(OrderFileReader::csvHeader(head, OrderFileReader::csvDelimiter(head)));
        }
        bool ok = true;
        if (csvMapping) {
            OrderFileOutcome orders;
            ok = m_orders.importFile(outcome.path, *csvMapping, nowMs, &orders, keep, &error);
            outcome.orders = orders;
        } else if (storefront) {
            OrderFileOutcome orders;
            ok = m_orders.importFile(outcome.path, nowMs, &orders, keep, &error);
            outcome.orders = orders;
        } else {
            ok = m_importer.importFile(outcome.path, nowMs, &outcome.result, keep, &error);
        }
        if (!ok) {
            outcome.state = FileImportOutcome::State::StoreFailed;
            outcome.failure = error;
            stop = true;
        } else if (outcome.result.cancelled) {
            outcome.state = FileImportOutcome::State::Cancelled;
            report.cancelled = true;
            stop = true;
        } else {
            outcome.state = FileImportOutcome::State::Imported;
            // Between files is a boundary too: a cancel asked during the last batch of a
            // file stops before the next one.
            if (cancel && cancel()) {
                report.cancelled = true;
                stop = true;
            }
        }
        bytesBefore += outcome.size;
        ++state.filesDone;
        state.bytesDone = bytesBefore;
        tell();
    }
    if (stop && cancel && cancel())
        report.cancelled = true;
    m_importer.setCancelCheck({});
    m_importer.setProgress({});
    return report;
}

} // namespace ct
