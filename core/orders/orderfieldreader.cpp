// SPDX-License-Identifier: MIT
#include "orderfieldreader.h"

#include "minorunits.h"
#include "orderjsontext.h"

namespace ct {

bool OrderFieldReader::start(Order &order, const char *storefront, const json::Value &record, OrderDocument &out,
                             const QString &source, int recordIndex, int line, const char *idField)
{
    order.storefront = QString::fromLatin1(storefront);
    order.externalId = record[idField].text();
    if (!order.externalId.isEmpty())
        return true;
    ++out.failedRecords;
    out.error(source, recordIndex, line, record.pathOf(idField), QStringLiteral("an order without an id"));
    return false;
}

void OrderFieldReader::flag(OrderFlag flag, const json::Value &at, const QString &message)
{
    this->flag(flag, at.path(), message);
}

void OrderFieldReader::flag(OrderFlag flag, const QString &field, const QString &message)
{
    m_order.flag(flag, field + QStringLiteral(": ") + message);
    m_out.warning(m_source, m_record, m_line, field, message + QStringLiteral(" (order kept, flagged)"));
}

void OrderFieldReader::updatedAt(const json::Value &value, const char *createdName)
{
    if (const std::optional<Timestamp> updated = orderjson::instant(value)) {
        m_order.updatedAtMs = updated->utcMs;
        return;
    }
    if (m_order.orderedAt)
        m_order.updatedAtMs = m_order.orderedAt->utcMs;
    flag(OrderFlag::UpdatedAtUnreadable, value,
         QStringLiteral("\"%1\" is not an ISO 8601 time; %2 stands in")
             .arg(value.toString(), QLatin1String(createdName)));
}

void OrderFieldReader::currency(const json::Value &value)
{
    currency(value.text(), value.path());
}

void OrderFieldReader::currency(const QString &text, const QString &field)
{
    const QString code = text.trimmed().toUpper();
    if (const std::optional<int> exponent = currencyExponent(code)) {
        m_order.currency = code;
        m_exponent = *exponent;
        return;
    }
    m_exponent = 2;
    flag(OrderFlag::CurrencyUnreadable, field,
         QStringLiteral("currency \"%1\" is not an ISO 4217 code; amounts read in hundredths").arg(text));
}

void OrderFieldReader::amount(const json::Value &value, qint64 &into)
{
    if (value.isAbsent())
        return;
    readAmount(value.toString(), value.path(), into); // "" is there, and no amount
}

void OrderFieldReader::amount(const QString &text, const QString &field, qint64 &into)
{
    if (text.isEmpty())
        return;
    readAmount(text, field, into);
}

void OrderFieldReader::readAmount(const QString &text, const QString &field, qint64 &into)
{
    if (const std::optional<qint64> cents = parseMinorUnits(text, m_exponent)) {
        into = *cents;
        return;
    }
    flag(OrderFlag::TotalUnreadable, field,
         QStringLiteral("\"%1\" is not an amount of %2")
             .arg(text, m_order.currency.isEmpty() ? QStringLiteral("the currency") : m_order.currency));
}

} // namespace ct
