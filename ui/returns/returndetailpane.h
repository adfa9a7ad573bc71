// SPDX-License-Identifier: MIT
#pragma once

#include "returns/returnqueuerow.h"
#include "returns/returnverdict.h"

#include <QWidget>

#include <optional>

class QLabel;
class QStackedWidget;
class QTabWidget;
class QTreeWidget;

namespace ct {

class Clock;
class Database;
class ShipmentDetailPane;
struct ReturnPolicy;

// One return, whole (docs/DESKTOP.md, "Returns"): its RMA, status and the policy's verdict
// with the rule that decided it and every finding of the rule trace (the return is judged
// again for it: the store keeps no trace); the items with each one's own verdict; the
// recommended resolution; the customer's orders and returns (how many, how much, why);
// and the outbound shipment's timeline and the return parcel's, each in the shared
// ShipmentDetailPane. A return whose order is not in the store says so.
class ReturnDetailPane final : public QWidget
{
    Q_OBJECT

public:
    ReturnDetailPane(const Database &database, const Clock &clock, QWidget *parent = nullptr);
    ~ReturnDetailPane() override;

    // Shows `row` judged by `policy`; nullopt shows the empty state.
    void showReturn(const std::optional<ReturnQueueRow> &row, const ReturnPolicy &policy);
    const std::optional<ReturnQueueRow> &shown() const { return m_row; }
    const std::optional<ReturnVerdict> &verdict() const { return m_verdict; }

    QTabWidget *tabs() const { return m_tabs; }
    QTreeWidget *items() const { return m_items; }
    QTreeWidget *trace() const { return m_trace; }
    QLabel *history() const { return m_history; }
    ShipmentDetailPane *outbound() const { return m_outbound; }
    ShipmentDetailPane *reverse() const { return m_reverse; }

Q_SIGNALS:
    void queryFailed(const QString &message);

private:
    void fillHistory();

    const Database &m_database;
    const Clock &m_clock;
    std::optional<ReturnQueueRow> m_row;
    std::optional<ReturnVerdict> m_verdict;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QLabel *m_title;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    QTreeWidget *m_items;
    QTreeWidget *m_trace;
    QLabel *m_history;
    ShipmentDetailPane *m_outbound;
    ShipmentDetailPane *m_reverse;
};

} // namespace ct
