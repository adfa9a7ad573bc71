// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <span>

namespace ct {

// How one column travels in the API's JSON representation.
enum class ColumnKind : quint8 {
    Integer,         // NOT NULL integer -> JSON number
    NullableInteger, // integer or NULL -> number or null
    Text,            // NOT NULL text -> JSON string
    JsonText,        // text holding JSON -> embedded JSON value
};

struct ResourceColumn
{
    const char *name;
    ColumnKind kind;
    // Added to the representation after API v1 shipped: a representation from an older
    // server lacks it, and a replica then writes the column's default (0, '' or null).
    bool addedLater = false;
};

// A store table as the API represents it: every column by its own name. The server
// writes rows with these lists and a client replica writes them back, so a synced store
// equals the server's record for record. A test checks the lists cover every column.
struct ResourceTable
{
    const char *table;
    std::span<const ResourceColumn> columns;

    // "a, b, c" for SELECT and INSERT.
    QString columnList(const char *alias = nullptr) const;
};

namespace resources {
const ResourceTable &shipments();
const ResourceTable &events();
const ResourceTable &exceptions();
const ResourceTable &exceptionHistory();
const ResourceTable &returns();
} // namespace resources

} // namespace ct
