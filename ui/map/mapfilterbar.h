// SPDX-License-Identifier: MIT
#pragma once

#include "map/mapfilter.h"

#include <QWidget>

class QComboBox;

namespace ct {

// The Map view's filters (docs/DESKTOP.md#map): carrier, service, ETA status and how
// recent the last scan is. Carrier, service and the date range are the queue's own
// dimensions (ExceptionQueueFilter's carriers, services and openedAtMs, which MapFilter
// applies to the shipments), so a filter means the same thing in both views. The combos
// offer the carriers and services the store has; emits filterEdited when the user picks.
// What is picked persists (AppSettings::Map*) and comes back in the next window; a carrier
// or service the store no longer has stays picked, marked "(not in this store)".
class MapFilterBar final : public QWidget
{
    Q_OBJECT

public:
    explicit MapFilterBar(QWidget *parent = nullptr);

    // The carriers and services to offer, each pair once; keeps what is picked when the
    // store still has it.
    void setCarrierServices(const QList<CarrierService> &known);
    // The filter the bar shows, its date range ending at `nowMs`.
    map::MapFilter filter(qint64 nowMs) const;

    QComboBox *carriers() const { return m_carrier; }
    QComboBox *services() const { return m_service; }
    QComboBox *statuses() const { return m_status; }
    QComboBox *periods() const { return m_period; }

Q_SIGNALS:
    void filterEdited();

private:
    void fillServices();
    void restore();
    void save();
    QString missingText(const QString &value) const;

    QList<CarrierService> m_known;
    // What the user picked (restored from the settings), kept while the store's list changes.
    QString m_wantedCarrier;
    QStringList m_wantedService;
    QComboBox *m_carrier;
    QComboBox *m_service;
    QComboBox *m_status;
    QComboBox *m_period;
};

} // namespace ct
