// SPDX-License-Identifier: MIT
#pragma once

#include "adapters/feedissue.h"
#include "domain/shipmentrecord.h"
#include "mappingproblem.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace ct {

class MappingAdapter;

// Validates a carrier mapping file (`controltower-cli mapping check`, the user folder):
// MappingCompiler's located problems, then, when the mapping carries a sample, the sample
// read through it: not recognised by "detect" is an error, a field path that matches
// nothing in the sample is an error at that path (a typo found now rather than as empty
// fields at ingest), and a sample a built-in format already reads is a warning (the
// built-in format would take those documents first).
class MappingCheck final
{
public:
    struct Result
    {
        std::unique_ptr<MappingAdapter> adapter; // null when a problem is an error
        QList<mapping::MappingProblem> problems;
        // What reading the sample reported, and gave.
        QList<FeedIssue> sampleIssues;
        QList<ShipmentRecord> sampleShipments;

        bool ok() const { return adapter != nullptr; }
    };

    static Result check(const QByteArray &text);
    static Result checkFile(const QString &path);
};

} // namespace ct
