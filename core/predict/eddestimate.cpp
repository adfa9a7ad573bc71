// SPDX-License-Identifier: MIT
#include "eddestimate.h"

namespace ct::predict {

QString EddEstimate::explanation() const
{
    if (!enoughHistory)
        return QStringLiteral("not enough history (n=%1)").arg(sampleSize);
    return QStringLiteral("P50 %1, P90 %2 (%3, n=%4, from %5)")
        .arg(p50Date.toString(Qt::ISODate), p90Date.toString(Qt::ISODate),
             QString::fromUtf8(backoffLevelName(level)), QString::number(sampleSize),
             QString::fromUtf8(milestoneName(milestone)));
}

} // namespace ct::predict
