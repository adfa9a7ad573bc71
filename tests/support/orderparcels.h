// SPDX-License-Identifier: MIT
// What the storefront order suites share: a parcel scanned once (in transit) to link an
// order to, and shipments stored through the real ShipmentIngestor.
#pragma once

#include "domain/shipmentrecord.h"
#include "store/database.h"
#include "store/shipmentingestor.h"
#include "support/trackingevents.h"

#include <QList>

namespace ct::test {

inline ShipmentRecord parcelScannedAt(const char *carrier, const char *tracking, const char *scannedAt)
{
    ShipmentRecord s;
    s.carrier = QString::fromLatin1(carrier);
    s.trackingNumber = QString::fromLatin1(tracking);
    s.sourceFormat = QStringLiteral("test");
    s.sourceDocument = s.trackingNumber;
    s.events = {eventAt(scannedAt, Subtag::InTransit)};
    s.tag = Tag::InTransit;
    s.subtag = Subtag::InTransit;
    return s;
}

inline bool ingestShipments(const Database &db, const QList<ShipmentRecord> &records, qint64 nowMs)
{
    ShipmentIngestor ingestor(db);
    QString error;
    IngestCounts counts;
    const bool ok = ingestor.ingest(records, nowMs, &counts, &error);
    if (!ok)
        qWarning("%s", qPrintable(error));
    return ok;
}

} // namespace ct::test
