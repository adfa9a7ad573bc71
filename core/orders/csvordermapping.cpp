// SPDX-License-Identifier: MIT
#include "csvordermapping.h"

#include "adapters/datetimetext.h"
#include "minorunits.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

namespace ct {

namespace {

constexpr const char *Keys[CsvOrderMapping::FieldCount] = {
    "order_id",      "external_id",   "tracking_number", "carrier",          "customer_name", "customer_email",
    "customer_phone", "customer_tags", "line_sku",       "line_title",       "line_variant",  "line_quantity",
    "line_price",    "currency",      "total",           "subtotal",         "payment",       "financial_status",
    "ordered_at",    "updated_at",    "promised_date",   "ship_name",        "ship_address1", "ship_address2",
    "ship_city",     "ship_region",   "ship_postal_code", "ship_country",    "ship_phone",    "billing_name",
};

QString offsetText(int minutes)
{
    const QChar sign = minutes < 0 ? QLatin1Char('-') : QLatin1Char('+');
    minutes = std::abs(minutes);
    return QStringLiteral("%1%2:%3").arg(sign).arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

QString CsvOrderMapping::key(Field field)
{
    return QString::fromLatin1(Keys[static_cast<int>(field)]);
}

std::optional<CsvOrderMapping::Field> CsvOrderMapping::fieldOfKey(const QString &key)
{
    for (int i = 0; i < FieldCount; ++i) {
        if (key == QLatin1String(Keys[i]))
            return static_cast<Field>(i);
    }
    return std::nullopt;
}

QList<CsvOrderMapping::Field> CsvOrderMapping::allFields()
{
    QList<Field> fields;
    for (int i = 0; i < FieldCount; ++i)
        fields.append(static_cast<Field>(i));
    return fields;
}

QStringList CsvOrderMapping::problems(const QStringList &header) const
{
    QStringList out;
    QStringList trimmed;
    for (const QString &name : header)
        trimmed.append(name.trimmed());
    for (const Field field : required) {
        if (!has(field))
            out.append(QStringLiteral("%1: required, and not mapped to a column").arg(key(field)));
    }
    QMap<QString, QString> fieldOfColumn;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        const QString column = it.value().trimmed();
        if (!trimmed.contains(column)) {
            out.append(QStringLiteral("%1: the header has no column \"%2\"").arg(key(it.key()), it.value()));
            continue;
        }
        if (fieldOfColumn.contains(column) && it.key() != Field::ExternalId && it.key() != Field::BillingName)
            out.append(QStringLiteral("%1: column \"%2\" is already mapped to %3")
                           .arg(key(it.key()), column, fieldOfColumn.value(column)));
        fieldOfColumn.insert(column, key(it.key()));
    }
    return out;
}

QByteArray CsvOrderMapping::toJson() const
{
    QJsonObject cols;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        cols.insert(key(it.key()), it.value());
    QJsonObject o;
    o.insert(QStringLiteral("storefront"), storefront);
    o.insert(QStringLiteral("delimiter"), QString(delimiter));
    o.insert(QStringLiteral("columns"), cols);
    if (!dateTimeFormat.isEmpty())
        o.insert(QStringLiteral("date_time_format"), dateTimeFormat);
    if (!dateFormat.isEmpty())
        o.insert(QStringLiteral("date_format"), dateFormat);
    o.insert(QStringLiteral("utc_offset"), offsetText(utcOffsetMinutes));
    if (!currency.isEmpty())
        o.insert(QStringLiteral("currency"), currency);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

std::optional<CsvOrderMapping> CsvOrderMapping::fromJson(const QByteArray &json, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(QStringLiteral("not JSON (at byte %1): %2").arg(parseError.offset).arg(parseError.errorString()));
    if (!document.isObject())
        return fail(QStringLiteral("expected a JSON object with \"columns\""));
    const QJsonObject o = document.object();
    static const QStringList Known{QStringLiteral("storefront"),       QStringLiteral("delimiter"),
                                   QStringLiteral("columns"),          QStringLiteral("date_time_format"),
                                   QStringLiteral("date_format"),      QStringLiteral("utc_offset"),
                                   QStringLiteral("currency")};
    for (const QString &member : o.keys()) {
        if (!Known.contains(member))
            return fail(QStringLiteral("%1: not a member of a mapping (%2)").arg(member, Known.join(QStringLiteral(", "))));
    }
    CsvOrderMapping m;
    if (o.contains(QStringLiteral("storefront"))) {
        m.storefront = o.value(QStringLiteral("storefront")).toString();
        static const QRegularExpression Name(QStringLiteral("^[a-z0-9][a-z0-9_.-]{0,39}$"));
        if (!Name.match(m.storefront).hasMatch())
            return fail(QStringLiteral("storefront: \"%1\" is not a name of lower-case letters, digits, '-', '_' or '.'")
                            .arg(m.storefront));
    }
    if (o.contains(QStringLiteral("delimiter"))) {
        const QString d = o.value(QStringLiteral("delimiter")).toString();
        if (d.size() != 1 || !(d == QLatin1String(",") || d == QLatin1String(";") || d == QLatin1String("\t")
                               || d == QLatin1String("|")))
            return fail(QStringLiteral("delimiter: \"%1\" is not one of \",\", \";\", \"|\" or a tab").arg(d));
        m.delimiter = d[0];
    }
    const QJsonValue cols = o.value(QStringLiteral("columns"));
    if (!cols.isObject())
        return fail(QStringLiteral("columns: expected an object of field: column name"));
    const QJsonObject colObject = cols.toObject();
    for (auto it = colObject.begin(); it != colObject.end(); ++it) {
        const std::optional<Field> field = fieldOfKey(it.key());
        if (!field)
            return fail(QStringLiteral("columns.%1: not a field (fields: %2)")
                            .arg(it.key(), [] {
                                QStringList all;
                                for (const char *k : Keys)
                                    all.append(QString::fromLatin1(k));
                                return all.join(QStringLiteral(", "));
                            }()));
        if (!it.value().isString() || it.value().toString().trimmed().isEmpty())
            return fail(QStringLiteral("columns.%1: expected a column name").arg(it.key()));
        m.columns.insert(*field, it.value().toString().trimmed());
    }
    for (const Field field : m.required) {
        if (!m.has(field))
            return fail(QStringLiteral("columns.%1: required").arg(key(field)));
    }
    m.dateTimeFormat = o.value(QStringLiteral("date_time_format")).toString();
    m.dateFormat = o.value(QStringLiteral("date_format")).toString();
    if (o.contains(QStringLiteral("utc_offset"))) {
        const QString text = o.value(QStringLiteral("utc_offset")).toString();
        const std::optional<int> offset = parseUtcOffset(text);
        if (!offset || *offset < -14 * 60 || *offset > 14 * 60)
            return fail(QStringLiteral("utc_offset: \"%1\" is not an offset like \"+05:30\"").arg(text));
        m.utcOffsetMinutes = *offset;
    }
    if (o.contains(QStringLiteral("currency"))) {
        m.currency = o.value(QStringLiteral("currency")).toString();
        if (!currencyExponent(m.currency))
            return fail(QStringLiteral("currency: \"%1\" is not an ISO 4217 code").arg(m.currency));
    }
    return m;
}

CsvOrderMapping CsvOrderMapping::guess(const QStringList &header)
{
    // The folded names (lower case, letters and digits only) that say a field, best first.
    struct Names
    {
        Field field;
        QList<const char *> names;
    };
    static const QList<Names> Known{
        {Field::OrderId, {"orderid", "orderno", "ordernumber", "order", "ordername", "name"}},
        {Field::TrackingNumber, {"trackingnumber", "tracking", "awb", "awbnumber", "awbno", "trackingno", "trackingid", "waybill"}},
        {Field::Carrier, {"carrier", "courier", "couriername", "carriername", "shippingcarrier", "trackingcompany"}},
        {Field::CustomerName, {"customername", "customer", "buyername", "name"}},
        {Field::CustomerEmail, {"email", "customeremail", "emailaddress"}},
        {Field::CustomerPhone, {"phone", "mobile", "customerphone", "phonenumber", "mobilenumber", "contact"}},
        {Field::LineSku, {"sku", "itemcode", "productcode", "itemsku", "lineitemsku"}},
        {Field::LineTitle, {"item", "product", "itemname", "productname", "title", "lineitemname", "description"}},
        {Field::LineVariant, {"variant", "variation", "size"}},
        {Field::LineQuantity, {"qty", "quantity", "units", "lineitemquantity"}},
        {Field::LinePrice, {"price", "unitprice", "itemprice", "lineitemprice", "rate"}},
        {Field::Currency, {"currency", "currencycode"}},
        {Field::Total, {"total", "amount", "ordertotal", "ordervalue", "grandtotal", "totalamount"}},
        {Field::Subtotal, {"subtotal"}},
        {Field::Payment, {"payment", "paymentmode", "paymentmethod", "mode", "paymenttype", "cod"}},
        {Field::FinancialStatus, {"financialstatus", "paymentstatus"}},
        {Field::OrderedAt, {"orderedat", "orderdate", "createdat", "placed", "placedat", "date", "created", "ordertime"}},
        {Field::UpdatedAt, {"updatedat", "modifiedat", "lastmodified", "updated"}},
        {Field::PromisedDate, {"promiseddate", "deliverby", "promised", "edd", "expecteddelivery", "deliverydate"}},
        {Field::ShipName, {"shippingname", "shiptoname", "recipient", "consignee"}},
        {Field::ShipAddress1, {"address", "address1", "shippingaddress1", "addressline1", "street", "shippingaddress"}},
        {Field::ShipAddress2, {"address2", "shippingaddress2", "addressline2"}},
        {Field::ShipCity, {"city", "shippingcity", "town"}},
        {Field::ShipRegion, {"state", "province", "region", "shippingprovince", "shippingstate"}},
        {Field::ShipPostalCode, {"pin", "pincode", "zip", "zipcode", "postcode", "postalcode", "shippingzip"}},
        {Field::ShipCountry, {"country", "shippingcountry", "countrycode"}},
    };
    QStringList folded;
    for (const QString &column : header) {
        QString f;
        for (const QChar ch : column.toLower()) {
            if (ch.isLetterOrNumber())
                f += ch;
        }
        folded.append(f);
    }
    CsvOrderMapping m;
    QList<bool> taken(header.size(), false);
    for (const Names &known : Known) {
        for (const char *name : known.names) {
            const qsizetype at = folded.indexOf(QLatin1String(name));
            if (at >= 0 && !taken[at]) {
                m.columns.insert(known.field, header[at].trimmed());
                taken[at] = true;
                break;
            }
        }
    }
    return m;
}

QString CsvOrderMapping::headerKey(const QStringList &header)
{
    QStringList trimmed;
    for (const QString &name : header)
        trimmed.append(name.trimmed());
    return trimmed.join(QChar(0x1F));
}

CsvOrderMappingBook CsvOrderMappingBook::fromJson(const QByteArray &json)
{
    CsvOrderMappingBook book;
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QByteArray mapping = QJsonDocument(it.value().toObject()).toJson(QJsonDocument::Compact);
        if (CsvOrderMapping::fromJson(mapping, nullptr))
            book.m_byHeader.insert(it.key(), mapping);
    }
    return book;
}

QByteArray CsvOrderMappingBook::toJson() const
{
    QJsonObject o;
    for (auto it = m_byHeader.cbegin(); it != m_byHeader.cend(); ++it)
        o.insert(it.key(), QJsonDocument::fromJson(it.value()).object());
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<CsvOrderMapping> CsvOrderMappingBook::find(const QStringList &header) const
{
    const auto it = m_byHeader.constFind(CsvOrderMapping::headerKey(header));
    if (it == m_byHeader.constEnd())
        return std::nullopt;
    return CsvOrderMapping::fromJson(*it, nullptr);
}

void CsvOrderMappingBook::insert(const QStringList &header, const CsvOrderMapping &mapping)
{
    m_byHeader.insert(CsvOrderMapping::headerKey(header), mapping.toJson());
}

void CsvOrderMappingBook::remove(const QStringList &header)
{
    m_byHeader.remove(CsvOrderMapping::headerKey(header));
}

} // namespace ct
