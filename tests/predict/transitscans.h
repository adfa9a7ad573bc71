// SPDX-License-Identifier: MIT
// What the delivery-date suites build their histories from: dates, scans at an instant and
// the business days of a Saturday-and-Sunday calendar (no holidays), counted by hand.
#pragma once

#include "domain/timestamp.h"
#include "domain/trackingevent.h"

#include <QDate>
#include <QString>

namespace ct::test {

inline QDate day(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

inline TrackingEvent scan(Timestamp at, Subtag subtag)
{
    TrackingEvent e;
    e.occurredAt = at;
    e.subtag = subtag;
    e.tag = tagOf(subtag);
    return e;
}

// The business day `n` after `from`, Saturdays and Sundays off.
inline QDate plusWeekdays(QDate from, int n)
{
    QDate d = from;
    while (n > 0) {
        d = d.addDays(1);
        if (d.dayOfWeek() <= 5)
            --n;
    }
    return d;
}

} // namespace ct::test
