// SPDX-License-Identifier: MIT
#pragma once

#include "geo/timezoneresolver.h"
#include "store/shipmentdetail.h"
#include "widgets/factgrid.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QGridLayout;
class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace ct {

class Clock;
class Database;
class OrderPanel;
class ShipmentTimelineModel;

// One shipment, whole: its number, carrier and canonical status; the order and the
// customer (order id, value, name, e-mail, phone), where it goes and comes from; the
// promised and the estimated delivery (a promise already passed says so); and its
// timeline, newest scan first, with the storefront's order in a tab beside it (OrderPanel). The raw carrier payloads open on demand in a dialog
// (Carrier Payloads…, Alt+P). Reads through core (ShipmentDetailQuery); shared by every
// view that shows a shipment (Shipments, Exceptions), each keeping its own layout.
class ShipmentDetailPane final : public QWidget
{
    Q_OBJECT

public:
    ShipmentDetailPane(const Database &database, const Clock &clock, QWidget *parent = nullptr);
    ~ShipmentDetailPane() override;

    // Shows shipment `shipmentId`; 0 shows the empty state.
    void showShipment(qint64 shipmentId);
    qint64 shipmentId() const { return m_shipmentId; }
    const std::optional<ShipmentDetail> &detail() const { return m_detail; }
    // Reads the shown shipment again (the store changed).
    void reload();
    // Opens the shipment's raw carrier payloads.
    void showPayloads();
    // Gives the keyboard to the timeline.
    void focusTimeline();

    ShipmentTimelineModel *timeline() const { return m_timeline; }
    // The Order tab beside the timeline (the storefront order, or why there is none).
    OrderPanel *orderPanel() const { return m_orderPanel; }
    QTabWidget *tabs() const { return m_tabs; }
    // Facts beside the timeline (Qt::Horizontal, for a pane below a list) or above it
    // (Qt::Vertical, for a pane beside one).
    void setOrientation(Qt::Orientation orientation);
    // The pane's split and the timeline's columns, for the host view to keep.
    QByteArray saveLayout() const;
    void restoreLayout(const QByteArray &state);

Q_SIGNALS:
    // Reading the store failed: why.
    void queryFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    // The Order tab's shipment: this one while the tab is current, else none.
    void showOrder();
    void showMessage(const QString &html);

    const Database &m_database;
    const Clock &m_clock;
    geo::TimeZoneResolver m_zones; // the destination's date, for the promise
    qint64 m_shipmentId = 0;
    std::optional<ShipmentDetail> m_detail;
    ShipmentTimelineModel *m_timeline;
    QStackedWidget *m_stack;
    QLabel *m_message;
    QSplitter *m_split;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_status;
    QLabel *m_conflict;
    FactGrid m_facts;
    QLabel *m_order = nullptr;
    QLabel *m_ordered = nullptr;
    QLabel *m_customer = nullptr;
    QLabel *m_email = nullptr;
    QLabel *m_phone = nullptr;
    QLabel *m_destination = nullptr;
    QLabel *m_origin = nullptr;
    QLabel *m_promised = nullptr;
    QLabel *m_estimated = nullptr;
    QLabel *m_predicted = nullptr;      // the delivery-date model's estimate
    QLabel *m_predictedBasis = nullptr; // what it is based on (cell, deliveries, level)
    QLabel *m_shipped = nullptr;
    QLabel *m_delivered = nullptr;
    QLabel *m_attempts = nullptr;
    QLabel *m_exceptions = nullptr;
    QLabel *m_timelineTitle;
    QTableView *m_table;
    QPushButton *m_payloads;
    QTabWidget *m_tabs;
    OrderPanel *m_orderPanel;
};

} // namespace ct
