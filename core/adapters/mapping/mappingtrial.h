// SPDX-License-Identifier: MIT
#pragma once

#include "adapters/feedissue.h"
#include "domain/shipmentrecord.h"
#include "ingest/feedreader.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace ct {

class MappingAdapter;

// `controltower-cli mapping try FILE PAYLOAD`: a payload read through one mapping alone
// (no built-in format competes for it), with what each shipment left unfilled, so a user
// writing a mapping sees which fields the mapping does not reach.
class MappingTrial final
{
public:
    struct Result
    {
        QList<ShipmentRecord> shipments;
        QList<FeedIssue> issues;
        FeedReadSummary summary;
    };

    static Result run(std::unique_ptr<MappingAdapter> adapter, const QString &payloadPath);
    // The fields of `shipment` left empty, by name: "service", "origin.postalCode",
    // "estimatedDelivery", and for events how many lack each field: "events.city (2 of 6)".
    static QStringList unfilledFields(const ShipmentRecord &shipment);
};

} // namespace ct
