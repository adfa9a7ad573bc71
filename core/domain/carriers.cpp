// SPDX-License-Identifier: MIT
#include "carriers.h"

#include <QHash>

#include <array>

namespace ct {

namespace {

constexpr auto Carriers = std::to_array<CarrierInfo>({
    {"ups", "UPS", "US"},
    {"fedex", "FedEx", "US"},
    {"usps", "USPS", "US"},
    {"ontrac", "OnTrac", "US"},
    {"dhl", "DHL Express", "DE"},
    {"dhl-ecommerce", "DHL eCommerce", "US"},
    {"deutsche-post", "Deutsche Post DHL", "DE"},
    {"delhivery", "Delhivery", "IN"},
    {"bluedart", "Blue Dart", "IN"},
    {"ecom-express", "Ecom Express", "IN"},
    {"xpressbees", "Xpressbees", "IN"},
    {"india-post", "India Post", "IN"},
    {"dpd", "DPD", "DE"},
    {"gls", "GLS", "DE"},
    {"postnl", "PostNL", "NL"},
    {"colissimo", "Colissimo", "FR"},
    {"royal-mail", "Royal Mail", "GB"},
    {"canada-post", "Canada Post", "CA"},
});

// Folded spelling (lowercase letters and digits only) -> canonical code.
const QHash<QString, QString> &aliases()
{
    static const QHash<QString, QString> map = [] {
        QHash<QString, QString> m;
        auto add = [&m](const char *alias, const char *code) {
            m.insert(QString::fromLatin1(alias), QString::fromLatin1(code));
        };
        for (const CarrierInfo &c : Carriers) {
            QString folded;
            for (const char *p = c.code; *p; ++p)
                if (*p != '-')
                    folded += QLatin1Char(*p);
            m.insert(folded, QString::fromLatin1(c.code));
        }
        add("unitedparcelservice", "ups");
        add("upsmailinnovations", "ups");
        add("fedexground", "fedex");
        add("fedexexpress", "fedex");
        add("federalexpress", "fedex");
        add("unitedstatespostalservice", "usps");
        add("dhlexpress", "dhl");
        add("dhlexpressusa", "dhl");
        add("dhlecommerceasia", "dhl-ecommerce");
        add("dhlecommercesolutions", "dhl-ecommerce");
        add("dhlgermany", "deutsche-post");
        add("dhlparcelde", "deutsche-post");
        add("deutschepostdhl", "deutsche-post");
        add("bluedartexpress", "bluedart");
        add("ecomexpress", "ecom-express");
        add("indiapost", "india-post");
        add("dpduk", "dpd");
        add("dpdde", "dpd");
        add("glseurope", "gls");
        add("lapostecolissimo", "colissimo");
        add("royalmail", "royal-mail");
        add("canadapost", "canada-post");
        return m;
    }();
    return map;
}

QString fold(QStringView name)
{
    QString folded;
    folded.reserve(name.size());
    for (QChar ch : name) {
        if (ch.isLetterOrNumber())
            folded += ch.toLower();
    }
    return folded;
}

} // namespace

std::span<const CarrierInfo> knownCarriers()
{
    return Carriers;
}

QString canonicalCarrierCode(QStringView name)
{
    const QString folded = fold(name);
    if (folded.isEmpty())
        return {};
    const auto it = aliases().constFind(folded);
    if (it != aliases().constEnd())
        return *it;
    QString slug;
    bool pendingDash = false;
    for (QChar ch : name.trimmed()) {
        if (ch.isLetterOrNumber()) {
            if (pendingDash && !slug.isEmpty())
                slug += QLatin1Char('-');
            pendingDash = false;
            slug += ch.toLower();
        } else {
            pendingDash = true;
        }
    }
    return slug;
}

QString carrierHomeCountry(QStringView code)
{
    for (const CarrierInfo &c : Carriers) {
        if (code == QLatin1StringView(c.code))
            return QString::fromLatin1(c.homeCountry);
    }
    return {};
}

QString carrierDisplayName(QStringView code)
{
    for (const CarrierInfo &c : Carriers) {
        if (code == QLatin1StringView(c.code))
            return QString::fromUtf8(c.name);
    }
    return code.toString();
}

} // namespace ct
