// SPDX-License-Identifier: MIT
// A hand-built exception queue for the Exceptions view's tests: `count` shipments through
// the ingestor (one recent scan each, so no rule fires) and one exception per shipment,
// written as rows with values that follow from its number i (1..count), so every page,
// order and colour can be worked out by hand. N is the suite's fixed now.
//
//   exception i on shipment i, tracking "TRK" + i in four digits, customer "Customer i"
//   type: failed attempt (customer unavailable, the customer acts) when i % 5 == 0, else
//         delayed (the carrier acts)
//   carrier: "ups" for odd i, "delhivery" for even; destination Austin, US / Pune, IN
//   score: i % 100; band P1 from 75, P2 from 50, P3 from 25, else P4
//   first action due N + (i - 100) h; resolution due N + (i + 24) h; opened N - i h
//   assignee: "omar" when i % 3 == 0, nobody when i % 3 == 1, "maria" when i % 3 == 2
//   order value i × 10.00 (USD to the US, INR to India); COD when i % 4 == 0, else prepaid
#pragma once

#include "store/database.h"
#include "store/shipmentingestor.h"
#include "support/testclock.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ct::test {

inline constexpr qint64 HourMs = 3'600'000;

inline qint64 atHours(double hours)
{
    return fixedNowMs() + static_cast<qint64>(hours * HourMs);
}

inline int bandOf(int score)
{
    return score >= 75 ? 1 : score >= 50 ? 2 : score >= 25 ? 3 : 4;
}

// Adds exception `id` on shipment `shipment` as the rules would have stored it.
inline bool insertException(const Database &db, int id, int shipment, double firstActionDueHours, QString *error)
{
    QSqlQuery q(db.connection());
    if (!q.prepare(QStringLiteral(
            "INSERT INTO exceptions(id, shipment_id, type, reason, party, status, resolution, trigger_at_ms, "
            "detected_at_ms, first_action_due_ms, resolve_due_ms, priority_score, priority, detail, assignee, "
            "updated_at_ms) VALUES(?,?,?,?,?,0,0,?,?,?,?,?,?,?,?,?)"))) {
        *error = q.lastError().text();
        return false;
    }
    const bool failed = id % 5 == 0;
    const int score = id % 100;
    const QVariantList values{id,
                              shipment,
                              int(failed ? ExceptionType::FailedAttempt : ExceptionType::Delayed),
                              int(failed ? NdrReason::CustomerUnavailable : NdrReason::None),
                              int(failed ? ResponsibleParty::Customer : ResponsibleParty::Carrier),
                              atHours(-id),
                              atHours(-id),
                              atHours(firstActionDueHours),
                              atHours(id + 24),
                              score,
                              bandOf(score),
                              QStringLiteral("exception %1").arg(id),
                              id % 3 == 0   ? QStringLiteral("omar")
                              : id % 3 == 1 ? QString::fromLatin1("")
                                            : QStringLiteral("maria"),
                              fixedNowMs()};
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

inline bool buildQueueStore(const Database &db, int count, QString *error)
{
    QList<ShipmentRecord> records;
    for (int i = 1; i <= count; ++i) {
        ShipmentRecord r;
        const bool us = i % 2 == 1;
        r.carrier = us ? QStringLiteral("ups") : QStringLiteral("delhivery");
        r.service = us ? QStringLiteral("UPS Ground") : QStringLiteral("Delhivery Surface");
        r.trackingNumber = QStringLiteral("TRK%1").arg(i, 4, 10, QLatin1Char('0'));
        r.sourceFormat = r.carrier;
        r.sourceDocument = QStringLiteral("hand.json#") + r.trackingNumber;
        r.order.orderId = QStringLiteral("#%1").arg(1000 + i);
        r.order.customerName = QStringLiteral("Customer %1").arg(i);
        r.order.customerEmail = QStringLiteral("customer%1@example.com").arg(i);
        r.order.orderValueCents = 1000 * i;
        r.order.currency = us ? QStringLiteral("USD") : QStringLiteral("INR");
        r.payment.mode = i % 4 == 0 ? PaymentMode::CashOnDelivery : PaymentMode::Prepaid;
        r.destination = us ? Address{QStringLiteral("Austin"), QStringLiteral("TX"), QStringLiteral("78701"), QStringLiteral("US")}
                           : Address{QStringLiteral("Pune"), QString(), QStringLiteral("411001"), QStringLiteral("IN")};
        r.origin.country = r.destination.country;
        TrackingEvent e;
        e.occurredAt = Timestamp{fixedNowMs() - 2 * HourMs, 0};
        e.subtag = Subtag::InTransit;
        e.tag = tagOf(e.subtag);
        e.description = QStringLiteral("scan");
        e.city = r.destination.city;
        e.country = r.destination.country;
        e.rawCode = QStringLiteral("X");
        r.events = {e};
        records << r;
    }
    if (!ShipmentIngestor(db).ingest(records, fixedNowMs(), nullptr, error))
        return false;
    for (int i = 1; i <= count; ++i) {
        if (!insertException(db, i, i, i - 100, error))
            return false;
    }
    return true;
}

} // namespace ct::test
