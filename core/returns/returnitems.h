// SPDX-License-Identifier: MIT
#pragma once

#include "domain/returnrecord.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace ct {

namespace json {
class Parser;
}

// The items of a return as the store keeps them (`returns.items`, a JSON array); an
// unreadable array gives no items.
QList<ReturnItem> returnItemsFromJson(json::Parser &parser, const QByteArray &text);
// "2 × Tee (Black / M), Shoe": for a list's cell.
QString returnItemsSummary(const QList<ReturnItem> &items);

} // namespace ct
