// SPDX-License-Identifier: MIT
#pragma once

#include "orders/order.h"
#include "orders/unlinkedshipment.h"
#include "widgets/factgrid.h"

#include <QWidget>

#include <optional>

class QLabel;
class QStackedWidget;
class QTableWidget;

namespace ct {

class Database;

// The storefront order behind a shipment (docs/DESKTOP.md, "Order"): its name and
// storefront, when it was placed, its payment (the storefront's financial status, COD or
// prepaid), totals, the delivery promised at checkout, where it ships, its fulfilments'
// tracking numbers, and its lines (item, SKU, variant, category, quantity, price); the
// customer as the storefront knows them (name, e-mail, phone, tags, their order count
// there) and their history in this store (orders, returns). What the storefront's record
// lacked is said in the warning colour with the located issues as its tooltip. A shipment
// no order claims says why (OrderQueries::unlinked) and how to link it. Reads through core
// (OrderQueries, CustomerHistory); shown as the shipment detail's Order tab.
class OrderPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit OrderPanel(const Database &database, QWidget *parent = nullptr);

    // Shows the order of shipment `shipmentId` (0: none).
    void showShipment(qint64 shipmentId);
    const std::optional<Order> &order() const { return m_order; }
    QTableWidget *lines() const { return m_lines; }
    // The text shown instead of an order (why there is none), or empty.
    QString messageText() const;

Q_SIGNALS:
    // Reading the store failed: why.
    void queryFailed(const QString &message);

private:
    void fill(const Order &order);
    void showUnlinked(const std::optional<UnlinkedShipment> &why);

    const Database &m_database;
    std::optional<Order> m_order;
    QStackedWidget *m_stack;
    FactGrid m_facts;
    QLabel *m_message;
    QLabel *m_title;
    QLabel *m_flags;
    QLabel *m_ordered;
    QLabel *m_payment;
    QLabel *m_total;
    QLabel *m_promised;
    QLabel *m_shipsTo;
    QLabel *m_fulfilments;
    QTableWidget *m_lines;
    QLabel *m_customer;
    QLabel *m_contact;
    QLabel *m_tags;
    QLabel *m_history;
};

} // namespace ct
