// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace ct {

// Which column of a storefront's CSV holds which field of an order (docs/storefronts/csv.md):
// the mapping `controltower-cli orders import FILE --mapping MAPPING.json` reads a custom
// storefront's export with, and the desktop's mapping dialog writes. Each row is a line of
// an order; the rows of one order share its id, its other fields read from the first row
// that has them. Checked against the file's header before a row is read (problems()).
struct CsvOrderMapping
{
    enum class Field : quint8 {
        OrderId,         // groups the rows of an order; its name on shipments
        ExternalId,      // the storefront's own id, when not the order id
        TrackingNumber,  // one or more numbers ("1Z..., 1Z...")
        Carrier,
        CustomerName,
        CustomerEmail,
        CustomerPhone,
        CustomerTags,
        LineSku,
        LineTitle,
        LineVariant,
        LineQuantity,
        LinePrice,       // unit price
        Currency,
        Total,
        Subtotal,
        Payment,         // "COD", "Cash on Delivery", a gateway's name: prepaid
        FinancialStatus, // "paid": prepaid when no payment is named
        OrderedAt,
        UpdatedAt,
        PromisedDate,
        ShipName,
        ShipAddress1,
        ShipAddress2,
        ShipCity,
        ShipRegion,
        ShipPostalCode,
        ShipCountry,
        ShipPhone,
        BillingName,     // the customer's name when no customer name is given
    };
    static constexpr int FieldCount = 30;
    // "order_id", "tracking_number"...: the field's key in the mapping's JSON.
    static QString key(Field field);
    static std::optional<Field> fieldOfKey(const QString &key);
    static QList<Field> allFields();

    QString storefront = QStringLiteral("custom");
    QMap<Field, QString> columns;             // field -> the header's column name
    QList<Field> required{Field::OrderId, Field::TrackingNumber};
    QString dateTimeFormat;                   // Qt's format for OrderedAt and UpdatedAt; empty: ISO 8601
    QString dateFormat;                       // for PromisedDate; empty: ISO 8601 (yyyy-MM-dd)
    int utcOffsetMinutes = 0;                 // the zone of times written without one
    QString currency;                         // of orders with no currency column, or an empty cell
    QChar delimiter = QLatin1Char(',');

    bool has(Field field) const { return columns.contains(field); }
    QString column(Field field) const { return columns.value(field); }
    bool isRequired(Field field) const { return required.contains(field); }

    // What keeps this mapping from reading a file with `header`: a required field not
    // mapped, a column the header does not have, a field mapped twice... Empty when none.
    QStringList problems(const QStringList &header) const;

    // The mapping's JSON ({"storefront", "delimiter", "columns": {key: column},
    // "date_time_format", "date_format", "utc_offset", "currency"}); fromJson says where a
    // bad one is wrong ("columns.order_no: not a field").
    QByteArray toJson() const;
    static std::optional<CsvOrderMapping> fromJson(const QByteArray &json, QString *error);

    // A first mapping for a header no mapping is saved for: each field the column whose
    // name says it ("Order No", "AWB", "Courier", "E-mail", "Qty", "PIN"...; case, spaces
    // and punctuation aside), each column for one field at most. The user corrects it.
    static CsvOrderMapping guess(const QStringList &header);

    // What a mapping is remembered by: the header's column names, trimmed.
    static QString headerKey(const QStringList &header);
};

// The mappings the desktop remembers, one per header (AppSettings::OrderCsvMappings): the
// dialog offers a file's saved mapping next time.
class CsvOrderMappingBook final
{
public:
    static CsvOrderMappingBook fromJson(const QByteArray &json);
    QByteArray toJson() const;

    std::optional<CsvOrderMapping> find(const QStringList &header) const;
    void insert(const QStringList &header, const CsvOrderMapping &mapping);
    void remove(const QStringList &header);
    bool isEmpty() const { return m_byHeader.isEmpty(); }

private:
    QMap<QString, QByteArray> m_byHeader; // headerKey -> the mapping's JSON
};

} // namespace ct
