// SPDX-License-Identifier: MIT
// What a store's KPI rollups hold, as comparable text: for tests that check rollups kept
// incrementally (ingest, edits, a replica's pages) against KpiFacts::rebuild.
#pragma once

#include "store/database.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

#include <algorithm>

namespace ct::test {

// Every row of the rollup tables, in key order, as text: histograms as sorted "value:count"
// with zero counts left out, and rows whose every number is 0 left out (a row later changes
// emptied; a rebuild never writes one).
inline QStringList kpiSnapshot(const Database &db)
{
    QStringList out;
    const QStringList tables = {QStringLiteral("kpi_shipments"), QStringLiteral("kpi_daily"),
                                QStringLiteral("kpi_exceptions_daily"), QStringLiteral("kpi_exception_hours"),
                                QStringLiteral("kpi_returns_daily"), QStringLiteral("kpi_weekly"),
                                QStringLiteral("kpi_exceptions_weekly"), QStringLiteral("kpi_exception_hours_weekly"),
                                QStringLiteral("kpi_returns_weekly")};
    for (const QString &table : tables) {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2, 3, 4, 5, 6").arg(table)))
            qFatal("%s: %s", qPrintable(table), qPrintable(q.lastError().text()));
        while (q.next()) {
            QStringList fields{table};
            bool anything = table == QLatin1String("kpi_shipments");
            for (int i = 0; i < q.record().count(); ++i) {
                const QString name = q.record().fieldName(i);
                QString value = q.value(i).isNull() ? QStringLiteral("null") : q.value(i).toString();
                if (value.startsWith(QLatin1Char('{'))) {
                    QStringList bins;
                    const QRegularExpression pair(QStringLiteral("\"(-?\\d+)\":(-?\\d+)"));
                    for (auto m = pair.globalMatch(value); m.hasNext();) {
                        const auto match = m.next();
                        if (match.captured(2) != QLatin1String("0"))
                            bins << QStringLiteral("%1:%2").arg(match.captured(1).toInt(), 4).arg(match.captured(2));
                    }
                    std::sort(bins.begin(), bins.end());
                    value = bins.join(QLatin1Char(' '));
                    anything |= !bins.isEmpty();
                } else if (i >= 5 && name != QLatin1String("type") && name != QLatin1String("hour")
                           && name != QLatin1String("orphan") && name != QLatin1String("currency")) {
                    anything |= value != QLatin1String("0");
                }
                fields << name + QLatin1Char('=') + value;
            }
            if (anything)
                out << fields.join(QLatin1Char(' '));
        }
    }
    return out;
}

} // namespace ct::test
