// SPDX-License-Identifier: MIT
#pragma once

#include "entitykind.h"

#include <QString>

#include <memory>

namespace ct {

class Database;
namespace json {
class Value;
}

// Writes the server's representation of an entity into a client's store, under the
// server's ids: the row is inserted or replaced column for column, a shipment's events
// and an exception's history are replaced as a whole, and the search index follows.
// The caller owns the transaction. Use from the Database's thread.
class ReplicaWriter final
{
public:
    explicit ReplicaWriter(const Database &database);
    ~ReplicaWriter();

    // False with `error` naming the JSON path of a missing or mistyped field, or the store
    // failure; nothing of that entity is written then only if the caller rolls back.
    bool apply(EntityKind kind, const json::Value &data, QString *error);

    // From here to endPage(), rollups and full-text rows wait for the end of the page.
    void beginPage();
    // Writes what the page left waiting. False with `error`; the caller rolls back.
    bool endPage(QString *error);
    // Forgets what waits (the caller rolled back).
    void discardPage();
    // Inside a page, writes the waiting rollups now: before anything but apply() changes
    // exceptions or returns (re-applying local edits). No-op outside a page.
    bool settle(QString *error);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace ct
