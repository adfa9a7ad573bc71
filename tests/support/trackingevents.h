// SPDX-License-Identifier: MIT
// Hand-built carrier scans for tests: an event at an ISO 8601 local time with its offset
// ("2026-06-10T23:59:59.999-05:00"), in that offset, as a carrier reports it.
#pragma once

#include "domain/trackingevent.h"

#include <QDateTime>

namespace ct::test {

inline qint64 instant(const char *iso)
{
    const QDateTime dt = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
    if (!dt.isValid())
        qFatal("not an ISO 8601 instant: %s", iso);
    return dt.toMSecsSinceEpoch();
}

inline TrackingEvent eventAt(const char *iso, Subtag subtag)
{
    const QDateTime dt = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
    if (!dt.isValid())
        qFatal("not an ISO 8601 instant: %s", iso);
    TrackingEvent e;
    e.occurredAt = Timestamp{dt.toMSecsSinceEpoch(), static_cast<qint16>(dt.offsetFromUtc() / 60)};
    e.subtag = subtag;
    e.tag = tagOf(subtag);
    return e;
}

} // namespace ct::test
