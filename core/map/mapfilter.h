// SPDX-License-Identifier: MIT
#pragma once

#include "etastatus.h"
#include "queue/exceptionqueuefilter.h"

#include <QList>

namespace ct::map {

// What the map shows: the queue's carrier, service and destination filters and its date
// range (ExceptionQueueFilter: carriers, services, destinationCountries, openedAtMs, here
// applied to the shipment's last scan), and the ETA statuses to draw (empty: all).
struct MapFilter
{
    ExceptionQueueFilter queue;
    QList<EtaStatus> statuses;
    int maxLanes = 1000;

    bool operator==(const MapFilter &) const = default;
};

} // namespace ct::map
