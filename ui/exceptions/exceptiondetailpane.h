// SPDX-License-Identifier: MIT
#pragma once

#include "queue/exceptiondetailqueries.h"
#include "queue/exceptionqueuerow.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTreeWidget;

namespace ct {

class Clock;
class Database;
class ShipmentDetailPane;

// One exception, whole, beside its shipment: what it is (type, NDR reason, who must
// act, the rules' detail), its SLAs as countdowns, status and assignee; its history (who
// did what, when, with the note: ExceptionDetailQueries::history); the other open
// exceptions of the same shipment and of the same customer, each opening with Enter or
// a double click; and the shipment itself (ShipmentDetailPane: order, customer,
// timeline, payloads). The split between the two is the host view's to keep.
class ExceptionDetailPane final : public QWidget
{
    Q_OBJECT

public:
    ExceptionDetailPane(const Database &database, const Clock &clock, QWidget *parent = nullptr);
    ~ExceptionDetailPane() override;

    // Shows `row` (as the queue read it) and reads its history and related exceptions;
    // nullopt shows the empty state.
    void showException(const std::optional<ExceptionQueueRow> &row, const QString &currentUser = {});
    qint64 exceptionId() const { return m_row ? m_row->exceptionId : 0; }
    ShipmentDetailPane *shipment() const { return m_shipment; }
    QTreeWidget *history() const { return m_history; }
    QTreeWidget *related() const { return m_related; }
    // The outbox entry of the exception's conflict, 0 when its latest edit is not in one;
    // the pane then offers "Decide the Conflict in the Outbox…" (conflictButton()).
    qint64 conflictOutboxId() const { return m_conflictOutboxId; }
    QPushButton *conflictButton() const { return m_conflict; }
    // Gives the keyboard to the history.
    void focusDetail();

    QByteArray saveLayout() const;
    void restoreLayout(const QByteArray &split, const QByteArray &shipment);

Q_SIGNALS:
    // The agent chose another exception in "Also open".
    void openException(qint64 exceptionId);
    // The agent asked to decide the exception's conflict (an outbox entry) side by side.
    void conflictRequested(qint64 outboxId);
    void queryFailed(const QString &message);

private:
    void fillSla();
    void readEditState();

    const Database &m_database;
    const Clock &m_clock;
    std::optional<ExceptionQueueRow> m_row;
    QSplitter *m_split;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_sla;
    QLabel *m_state;
    QPushButton *m_conflict;
    qint64 m_conflictOutboxId = 0;
    QTreeWidget *m_history;
    QTreeWidget *m_related;
    ShipmentDetailPane *m_shipment;
};

} // namespace ct
