// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace ct {

// What the full-text index holds for a phone number: its digits, and also the last ten
// without a leading country code, so "5125550147" finds "+1 512 555 0147".
QString phoneSearchText(const QString &phone);

} // namespace ct
