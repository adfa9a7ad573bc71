// SPDX-License-Identifier: MIT
#pragma once

#include "feedimporter.h"
#include "orders/orderfileimport.h"

#include <QList>
#include <QString>

#include <optional>

namespace ct {

// One file's part in an import of several: what it stored, its problems (located as the
// CLI prints them), or why it was not read or not reached.
struct FileImportOutcome
{
    enum class State : quint8 {
        NotReached,  // the import was cancelled (or the store failed) before this file
        Imported,    // read to its end (which may mean: not read at all; see notReadReason)
        Cancelled,   // stopped at a batch boundary inside this file
        StoreFailed, // the store refused a batch; earlier batches stay stored
    };
    static constexpr int MaxProblemsKept = 1000; // the rest are counted (and kept in ingest_issues)

    QString path;
    qint64 size = 0;
    State state = State::NotReached;
    FeedImporter::Result result; // a carrier feed's
    // A storefront's order file (OrderFileReader::looksLikeStorefront) is read by
    // OrderFileImport instead: what it stored; `result` stays empty.
    std::optional<OrderFileOutcome> orders;
    QList<FeedIssue> problems; // errors, warnings and notices in order, the first MaxProblemsKept
    int problemsNotKept = 0;
    QString failure;           // the store's error (StoreFailed)

    int problemCount() const { return static_cast<int>(problems.size()) + problemsNotKept; }
    // Why nothing of the file was read (it cannot be opened, is empty, is not JSON: the
    // reader's one line about the whole file), or empty.
    QString notReadReason() const;
    // "imported", "cancelled after record 30: …", "not read: …", "not reached".
    QString stateText() const;
    // "12 shipments: 10 new, 1 updated, 1 unchanged; 30 events; …", or for an order file
    // "3 orders (2 new, 1 updated, 0 unchanged, 0 older); 2 shipments linked; 0 conflicts".
    QString countsText() const;
};

// What an import of files and folders did, file by file, and in total; its text is what
// the desktop's result sheet copies and saves.
class ImportReport final
{
public:
    QList<FileImportOutcome> files;
    QList<FeedIssue> listingProblems; // a folder that could not be listed
    QString refusal;                  // the store takes no imports (a team server's replica)
    bool cancelled = false;

    IngestCounts storedTotals() const;
    OrderImportCounts orderTotals() const; // of the storefront files
    bool hasOrderFiles() const;
    int filesWithProblems() const;
    int problemCount() const;
    int filesIn(FileImportOutcome::State state) const;
    // One line: "3 files: 120 shipments (100 new, …); 2 files with problems."
    QString summary() const;
    // The whole report as plain text: the summary, a line per file, every problem.
    QString text() const;
};

} // namespace ct
