// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTableWidget;
class QUndoStack;

namespace ct {

class Clock;
class Database;
class OutboxModel;
struct SyncConflict;

// View > Outbox: the edits waiting for the team server, those it refused with its reason
// (which the agent puts aside once read), and conflicts. For a conflict, the agent's version and the server's side by side with
// the differing fields highlighted, and the two resolutions ("Discard my edit", "Apply my
// edit again on the server's version") as undoable commands on `undoStack`.
class OutboxView final : public QWidget
{
    Q_OBJECT

public:
    OutboxView(const Database &database, const Clock &clock, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~OutboxView() override;

    // Reads the outbox again, keeping the selected entry when it is still there.
    void reload();
    // Resolutions wait while a sync round runs (it may be pushing the same entries).
    void setSyncing(bool syncing);
    // Selects an entry by its outbox id; false when it is not shown.
    bool select(qint64 outboxId);

    OutboxModel *model() const { return m_model; }
    void discardMyEdit();
    void applyMyEditAgain();
    // A refused edit, read: off the list (undoable).
    void dismissRefused();

    void saveLayout() const;

Q_SIGNALS:
    // A resolution changed the store (the window reloads its tables and counts).
    void storeChanged();
    // The outbox's counts changed: waiting edits, failed ones, open conflicts.
    void countsChanged(int pending, int failed, int conflicts);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showCurrent();
    void applyErrorColour();
    void showComparison(const SyncConflict &conflict);
    void resolved(const QString &error);
    qint64 currentOutboxId() const;

    const Database &m_database;
    const Clock &m_clock;
    QUndoStack *m_undoStack;
    OutboxModel *m_model;
    QLabel *m_summary;
    QStackedWidget *m_stack;
    QLabel *m_emptyState;
    QTableView *m_table;
    QLabel *m_detail;
    QTableWidget *m_comparison;
    QCheckBox *m_everyField;
    QPushButton *m_discard;
    QPushButton *m_reapply;
    QPushButton *m_dismiss;
    QWidget *m_conflictPane;
    QWidget *m_refusedPane;
    QLabel *m_problem;
    bool m_syncing = false;
    qint64 m_conflictId = 0;
};

} // namespace ct
