// SPDX-License-Identifier: MIT
#pragma once

#include "shell/appview.h"
#include "shell/viewcontext.h"

class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QTimer;

namespace ct {

class ShipmentTableModel;

// The Shipments view: every shipment in the store, newest activity first, searchable
// (tracking number, order, customer, e-mail, phone), loaded page by page as the table
// scrolls. With nothing to show it says why (an empty store, a search without matches,
// a store being prepared) and what to do.
class ShipmentsView final : public AppView
{
    Q_OBJECT

public:
    explicit ShipmentsView(const ViewContext &context, QWidget *parent = nullptr);
    ~ShipmentsView() override;

    ShipmentTableModel *model() const { return m_model; }

    bool canSearch() const override { return true; }
    bool focusSearch() override;
    void reload() override;
    void saveLayout() const override;

private:
    void updateEmptyState();

    ViewContext m_context;
    ShipmentTableModel *m_model;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
    QStackedWidget *m_stack;
    QTableView *m_table;
    QLabel *m_emptyState;
};

} // namespace ct
