// SPDX-License-Identifier: MIT
#include "rulesconfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ct {

std::array<SlaPolicy, ExceptionTypeCount> RulesConfig::defaultSlas()
{
    std::array<SlaPolicy, ExceptionTypeCount> s{};
    auto set = [&s](ExceptionType t, int first, int resolve) {
        s[static_cast<size_t>(t)] = SlaPolicy{first, resolve};
    };
    set(ExceptionType::FailedAttempt, 4, 48);
    set(ExceptionType::Delayed, 8, 72);
    set(ExceptionType::Stuck, 12, 72);
    set(ExceptionType::Forgotten, 24, 72);
    set(ExceptionType::AddressIssue, 4, 24);
    set(ExceptionType::Damaged, 8, 72);
    set(ExceptionType::Lost, 24, 120);
    set(ExceptionType::CustomsHold, 8, 96);
    set(ExceptionType::PickupNotCollected, 24, 96);
    set(ExceptionType::ReturnToOrigin, 24, 168);
    set(ExceptionType::AtRisk, 8, 48);
    return s;
}

std::array<int, ExceptionTypeCount> RulesConfig::defaultBasePoints()
{
    std::array<int, ExceptionTypeCount> p{};
    auto set = [&p](ExceptionType t, int points) { p[static_cast<size_t>(t)] = points; };
    set(ExceptionType::FailedAttempt, 20);
    set(ExceptionType::Delayed, 15);
    set(ExceptionType::Stuck, 15);
    set(ExceptionType::Forgotten, 10);
    set(ExceptionType::AddressIssue, 20);
    set(ExceptionType::Damaged, 25);
    set(ExceptionType::Lost, 30);
    set(ExceptionType::CustomsHold, 15);
    set(ExceptionType::PickupNotCollected, 10);
    set(ExceptionType::ReturnToOrigin, 25);
    set(ExceptionType::AtRisk, 10);
    return p;
}

QHash<QString, double> RulesConfig::defaultUsdRates()
{
    return {
        {QStringLiteral("USD"), 1.0},  {QStringLiteral("EUR"), 1.08}, {QStringLiteral("GBP"), 1.27},
        {QStringLiteral("INR"), 0.012}, {QStringLiteral("CAD"), 0.73}, {QStringLiteral("AUD"), 0.66},
        {QStringLiteral("CHF"), 1.13}, {QStringLiteral("SEK"), 0.095}, {QStringLiteral("PLN"), 0.25},
        {QStringLiteral("JPY"), 0.0067},
    };
}

int RulesConfig::stuckHours(const QString &carrier, const QString &service, bool international) const
{
    if (!service.isEmpty()) {
        const auto it = stuckHoursByLane.constFind(carrier + QLatin1Char('/') + service);
        if (it != stuckHoursByLane.constEnd())
            return *it;
    }
    const auto it = stuckHoursByLane.constFind(carrier);
    if (it != stuckHoursByLane.constEnd())
        return *it;
    return international ? stuckInternationalHours : stuckDomesticHours;
}

QByteArray RulesConfig::toJson() const
{
    QJsonObject root;
    root.insert(QStringLiteral("stuck_domestic_hours"), stuckDomesticHours);
    root.insert(QStringLiteral("stuck_international_hours"), stuckInternationalHours);
    QJsonObject lanes;
    for (auto it = stuckHoursByLane.cbegin(); it != stuckHoursByLane.cend(); ++it)
        lanes.insert(it.key(), it.value());
    root.insert(QStringLiteral("stuck_hours_by_lane"), lanes);
    root.insert(QStringLiteral("forgotten_after_hours"), forgottenAfterHours);
    root.insert(QStringLiteral("pickup_hold_days"), pickupHoldDays);
    root.insert(QStringLiteral("delivery_day_start_hour"), deliveryDayStartHour);
    root.insert(QStringLiteral("delivery_day_end_hour"), deliveryDayEndHour);
    root.insert(QStringLiteral("delay_risk_percent"), delayRiskPercent);
    QJsonObject slas;
    QJsonObject base;
    for (ExceptionType t : AllExceptionTypes) {
        const SlaPolicy &p = slaFor(t);
        slas.insert(exceptionTypeCode(t),
                    QJsonObject{{QStringLiteral("first_action_hours"), p.firstActionHours},
                                {QStringLiteral("resolve_hours"), p.resolveHours}});
        base.insert(exceptionTypeCode(t), basePoints[static_cast<size_t>(t)]);
    }
    root.insert(QStringLiteral("sla"), slas);
    QJsonObject priority;
    priority.insert(QStringLiteral("base_points"), base);
    priority.insert(QStringLiteral("value_points_max"), valuePointsMax);
    priority.insert(QStringLiteral("value_for_max_points_usd"), valueForMaxPointsUsd);
    priority.insert(QStringLiteral("lateness_points_per_day"), latenessPointsPerDay);
    priority.insert(QStringLiteral("lateness_points_max"), latenessPointsMax);
    priority.insert(QStringLiteral("attempt_points_each"), attemptPointsEach);
    priority.insert(QStringLiteral("attempt_points_max"), attemptPointsMax);
    priority.insert(QStringLiteral("sla_points_max"), slaPointsMax);
    QJsonObject rates;
    for (auto it = usdPerUnit.cbegin(); it != usdPerUnit.cend(); ++it)
        rates.insert(it.key(), it.value());
    priority.insert(QStringLiteral("usd_per_unit"), rates);
    root.insert(QStringLiteral("priority"), priority);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

namespace {

// Reads optional members of one JSON object, collecting the first error.
class ObjectReader
{
public:
    ObjectReader(const QJsonObject &object, QString path, QString *error)
        : m_object(object), m_path(std::move(path)), m_error(error)
    {
    }

    bool ok() const { return m_ok; }

    void fail(const QString &key, const QString &message)
    {
        if (m_ok && m_error)
            *m_error = QStringLiteral("%1%2: %3").arg(m_path, key, message);
        m_ok = false;
    }

    void hours(const char *key, int &out, int min, int max)
    {
        const QString k = QString::fromLatin1(key);
        m_seen.append(k);
        if (!m_object.contains(k))
            return;
        const QJsonValue v = m_object.value(k);
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d != static_cast<int>(d) || d < min || d > max) {
            fail(k, QStringLiteral("expected a whole number from %1 to %2").arg(min).arg(max));
            return;
        }
        out = static_cast<int>(d);
    }

    void number(const char *key, double &out, double min)
    {
        const QString k = QString::fromLatin1(key);
        m_seen.append(k);
        if (!m_object.contains(k))
            return;
        const QJsonValue v = m_object.value(k);
        if (!v.isDouble() || v.toDouble() < min) {
            fail(k, QStringLiteral("expected a number of at least %1").arg(min));
            return;
        }
        out = v.toDouble();
    }

    QJsonObject object(const char *key)
    {
        const QString k = QString::fromLatin1(key);
        m_seen.append(k);
        if (!m_object.contains(k))
            return {};
        if (!m_object.value(k).isObject()) {
            fail(k, QStringLiteral("expected an object"));
            return {};
        }
        return m_object.value(k).toObject();
    }

    void rejectUnknownKeys()
    {
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (!m_seen.contains(it.key()))
                fail(it.key(), QStringLiteral("unknown setting"));
        }
    }

    QString childPath(const char *key) const { return m_path + QString::fromLatin1(key) + QLatin1Char('.'); }

private:
    QJsonObject m_object;
    QString m_path;
    QString *m_error;
    QStringList m_seen;
    bool m_ok = true;
};

} // namespace

std::optional<RulesConfig> RulesConfig::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError
                         ? QStringLiteral("not valid JSON at offset %1: %2")
                               .arg(parseError.offset)
                               .arg(parseError.errorString())
                         : QStringLiteral("expected a JSON object");
        return std::nullopt;
    }
    RulesConfig config;
    ObjectReader root(doc.object(), QString(), error);
    constexpr int MaxHours = 24 * 365;
    root.hours("stuck_domestic_hours", config.stuckDomesticHours, 1, MaxHours);
    root.hours("stuck_international_hours", config.stuckInternationalHours, 1, MaxHours);
    root.hours("forgotten_after_hours", config.forgottenAfterHours, 1, MaxHours);
    root.hours("pickup_hold_days", config.pickupHoldDays, 1, 365);
    root.hours("delivery_day_start_hour", config.deliveryDayStartHour, 0, 23);
    root.hours("delivery_day_end_hour", config.deliveryDayEndHour, 1, 24);
    root.hours("delay_risk_percent", config.delayRiskPercent, 1, 100);

    const QJsonObject lanes = root.object("stuck_hours_by_lane");
    for (auto it = lanes.constBegin(); it != lanes.constEnd(); ++it) {
        const double d = it.value().toDouble(-1);
        if (!it.value().isDouble() || d < 1 || d > MaxHours || d != static_cast<int>(d)) {
            root.fail(QStringLiteral("stuck_hours_by_lane.") + it.key(),
                      QStringLiteral("expected a whole number of hours from 1 to %1").arg(MaxHours));
            break;
        }
        config.stuckHoursByLane.insert(it.key(), static_cast<int>(d));
    }

    const QJsonObject slas = root.object("sla");
    for (auto it = slas.constBegin(); it != slas.constEnd() && root.ok(); ++it) {
        const auto type = exceptionTypeFromCode(it.key());
        if (!type) {
            root.fail(QStringLiteral("sla.") + it.key(), QStringLiteral("unknown exception type"));
            break;
        }
        if (!it.value().isObject()) {
            root.fail(QStringLiteral("sla.") + it.key(), QStringLiteral("expected an object"));
            break;
        }
        SlaPolicy &policy = config.sla[static_cast<size_t>(*type)];
        ObjectReader sla(it.value().toObject(), QStringLiteral("sla.") + it.key() + QLatin1Char('.'), error);
        sla.hours("first_action_hours", policy.firstActionHours, 1, MaxHours);
        sla.hours("resolve_hours", policy.resolveHours, 1, MaxHours);
        sla.rejectUnknownKeys();
        if (!sla.ok())
            return std::nullopt;
        if (policy.firstActionHours > policy.resolveHours) {
            root.fail(QStringLiteral("sla.") + it.key(),
                      QStringLiteral("first_action_hours must not exceed resolve_hours"));
        }
    }

    const QJsonObject priority = root.object("priority");
    if (root.ok() && !priority.isEmpty()) {
        ObjectReader p(priority, QStringLiteral("priority."), error);
        p.hours("value_points_max", config.valuePointsMax, 0, 100);
        p.number("value_for_max_points_usd", config.valueForMaxPointsUsd, 1.0);
        p.hours("lateness_points_per_day", config.latenessPointsPerDay, 0, 100);
        p.hours("lateness_points_max", config.latenessPointsMax, 0, 100);
        p.hours("attempt_points_each", config.attemptPointsEach, 0, 100);
        p.hours("attempt_points_max", config.attemptPointsMax, 0, 100);
        p.hours("sla_points_max", config.slaPointsMax, 0, 100);
        const QJsonObject base = p.object("base_points");
        for (auto it = base.constBegin(); it != base.constEnd() && p.ok(); ++it) {
            const auto type = exceptionTypeFromCode(it.key());
            const double d = it.value().toDouble(-1);
            if (!type)
                p.fail(QStringLiteral("base_points.") + it.key(), QStringLiteral("unknown exception type"));
            else if (!it.value().isDouble() || d < 0 || d > 100 || d != static_cast<int>(d))
                p.fail(QStringLiteral("base_points.") + it.key(),
                       QStringLiteral("expected a whole number from 0 to 100"));
            else
                config.basePoints[static_cast<size_t>(*type)] = static_cast<int>(d);
        }
        const QJsonObject rates = p.object("usd_per_unit");
        for (auto it = rates.constBegin(); it != rates.constEnd() && p.ok(); ++it) {
            if (!it.value().isDouble() || it.value().toDouble() <= 0)
                p.fail(QStringLiteral("usd_per_unit.") + it.key(), QStringLiteral("expected a positive number"));
            else
                config.usdPerUnit.insert(it.key().toUpper(), it.value().toDouble());
        }
        p.rejectUnknownKeys();
        if (!p.ok())
            return std::nullopt;
    }
    root.rejectUnknownKeys();
    if (root.ok() && config.deliveryDayStartHour >= config.deliveryDayEndHour)
        root.fail(QStringLiteral("delivery_day_start_hour"),
                  QStringLiteral("must be earlier than delivery_day_end_hour"));
    if (!root.ok())
        return std::nullopt;
    return config;
}

} // namespace ct
