// SPDX-License-Identifier: MIT
#include "shopifycsvorders.h"

#include "shopifyorderreader.h"

namespace ct {

namespace {

using Field = CsvOrderMapping::Field;

struct ExportColumn
{
    Field field;
    const char *name;
};

constexpr ExportColumn Columns[] = {
    {Field::OrderId, "Name"},
    {Field::ExternalId, "Id"},
    {Field::CustomerEmail, "Email"},
    {Field::FinancialStatus, "Financial Status"},
    {Field::Currency, "Currency"},
    {Field::Subtotal, "Subtotal"},
    {Field::Total, "Total"},
    {Field::OrderedAt, "Created at"},
    {Field::LineQuantity, "Lineitem quantity"},
    {Field::LineTitle, "Lineitem name"},
    {Field::LinePrice, "Lineitem price"},
    {Field::LineSku, "Lineitem sku"},
    {Field::BillingName, "Billing Name"},
    {Field::ShipName, "Shipping Name"},
    {Field::ShipAddress1, "Shipping Address1"},
    {Field::ShipAddress2, "Shipping Address2"},
    {Field::ShipCity, "Shipping City"},
    {Field::ShipPostalCode, "Shipping Zip"},
    {Field::ShipRegion, "Shipping Province"},
    {Field::ShipCountry, "Shipping Country"},
    {Field::ShipPhone, "Shipping Phone"},
    {Field::Payment, "Payment Method"},
    {Field::CustomerPhone, "Phone"},
    {Field::CustomerTags, "Tags"},
};

bool hasColumn(const QStringList &header, const char *name)
{
    for (const QString &column : header) {
        if (column.trimmed() == QLatin1String(name))
            return true;
    }
    return false;
}

} // namespace

bool ShopifyCsvOrders::recognizes(const QStringList &header)
{
    return hasColumn(header, "Name") && hasColumn(header, "Financial Status") && hasColumn(header, "Lineitem name")
           && hasColumn(header, "Lineitem quantity");
}

CsvOrderMapping ShopifyCsvOrders::mapping(const QStringList &header)
{
    CsvOrderMapping m;
    m.storefront = QString::fromLatin1(ShopifyOrderReader::Storefront);
    m.required = {Field::OrderId};
    for (const ExportColumn &c : Columns) {
        if (hasColumn(header, c.name))
            m.columns.insert(c.field, QString::fromLatin1(c.name));
    }
    return m;
}

} // namespace ct
