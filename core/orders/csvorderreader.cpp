// SPDX-License-Identifier: MIT
#include "csvorderreader.h"

#include "adapters/datetimetext.h"
#include "geo/countries.h"
#include "minorunits.h"
#include "ordercarrier.h"
#include "orderfieldreader.h"
#include "ordertext.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <functional>

namespace ct {

namespace {

using Field = CsvOrderMapping::Field;

// Where each mapped field stands in the rows.
struct Columns
{
    QHash<int, int> index; // Field -> column
    const CsvOrderMapping &mapping;

    Columns(const QStringList &header, const CsvOrderMapping &m) : mapping(m)
    {
        for (auto it = m.columns.cbegin(); it != m.columns.cend(); ++it) {
            for (int i = 0; i < header.size(); ++i) {
                if (header[i].trimmed() == it.value().trimmed()) {
                    index.insert(static_cast<int>(it.key()), i);
                    break;
                }
            }
        }
    }
    bool has(Field f) const { return index.contains(static_cast<int>(f)); }
    QString name(Field f) const { return mapping.column(f); }
    // The cell, trimmed; a spreadsheet's leading apostrophe (text kept as text: "'75008")
    // left out; empty when the field is not mapped or the row is short.
    QString cell(const CsvRecord &row, Field f) const
    {
        const int i = index.value(static_cast<int>(f), -1);
        if (i < 0 || i >= row.fields.size())
            return {};
        QString text = row.fields[i].trimmed();
        if (text.startsWith(QLatin1Char('\'')))
            text.remove(0, 1);
        return text;
    }
};

// What a field's cell must read as; empty for free text.
QString expectation(Field f, const CsvOrderMapping &m)
{
    switch (f) {
    case Field::OrderedAt:
    case Field::UpdatedAt:
        return m.dateTimeFormat.isEmpty() ? QStringLiteral("a date and time in ISO 8601")
                                          : QStringLiteral("a date and time as %1").arg(m.dateTimeFormat);
    case Field::PromisedDate:
        return m.dateFormat.isEmpty() ? QStringLiteral("a date in ISO 8601") : QStringLiteral("a date as %1").arg(m.dateFormat);
    case Field::LineQuantity:
        return QStringLiteral("a whole quantity");
    case Field::LinePrice:
    case Field::Total:
    case Field::Subtotal:
        return QStringLiteral("an amount");
    case Field::Currency:
        return QStringLiteral("an ISO 4217 currency code");
    case Field::ShipCountry:
        return QStringLiteral("a country");
    case Field::CustomerEmail:
        return QStringLiteral("an e-mail address");
    default:
        return {};
    }
}

int exponentOfRow(const Columns &c, const CsvRecord &row)
{
    QString code = c.cell(row, Field::Currency);
    if (code.isEmpty())
        code = c.mapping.currency;
    return exponentOr2(code.toUpper());
}

bool readable(Field f, const QString &text, const Columns &c, const CsvRecord &row)
{
    switch (f) {
    case Field::OrderedAt:
    case Field::UpdatedAt:
        return CsvOrderReader::instant(text, c.mapping).has_value();
    case Field::PromisedDate:
        return CsvOrderReader::date(text, c.mapping).isValid();
    case Field::LineQuantity:
        return parseMinorUnits(text, 0).has_value();
    case Field::LinePrice:
    case Field::Total:
    case Field::Subtotal:
        return parseMinorUnits(text, exponentOfRow(c, row)).has_value();
    case Field::Currency:
        return currencyExponent(text.toUpper()).has_value();
    case Field::ShipCountry:
        return !geo::countryAlpha2(text).isEmpty();
    case Field::CustomerEmail:
        return text.contains(QLatin1Char('@'));
    default:
        return true;
    }
}

QStringList trackingNumbers(const QString &text)
{
    static const QRegularExpression Separators(QStringLiteral("[,;|\\s]+"));
    QStringList out;
    for (const QString &n : text.split(Separators, Qt::SkipEmptyParts)) {
        if (!out.contains(n))
            out.append(n);
    }
    return out;
}

struct Group
{
    QString key;
    int firstRow = 0; // its issues' record: the row number (1 for the first after the header)
    QList<const CsvRecord *> rows;
};

} // namespace

std::optional<Timestamp> CsvOrderReader::instant(const QString &text, const CsvOrderMapping &m)
{
    if (text.isEmpty())
        return std::nullopt;
    if (m.dateTimeFormat.isEmpty()) {
        // Shopify's export writes "2026-03-14 10:05:00 -0500": a space before the offset.
        static const QRegularExpression SpacedOffset(QStringLiteral("^(.*\\d) ([+-]\\d\\d:?\\d\\d)$"));
        QString iso = text;
        if (const QRegularExpressionMatch m2 = SpacedOffset.match(text); m2.hasMatch())
            iso = m2.captured(1) + m2.captured(2);
        const QByteArray utf8 = iso.toUtf8();
        const std::optional<DateTimeText> t = parseIsoDateTime(std::string_view(utf8.constData(), size_t(utf8.size())));
        if (!t)
            return std::nullopt;
        const int offset = t->hasOffset ? t->offsetMinutes : m.utcOffsetMinutes;
        return Timestamp{startOfDayMs(t->date, offset) + t->msOfDay, static_cast<qint16>(offset)};
    }
    // The date and the time parsed apart, so that no local time zone (a DST gap) is involved.
    const QStringList formatParts = m.dateTimeFormat.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QStringList textParts = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (formatParts.size() != textParts.size())
        return std::nullopt;
    static const QRegularExpression DateLetters(QStringLiteral("[dMy]"));
    QStringList dateFormat, dateText, timeFormat, timeText;
    for (qsizetype i = 0; i < formatParts.size(); ++i) {
        const bool isDate = formatParts[i].contains(DateLetters);
        (isDate ? dateFormat : timeFormat).append(formatParts[i]);
        (isDate ? dateText : timeText).append(textParts[i]);
    }
    const QDate day = QDate::fromString(dateText.join(QLatin1Char(' ')), dateFormat.join(QLatin1Char(' ')));
    if (!day.isValid())
        return std::nullopt;
    QTime time(0, 0);
    if (!timeFormat.isEmpty()) {
        time = QTime::fromString(timeText.join(QLatin1Char(' ')), timeFormat.join(QLatin1Char(' ')));
        if (!time.isValid())
            return std::nullopt;
    }
    return Timestamp{startOfDayMs(day, m.utcOffsetMinutes) + time.msecsSinceStartOfDay(),
                     static_cast<qint16>(m.utcOffsetMinutes)};
}

QDate CsvOrderReader::date(const QString &text, const CsvOrderMapping &m)
{
    if (text.isEmpty())
        return {};
    if (!m.dateFormat.isEmpty())
        return QDate::fromString(text, m.dateFormat);
    const QByteArray utf8 = text.toUtf8();
    const std::optional<DateTimeText> t = parseIsoDateTime(std::string_view(utf8.constData(), size_t(utf8.size())));
    return t ? t->date : QDate();
}

QStringList CsvOrderReader::dateTimeFormats()
{
    return {QString(),
            QStringLiteral("dd/MM/yyyy HH:mm"),
            QStringLiteral("dd/MM/yyyy HH:mm:ss"),
            QStringLiteral("MM/dd/yyyy HH:mm"),
            QStringLiteral("MM/dd/yyyy hh:mm AP"),
            QStringLiteral("dd.MM.yyyy HH:mm"),
            QStringLiteral("dd-MM-yyyy HH:mm"),
            QStringLiteral("yyyy/MM/dd HH:mm"),
            QStringLiteral("dd/MM/yyyy"),
            QStringLiteral("MM/dd/yyyy"),
            QStringLiteral("dd.MM.yyyy")};
}

QStringList CsvOrderReader::dateFormats()
{
    return {QString(), QStringLiteral("dd/MM/yyyy"), QStringLiteral("MM/dd/yyyy"), QStringLiteral("dd.MM.yyyy"),
            QStringLiteral("dd-MM-yyyy"), QStringLiteral("yyyy/MM/dd")};
}

namespace {

// The first of `formats` that reads the most of `samples` (at least half of them).
QString bestFormat(const QStringList &formats, const QStringList &samples,
                   const std::function<bool(const QString &format, const QString &text)> &reads)
{
    QString best;
    qsizetype bestCount = 0;
    for (const QString &format : formats) {
        const qsizetype count = std::count_if(samples.cbegin(), samples.cend(),
                                              [&](const QString &t) { return reads(format, t); });
        if (count > bestCount) {
            best = format;
            bestCount = count;
        }
    }
    return bestCount * 2 >= samples.size() ? best : QString();
}

} // namespace

QString CsvOrderReader::dateTimeFormatOf(const QStringList &samples)
{
    return bestFormat(dateTimeFormats(), samples, [](const QString &format, const QString &text) {
        CsvOrderMapping m;
        m.dateTimeFormat = format;
        return instant(text, m).has_value();
    });
}

QString CsvOrderReader::dateFormatOf(const QStringList &samples)
{
    return bestFormat(dateFormats(), samples, [](const QString &format, const QString &text) {
        CsvOrderMapping m;
        m.dateFormat = format;
        return date(text, m).isValid();
    });
}

QList<FeedIssue> CsvOrderReader::check(const QList<CsvRecord> &records, const CsvOrderMapping &mapping,
                                       const QString &source)
{
    QList<FeedIssue> issues;
    const auto error = [&](int line, const QString &field, const QString &message) {
        issues.append(FeedIssue{FeedIssue::Severity::Error, source, 0, line, field, message});
    };
    if (records.isEmpty()) {
        error(0, {}, QStringLiteral("the file is empty: no header"));
        return issues;
    }
    const QStringList &header = records.constFirst().fields;
    const QStringList problems = mapping.problems(header);
    for (const QString &p : problems)
        error(records.constFirst().line, {}, QStringLiteral("the column mapping does not fit the header: %1").arg(p));
    if (!problems.isEmpty())
        return issues;

    const Columns c(header, mapping);
    const qsizetype sampleEnd = std::min<qsizetype>(records.size(), SampleRows + 1);
    struct Failure
    {
        int row; // 1 for the first after the header
        int line;
        Field field;
        QString text;
    };
    QList<Failure> failures;
    QStringList reasons;
    for (const Field f : CsvOrderMapping::allFields()) {
        if (!c.has(f))
            continue;
        int filled = 0;
        QList<Failure> failed;
        for (qsizetype r = 1; r < sampleEnd; ++r) {
            const QString text = c.cell(records[r], f);
            if (text.isEmpty())
                continue;
            ++filled;
            if (!readable(f, text, c, records[r]))
                failed.append({static_cast<int>(r), records[r].line, f, text});
        }
        const int rows = static_cast<int>(sampleEnd - 1);
        if (mapping.isRequired(f) && filled == 0 && rows > 0) {
            reasons.append(QStringLiteral("%1 (column \"%2\") is required and empty in the first %3 rows")
                               .arg(CsvOrderMapping::key(f), c.name(f))
                               .arg(rows));
        } else if (filled > 0 && failed.size() * 2 >= filled) {
            reasons.append(QStringLiteral("%1 (column \"%2\") reads as %3 in %4 of the first %5 rows that have it")
                               .arg(CsvOrderMapping::key(f), c.name(f), expectation(f, mapping))
                               .arg(filled - failed.size())
                               .arg(filled));
            failures += failed;
        }
    }
    if (reasons.isEmpty())
        return issues;
    error(records.constFirst().line, {},
          QStringLiteral("the column mapping does not fit this file, so nothing of it was stored: %1")
              .arg(reasons.join(QStringLiteral("; "))));
    std::stable_sort(failures.begin(), failures.end(), [](const Failure &a, const Failure &b) { return a.line < b.line; });
    for (qsizetype i = 0; i < failures.size() && i < FailedRowsShown; ++i) {
        const Failure &f = failures[i];
        issues.append(FeedIssue{FeedIssue::Severity::Error, source, f.row, f.line, c.name(f.field),
              QStringLiteral("\"%1\" is not %2 (%3)").arg(f.text, expectation(f.field, mapping), CsvOrderMapping::key(f.field))});
    }
    return issues;
}

void CsvOrderReader::read(const QList<CsvRecord> &records, const CsvOrderMapping &mapping, const QString &source,
                          OrderDocument &out)
{
    if (const QList<FeedIssue> refusal = check(records, mapping, source); !refusal.isEmpty()) {
        out.issues += refusal;
        out.records = std::max<int>(0, static_cast<int>(records.size()) - 1);
        out.failedRecords = out.records;
        return;
    }
    const Columns c(records.constFirst().fields, mapping);

    QList<Group> groups;
    QHash<QString, qsizetype> groupOf;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const CsvRecord &row = records[r];
        const QString key = c.cell(row, Field::OrderId);
        if (key.isEmpty()) {
            ++out.records;
            ++out.failedRecords;
            out.error(source, static_cast<int>(r), row.line, c.name(Field::OrderId), QStringLiteral("a row without an order id"));
            continue;
        }
        auto it = groupOf.constFind(key);
        if (it == groupOf.constEnd()) {
            it = groupOf.insert(key, groups.size());
            groups.append(Group{key, static_cast<int>(r), {}});
        }
        groups[*it].rows.append(&row);
    }

    for (const Group &g : groups) {
        const int record = g.firstRow;
        ++out.records;
        const int line = g.rows.constFirst()->line;
        const auto first = [&](Field f) {
            for (const CsvRecord *row : g.rows) {
                if (QString text = c.cell(*row, f); !text.isEmpty())
                    return text;
            }
            return QString();
        };
        Order order;
        order.storefront = mapping.storefront;
        order.name = g.key;
        order.externalId = first(Field::ExternalId);
        if (order.externalId.isEmpty())
            order.externalId = g.key;
        order.orderNumber = g.key.startsWith(QLatin1Char('#')) ? g.key.mid(1) : g.key;
        OrderFieldReader fields(order, out, source, record, line);

        if (c.has(Field::OrderedAt)) {
            const QString text = first(Field::OrderedAt);
            order.orderedAt = instant(text, mapping);
            if (!order.orderedAt)
                fields.flag(OrderFlag::OrderedAtUnreadable, c.name(Field::OrderedAt),
                            QStringLiteral("\"%1\" is not %2").arg(text, expectation(Field::OrderedAt, mapping)));
        }
        if (c.has(Field::UpdatedAt)) {
            const QString text = first(Field::UpdatedAt);
            if (const std::optional<Timestamp> updated = instant(text, mapping))
                order.updatedAtMs = updated->utcMs;
            else
                fields.flag(OrderFlag::UpdatedAtUnreadable, c.name(Field::UpdatedAt),
                            QStringLiteral("\"%1\" is not %2; the order is compared by what it says")
                                .arg(text, expectation(Field::UpdatedAt, mapping)));
        }
        if (c.has(Field::PromisedDate)) {
            const QString text = first(Field::PromisedDate);
            order.promisedDate = date(text, mapping);
            if (!text.isEmpty() && !order.promisedDate.isValid()) {
                order.issues.append(c.name(Field::PromisedDate) + QStringLiteral(": \"%1\" is not %2")
                                                                       .arg(text, expectation(Field::PromisedDate, mapping)));
                out.warning(source, record, line, c.name(Field::PromisedDate),
                            QStringLiteral("\"%1\" is not %2: no promised date").arg(text, expectation(Field::PromisedDate, mapping)));
            }
        }

        const QString currencyText = first(Field::Currency).isEmpty() ? mapping.currency : first(Field::Currency);
        fields.currency(currencyText, c.has(Field::Currency) ? c.name(Field::Currency) : QStringLiteral("currency"));

        order.financialStatus = first(Field::FinancialStatus);
        const QString payment = first(Field::Payment);
        if (ordertext::namesCashOnDelivery(payment))
            order.paymentMode = PaymentMode::CashOnDelivery;
        else if (!payment.isEmpty() || ordertext::isSettledFinancialStatus(order.financialStatus))
            order.paymentMode = PaymentMode::Prepaid;
        else
            fields.flag(OrderFlag::PaymentModeUnknown,
                        c.has(Field::Payment) ? c.name(Field::Payment) : QStringLiteral("payment"),
                        QStringLiteral("no payment method and no financial status saying it was paid: neither prepaid "
                                       "nor COD is known"));

        OrderAddress &a = order.shippingAddress;
        a.name = first(Field::ShipName);
        a.line1 = first(Field::ShipAddress1);
        a.line2 = first(Field::ShipAddress2);
        a.city = first(Field::ShipCity);
        a.region = first(Field::ShipRegion);
        a.postalCode = first(Field::ShipPostalCode);
        const QString countryText = first(Field::ShipCountry);
        a.country = geo::countryAlpha2(countryText);
        a.phone = first(Field::ShipPhone);
        const bool mapsAddress = c.has(Field::ShipAddress1) || c.has(Field::ShipCity) || c.has(Field::ShipPostalCode)
                                 || c.has(Field::ShipCountry);
        if (!countryText.isEmpty() && a.country.isEmpty())
            fields.flag(OrderFlag::AddressUnreadable, c.name(Field::ShipCountry),
                        QStringLiteral("\"%1\" names no country").arg(countryText));
        else if (mapsAddress && a.city.isEmpty() && a.postalCode.isEmpty() && a.country.isEmpty())
            fields.flag(OrderFlag::AddressUnreadable,
                        c.has(Field::ShipCity) ? c.name(Field::ShipCity) : QStringLiteral("shipping address"),
                        QStringLiteral("no shipping address with a city, postal code or country"));

        order.customer.name = first(Field::CustomerName);
        if (order.customer.name.isEmpty())
            order.customer.name = first(Field::BillingName);
        if (order.customer.name.isEmpty())
            order.customer.name = a.name;
        order.customer.email = first(Field::CustomerEmail);
        order.customer.phone = first(Field::CustomerPhone);
        if (order.customer.phone.isEmpty())
            order.customer.phone = a.phone;
        order.customer.tags = ordertext::tags(first(Field::CustomerTags));

        qint64 linesTotal = 0;
        for (const CsvRecord *row : g.rows) {
            OrderLine l;
            l.sku = c.cell(*row, Field::LineSku);
            l.title = c.cell(*row, Field::LineTitle);
            l.variant = c.cell(*row, Field::LineVariant);
            const QString qty = c.cell(*row, Field::LineQuantity);
            const QString price = c.cell(*row, Field::LinePrice);
            if (l.sku.isEmpty() && l.title.isEmpty() && qty.isEmpty() && price.isEmpty())
                continue;
            l.quantity = 1;
            if (!qty.isEmpty()) {
                if (const std::optional<qint64> q = parseMinorUnits(qty, 0); q && *q <= 1'000'000) {
                    l.quantity = static_cast<int>(*q);
                } else {
                    l.quantity = 0;
                    fields.flag(OrderFlag::LineUnreadable, c.name(Field::LineQuantity),
                                QStringLiteral("line %1: \"%2\" is not a whole quantity").arg(row->line).arg(qty));
                }
            }
            fields.amount(price, c.name(Field::LinePrice), l.unitPriceCents);
            linesTotal += l.unitPriceCents * l.quantity;
            order.lines.append(l);
        }
        if (c.has(Field::Total)) {
            const QString total = first(Field::Total);
            if (total.isEmpty())
                fields.flag(OrderFlag::TotalUnreadable, c.name(Field::Total), QStringLiteral("no total"));
            fields.amount(total, c.name(Field::Total), order.totalCents);
        } else {
            order.totalCents = linesTotal; // no total column: the lines' sum
        }
        fields.amount(first(Field::Subtotal), c.name(Field::Subtotal), order.subtotalCents);

        const QString orderCarrier = first(Field::Carrier);
        for (const CsvRecord *row : g.rows) {
            QString carrierName = c.cell(*row, Field::Carrier);
            if (carrierName.isEmpty())
                carrierName = orderCarrier;
            for (const QString &number : trackingNumbers(c.cell(*row, Field::TrackingNumber))) {
                const bool known = std::any_of(order.fulfilments.cbegin(), order.fulfilments.cend(),
                                               [&](const OrderFulfilment &f) { return f.externalId == number; });
                if (known)
                    continue;
                order.fulfilments.append(OrderFulfilment{number, orderCarrierCode(carrierName), carrierName, {number}, {}});
            }
        }
        out.orders.append(order);
    }
}

} // namespace ct
