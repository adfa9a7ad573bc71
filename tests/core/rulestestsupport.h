// SPDX-License-Identifier: MIT
// What the exception-rule suites share: instants and events written as ISO 8601 with
// their offset, and the episodes of one type.
#pragma once

#include "rules/exceptionrules.h"

#include <QDateTime>

namespace ct::rulestest {

inline QDateTime parsed(const char *iso)
{
    const QDateTime dt = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    if (!dt.isValid())
        qFatal("not an ISO 8601 instant: %s", iso);
    return dt;
}

// "2026-11-19T14:47:00-06:00" -> UTC milliseconds.
inline qint64 at(const char *iso)
{
    return parsed(iso).toMSecsSinceEpoch();
}

// An event at an ISO time with offset, in that offset.
inline TrackingEvent ev(const char *iso, Subtag subtag, const char *description = "", const char *city = "")
{
    const QDateTime dt = parsed(iso);
    TrackingEvent e;
    e.occurredAt = Timestamp{dt.toMSecsSinceEpoch(), static_cast<qint16>(dt.offsetFromUtc() / 60)};
    e.subtag = subtag;
    e.tag = tagOf(subtag);
    e.description = QString::fromUtf8(description);
    e.city = QString::fromUtf8(city);
    return e;
}

inline QList<ExceptionEpisode> ofType(const QList<ExceptionEpisode> &all, ExceptionType type)
{
    QList<ExceptionEpisode> out;
    for (const ExceptionEpisode &e : all) {
        if (e.type == type)
            out.append(e);
    }
    return out;
}

} // namespace ct::rulestest
