// SPDX-License-Identifier: MIT
#pragma once

#include "domain/shipmentrecord.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

// The XML modes of bench_ingest (docs/PERFORMANCE.md, "XML formats"):
//  - xmlVersusJson: the same shipments as UPS Tracking XML and as AfterShip JSON lines,
//    read (normalize only) and ingested end to end, as ratios XML/JSON in the same run;
//  - xmlDocumentMemory: a generated UPS Tracking XML document of `megabytes` MB read from
//    a file (normalize only), and the peak resident memory while reading it, against the
//    document's size; the same for AfterShip JSON lines of the same size.
// Both return a process exit code and print their figures.
int xmlVersusJson(const QList<ct::ShipmentRecord> &records, const QByteArray &jsonFeed, const QString &directory,
                  const QDateTime &now);
int xmlDocumentMemory(const QList<ct::ShipmentRecord> &records, int megabytes, const QString &directory);
