// SPDX-License-Identifier: MIT
#include "kpiformat.h"

#include "domain/carriers.h"
#include "widgets/displaytext.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace ct::KpiFormat {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ct::KpiFormat", text);
}

const KpiDefinition &def(Kpi kpi)
{
    return kpiDefinition(kpi);
}

QString unitOf(Kpi kpi)
{
    return QString::fromUtf8(def(kpi).unit);
}

bool isShare(Kpi kpi)
{
    return def(kpi).kind == KpiKind::Share;
}

// Whole days and counts read without decimals; everything else with one.
int decimals(Kpi kpi, KpiStat stat)
{
    const KpiDefinition &d = def(kpi);
    if (d.kind == KpiKind::Count)
        return 0;
    if (d.kind == KpiKind::Distribution && stat != KpiStat::Value && unitOf(kpi).contains(QLatin1String("days")))
        return 0;
    return 1;
}

QString numberText(double v, int places)
{
    return QLocale().toString(v, 'f', places);
}

// The unit in the user's language: "days" for most values, "day" for exactly one.
QString unitFor(Kpi kpi, double v)
{
    const QString unit = unitOf(kpi); // core's code for it, in English
    const bool one = v == 1.0;
    if (unit == QLatin1String("days"))
        return one ? tr("day") : tr("days");
    if (unit == QLatin1String("business days"))
        return one ? tr("business day") : tr("business days");
    if (unit == QLatin1String("hours"))
        return one ? tr("hour") : tr("hours");
    if (unit == QLatin1String("exceptions"))
        return one ? tr("exception") : tr("exceptions");
    if (unit == QLatin1String("per 1,000 shipments"))
        return tr("per 1,000 shipments");
    return unit;
}

} // namespace

std::optional<double> number(const KpiCell *cell, KpiStat stat)
{
    if (!cell)
        return std::nullopt;
    std::optional<double> v;
    switch (stat) {
    case KpiStat::Value: v = cell->value; break;
    case KpiStat::P50: v = cell->p50; break;
    case KpiStat::P90: v = cell->p90; break;
    }
    if (!v || !std::isfinite(*v))
        return std::nullopt;
    return isShare(cell->kpi) ? *v * 100.0 : *v;
}

QString noData()
{
    return tr("no data");
}

QString bareValue(const KpiCell *cell, KpiStat stat)
{
    const auto v = number(cell, stat);
    return v ? numberText(*v, decimals(cell->kpi, stat)) : noData();
}

QString value(const KpiCell *cell, KpiStat stat)
{
    const auto v = number(cell, stat);
    if (!v)
        return noData();
    const QString text = numberText(*v, decimals(cell->kpi, stat));
    if (isShare(cell->kpi))
        return text + QStringLiteral(" %");
    return text + QLatin1Char(' ') + unitFor(cell->kpi, *v);
}

QString axisUnit(Kpi kpi)
{
    return isShare(kpi) ? QStringLiteral("%") : unitFor(kpi, 2);
}

bool higherIsBetter(Kpi kpi)
{
    switch (kpi) {
    case Kpi::OnTimeRate:
    case Kpi::EddCoverage:
    case Kpi::FirstAttemptRate:
    case Kpi::DeliveryRate:
    case Kpi::NdrRecoveryRate:
    case Kpi::ExchangeShare:
    case Kpi::StoreCreditShare:
    case Kpi::RetainedRevenueShare:
    case Kpi::AgentActioned:
    case Kpi::AgentResolved:
        return true;
    default:
        return false;
    }
}

Change change(const KpiCell *now, const KpiCell *before, KpiStat stat)
{
    Change c;
    const auto a = number(now, stat);
    const auto b = number(before, stat);
    if (!a) {
        c.text = QString();
        return c;
    }
    if (!b) {
        c.text = tr("no data before");
        return c;
    }
    c.known = true;
    const Kpi kpi = now->kpi;
    const int places = decimals(kpi, stat);
    const double scale = std::pow(10.0, places);
    const double delta = std::round((*a - *b) * scale) / scale;
    c.sign = delta > 0 ? 1 : delta < 0 ? -1 : 0;
    if (c.sign == 0) {
        c.text = tr("no change");
        return c;
    }
    c.better = (c.sign > 0) == higherIsBetter(kpi);
    const QString amount = numberText(std::abs(delta), places);
    const QString arrow = c.sign > 0 ? QStringLiteral("▲ ") : QStringLiteral("▼ ");
    if (isShare(kpi))
        c.text = arrow + tr("%1 pts").arg(amount);
    else
        c.text = arrow + amount + QLatin1Char(' ') + unitFor(kpi, std::abs(delta));
    return c;
}

bool countsExceptions(Kpi kpi)
{
    switch (kpi) {
    case Kpi::OpenBacklog:
    case Kpi::FirstActionBreachRate:
    case Kpi::ResolutionBreachRate:
    case Kpi::TimeToResolve:
    case Kpi::AgentActioned:
    case Kpi::AgentResolved:
    case Kpi::AgentTimeToFirstAction:
        return true;
    default:
        return false;
    }
}

QString numeratorNoun(Kpi kpi)
{
    switch (kpi) {
    case Kpi::ExceptionsPerThousand: return tr("exceptions");
    case Kpi::ReturnRate: return tr("orders");
    case Kpi::RefundShare:
    case Kpi::ExchangeShare:
    case Kpi::StoreCreditShare: return tr("returns");
    case Kpi::RetainedRevenueShare: return {};
    default: return countsExceptions(kpi) ? tr("exceptions") : tr("shipments");
    }
}

QString denominatorNoun(Kpi kpi)
{
    return kpi == Kpi::ExceptionsPerThousand ? tr("shipments") : numeratorNoun(kpi);
}

QString counts(const KpiCell &cell)
{
    const QLocale locale;
    const QString n = locale.toString(cell.numerator);
    const QString d = locale.toString(cell.denominator);
    switch (def(cell.kpi).kind) {
    case KpiKind::Share:
        if (cell.kpi == Kpi::RetainedRevenueShare)
            return {};
        return tr("%1 of %2 %3").arg(n, d, denominatorNoun(cell.kpi));
    case KpiKind::PerThousand:
        return tr("%1 %2 in %3 %4").arg(n, numeratorNoun(cell.kpi), d, denominatorNoun(cell.kpi));
    case KpiKind::Distribution:
        return tr("%1 %2").arg(d, denominatorNoun(cell.kpi));
    case KpiKind::Count:
        return {};
    }
    return {};
}

QString label(Kpi kpi)
{
    return QCoreApplication::translate("ct::Kpi", def(kpi).label);
}

QString label(const KpiMeasure &measure)
{
    switch (measure.stat) {
    case KpiStat::Value:
        return def(measure.kpi).kind == KpiKind::Distribution ? tr("%1, mean").arg(label(measure.kpi))
                                                               : label(measure.kpi);
    case KpiStat::P50: return tr("%1, P50").arg(label(measure.kpi));
    case KpiStat::P90: return tr("%1, P90").arg(label(measure.kpi));
    }
    return label(measure.kpi);
}

QString definitionToolTip(Kpi kpi)
{
    const KpiDefinition &d = def(kpi);
    const auto line = [](const QString &name, const char *text) {
        return QStringLiteral("<tr><td valign=top><i>%1</i></td><td>%2</td></tr>")
            .arg(name.toHtmlEscaped(), QString::fromUtf8(text).toHtmlEscaped());
    };
    QString rows;
    if (d.kind == KpiKind::Distribution) {
        //: A KPI's definition, as a table: "values: <what is measured>", "of: <over which shipments>".
        rows += line(tr("values"), d.numerator) + line(tr("of"), d.denominator);
    } else {
        rows += line(tr("numerator"), d.numerator);
        if (d.kind != KpiKind::Count)
            rows += line(tr("denominator"), d.denominator);
    }
    rows += line(tr("placed by"), d.placedBy) + line(tr("excluded"), d.exclusions)
            + line(tr("partial data"), d.partialData);
    return QStringLiteral("<p><b>%1</b> <tt>%2</tt></p><table cellspacing=2>%3</table>")
        .arg(label(kpi).toHtmlEscaped(), QString::fromLatin1(d.code), rows);
}

QString rangeLabel(const KpiPeriod &period)
{
    const QLocale locale;
    const QString format = DisplayText::dateFormat();
    if (period.from == period.to)
        return locale.toString(period.from, format);
    return QStringLiteral("%1 – %2").arg(locale.toString(period.from, format), locale.toString(period.to, format));
}

QString periodLabel(const KpiPeriod &period, KpiGranularity granularity)
{
    const QLocale locale;
    switch (granularity) {
    case KpiGranularity::Day: return locale.toString(period.from, DisplayText::dayMonthFormat());
    case KpiGranularity::Week: {
        int year = 0;
        const int week = period.from.weekNumber(&year);
        return tr("W%1 · %2").arg(week).arg(locale.toString(period.from, DisplayText::dayMonthFormat()));
    }
    case KpiGranularity::Month: return locale.toString(period.from, DisplayText::monthYearFormat());
    case KpiGranularity::Range: break;
    }
    return rangeLabel(period);
}

QString granularityNoun(KpiGranularity granularity)
{
    switch (granularity) {
    case KpiGranularity::Day: return tr("day");
    case KpiGranularity::Week: return tr("week");
    case KpiGranularity::Month: return tr("month");
    case KpiGranularity::Range: return tr("range");
    }
    return {};
}

QString cutLabel(KpiCut cut, const QString &key)
{
    switch (cut) {
    case KpiCut::None: return {};
    case KpiCut::Carrier: return key.isEmpty() ? tr("Unknown") : carrierDisplayName(key);
    case KpiCut::Service: {
        const qsizetype slash = key.indexOf(QLatin1Char('/'));
        if (slash < 0)
            return key;
        const QString service = key.mid(slash + 1);
        return QStringLiteral("%1 · %2").arg(carrierDisplayName(key.left(slash)),
                                             service.isEmpty() ? tr("no service") : service);
    }
    case KpiCut::Lane: return key;
    case KpiCut::Destination: return key.isEmpty() ? tr("Unknown") : key;
    }
    return key;
}

} // namespace ct::KpiFormat
