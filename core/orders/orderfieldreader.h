// SPDX-License-Identifier: MIT
#pragma once

#include "json/jsonvalue.h"
#include "orderdocument.h"

#include <QString>

namespace ct {

// Reads the fields every storefront's order has into one Order, the same way for each
// format: what cannot be read sets the order's flag and is a located warning of its record.
class OrderFieldReader final
{
public:
    OrderFieldReader(Order &order, OrderDocument &out, const QString &source, int record, int line)
        : m_order(order), m_out(out), m_source(source), m_record(record), m_line(line)
    {
    }

    // A new order of `storefront` with the record's `id`; false, the record counted failed
    // and a located error, when it has none.
    static bool start(Order &order, const char *storefront, const json::Value &record, OrderDocument &out,
                      const QString &source, int recordIndex, int line, const char *idField = "id");

    // The order keeps what it could read; `at` names the field.
    void flag(OrderFlag flag, const json::Value &at, const QString &message);
    // The storefront's last change; unreadable: the order time stands in (`createdName`).
    void updatedAt(const json::Value &value, const char *createdName);
    // An ISO 4217 code, upper case: it sets the minor units amount() reads in.
    void currency(const json::Value &value);
    // A decimal amount in minor units of the currency into `into`; absent leaves it.
    void amount(const json::Value &value, qint64 &into);

    // The same for text a CSV cell holds, `field` naming where it stands (a column).
    void flag(OrderFlag flag, const QString &field, const QString &message);
    void currency(const QString &text, const QString &field);
    // Empty text leaves `into`.
    void amount(const QString &text, const QString &field, qint64 &into);

private:
    void readAmount(const QString &text, const QString &field, qint64 &into);

    Order &m_order;
    OrderDocument &m_out;
    const QString &m_source;
    int m_record;
    int m_line;
    int m_exponent = 2;
};

} // namespace ct
