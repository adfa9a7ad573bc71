// SPDX-License-Identifier: MIT
#pragma once

#include "entitykind.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace ct {

class Database;

// Where an entity's latest local edit stands with the team server, for a row's mark in a
// list (the exception queue): waiting to be pushed, refused by the server, or in a
// conflict nobody has resolved yet. An entity whose latest edit went through, was put
// aside (dismissed) or whose conflict was resolved has no state to show.
struct EditState
{
    enum class Kind : quint8 { None, Pending, Refused, Conflict };
    Kind kind = Kind::None;
    qint64 outboxId = 0;
    QString op;     // the edit's op: "note", "snooze"...
    QString detail; // the server's reason for a refused edit

    bool operator==(const EditState &) const = default;
};

// Reads the latest outbox entry of each of some entities (docs/SYNC.md). One query for a
// whole page of rows, through the outbox's (entity, entity_id) index. Use from the
// Database's thread.
class EditStateQuery final
{
public:
    explicit EditStateQuery(const Database &database);

    // The state of each of `ids` that has one (Kind::None is left out).
    std::optional<QHash<qint64, EditState>> latest(EntityKind entity, const QList<qint64> &ids, QString *error) const;

private:
    const Database &m_database;
};

} // namespace ct
