// SPDX-License-Identifier: MIT
#include "eddmodel.h"

#include "transithistoryreader.h"

#include <QDataStream>
#include <QIODevice>

#include <algorithm>

namespace ct::predict {

namespace {

constexpr QChar Separator(0x1f); // never in a carrier, service or region
constexpr qint64 MsPerDay = 24LL * 3600 * 1000;
// A stored model's first bytes and layout version (toBytes).
constexpr quint32 BytesMagic = 0x43544544; // 'CTED'
constexpr quint32 BytesLayout = 1;

} // namespace

EddModel::EddModel(DeliveryCalendar calendar, EddModelOptions options)
    : m_calendar(std::move(calendar)), m_options(options)
{
    m_options.minSamples = std::max(m_options.minSamples, 1);
}

QString EddModel::cellKey(const ShipmentLane &lane, BackoffLevel level)
{
    switch (level) {
    case BackoffLevel::Lane:
        return lane.carrier + Separator + lane.service + Separator + lane.originRegion + Separator
               + lane.destinationRegion;
    case BackoffLevel::ServiceCountry:
        return lane.carrier + Separator + lane.service + Separator + lane.destinationCountry;
    case BackoffLevel::CarrierCountry:
        return lane.carrier + Separator + lane.destinationCountry;
    case BackoffLevel::Carrier:
        return lane.carrier;
    case BackoffLevel::All:
        return QString();
    }
    return QString();
}

QString EddModel::cellText(const ShipmentLane &lane, BackoffLevel level)
{
    const QString arrow = QStringLiteral(" → ");
    switch (level) {
    case BackoffLevel::Lane:
        return lane.text();
    case BackoffLevel::ServiceCountry:
        return lane.carrier + QLatin1Char(' ') + lane.service + arrow + lane.destinationCountry;
    case BackoffLevel::CarrierCountry:
        return lane.carrier + arrow + lane.destinationCountry;
    case BackoffLevel::Carrier:
        return lane.carrier;
    case BackoffLevel::All:
        return QStringLiteral("all shipments");
    }
    return QString();
}

void EddModel::reset(qint64 asOfMs)
{
    for (auto &level : m_cells)
        level.clear();
    m_delivered = 0;
    m_recentFromMs = asOfMs - std::max(m_options.recentDays, 0) * MsPerDay;
}

bool EddModel::fit(const Database &database, qint64 asOfMs, QString *error)
{
    reset(asOfMs);
    TransitHistoryReader::Filter filter;
    filter.deliveredBeforeMs = asOfMs;
    return TransitHistoryReader::read(database, filter, [this](const TransitRecord &r) { add(r); }, error);
}

void EddModel::add(const TransitRecord &record)
{
    if (!record.deliveredDate.isValid())
        return;
    const CountryCalendar calendar = m_calendar.country(record.lane.destinationCountry);
    std::array<int, MilestoneCount> days{};
    for (int m = 0; m < MilestoneCount; ++m) {
        const QDate from = record.milestoneDates[static_cast<std::size_t>(m)];
        days[static_cast<std::size_t>(m)] =
            from.isValid() && from <= record.deliveredDate ? calendar.businessDaysBetween(from, record.deliveredDate) : -1;
    }
    const bool recent = record.deliveredAtMs >= m_recentFromMs;
    for (int level = 0; level < BackoffLevelCount; ++level) {
        Cell &cell = m_cells[static_cast<std::size_t>(level)][cellKey(record.lane, static_cast<BackoffLevel>(level))];
        for (std::size_t m = 0; m < days.size(); ++m) {
            if (days[m] < 0)
                continue;
            cell.all[m].add(days[m]);
            if (recent)
                cell.recent[m].add(days[m]);
        }
    }
    ++m_delivered;
}

int EddModel::elapsedDays(const CountryCalendar &calendar, const TransitQuery &query) const
{
    return query.today.isValid() && query.today > query.milestoneDate
               ? std::max(0, calendar.businessDaysBetween(query.milestoneDate, query.today))
               : 0;
}

EddEstimate EddModel::estimate(const TransitQuery &query) const
{
    EddEstimate e;
    e.milestone = query.milestone;
    if (!query.milestoneDate.isValid())
        return e;
    const CountryCalendar calendar = m_calendar.country(query.lane.destinationCountry);
    const int elapsed = elapsedDays(calendar, query);
    const TransitHistogram *histogram = backOff(query, elapsed, false, &e.level, &e.sampleSize);
    if (!histogram)
        return e;
    e.enoughHistory = true;
    for (std::size_t i = 0; i < EstimatePercentiles.size(); ++i)
        e.days[i] = histogram->percentile(EstimatePercentiles[i], elapsed);
    e.p50Date = calendar.addBusinessDays(query.milestoneDate, e.p50Days());
    e.p90Date = calendar.addBusinessDays(query.milestoneDate, e.p90Days());
    return e;
}

const TransitHistogram *EddModel::backOff(const TransitQuery &query, int elapsed, bool recent, BackoffLevel *level,
                                          qint64 *sampleSize) const
{
    const auto m = static_cast<std::size_t>(query.milestone);
    *sampleSize = 0;
    for (int l = 0; l < BackoffLevelCount; ++l) {
        const auto &cells = m_cells[static_cast<std::size_t>(l)];
        const auto it = cells.constFind(cellKey(query.lane, static_cast<BackoffLevel>(l)));
        *level = static_cast<BackoffLevel>(l);
        if (it == cells.cend())
            continue;
        const TransitHistogram &histogram = recent ? it->recent[m] : it->all[m];
        const qint64 n = histogram.countAtLeast(elapsed);
        if (n >= m_options.minSamples) {
            *sampleSize = n;
            return &histogram;
        }
        *sampleSize = std::max(*sampleSize, n);
    }
    return nullptr;
}

LateShare EddModel::lateShare(const TransitQuery &query, QDate promised, bool recentOnly) const
{
    LateShare late;
    late.recent = recentOnly;
    if (!query.milestoneDate.isValid() || !promised.isValid())
        return late;
    const CountryCalendar calendar = m_calendar.country(query.lane.destinationCountry);
    const int elapsed = elapsedDays(calendar, query);
    // Late: more business days than from the milestone's date to the promised date.
    const int allowed = calendar.businessDaysBetween(query.milestoneDate, promised);
    const TransitHistogram *histogram = backOff(query, elapsed, recentOnly, &late.level, &late.sampleSize);
    if (!histogram)
        return late;
    late.enoughHistory = true;
    late.share = double(histogram->countAtLeast(std::max(elapsed, allowed + 1))) / double(late.sampleSize);
    return late;
}

int EddModel::cellPercentile(const ShipmentLane &lane, Milestone milestone, BackoffLevel level, int percent) const
{
    const auto &cells = m_cells[static_cast<std::size_t>(level)];
    const auto it = cells.constFind(cellKey(lane, level));
    if (it == cells.cend())
        return -1;
    const TransitHistogram &histogram = it->all[static_cast<std::size_t>(milestone)];
    return histogram.count() >= m_options.minSamples ? histogram.percentile(percent) : -1;
}

namespace {

void writeHistogram(QDataStream &out, const TransitHistogram &histogram)
{
    const std::vector<quint32> &counts = histogram.counts();
    out << quint32(counts.size());
    for (quint32 c : counts)
        out << c;
}

bool readHistogram(QDataStream &in, TransitHistogram &histogram)
{
    quint32 size = 0;
    in >> size;
    if (in.status() == QDataStream::Ok && size > TransitHistogram::MaxDays + 1)
        in.setStatus(QDataStream::ReadCorruptData);
    if (in.status() != QDataStream::Ok)
        return false;
    for (quint32 d = 0; d < size; ++d) {
        quint32 c = 0;
        in >> c;
        histogram.add(int(d), c);
    }
    return in.status() == QDataStream::Ok;
}

} // namespace

QByteArray EddModel::toBytes() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << BytesMagic << BytesLayout << qint32(m_options.minSamples) << qint32(m_options.recentDays) << m_delivered
        << m_recentFromMs;
    for (const auto &level : m_cells) {
        out << quint32(level.size());
        for (auto it = level.cbegin(); it != level.cend(); ++it) {
            out << it.key();
            for (const TransitHistogram &h : it->all)
                writeHistogram(out, h);
            for (const TransitHistogram &h : it->recent)
                writeHistogram(out, h);
        }
    }
    return bytes;
}

std::optional<EddModel> EddModel::fromBytes(const QByteArray &bytes, DeliveryCalendar calendar, QString *error)
{
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0, layout = 0;
    qint32 minSamples = 0, recentDays = 0;
    qint64 delivered = 0, recentFrom = 0;
    in >> magic >> layout >> minSamples >> recentDays >> delivered >> recentFrom;
    if (in.status() != QDataStream::Ok || magic != BytesMagic) {
        *error = QStringLiteral("not a stored delivery-date model");
        return std::nullopt;
    }
    if (layout != BytesLayout) {
        *error = QStringLiteral("a stored delivery-date model of layout %1 (this build reads %2): refit it").arg(layout).arg(BytesLayout);
        return std::nullopt;
    }
    EddModel model(std::move(calendar), EddModelOptions{minSamples, recentDays});
    model.m_delivered = delivered;
    model.m_recentFromMs = recentFrom;
    for (int level = 0; level < BackoffLevelCount; ++level) {
        quint32 cells = 0;
        in >> cells;
        for (quint32 c = 0; c < cells && in.status() == QDataStream::Ok; ++c) {
            QString key;
            in >> key;
            Cell &cell = model.m_cells[static_cast<std::size_t>(level)][key];
            for (TransitHistogram &h : cell.all) {
                if (!readHistogram(in, h))
                    break;
            }
            for (TransitHistogram &h : cell.recent) {
                if (!readHistogram(in, h))
                    break;
            }
        }
        if (in.status() != QDataStream::Ok) {
            *error = QStringLiteral("the stored delivery-date model is damaged (level %1, %2 bytes)")
                         .arg(QString::fromLatin1(backoffLevelKey(static_cast<BackoffLevel>(level))))
                         .arg(bytes.size());
            return std::nullopt;
        }
    }
    if (!in.atEnd()) {
        *error = QStringLiteral("the stored delivery-date model has %1 bytes too many").arg(bytes.size() - in.device()->pos());
        return std::nullopt;
    }
    return model;
}

} // namespace ct::predict
