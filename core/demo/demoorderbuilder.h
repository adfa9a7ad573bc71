// SPDX-License-Identifier: MIT
#pragma once

#include "democontext.h"

#include <QString>

#include <array>
#include <vector>

namespace ct {

class DemoRandom;

struct DemoOrderItem
{
    quint16 product = 0; // index into demoProducts()
    quint8 colour = 0;
    quint8 size = 0xff; // 0xff: no size
    quint8 quantity = 1;
    bool finalSale = false;
    qint64 unitCents = 0; // price paid per unit, after discounts
};

struct DemoOrder
{
    DemoMarket market = DemoMarket::US;
    QString customerName;
    QString customerEmail;
    QString customerPhone;
    std::array<DemoOrderItem, 4> items{};
    int itemCount = 0;
    qint64 subtotalCents = 0;
    qint64 shippingCents = 0;
    qint64 valueCents = 0;
    bool cashOnDelivery = false;
};

// Composes an order: who bought (names, e-mail and phone in the country's format), what
// (products of a direct-to-consumer fashion and lifestyle brand, in the market's prices),
// and what it cost (subtotal, shipping, cash-on-delivery fee).
class DemoOrderBuilder final
{
public:
    explicit DemoOrderBuilder(const DemoContext &context);

    void build(DemoOrder &order, int destinationPlace, bool crossBorder, bool express,
               DemoRandom &rng) const;

    QString itemSku(const DemoOrderItem &item, DemoMarket market) const;
    QString itemName(const DemoOrderItem &item, DemoMarket market) const;
    QString itemVariant(const DemoOrderItem &item, DemoMarket market) const; // "Black / M"
    static DemoCategory category(const DemoOrderItem &item);
    static QString categoryCode(DemoCategory category); // "footwear"

    // The market's price, in minor units, of a price list entry given in US cents.
    static qint64 localPrice(quint32 usdCents, DemoMarket market);

private:
    struct Colour
    {
        QString code;
        QString name;
    };
    struct ProductInfo
    {
        const DemoProduct *product;
        QString sku;
        QString name;
        std::vector<Colour> colours;
    };

    QString phone(const char *country, const DemoPlace &place, DemoRandom &rng) const;
    QString email(const DemoName &given, const DemoName &family, DemoRandom &rng) const;
    QString sizeLabel(const DemoOrderItem &item, DemoMarket market, bool forSku) const;

    const DemoContext &m_context;
    std::vector<ProductInfo> m_products;
    std::vector<quint32> m_productWeights;
};

} // namespace ct
