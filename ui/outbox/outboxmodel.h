// SPDX-License-Identifier: MIT
#pragma once

#include "sync/outbox.h"

#include <QAbstractTableModel>
#include <QList>

namespace ct {

class Clock;
class Database;

// The edits that still need someone (Outbox::waiting): pending, refused by the server,
// and in conflict, oldest first. The outbox stays small (done edits are not shown), so
// the model holds every row; reload() after a sync or a resolution.
class OutboxModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { State, Item, Edit, Parameters, Made, Attempts, ServerAnswer, ColumnCount };
    static constexpr int OutboxIdRole = Qt::UserRole + 1;

    OutboxModel(const Database &database, const Clock &clock, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload();
    const OutboxEntry &entry(int row) const { return m_entries.at(row); }
    // The row of an outbox entry, or -1.
    int rowOf(qint64 outboxId) const;
    int count(OutboxState state) const;

    // For people: "Exception 42", "assign", "assignee: omar".
    static QString itemText(const OutboxEntry &entry);
    static QString editText(const QString &op);
    static QString parametersText(const QByteArray &params);
    static QString stateText(OutboxState state);
    // "today 14:05" when that is `today`, a short date and time before.
    static QString whenText(qint64 ms, QDate today);

Q_SIGNALS:
    void queryFailed(const QString &message);

private:
    const Database &m_database;
    const Clock &m_clock;
    QList<OutboxEntry> m_entries;
};

} // namespace ct
