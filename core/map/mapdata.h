// SPDX-License-Identifier: MIT
#pragma once

#include "etastatus.h"

#include <QString>

#include <array>
#include <vector>

namespace ct::map {

// One parcel in flight at its last scan place, in Web Mercator world coordinates.
struct MapPoint
{
    float x = 0;
    float y = 0;
    EtaStatus status = EtaStatus::OnTime;
    bool approximate = false; // located by its country's centroid only
};

// Origin region → destination region over the shipments the map holds (delivered ones
// too): volume and the on-time rate (delivered by the promised day, of those delivered
// with a promise or already late).
struct MapLane
{
    QString origin;      // "US-TX"
    QString destination; // "DE-07"
    double originLat = 0, originLon = 0, destLat = 0, destLon = 0; // mean of the shipments' places
    int volume = 0;
    int onTime = 0;
    int judged = 0; // onTime + late
    std::vector<qint64> shipmentIds; // the `volume` shipments of the lane, for a drill-down
    double onTimeRate() const { return judged ? double(onTime) / judged : 1.0; }
};

// What the Map view draws, as loaded by MapQuery: points[i] is shipment ids[i].
struct MapData
{
    std::vector<MapPoint> points;
    std::vector<qint64> ids;
    std::vector<MapLane> lanes;  // most volume first
    qint64 shipments = 0;        // matched by the filter, in flight or not
    qint64 unlocated = 0;        // in flight without a last place or coordinates (left out, counted)
    std::array<qint64, EtaStatusCount> byStatus{};
};

} // namespace ct::map
