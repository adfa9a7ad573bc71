// SPDX-License-Identifier: MIT
#include "kpicutsql.h"

#include <QStringList>

#include <functional>

namespace ct {

QString kpiCutCode(KpiCut cut)
{
    switch (cut) {
    case KpiCut::None: return QStringLiteral("none");
    case KpiCut::Carrier: return QStringLiteral("carrier");
    case KpiCut::Service: return QStringLiteral("service");
    case KpiCut::Lane: return QStringLiteral("lane");
    case KpiCut::Destination: return QStringLiteral("destination");
    }
    return {};
}

std::optional<KpiCut> kpiCutFromCode(QStringView code)
{
    for (KpiCut c : {KpiCut::None, KpiCut::Carrier, KpiCut::Service, KpiCut::Lane, KpiCut::Destination}) {
        if (code == kpiCutCode(c))
            return c;
    }
    return std::nullopt;
}

namespace {

// "US-NV", or "US" when the state is unknown, or "?" when the country is.
QString region(const QString &a, const char *side)
{
    const QString country = QStringLiteral("%1.%2_country").arg(a, QLatin1String(side));
    const QString state = QStringLiteral("%1.%2_state").arg(a, QLatin1String(side));
    return QStringLiteral("(CASE WHEN %1 = '' THEN '?' WHEN %2 = '' THEN %1 ELSE %1 || '-' || %2 END)").arg(country, state);
}

} // namespace

QString KpiCutSql::key(KpiCut cut, const QString &a)
{
    switch (cut) {
    case KpiCut::None: return QStringLiteral("''");
    case KpiCut::Carrier: return a + QStringLiteral(".carrier");
    case KpiCut::Service: return QStringLiteral("(%1.carrier || '/' || %1.service)").arg(a);
    case KpiCut::Lane:
        return QStringLiteral("(%1 || ' → ' || CASE WHEN %2.origin_country <> '' AND %2.origin_country = %2.dest_country "
                              "THEN %3 WHEN %2.dest_country = '' THEN '?' ELSE %2.dest_country END)")
            .arg(region(a, "origin"), a, region(a, "dest"));
    case KpiCut::Destination: return a + QStringLiteral(".dest_country");
    }
    return QStringLiteral("''");
}

namespace {

QString conditionOf(const KpiFilter &filter, QVariantList *values, const std::function<QString(KpiCut)> &key)
{
    QStringList parts;
    const auto in = [&](KpiCut cut, const QStringList &keys) {
        if (keys.isEmpty())
            return;
        QStringList marks;
        for (const QString &k : keys) {
            marks << QStringLiteral("?");
            values->append(k);
        }
        parts << QStringLiteral("%1 IN (%2)").arg(key(cut), marks.join(QStringLiteral(", ")));
    };
    in(KpiCut::Carrier, filter.carriers);
    in(KpiCut::Service, filter.services);
    in(KpiCut::Lane, filter.lanes);
    in(KpiCut::Destination, filter.destinations);
    return parts.isEmpty() ? QStringLiteral("1 = 1") : parts.join(QStringLiteral(" AND "));
}

} // namespace

QString KpiCutSql::condition(const KpiFilter &filter, const QString &a, QVariantList *values)
{
    return conditionOf(filter, values, [&](KpiCut cut) { return key(cut, a); });
}

QString KpiCutSql::storedKey(KpiCut cut, const QString &a)
{
    switch (cut) {
    case KpiCut::None: return QStringLiteral("''");
    case KpiCut::Carrier: return a + QStringLiteral(".carrier");
    case KpiCut::Service: return QStringLiteral("(%1.carrier || '/' || %1.service)").arg(a);
    case KpiCut::Lane: return a + QStringLiteral(".lane");
    case KpiCut::Destination: return a + QStringLiteral(".destination");
    }
    return QStringLiteral("''");
}

QString KpiCutSql::storedCondition(const KpiFilter &filter, const QString &a, QVariantList *values)
{
    return conditionOf(filter, values, [&](KpiCut cut) { return storedKey(cut, a); });
}

QString KpiCutSql::storedKeyOf(KpiCut cut, const QString &carrier, const QString &service, const QString &lane,
                               const QString &destination)
{
    switch (cut) {
    case KpiCut::None: return {};
    case KpiCut::Carrier: return carrier;
    case KpiCut::Service: return carrier + QLatin1Char('/') + service;
    case KpiCut::Lane: return lane;
    case KpiCut::Destination: return destination;
    }
    return {};
}

} // namespace ct
