// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

namespace ct {

// The canonical carrier code (carriers.h) of a carrier name a storefront wrote
// ("UPS", "FedEx", "DHL Express", "Bluedart", "Canada Post"); empty when the name is not
// one of the carriers Control Tower knows ("Other", a local courier): such a fulfilment
// links by tracking number alone, its name kept as text.
QString orderCarrierCode(QStringView storefrontName);

} // namespace ct
