// SPDX-License-Identifier: MIT
#include "shipmentdetail.h"

#include "database.h"
#include "domain/statuslatch.h"
#include "qtsqlsupport.h"
#include "shipmentqueries.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

namespace ct {

namespace {

std::optional<qint64> optionalMs(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

} // namespace

ShipmentDetailQuery::ShipmentDetailQuery(const Database &database) : m_database(database) {}

std::optional<ShipmentDetail> ShipmentDetailQuery::load(qint64 shipmentId, QString *error) const
{
    if (error)
        error->clear();
    QSqlQuery q(m_database.connection());
    if (!prepare(q,
                 QStringLiteral(
                     "SELECT carrier, tracking_number, carrier_reference, master_tracking_number, piece_count, "
                     "service, source_format, tag, subtag, status_conflict, estimated_date, estimated_at_ms, "
                     "estimated_offset_min, shipped_at_ms, delivered_at_ms, attempt_count, "
                     "origin_city, origin_state, origin_postal, origin_country, "
                     "dest_city, dest_state, dest_postal, dest_country, "
                     "order_id, customer_name, customer_email, customer_phone, order_value_cents, currency, "
                     "promised_date, ordered_at_ms, version, updated_at_ms, "
                     "(SELECT count(*) FROM raw_payloads p WHERE p.shipment_id = s.id), "
                     "(SELECT count(*) FROM exceptions x WHERE x.shipment_id = s.id AND +x.status = 0), "
                     "edd_level, edd_p50_date, edd_p90_date, edd_cell, edd_samples, edd_milestone, "
                     "edd_late_permille, edd_model_version, edd_estimated_at_ms "
                     "FROM shipments s WHERE s.id = ?"),
                 error))
        return std::nullopt;
    bind(q, 0, shipmentId);
    if (!execPrepared(q, error))
        return std::nullopt;
    if (!q.next())
        return std::nullopt;

    ShipmentDetail d;
    d.id = shipmentId;
    int c = 0;
    d.carrier = q.value(c++).toString();
    d.trackingNumber = q.value(c++).toString();
    d.carrierReference = q.value(c++).toString();
    d.masterTrackingNumber = q.value(c++).toString();
    d.pieceCount = q.value(c++).toInt();
    d.service = q.value(c++).toString();
    d.sourceFormat = q.value(c++).toString();
    d.tag = tagFromInt(q.value(c++).toInt()).value_or(Tag::Pending);
    d.subtag = subtagFromInt(q.value(c++).toInt()).value_or(genericSubtag(d.tag));
    d.statusConflict = q.value(c++).toString();
    d.estimatedDelivery.date = QDate::fromString(q.value(c++).toString(), Qt::ISODate);
    const std::optional<qint64> estimatedAt = optionalMs(q.value(c++));
    const int estimatedOffset = q.value(c++).toInt();
    if (estimatedAt) {
        d.estimatedDelivery.hasTime = true;
        d.estimatedDelivery.at = Timestamp{*estimatedAt, static_cast<qint16>(estimatedOffset)};
    }
    d.shippedAtMs = optionalMs(q.value(c++));
    d.deliveredAtMs = optionalMs(q.value(c++));
    d.attemptCount = q.value(c++).toInt();
    for (Address *address : {&d.origin, &d.destination}) {
        address->city = q.value(c++).toString();
        address->state = q.value(c++).toString();
        address->postalCode = q.value(c++).toString();
        address->country = q.value(c++).toString();
    }
    d.order.orderId = q.value(c++).toString();
    d.order.customerName = q.value(c++).toString();
    d.order.customerEmail = q.value(c++).toString();
    d.order.customerPhone = q.value(c++).toString();
    d.order.orderValueCents = q.value(c++).toLongLong();
    d.order.currency = q.value(c++).toString();
    d.order.promisedDate = QDate::fromString(q.value(c++).toString(), Qt::ISODate);
    if (const std::optional<qint64> ordered = optionalMs(q.value(c++)))
        d.order.orderedAt = QDateTime::fromMSecsSinceEpoch(*ordered, QTimeZone::utc());
    d.version = q.value(c++).toLongLong();
    d.updatedAtMs = q.value(c++).toLongLong();
    d.rawPayloadCount = q.value(c++).toInt();
    d.openExceptionCount = q.value(c++).toInt();
    predict::StoredPrediction &p = d.prediction;
    const QVariant level = q.value(c++);
    p.estimated = !level.isNull();
    p.level = static_cast<predict::BackoffLevel>(std::clamp(level.toInt(), 0, predict::BackoffLevelCount - 1));
    p.p50 = QDate::fromString(q.value(c++).toString(), Qt::ISODate);
    p.p90 = QDate::fromString(q.value(c++).toString(), Qt::ISODate);
    p.cell = q.value(c++).toString();
    p.sampleSize = q.value(c++).toLongLong();
    p.milestone = static_cast<predict::Milestone>(std::clamp(q.value(c++).toInt(), 0, predict::MilestoneCount - 1));
    if (const QVariant late = q.value(c++); !late.isNull())
        p.latePermille = late.toInt();
    p.modelVersion = q.value(c++).toLongLong();
    p.estimatedAtMs = optionalMs(q.value(c++));
    q.finish();

    auto events = ShipmentQueries(m_database).timeline(shipmentId, error);
    if (!events)
        return std::nullopt;
    d.events = std::move(*events);
    d.statusLatch = StatusLatch::of(d.events).conflict;
    return d;
}

} // namespace ct
