// SPDX-License-Identifier: MIT
#pragma once

#include "importreport.h"
#include "rules/rulesconfig.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace ct {

class Database;

// Imports files and folders into the store, one file after another through FeedImporter
// (a storefront's order file, which it tells by its first bytes, through OrderFileImport):
// a folder gives every file under it (hidden ones and hidden folders left out, in path
// order), progress counts files and bytes, a cancel stops at the next batch boundary, and
// each file gets its outcome in the ImportReport. A file that cannot be opened (gone since
// it was chosen, unreadable) or is not what it seems is one line in its outcome, and the
// next file goes on; only a store failure ends the import early.
class FeedFileImport final
{
public:
    struct Progress
    {
        int filesDone = 0;
        int filesTotal = 0;
        qint64 bytesDone = 0;
        qint64 bytesTotal = 0;
        QString currentFile;
    };
    using ProgressSink = std::function<void(const Progress &)>;
    using CancelCheck = std::function<bool()>;

    struct Listing
    {
        QStringList files;
        qint64 bytes = 0;
        QList<FeedIssue> problems;
    };
    // The files `paths` name: a file as it is (even one that does not exist: its import
    // says so), a folder as every file under it. `cancel` is asked between entries.
    static Listing list(const QStringList &paths, const CancelCheck &cancel = {});

    explicit FeedFileImport(const Database &database, RulesConfig rules = {});
    ~FeedFileImport();

    void setBatchSize(int shipments);
    // The column mappings a CSV in no known format is read by, found by its header (the
    // desktop's mapping dialog saves them: docs/storefronts/csv.md); without one such a
    // file is reported not read.
    void setOrderCsvMappings(CsvOrderMappingBook mappings);

    ImportReport run(const QStringList &paths, qint64 nowMs, const ProgressSink &progress = {},
                     const CancelCheck &cancel = {});

private:
    FeedImporter m_importer;
    OrderFileImport m_orders;
    CsvOrderMappingBook m_csvMappings;
};

} // namespace ct
