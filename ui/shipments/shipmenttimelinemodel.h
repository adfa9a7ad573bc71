// SPDX-License-Identifier: MIT
#pragma once

#include "domain/trackingevent.h"

#include <QAbstractTableModel>
#include <QList>

namespace ct {

// A shipment's timeline for a table, newest scan first: when it happened there (local
// time with its UTC offset, marked where the offset was assumed), the canonical status
// (tag and sub-status), what the carrier said and its own code (marked where the code was
// unknown to the adapter), and where. The events come from core (ShipmentDetailQuery);
// this model only adds display roles.
class ShipmentTimelineModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, Status, CarrierText, Code, Location, ColumnCount };
    // The offset of the row's time is a guess (TrackingEvent::timeAssumed); bool.
    static constexpr int TimeAssumedRole = Qt::UserRole + 1;
    // The carrier's code was not in the adapter's table; bool.
    static constexpr int UnmappedCodeRole = Qt::UserRole + 2;
    // The instant, UTC milliseconds; qint64.
    static constexpr int UtcMsRole = Qt::UserRole + 3;

    explicit ShipmentTimelineModel(QObject *parent = nullptr);

    // `events` oldest first, as the store gives them.
    void setEvents(const QList<TrackingEvent> &events);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<TrackingEvent> m_events; // newest first
};

} // namespace ct
