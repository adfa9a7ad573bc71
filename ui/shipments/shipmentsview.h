// SPDX-License-Identifier: MIT
#pragma once

#include "shell/appview.h"
#include "shell/viewcontext.h"

class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;

namespace ct {

class DrillDownBanner;
class ShipmentDetailPane;
class ShipmentTableModel;

// The Shipments view: every shipment in the store, newest activity first, searchable
// (tracking number, order, customer, e-mail, phone), loaded page by page as the table
// scrolls; below it, the selected shipment whole (ShipmentDetailPane: facts, timeline,
// payloads). Selecting a row opens it; Enter (or a double click) takes the keyboard
// there, Escape back to the list. With nothing to show the list says why (an empty
// store, a search without matches, a store being prepared) and what to do.
class ShipmentsView final : public AppView
{
    Q_OBJECT

public:
    explicit ShipmentsView(const ViewContext &context, QWidget *parent = nullptr);
    ~ShipmentsView() override;

    ShipmentTableModel *model() const { return m_model; }
    ShipmentDetailPane *detail() const { return m_detail; }
    // Finds the shipment with this tracking number, selects it and opens it; false when
    // the store has none.
    bool openShipment(const QString &trackingNumber);
    // Lists only these shipments (a drill-down from the analytics), with a bar above the
    // list saying what they are (`description`), how many, and a way back to all of them.
    // A search, or Show All Shipments, ends it.
    void showShipmentIds(const QList<qint64> &ids, const QString &description);
    void showAllShipments();
    QString filterText() const;

    bool canSearch() const override { return true; }
    bool focusSearch() override;
    void reload() override;
    void saveLayout() const override;

private:
    void updateEmptyState();
    void updateFilterBar();
    void openCurrent();

    ViewContext m_context;
    ShipmentTableModel *m_model;
    QLineEdit *m_search;
    DrillDownBanner *m_filterBar;
    QString m_filterDescription;
    QTimer *m_searchDelay;
    QStackedWidget *m_stack;
    QTableView *m_table;
    QLabel *m_emptyState;
    QSplitter *m_split;
    ShipmentDetailPane *m_detail;
    QTimer *m_selectionDelay;
};

} // namespace ct
