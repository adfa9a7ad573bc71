// SPDX-License-Identifier: MIT
#include "faultplan.h"

#include <QStringList>

#include <algorithm>

namespace ct::sim {

namespace {

struct KindName
{
    FaultPlan::Kind kind;
    const char *name;
};

constexpr std::array<KindName, FaultPlan::KindCount> Names = {{
    {FaultPlan::Kind::Latency, "latency"},
    {FaultPlan::Kind::TooManyRequests, "429"},
    {FaultPlan::Kind::ServerError, "500"},
    {FaultPlan::Kind::Reset, "reset"},
    {FaultPlan::Kind::Truncate, "truncate"},
    {FaultPlan::Kind::Duplicate, "duplicate"},
    {FaultPlan::Kind::Shuffle, "shuffle"},
    {FaultPlan::Kind::HtmlPage, "html"},
}};

} // namespace

FaultPlan::FaultPlan(Options options, quint64 seed) : m_options(options), m_random(seed) {}

QString FaultPlan::kindName(Kind kind)
{
    return QString::fromLatin1(Names[static_cast<size_t>(kind)].name);
}

std::optional<FaultPlan::Options> FaultPlan::parse(const QString &spec, QString *error)
{
    Options options;
    auto fail = [&](const QString &item, const QString &why) -> std::optional<Options> {
        if (error)
            *error = QStringLiteral("fault \"%1\": %2").arg(item, why);
        return std::nullopt;
    };
    for (const QString &raw : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString item = raw.trimmed();
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return fail(item, QStringLiteral("expected kind=probability"));
        const QString name = item.left(eq).trimmed().toLower();
        const QStringList values = item.mid(eq + 1).split(QLatin1Char(':'));
        const auto named = std::find_if(Names.begin(), Names.end(), [&](const KindName &k) {
            return name == QLatin1StringView(k.name);
        });
        if (named == Names.end())
            return fail(item, QStringLiteral("unknown kind (latency, 429, 500, reset, truncate, "
                                             "duplicate, shuffle, html)"));
        bool ok = false;
        const double p = values.constFirst().trimmed().toDouble(&ok);
        if (!ok || p < 0.0 || p > 1.0)
            return fail(item, QStringLiteral("probability must be a number from 0 to 1"));
        options.probability[static_cast<size_t>(named->kind)] = p;
        const bool takesValue = named->kind == Kind::Latency || named->kind == Kind::TooManyRequests;
        if (values.size() > 2 || (values.size() == 2 && !takesValue))
            return fail(item, QStringLiteral("unexpected \":\" value"));
        if (values.size() == 2) {
            const int v = values.at(1).trimmed().toInt(&ok);
            if (!ok || v < 0)
                return fail(item, named->kind == Kind::Latency
                                      ? QStringLiteral("delay must be whole milliseconds")
                                      : QStringLiteral("Retry-After must be whole seconds"));
            (named->kind == Kind::Latency ? options.latencyMs : options.retryAfterSeconds) = v;
        }
    }
    return options;
}

bool FaultPlan::draw(Kind kind)
{
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    // Always draw, so the sequence does not depend on which faults apply to a reply.
    const double x = unit(m_random);
    return x < m_options.probability[static_cast<size_t>(kind)];
}

FaultPlan::Decision FaultPlan::next(bool hasDocument)
{
    std::array<bool, KindCount> hit{};
    for (Kind kind : AllKinds)
        hit[static_cast<size_t>(kind)] = draw(kind);
    auto drawn = [&](Kind kind) { return hit[static_cast<size_t>(kind)]; };

    Decision d;
    ++m_requests;
    if (drawn(Kind::Latency) && m_options.latencyMs > 0) {
        d.delayMs = m_options.latencyMs;
        counted(Kind::Latency);
    }
    if (drawn(Kind::Reset)) {
        d.reset = true;
        counted(Kind::Reset);
    } else if (drawn(Kind::ServerError)) {
        d.status = 500;
        counted(Kind::ServerError);
    } else if (drawn(Kind::TooManyRequests)) {
        d.status = 429;
        d.retryAfterSeconds = m_options.retryAfterSeconds;
        counted(Kind::TooManyRequests);
    } else if (hasDocument && drawn(Kind::HtmlPage)) {
        d.htmlPage = true;
        counted(Kind::HtmlPage);
    } else if (hasDocument) {
        if (drawn(Kind::Truncate)) {
            d.truncate = true;
            counted(Kind::Truncate);
        }
        if (drawn(Kind::Duplicate)) {
            d.duplicate = true;
            counted(Kind::Duplicate);
        }
        if (drawn(Kind::Shuffle)) {
            d.shuffle = true;
            counted(Kind::Shuffle);
        }
    }
    if (d.any())
        ++m_faulted;
    return d;
}

void FaultPlan::apply(const Decision &decision, QList<ShipmentRecord> &shipments)
{
    for (ShipmentRecord &r : shipments) {
        if (decision.duplicate && !r.events.isEmpty()) {
            // About one event in four, at least one, repeated right after itself.
            QList<TrackingEvent> events;
            std::uniform_int_distribution<int> quarter(0, 3);
            const auto forced = std::uniform_int_distribution<qsizetype>(0, r.events.size() - 1)(m_random);
            for (qsizetype i = 0; i < r.events.size(); ++i) {
                events.append(r.events.at(i));
                if (i == forced || quarter(m_random) == 0)
                    events.append(r.events.at(i));
            }
            r.events = std::move(events);
        }
        if (decision.shuffle && r.events.size() > 1) {
            const QList<TrackingEvent> before = r.events;
            std::shuffle(r.events.begin(), r.events.end(), m_random);
            if (r.events.size() > 1 && std::equal(before.begin(), before.end(), r.events.begin(),
                                                  [](const TrackingEvent &a, const TrackingEvent &b) {
                                                      return a.occurredAt == b.occurredAt;
                                                  }))
                std::reverse(r.events.begin(), r.events.end()); // never "shuffled" into order
        }
    }
}

qsizetype FaultPlan::truncatedSize(qsizetype size)
{
    if (size < 2)
        return 0;
    std::uniform_int_distribution<qsizetype> cut(1, size - 1);
    return cut(m_random);
}

} // namespace ct::sim
