// SPDX-License-Identifier: MIT
#include "outboxmodel.h"

#include "shell/clock.h"

#include "widgets/statuspalette.h"

#include <QDateTime>
#include <QFont>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace ct {

OutboxModel::OutboxModel(const Database &database, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
    , m_clock(clock)
{
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OutboxModel::stateText(OutboxState state)
{
    switch (state) {
    case OutboxState::Pending:
        return tr("Waiting to be sent");
    case OutboxState::Done:
        return tr("Sent");
    case OutboxState::Dismissed:
        return tr("Put aside");
    case OutboxState::Failed:
        return tr("Refused by the server");
    case OutboxState::Conflict:
        return tr("Conflict");
    }
    return {};
}

QString OutboxModel::whenText(qint64 ms, QDate today)
{
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
    const QLocale locale;
    if (when.date() == today)
        return tr("today %1").arg(locale.toString(when.time(), QLocale::ShortFormat));
    return locale.toString(when, QLocale::ShortFormat);
}

QString OutboxModel::itemText(const OutboxEntry &entry)
{
    switch (entry.entity) {
    case EntityKind::Exception:
        return tr("Exception %1").arg(entry.entityId);
    case EntityKind::Return:
        return tr("Return %1").arg(entry.entityId);
    case EntityKind::Shipment:
        return tr("Shipment %1").arg(entry.entityId);
    }
    return {};
}

QString OutboxModel::editText(const QString &op)
{
    QString text = op;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    return text;
}

namespace {

QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
    case QJsonValue::Bool:
        return value.toVariant().toString();
    case QJsonValue::Object: {
        QStringList fields;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            fields << valueText(it.value());
        fields.removeAll(QString());
        return fields.join(QStringLiteral(", "));
    }
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

} // namespace

QString OutboxModel::parametersText(const QByteArray &params)
{
    const QJsonObject object = QJsonDocument::fromJson(params).object();
    QStringList parts;
    for (auto it = object.begin(); it != object.end(); ++it)
        parts << QStringLiteral("%1: %2").arg(it.key(), valueText(it.value()));
    return parts.join(QStringLiteral("; "));
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const OutboxEntry &e = m_entries.at(index.row());
    if (role == OutboxIdRole)
        return e.id;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case State:
            return stateText(e.state);
        case Item:
            return itemText(e);
        case Edit:
            return editText(e.op);
        case Parameters: {
            const QString text = parametersText(e.params);
            return text.isEmpty() && role == Qt::DisplayRole ? tr("—") : text;
        }
        case Made: {
            const QDateTime when = QDateTime::fromMSecsSinceEpoch(e.createdAtMs).toLocalTime();
            return role == Qt::ToolTipRole ? tr("Made by %1 on %2").arg(e.actor, QLocale().toString(when, QLocale::LongFormat))
                                           : whenText(e.createdAtMs, m_clock.today());
        }
        case Attempts:
            return e.attempts;
        case ServerAnswer:
            if (e.lastError.isEmpty())
                return role == Qt::DisplayRole && e.state == OutboxState::Pending ? tr("not sent yet") : QVariant();
            return e.lastError;
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == State && e.state != OutboxState::Pending)
        return StatusPalette::warningText();
    if (role == Qt::FontRole && index.column() == State && e.state == OutboxState::Conflict) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::TextAlignmentRole && index.column() == Attempts)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case State:
        return tr("State");
    case Item:
        return tr("Item");
    case Edit:
        return tr("Edit");
    case Parameters:
        return tr("Parameters");
    case Made:
        //: Column heading: when the edit was made.
        return tr("Made");
    case Attempts:
        return tr("Tries");
    case ServerAnswer:
        return tr("Server's answer");
    default:
        return {};
    }
}

void OutboxModel::reload()
{
    QString error;
    auto entries = Outbox(m_database).waiting(&error);
    if (!entries)
        Q_EMIT queryFailed(error);
    beginResetModel();
    m_entries = entries.value_or(QList<OutboxEntry>());
    endResetModel();
}

int OutboxModel::rowOf(qint64 outboxId) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == outboxId)
            return row;
    }
    return -1;
}

int OutboxModel::count(OutboxState state) const
{
    return static_cast<int>(std::count_if(m_entries.begin(), m_entries.end(),
                                          [state](const OutboxEntry &e) { return e.state == state; }));
}

} // namespace ct
