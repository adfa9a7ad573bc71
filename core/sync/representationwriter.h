// SPDX-License-Identifier: MIT
#pragma once

#include "entitykind.h"

#include <QString>

#include <memory>

namespace ct {

class Database;
namespace json {
class Writer;
}

// Writes the API representation of a stored shipment (with its events), exception (with
// its history) or return: every column by name (resourcetable.h). The server answers the
// change feed and edits with it; a client uses it to keep its own version of an entity in
// a conflict record. Use from the Database's thread.
class RepresentationWriter final
{
public:
    explicit RepresentationWriter(const Database &database);
    ~RepresentationWriter();

    // Appends the entity as one JSON object. Returns false with `error` empty when there
    // is no such entity, with `error` set when the store failed.
    bool write(json::Writer &out, EntityKind kind, qint64 id, QString *error);

    // The entity as a standalone JSON document (empty when missing or on error).
    QByteArray document(EntityKind kind, qint64 id, QString *error);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace ct
