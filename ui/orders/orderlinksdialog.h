// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QLabel;
class QTabWidget;
class QTableWidget;

namespace ct {

class Database;

// Store > Order Links… (docs/DESKTOP.md, "Order links"): the shipments no storefront order
// claims yet, newest first, each with the reason (no order names its tracking number; an
// order names it with another carrier) and the order id the carrier's data gave, if any;
// and the tracking numbers two orders claim (both orders kept, the shipment linked to the
// first). Double-click or Enter on a shipment opens it (shipmentChosen). Reads through
// core (OrderQueries) when shown and on Refresh.
class OrderLinksDialog final : public QDialog
{
    Q_OBJECT

public:
    // At most this many unlinked shipments are listed (the newest).
    static constexpr int ListLimit = 1000;

    explicit OrderLinksDialog(const Database &database, QWidget *parent = nullptr);

    void reload();
    QTableWidget *unlinkedTable() const { return m_unlinked; }
    QTableWidget *conflictTable() const { return m_conflicts; }
    QLabel *unlinkedSummary() const { return m_unlinkedSummary; }
    QLabel *conflictSummary() const { return m_conflictSummary; }

Q_SIGNALS:
    void shipmentChosen(const QString &trackingNumber);

private:
    void chooseRow(QTableWidget *table, int row);

    const Database &m_database;
    QTabWidget *m_tabs;
    QTableWidget *m_unlinked;
    QTableWidget *m_conflicts;
    QLabel *m_unlinkedSummary;
    QLabel *m_conflictSummary;
};

} // namespace ct
