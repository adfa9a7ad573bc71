// SPDX-License-Identifier: MIT
#include "kpiaccumulator.h"

#include "domain/exceptiontype.h"

#include <algorithm>
#include <cmath>

namespace ct {

namespace {

struct Tally
{
    qint64 numerator = 0;
    qint64 denominator = 0;
    std::vector<qint64> values;
    std::map<qint64, qint64> bins;       // value -> how many (histograms from the rollups)
    std::optional<long double> exactSum; // binned values: the mean comes from here
    QSet<qint64> distinct;
    // The probed cell's ids only.
    QList<qint64> numShipments, denShipments, numExceptions, denExceptions;
};

// Raw distribution values to the KPI's unit: hours are kept as milliseconds.
double scaled(Kpi kpi, double raw)
{
    return QLatin1String(kpiDefinition(kpi).unit) == QLatin1String("hours") ? raw / double(3'600'000) : raw;
}

} // namespace

class KpiAccumulator::Bucket
{
public:
    std::array<Tally, KpiCount> plain;
    std::map<std::pair<int, QString>, Tally> parted;
    bool probed = false;
    Kpi probeKpi = Kpi::OnTimeRate;
    QString probePart;

    Tally &tally(Kpi kpi, const QString &part)
    {
        if (kpiDefinition(kpi).part == KpiPart::None)
            return plain[static_cast<size_t>(kpi)];
        return parted[{static_cast<int>(kpi), part}];
    }
    const Tally *find(Kpi kpi, const QString &part) const
    {
        if (kpiDefinition(kpi).part == KpiPart::None)
            return &plain[static_cast<size_t>(kpi)];
        const auto it = parted.find({static_cast<int>(kpi), part});
        return it == parted.end() ? nullptr : &it->second;
    }
    bool probing(Kpi kpi, const QString &part) const { return probed && kpi == probeKpi && part == probePart; }
};

struct KpiAccumulator::Private
{
    KpiRequest request;
    std::optional<KpiCellRef> probe;
    QList<QList<KpiPeriod>> periods; // per grouping
    struct Grouping
    {
        QHash<QString, int> cutIndex;
        QStringList cuts;
        QHash<QPair<int, int>, Bucket *> buckets; // (period, cut index)
        std::map<int, QSet<QString>> parts;        // per KPI
    };
    std::vector<Grouping> groupings;
    std::vector<std::unique_ptr<Bucket>> storage;
};

KpiAccumulator::KpiAccumulator(const KpiRequest &request, const KpiCellRef *probe) : d(new Private)
{
    d->request = request;
    if (probe)
        d->probe = *probe;
    d->groupings.resize(static_cast<size_t>(request.groupings.size()));
    for (const KpiGrouping &g : request.groupings)
        d->periods.append(KpiCalendar::periods(request.from, request.to, g.granularity));
    // Every type of the backlog shows, with its zeros.
    if (request.wants(Kpi::OpenBacklog)) {
        for (int g = 0; g < request.groupings.size(); ++g) {
            notePart(g, Kpi::OpenBacklog, QString());
            for (ExceptionType t : AllExceptionTypes)
                notePart(g, Kpi::OpenBacklog, exceptionTypeCode(t));
        }
    }
}

KpiAccumulator::~KpiAccumulator() = default;

int KpiAccumulator::periodCount(int grouping) const
{
    return static_cast<int>(d->periods.at(grouping).size());
}

const QList<KpiPeriod> &KpiAccumulator::periods(int grouping) const
{
    return d->periods.at(grouping);
}

KpiAccumulator::Bucket &KpiAccumulator::bucket(int grouping, int period, const QString &cut)
{
    Private::Grouping &g = d->groupings[static_cast<size_t>(grouping)];
    auto ci = g.cutIndex.constFind(cut);
    if (ci == g.cutIndex.constEnd()) {
        ci = g.cutIndex.insert(cut, static_cast<int>(g.cuts.size()));
        g.cuts.append(cut);
    }
    Bucket *&b = g.buckets[{period, *ci}];
    if (!b) {
        d->storage.push_back(std::make_unique<Bucket>());
        b = d->storage.back().get();
        if (d->probe && d->probe->grouping == grouping && d->probe->cut == cut
            && d->periods.at(grouping).at(period).from == d->probe->period) {
            b->probed = true;
            b->probeKpi = d->probe->kpi;
            b->probePart = d->probe->part;
        }
    }
    return *b;
}

void KpiAccumulator::notePart(int grouping, Kpi kpi, const QString &part)
{
    d->groupings[static_cast<size_t>(grouping)].parts[static_cast<int>(kpi)].insert(part);
}

namespace {

void recordIds(Tally &t, bool numerator, bool denominator, KpiAccumulator::Ids ids)
{
    if (ids.exception != 0) {
        if (numerator) {
            t.numExceptions.append(ids.exception);
            t.numShipments.append(ids.shipment);
        }
        if (denominator) {
            t.denExceptions.append(ids.exception);
            t.denShipments.append(ids.shipment);
        }
        return;
    }
    if (numerator)
        t.numShipments.append(ids.shipment);
    if (denominator)
        t.denShipments.append(ids.shipment);
}

} // namespace

void KpiAccumulator::share(Bucket &b, Kpi kpi, bool counted, Ids ids, const QString &part)
{
    Tally &t = b.tally(kpi, part);
    ++t.denominator;
    if (counted)
        ++t.numerator;
    if (b.probing(kpi, part))
        recordIds(t, counted, true, ids);
}

void KpiAccumulator::shareTotals(Bucket &b, Kpi kpi, qint64 numerator, qint64 denominator, const QString &part)
{
    Tally &t = b.tally(kpi, part);
    t.numerator += numerator;
    t.denominator += denominator;
}

void KpiAccumulator::rate(Bucket &b, Kpi kpi, qint64 amount, Ids ids, const QList<qint64> &amountIds)
{
    Tally &t = b.tally(kpi, {});
    ++t.denominator;
    t.numerator += amount;
    if (b.probing(kpi, {})) {
        t.denShipments.append(ids.shipment);
        t.numExceptions.append(amountIds);
        if (amount > 0)
            t.numShipments.append(ids.shipment);
    }
}

void KpiAccumulator::value(Bucket &b, Kpi kpi, qint64 v, Ids ids, const QString &part)
{
    Tally &t = b.tally(kpi, part);
    ++t.denominator;
    t.values.push_back(v);
    if (b.probing(kpi, part))
        recordIds(t, false, true, ids);
}

void KpiAccumulator::count(Bucket &b, Kpi kpi, Ids ids, const QString &part, bool distinct)
{
    Tally &t = b.tally(kpi, part);
    if (distinct) {
        if (t.distinct.contains(ids.exception))
            return;
        t.distinct.insert(ids.exception);
    }
    ++t.numerator;
    if (b.probing(kpi, part))
        recordIds(t, true, false, ids);
}

void KpiAccumulator::countTotals(Bucket &b, Kpi kpi, qint64 n, const QString &part)
{
    b.tally(kpi, part).numerator += n;
}

void KpiAccumulator::histogram(Bucket &b, Kpi kpi, qint64 value, qint64 count, const QString &part)
{
    Tally &t = b.tally(kpi, part);
    t.denominator += count;
    t.bins[value] += count;
}

void KpiAccumulator::exactSum(Bucket &b, Kpi kpi, qint64 sum, const QString &part)
{
    Tally &t = b.tally(kpi, part);
    t.exactSum = t.exactSum.value_or(0) + static_cast<long double>(sum);
}

QList<KpiCell> KpiAccumulator::cells() const
{
    QList<KpiCell> out;
    for (int gi = 0; gi < d->request.groupings.size(); ++gi) {
        const Private::Grouping &g = d->groupings[static_cast<size_t>(gi)];
        QStringList cuts = g.cuts;
        if (d->request.groupings.at(gi).cut == KpiCut::None)
            cuts = QStringList{QString()};
        std::sort(cuts.begin(), cuts.end());
        const QList<KpiPeriod> &periods = d->periods.at(gi);
        for (int pi = 0; pi < periods.size(); ++pi) {
            const bool begun = KpiCalendar::startOfUtcDayMs(periods.at(pi).from) <= m_nowMs;
            for (const QString &cut : std::as_const(cuts)) {
                const int ci = g.cutIndex.value(cut, -1);
                const Bucket *b = ci < 0 ? nullptr : g.buckets.value({pi, ci}, nullptr);
                for (const KpiDefinition &def : allKpis()) {
                    if (!d->request.wants(def.kpi))
                        continue;
                    QStringList parts{QString()};
                    if (def.part != KpiPart::None) {
                        const auto it = g.parts.find(static_cast<int>(def.kpi));
                        parts = it == g.parts.end() ? QStringList() : QStringList(it->second.cbegin(), it->second.cend());
                        std::sort(parts.begin(), parts.end());
                    }
                    for (const QString &part : std::as_const(parts)) {
                        KpiCell c;
                        c.kpi = def.kpi;
                        c.grouping = gi;
                        c.period = periods.at(pi);
                        c.cut = cut;
                        c.part = part;
                        const Tally *t = b ? b->find(def.kpi, part) : nullptr;
                        if (t) {
                            c.numerator = t->numerator;
                            c.denominator = t->denominator;
                        }
                        switch (def.kind) {
                        case KpiKind::Share:
                            if (c.denominator > 0)
                                c.value = double(c.numerator) / double(c.denominator);
                            break;
                        case KpiKind::PerThousand:
                            if (c.denominator > 0)
                                c.value = double(c.numerator) * 1000.0 / double(c.denominator);
                            break;
                        case KpiKind::Count:
                            if (begun)
                                c.value = double(c.numerator);
                            break;
                        case KpiKind::Distribution:
                            if (t && t->denominator > 0) {
                                // All values as (value, count), sorted: the direct ones and the bins.
                                std::map<qint64, qint64> all = t->bins;
                                long double sum = 0;
                                for (qint64 v : t->values) {
                                    ++all[v];
                                    sum += v;
                                }
                                for (const auto &[v, n] : t->bins)
                                    sum += static_cast<long double>(v) * n;
                                if (t->exactSum)
                                    sum = *t->exactSum;
                                qint64 n = 0;
                                for (const auto &[v, k] : all)
                                    n += k;
                                const auto at = [&](int percent) {
                                    // Nearest rank: the value at rank ceil(p × n).
                                    const qint64 rank = std::clamp<qint64>((n * percent + 99) / 100, 1, n);
                                    qint64 seen = 0;
                                    for (const auto &[v, k] : all) {
                                        seen += k;
                                        if (seen >= rank)
                                            return v;
                                    }
                                    return all.rbegin()->first;
                                };
                                c.value = scaled(def.kpi, double(sum / static_cast<long double>(n)));
                                c.p50 = scaled(def.kpi, double(at(50)));
                                c.p90 = scaled(def.kpi, double(at(90)));
                            }
                            break;
                        }
                        out.append(c);
                    }
                }
            }
        }
    }
    return out;
}

KpiDrillDown KpiAccumulator::drillDown() const
{
    KpiDrillDown out;
    for (const auto &b : d->storage) {
        if (!b->probed)
            continue;
        const Tally *t = b->find(b->probeKpi, b->probePart);
        if (!t)
            continue;
        out.numeratorShipments = t->numShipments;
        out.denominatorShipments = t->denShipments;
        out.numeratorExceptions = t->numExceptions;
        out.denominatorExceptions = t->denExceptions;
    }
    const auto tidy = [](QList<qint64> &ids, bool unique) {
        std::sort(ids.begin(), ids.end());
        if (unique)
            ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    };
    const bool exceptionKpi = !out.numeratorExceptions.isEmpty() || !out.denominatorExceptions.isEmpty();
    tidy(out.numeratorShipments, exceptionKpi);
    tidy(out.denominatorShipments, exceptionKpi);
    tidy(out.numeratorExceptions, false);
    tidy(out.denominatorExceptions, false);
    return out;
}

} // namespace ct
