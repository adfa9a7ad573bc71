// SPDX-License-Identifier: MIT
#pragma once

namespace ct {

// What an ingest (or an exception refresh) changed in the store.
struct IngestCounts
{
    int shipmentsNew = 0;
    int shipmentsUpdated = 0;   // existing shipments that gained events or details
    int shipmentsUnchanged = 0; // everything in the record was already stored
    int eventsNew = 0;
    int eventsDuplicate = 0;    // the same scan again (same shipment, minute and tag)
    int rawPayloadsStored = 0;
    int exceptionsOpened = 0;   // new open exceptions, and reopened ones
    int exceptionsResolved = 0; // open exceptions whose condition cleared
    int exceptionsPast = 0;     // occurrences found already over when first seen
    int exceptionsUpdated = 0;  // open exceptions whose reason, attempts or priority changed
    int unmappedEvents = 0;

    IngestCounts &operator+=(const IngestCounts &o)
    {
        shipmentsNew += o.shipmentsNew;
        shipmentsUpdated += o.shipmentsUpdated;
        shipmentsUnchanged += o.shipmentsUnchanged;
        eventsNew += o.eventsNew;
        eventsDuplicate += o.eventsDuplicate;
        rawPayloadsStored += o.rawPayloadsStored;
        exceptionsOpened += o.exceptionsOpened;
        exceptionsResolved += o.exceptionsResolved;
        exceptionsPast += o.exceptionsPast;
        exceptionsUpdated += o.exceptionsUpdated;
        unmappedEvents += o.unmappedEvents;
        return *this;
    }
};

// What an ingest of returns changed (ShipmentIngestor::ingestReturns).
struct ReturnIngestCounts
{
    int returnsNew = 0;
    int returnsUpdated = 0;   // the feed changed something of a stored return
    int returnsUnchanged = 0; // the store already held all of it, or held newer decisions
    int statusesKept = 0;     // the feed named a status the store kept its own over (earlier, or after its decision)
};

} // namespace ct
