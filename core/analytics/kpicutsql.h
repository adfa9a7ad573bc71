// SPDX-License-Identifier: MIT
#pragma once

#include "kpirequest.h"

#include <QString>
#include <QVariantList>

namespace ct {

// The cut keys and filters of KpiCut as SQL over a shipments row, so that the KPI
// engine, ReturnFigures' scope and a drill-down name a lane or a service the same way.
class KpiCutSql final
{
public:
    // The expression giving a shipment's key for `cut` ('' for KpiCut::None), over the
    // shipments table under `alias` ("s").
    static QString key(KpiCut cut, const QString &alias);
    // A condition true for the shipments `filter` keeps ("1 = 1" when it keeps all); its
    // '?' placeholders take `values` in order (appended to).
    static QString condition(const KpiFilter &filter, const QString &alias, QVariantList *values);

    // The same over a table that stores the keys (the kpi_* rollup tables: carrier,
    // service, lane, destination columns).
    static QString storedKey(KpiCut cut, const QString &alias);
    static QString storedCondition(const KpiFilter &filter, const QString &alias, QVariantList *values);
    // A stored row's key for `cut`, as storedKey computes it.
    static QString storedKeyOf(KpiCut cut, const QString &carrier, const QString &service, const QString &lane,
                               const QString &destination);
};

} // namespace ct
