// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace ct::map {

// Where a parcel in flight stands against its promise, at an instant (docs/MAP.md#eta-status),
// worst last: the colour of its dot.
enum class EtaStatus : quint8 { OnTime = 0, AtRisk = 1, Late = 2, Exception = 3, NoScan = 4 };
inline constexpr int EtaStatusCount = 5;
QString etaStatusCode(EtaStatus status);  // "on_time", "at_risk", "late", "exception", "no_scan"
QString etaStatusLabel(EtaStatus status); // "On time", "At risk", ...

struct EtaFacts
{
    bool openException = false;  // an open exception, or the tag is AttemptFail / Exception
    bool outForDelivery = false;
    qint64 lastEventMs = 0;
    std::optional<QDate> promised;      // the promised delivery day
    std::optional<QDate> estimated;     // the carrier's estimate
};

// The end of a promised day (midnight UTC after it), UTC ms.
qint64 endOfDayMs(const QDate &day);

// No scan for this long is "no scan for long" (offline, in the anchors' words).
inline constexpr qint64 NoScanAfterMs = 72LL * 3600 * 1000;

// Exception first, then no scan for 72 h, then late (the promised day, UTC, is over), then
// at risk (the estimate is after the promised day, or the promised day ends within 24 h
// and the parcel is not out for delivery), else on time (also when nothing was promised).
EtaStatus etaStatusOf(const EtaFacts &facts, qint64 nowMs);

} // namespace ct::map
