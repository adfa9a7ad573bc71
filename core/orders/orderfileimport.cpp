// SPDX-License-Identifier: MIT
#include "orderfileimport.h"

#include "orderfilereader.h"
#include "orderstore.h"

namespace ct {

struct OrderFileImport::Private
{
    Private(const Database &database, RulesConfig rules) : store(database, std::move(rules)) {}
    OrderStore store;
};

OrderFileImport::OrderFileImport(const Database &database, RulesConfig rules)
    : d(std::make_unique<Private>(database, std::move(rules)))
{
}

OrderFileImport::~OrderFileImport() = default;

bool OrderFileImport::importFile(const QString &path, qint64 nowMs, OrderFileOutcome *outcome,
                                 const std::function<void(const FeedIssue &)> &onIssue, QString *error)
{
    return importDocument(path, OrderFileReader::readFile(path), nowMs, outcome, onIssue, error);
}

bool OrderFileImport::importFile(const QString &path, const CsvOrderMapping &mapping, qint64 nowMs,
                                 OrderFileOutcome *outcome, const std::function<void(const FeedIssue &)> &onIssue,
                                 QString *error)
{
    return importDocument(path, OrderFileReader::readFile(path, mapping), nowMs, outcome, onIssue, error);
}

bool OrderFileImport::importDocument(const QString &path, const OrderDocument &document, qint64 nowMs,
                                     OrderFileOutcome *outcome, const std::function<void(const FeedIssue &)> &onIssue,
                                     QString *error)
{
    OrderFileOutcome result;
    result.path = path;
    result.records = document.records;
    for (const FeedIssue &issue : document.issues) {
        if (issue.severity == FeedIssue::Severity::Error)
            ++result.errors;
        else if (issue.severity == FeedIssue::Severity::Warning)
            ++result.warnings;
        if (onIssue)
            onIssue(issue);
    }
    const bool stored = d->store.store(document, nowMs, &result.counts, error);
    if (!stored)
        result.counts.failed = document.records;
    if (outcome)
        *outcome = result;
    return stored;
}

} // namespace ct
