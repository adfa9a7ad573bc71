// SPDX-License-Identifier: MIT
#pragma once

#include "adapters/feedissue.h"
#include "csv/csvrecords.h"
#include "csvordermapping.h"
#include "domain/timestamp.h"
#include "orderdocument.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace ct {

// A storefront's CSV read into orders by a column mapping (docs/storefronts/csv.md): the
// Shopify orders export (ShopifyCsvOrders gives its mapping) and a custom storefront's
// CSV (a CsvOrderMapping of the user's). Each row is a line; the rows sharing an order id
// are one order, its fields from the first row that has them, its tracking numbers from
// every row. Issues are located by row (the record: 1 for the first after the header),
// line and column. What a row cannot say is flagged on its order as for the JSON
// formats; a row without an order id is a located error.
//
// A mapping that does not fit is refused before anything is read: its problems() with the
// header, a required column empty in every one of the first SampleRows rows, or a mapped
// column that does not read as its field (a date in its format, a number, an amount, a
// currency, a country, an e-mail) in half or more of the first SampleRows rows that have
// it. The document then holds no order, one error saying why, and the first rows that
// failed (FailedRowsShown), each located by line and column.
class CsvOrderReader final
{
public:
    static constexpr int SampleRows = 20;
    static constexpr int FailedRowsShown = 5;

    // `records`: the file's, the header first.
    static void read(const QList<CsvRecord> &records, const CsvOrderMapping &mapping, const QString &source,
                     OrderDocument &out);
    // Why `mapping` is refused on `records` (what read() would report), or nothing.
    static QList<FeedIssue> check(const QList<CsvRecord> &records, const CsvOrderMapping &mapping,
                                  const QString &source);

    // A time as the mapping reads it: `dateTimeFormat` (Qt's letters, the date and the time
    // separated by a space; a format of a date only reads midnight) or, when it is empty,
    // ISO 8601 ("2026-03-14 10:05:00 -0500" too); without an offset, at `utcOffsetMinutes`.
    static std::optional<Timestamp> instant(const QString &text, const CsvOrderMapping &mapping);
    // A date as the mapping reads it: `dateFormat`, or ISO 8601 when it is empty.
    static QDate date(const QString &text, const CsvOrderMapping &mapping);

    // The formats a mapping dialog offers, ISO 8601 (empty) first, and the first of them
    // that reads the most of `samples` (a bad value among good ones aside); empty (ISO
    // 8601) when none reads half of them.
    static QStringList dateTimeFormats();
    static QStringList dateFormats();
    static QString dateTimeFormatOf(const QStringList &samples);
    static QString dateFormatOf(const QStringList &samples);
};

} // namespace ct
