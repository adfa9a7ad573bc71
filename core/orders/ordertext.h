// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace ct {

// How storefronts write payment and tags, shared by the readers (docs/storefronts/).
namespace ordertext {

// A payment gateway or method naming cash on delivery: "Cash on Delivery (COD)", "COD",
// "cash_on_delivery", Magento's "cashondelivery", anything containing "cash on delivery"
// or "(cod)"; case does not matter.
bool namesCashOnDelivery(QStringView gateway);

// A financial status saying money moved: Shopify's "paid", "partially_paid", "refunded",
// "partially_refunded" and "authorized" (what an order without a gateway is prepaid by).
bool isSettledFinancialStatus(QStringView status);

// "vip, wholesale ,," is {"vip", "wholesale"}: comma-separated, trimmed, empty ones left out.
QStringList tags(const QString &text);

} // namespace ordertext

} // namespace ct
