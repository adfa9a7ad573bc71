// SPDX-License-Identifier: MIT
#include "shipmentoutcomescan.h"

#include "kpistatement.h"

#include <QHash>
#include <QVariant>

#include <algorithm>

namespace ct {

namespace {

const auto executed = executedKpiStatement;

} // namespace

bool ShipmentOutcomeScan::fakeMarks(const Database &db, QHash<qint64, QList<qint64>> *marks, QString *error)
{
    auto q = executed(db,
                      QStringLiteral("SELECT shipment_id, fake_attempt_at_ms FROM exceptions WHERE fake_attempt_at_ms IS NOT NULL"),
                      {}, error);
    if (!q)
        return false;
    while (q->next())
        (*marks)[q->int64(0)].append(q->int64(1));
    q->finish();
    return true;
}

bool ShipmentOutcomeScan::run(const Database &db, const ExceptionRules &rules, const QString &where,
                              const QVariantList &values, const QString &extra, const Visit &visit, QString *error)
{
    QHash<qint64, QList<qint64>> marks;
    if (!fakeMarks(db, &marks, error))
        return false;
    auto rows = executed(db,
                         QStringLiteral("SELECT s.id, s.tag, s.promised_date, s.estimated_date, s.estimated_at_ms, "
                                        "s.estimated_offset_min, s.dest_country, s.dest_state, s.last_event_offset_min, "
                                        "s.ordered_at_ms")
                             + (extra.isEmpty() ? QString() : QStringLiteral(", ") + extra)
                             + QStringLiteral(" FROM shipments s WHERE ") + where + QStringLiteral(" ORDER BY s.id"),
                         values, error);
    if (!rows)
        return false;
    auto events = executed(db,
                           QStringLiteral("SELECT e.shipment_id, e.occurred_at_ms, e.utc_offset_min, e.tag, e.subtag "
                                          "FROM shipments s JOIN events e ON e.shipment_id = s.id WHERE ")
                               + where + QStringLiteral(" ORDER BY e.shipment_id"),
                           values, error);
    if (!events)
        return false;
    bool eventPending = events->next();
    QList<TrackingEvent> timeline;
    while (rows->next()) {
        const qint64 id = rows->int64(0);
        timeline.clear();
        while (eventPending && events->int64(0) < id)
            eventPending = events->next();
        while (eventPending && events->int64(0) == id) {
            TrackingEvent e;
            e.occurredAt = Timestamp{events->int64(1), static_cast<qint16>(events->int64(2))};
            e.tag = tagFromInt(static_cast<int>(events->int64(3))).value_or(Tag::InTransit);
            e.subtag = subtagFromInt(static_cast<int>(events->int64(4))).value_or(genericSubtag(e.tag));
            timeline.append(e);
            eventPending = events->next();
        }
        std::stable_sort(timeline.begin(), timeline.end(), [](const TrackingEvent &a, const TrackingEvent &b) {
            return a.occurredAt.utcMs < b.occurredAt.utcMs;
        });
        ShipmentFacts facts;
        facts.destinationCountry = rows->text(6);
        facts.destinationState = rows->text(7);
        facts.promisedDate = QDate::fromString(rows->text(2), Qt::ISODate);
        facts.estimatedDelivery.date = QDate::fromString(rows->text(3), Qt::ISODate);
        if (!rows->isNull(4)) {
            facts.estimatedDelivery.hasTime = true;
            facts.estimatedDelivery.at = Timestamp{rows->int64(4), static_cast<qint16>(rows->int64(5))};
        }
        const Tag status = tagFromInt(static_cast<int>(rows->int64(1))).value_or(Tag::Pending);
        visit(*rows, id,
              ShipmentOutcome::derive(status, facts, static_cast<int>(rows->int64(8)), rows->optionalInt64(9), timeline,
                                      marks.value(id), rules));
    }
    rows->finish();
    events->finish();
    return true;
}

} // namespace ct
