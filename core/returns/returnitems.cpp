// SPDX-License-Identifier: MIT
#include "returnitems.h"

#include "json/jsonvalue.h"
#include "json/parser.h"

namespace ct {

QList<ReturnItem> returnItemsFromJson(json::Parser &parser, const QByteArray &text)
{
    QList<ReturnItem> items;
    const auto root = parser.parse(text.constData(), text.size());
    if (!root)
        return items;
    for (const json::Value &e : root->elements()) {
        ReturnItem i;
        i.sku = e["sku"].toString();
        i.name = e["name"].toString();
        i.quantity = static_cast<int>(e["quantity"].toInt().value_or(1));
        i.unitPriceCents = e["unit_price_cents"].toInt().value_or(0);
        i.finalSale = e["final_sale"].toBool().value_or(false);
        i.category = e["category"].toString();
        i.variant = e["variant"].toString();
        i.worn = e["worn"].toBool().value_or(false);
        i.opened = e["opened"].toBool().value_or(false);
        i.tagsRemoved = e["tags_removed"].toBool().value_or(false);
        items << i;
    }
    return items;
}

QString returnItemsSummary(const QList<ReturnItem> &items)
{
    QStringList parts;
    for (const ReturnItem &i : items) {
        QString text = i.quantity > 1 ? QStringLiteral("%1 × %2").arg(i.quantity).arg(i.name.isEmpty() ? i.sku : i.name)
                                      : (i.name.isEmpty() ? i.sku : i.name);
        if (!i.variant.isEmpty())
            text += QStringLiteral(" (%1)").arg(i.variant);
        parts << text;
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace ct
