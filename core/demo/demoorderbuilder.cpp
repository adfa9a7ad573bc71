// SPDX-License-Identifier: MIT
#include "demoorderbuilder.h"

#include "demorandom.h"

#include <cstring>

namespace ct {

namespace {

constexpr const char *ApparelSizes[] = {"XS", "S", "M", "L", "XL", "XXL"};
constexpr quint16 ApparelSizeWeights[] = {5, 20, 32, 25, 13, 5};
constexpr int ShoeSizes = 9; // US 5..13, EU 36..44, UK 3..11
constexpr quint16 ShoeSizeWeights[] = {4, 9, 14, 17, 17, 15, 12, 8, 4};

bool sameCountry(const char *a, const char *b)
{
    return a[0] == b[0] && a[1] == b[1];
}

char *put(char *out, const char *text)
{
    while (*text)
        *out++ = *text++;
    return out;
}

char *putDigits(char *out, DemoRandom &rng, int count)
{
    for (int i = 0; i < count; ++i)
        *out++ = static_cast<char>('0' + rng.uniformInt(0, 9));
    return out;
}

template <size_t N> const char *pickText(const char *const (&list)[N], DemoRandom &rng)
{
    return list[rng.uniformInt(0, static_cast<int>(N) - 1)];
}

} // namespace

DemoOrderBuilder::DemoOrderBuilder(const DemoContext &context) : m_context(context)
{
    for (const DemoProduct &p : demoProducts()) {
        ProductInfo info;
        info.product = &p;
        info.sku = QString::fromLatin1(p.sku);
        info.name = QString::fromUtf8(p.name);
        const char *start = p.colours;
        for (const char *c = p.colours;; ++c) {
            if (*c == '|' || *c == '\0') {
                if (c != start) {
                    const char *colon = static_cast<const char *>(
                        std::memchr(start, ':', static_cast<size_t>(c - start)));
                    if (colon)
                        info.colours.push_back({QString::fromLatin1(start, colon - start),
                                                QString::fromUtf8(colon + 1, c - colon - 1)});
                }
                if (*c == '\0')
                    break;
                start = c + 1;
            }
        }
        m_products.push_back(std::move(info));
        switch (p.category) {
        case DemoCategory::Apparel:
            m_productWeights.push_back(3);
            break;
        case DemoCategory::Footwear:
        case DemoCategory::Accessories:
            m_productWeights.push_back(2);
            break;
        case DemoCategory::Home:
        case DemoCategory::Beauty:
            m_productWeights.push_back(1);
            break;
        }
    }
}

qint64 DemoOrderBuilder::localPrice(quint32 usdCents, DemoMarket market)
{
    const qint64 usd = usdCents;
    switch (market) {
    case DemoMarket::US:
        return usd;
    case DemoMarket::IN: // local pricing rounded to ...99 rupees: $28 -> Rs 899
        return (((usd * 30 / 100) + 50) / 100 * 100 - 1) * 100;
    case DemoMarket::EU: // $28 -> EUR 26.95
        return ((usd * 95 / 100) + 50) / 100 * 100 - 5;
    case DemoMarket::GB: // $28 -> GBP 22.99
        return ((usd * 82 / 100) + 50) / 100 * 100 - 1;
    }
    return usd;
}

DemoCategory DemoOrderBuilder::category(const DemoOrderItem &item)
{
    return demoProducts()[item.product].category;
}

void DemoOrderBuilder::build(DemoOrder &order, int destinationPlace, bool crossBorder, bool express,
                             DemoRandom &rng) const
{
    const DemoPlaceInfo &place = m_context.place(destinationPlace);
    const char *country = place.place->country;
    order.market = DemoContext::marketOf(country);

    const DemoNameSetInfo &names = m_context.namesFor(country);
    const DemoName &given = names.given[static_cast<size_t>(
        rng.uniformInt(0, static_cast<int>(names.given.size()) - 1))];
    const DemoName &family = names.family[static_cast<size_t>(
        rng.uniformInt(0, static_cast<int>(names.family.size()) - 1))];
    order.customerName = given.display + QLatin1Char(' ') + family.display;
    order.customerEmail = email(given, family, rng);
    order.customerPhone = phone(country, *place.place, rng);

    static constexpr quint16 ItemCountWeights[] = {58, 26, 10, 6};
    order.itemCount = 1 + rng.weighted(std::span<const quint16>(ItemCountWeights));
    const bool discount = rng.chancePermille(150);
    order.subtotalCents = 0;
    for (int i = 0; i < order.itemCount; ++i) {
        DemoOrderItem &item = order.items[static_cast<size_t>(i)];
        item = DemoOrderItem{};
        item.product =
            static_cast<quint16>(rng.weighted(std::span<const quint32>(m_productWeights)));
        const ProductInfo &p = m_products[item.product];
        if (!p.colours.empty())
            item.colour =
                static_cast<quint8>(rng.uniformInt(0, static_cast<int>(p.colours.size()) - 1));
        if (p.product->category == DemoCategory::Apparel)
            item.size =
                static_cast<quint8>(rng.weighted(std::span<const quint16>(ApparelSizeWeights)));
        else if (p.product->category == DemoCategory::Footwear)
            item.size =
                static_cast<quint8>(rng.weighted(std::span<const quint16>(ShoeSizeWeights)));
        item.quantity = 1;
        if (std::strcmp(p.product->sku, "SCK-3PK") == 0 ||
            p.product->category == DemoCategory::Beauty)
            item.quantity = static_cast<quint8>(rng.uniformInt(1, 3));
        else if (rng.chancePermille(40))
            item.quantity = 2;
        qint64 unit = localPrice(p.product->priceUsdCents, order.market);
        if (rng.chancePermille(60)) { // clearance: 40 % off, final sale
            unit = unit * 60 / 100;
            item.finalSale = true;
        } else if (discount) {
            unit = unit * 90 / 100;
        }
        item.unitCents = unit;
        order.subtotalCents += unit * item.quantity;
    }

    // Shipping: free above the market's threshold; express and international cost extra.
    qint64 fee = 0;
    switch (order.market) {
    case DemoMarket::US:
        fee = crossBorder ? 1495 : (order.subtotalCents >= 5000 ? 0 : 595);
        if (express && !crossBorder)
            fee += 1495;
        break;
    case DemoMarket::IN:
        fee = crossBorder ? 149900 : (order.subtotalCents >= 49900 ? 0 : 7900);
        if (express && !crossBorder)
            fee += 9900;
        break;
    case DemoMarket::EU:
        fee = crossBorder && !sameCountry(country, "DE") ? 1295
                                                         : (order.subtotalCents >= 4900 ? 0 : 495);
        if (express)
            fee += 995;
        break;
    case DemoMarket::GB:
        fee = crossBorder ? 1195 : (order.subtotalCents >= 4000 ? 0 : 395);
        if (express)
            fee += 795;
        break;
    }
    order.cashOnDelivery =
        order.market == DemoMarket::IN && !crossBorder && rng.chancePermille(400);
    if (order.cashOnDelivery)
        fee += 4900;
    order.shippingCents = fee;
    order.valueCents = order.subtotalCents + fee;
}

QString DemoOrderBuilder::email(const DemoName &given, const DemoName &family,
                                DemoRandom &rng) const
{
    static constexpr const char *Domains[] = {"example.com", "example.net", "example.org"};
    static constexpr quint16 DomainWeights[] = {60, 25, 15};
    char buf[96];
    char *p = buf;
    const QByteArray &g = given.ascii;
    const QByteArray &f = family.ascii;
    auto putBytes = [&p](const QByteArray &b) {
        std::memcpy(p, b.constData(), static_cast<size_t>(b.size()));
        p += b.size();
    };
    switch (rng.uniformInt(0, 5)) {
    case 0:
        putBytes(g);
        *p++ = '.';
        putBytes(f);
        break;
    case 1:
        putBytes(g);
        putBytes(f);
        p = putDigits(p, rng, 2);
        break;
    case 2:
        *p++ = g.isEmpty() ? 'x' : g.at(0);
        putBytes(f);
        break;
    case 3:
        putBytes(g);
        *p++ = '_';
        putBytes(f);
        break;
    case 4:
        putBytes(g);
        *p++ = '.';
        putBytes(f);
        p = putDigits(p, rng, 2);
        break;
    default:
        putBytes(f);
        *p++ = '.';
        putBytes(g);
        break;
    }
    *p++ = '@';
    p = put(p, Domains[rng.weighted(std::span<const quint16>(DomainWeights))]);
    return QString::fromLatin1(buf, p - buf);
}

// Phone numbers in international format with the country's usual grouping. Where a
// country reserves numbers for fiction (US 555-01xx, UK 07700 900xxx) those are used.
QString DemoOrderBuilder::phone(const char *country, const DemoPlace &place, DemoRandom &rng) const
{
    char buf[40];
    char *p = buf;
    if (sameCountry(country, "US")) {
        p = put(p, "+1 ");
        p = put(p, place.phoneArea ? place.phoneArea : "212");
        p = put(p, "-555-01");
        p = putDigits(p, rng, 2);
    } else if (sameCountry(country, "IN")) {
        p = put(p, "+91 ");
        *p++ = static_cast<char>('6' + rng.uniformInt(0, 3));
        p = putDigits(p, rng, 4);
        *p++ = ' ';
        p = putDigits(p, rng, 5);
    } else if (sameCountry(country, "DE")) {
        static constexpr const char *Prefixes[] = {"151", "152", "157", "160", "162", "170", "171",
                                                   "172", "173", "175", "176", "177", "178", "179"};
        p = put(p, "+49 ");
        p = put(p, pickText(Prefixes, rng));
        *p++ = ' ';
        p = putDigits(p, rng, rng.uniformInt(7, 8));
    } else if (sameCountry(country, "AT")) {
        static constexpr const char *Prefixes[] = {"650", "660", "664", "676", "680", "699"};
        p = put(p, "+43 ");
        p = put(p, pickText(Prefixes, rng));
        *p++ = ' ';
        p = putDigits(p, rng, 7);
    } else if (sameCountry(country, "FR")) {
        p = put(p, "+33 ");
        *p++ = rng.chancePermille(800) ? '6' : '7';
        for (int i = 0; i < 4; ++i) {
            *p++ = ' ';
            p = putDigits(p, rng, 2);
        }
    } else if (sameCountry(country, "BE")) {
        static constexpr const char *Prefixes[] = {"470", "471", "472", "473", "475", "476", "477",
                                                   "478", "479", "484", "485", "486", "487", "488",
                                                   "489", "490", "491", "492", "493", "494", "495",
                                                   "496", "497", "498", "499"};
        p = put(p, "+32 ");
        p = put(p, pickText(Prefixes, rng));
        for (int i = 0; i < 3; ++i) {
            *p++ = ' ';
            p = putDigits(p, rng, 2);
        }
    } else if (sameCountry(country, "NL")) {
        p = put(p, "+31 6 ");
        p = putDigits(p, rng, 8);
    } else if (sameCountry(country, "GB")) {
        p = put(p, "+44 7700 900");
        p = putDigits(p, rng, 3);
    } else if (sameCountry(country, "IE")) {
        static constexpr const char *Prefixes[] = {"83", "85", "86", "87", "89"};
        p = put(p, "+353 ");
        p = put(p, pickText(Prefixes, rng));
        *p++ = ' ';
        p = putDigits(p, rng, 3);
        *p++ = ' ';
        p = putDigits(p, rng, 4);
    } else if (sameCountry(country, "ES")) {
        p = put(p, "+34 ");
        *p++ = rng.chancePermille(850) ? '6' : '7';
        p = putDigits(p, rng, 2);
        *p++ = ' ';
        p = putDigits(p, rng, 3);
        *p++ = ' ';
        p = putDigits(p, rng, 3);
    } else if (sameCountry(country, "IT")) {
        p = put(p, "+39 3");
        p = putDigits(p, rng, 2);
        *p++ = ' ';
        p = putDigits(p, rng, 3);
        *p++ = ' ';
        p = putDigits(p, rng, 4);
    } else if (sameCountry(country, "PL")) {
        p = put(p, "+48 ");
        *p++ = static_cast<char>('5' + rng.uniformInt(0, 3));
        p = putDigits(p, rng, 2);
        *p++ = ' ';
        p = putDigits(p, rng, 3);
        *p++ = ' ';
        p = putDigits(p, rng, 3);
    } else {
        p = put(p, "+1 212-555-01");
        p = putDigits(p, rng, 2);
    }
    return QString::fromLatin1(buf, p - buf);
}

QString DemoOrderBuilder::sizeLabel(const DemoOrderItem &item, DemoMarket market, bool forSku) const
{
    if (item.size == 0xff)
        return {};
    const DemoCategory c = category(item);
    if (c == DemoCategory::Apparel)
        return QLatin1StringView(ApparelSizes[item.size % 6]).toString();
    // Shoes: the market's own size system.
    const int i = item.size % ShoeSizes;
    switch (market) {
    case DemoMarket::US:
        return (forSku ? QStringLiteral("US") : QStringLiteral("US ")) + QString::number(5 + i);
    case DemoMarket::EU:
        return (forSku ? QStringLiteral("EU") : QStringLiteral("EU ")) + QString::number(36 + i);
    case DemoMarket::GB:
    case DemoMarket::IN:
        return (forSku ? QStringLiteral("UK") : QStringLiteral("UK ")) + QString::number(3 + i);
    }
    return {};
}

QString DemoOrderBuilder::itemSku(const DemoOrderItem &item, DemoMarket market) const
{
    const ProductInfo &p = m_products[item.product];
    QString sku = p.sku;
    if (!p.colours.empty())
        sku += QLatin1Char('-') + p.colours[item.colour % p.colours.size()].code;
    const QString size = sizeLabel(item, market, true);
    if (!size.isEmpty())
        sku += QLatin1Char('-') + size;
    return sku;
}

QString DemoOrderBuilder::itemVariant(const DemoOrderItem &item, DemoMarket market) const
{
    const ProductInfo &p = m_products[item.product];
    QString variant;
    if (!p.colours.empty())
        variant = p.colours[item.colour % p.colours.size()].name;
    const QString size = sizeLabel(item, market, false);
    if (!size.isEmpty())
        variant = variant.isEmpty() ? size : variant + QStringLiteral(" / ") + size;
    return variant;
}

QString DemoOrderBuilder::itemName(const DemoOrderItem &item, DemoMarket market) const
{
    QString name = m_products[item.product].name;
    const QString variant = itemVariant(item, market);
    if (!variant.isEmpty())
        name += QStringLiteral(" \u2014 ") + variant;
    return name;
}

QString DemoOrderBuilder::categoryCode(DemoCategory category)
{
    switch (category) {
    case DemoCategory::Apparel:
        return QStringLiteral("apparel");
    case DemoCategory::Footwear:
        return QStringLiteral("footwear");
    case DemoCategory::Accessories:
        return QStringLiteral("accessories");
    case DemoCategory::Home:
        return QStringLiteral("home");
    case DemoCategory::Beauty:
        return QStringLiteral("beauty");
    }
    return {};
}

} // namespace ct
