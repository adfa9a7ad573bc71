// SPDX-License-Identifier: MIT
#pragma once

#include "adapters/feedissue.h"
#include "csvordermapping.h"
#include "orderdocument.h"
#include "orderimportcounts.h"
#include "rules/rulesconfig.h"

#include <QString>

#include <functional>
#include <memory>

namespace ct {

class Database;

// What importing one storefront file did.
struct OrderFileOutcome
{
    QString path;
    int records = 0;
    int errors = 0;
    int warnings = 0;
    OrderImportCounts counts;
};

// Storefront files into the store, one after another (`controltower-cli orders import`):
// each read by OrderFileReader, its good records stored by OrderStore in one
// transaction, its issues handed to the caller.
class OrderFileImport final
{
public:
    explicit OrderFileImport(const Database &database, RulesConfig rules = {});
    ~OrderFileImport();

    // False only when the store failed (`error`); the file's records then are not stored.
    bool importFile(const QString &path, qint64 nowMs, OrderFileOutcome *outcome,
                    const std::function<void(const FeedIssue &)> &onIssue, QString *error);
    // A CSV read by `mapping` (OrderFileReader::readFile): refused whole when it does not fit.
    bool importFile(const QString &path, const CsvOrderMapping &mapping, qint64 nowMs, OrderFileOutcome *outcome,
                    const std::function<void(const FeedIssue &)> &onIssue, QString *error);

private:
    bool importDocument(const QString &path, const OrderDocument &document, qint64 nowMs, OrderFileOutcome *outcome,
                        const std::function<void(const FeedIssue &)> &onIssue, QString *error);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace ct
