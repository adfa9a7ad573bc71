// SPDX-License-Identifier: MIT
#pragma once

#include "domain/exceptiontype.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <array>
#include <optional>

namespace ct {

// Time to first action and time to resolve for one exception type.
struct SlaPolicy
{
    int firstActionHours = 8;
    int resolveHours = 72;
};

// Every threshold the exception rules use, with the documented defaults
// (docs/EXCEPTIONS.md). Loaded from and saved as JSON so a team can tune it.
struct RulesConfig
{
    // Stuck: no scan for longer than this. Lookup order: "carrier/service", "carrier",
    // then the domestic or international default.
    int stuckDomesticHours = 72;
    int stuckInternationalHours = 120;
    QHash<QString, int> stuckHoursByLane; // keys "ups" or "ups/UPS Ground"

    int forgottenAfterHours = 48;      // label created, never scanned
    int pickupHoldDays = 5;            // waiting at a pickup point before "not collected"
    int deliveryDayStartHour = 7;      // attempts outside [start, end) local time are suspicious
    int deliveryDayEndHour = 21;
    // At risk of missing the promise: the delivery-date model gives at least this chance
    // (percent) of delivery after the promised date (docs/EXCEPTIONS.md, "At risk").
    int delayRiskPercent = 50;

    std::array<SlaPolicy, ExceptionTypeCount> sla = defaultSlas();

    // Priority weights (points; the score is capped at 100).
    std::array<int, ExceptionTypeCount> basePoints = defaultBasePoints();
    int valuePointsMax = 25;           // reached at valueForMaxPointsUsd
    double valueForMaxPointsUsd = 1000.0;
    int latenessPointsPerDay = 5;
    int latenessPointsMax = 20;
    int attemptPointsEach = 5;
    int attemptPointsMax = 15;
    int slaPointsMax = 15;
    // Approximate value of one unit of a currency in USD, for ranking only.
    QHash<QString, double> usdPerUnit = defaultUsdRates();

    int stuckHours(const QString &carrier, const QString &service, bool international) const;
    const SlaPolicy &slaFor(ExceptionType type) const { return sla[static_cast<size_t>(type)]; }

    QByteArray toJson() const;
    // Reads a JSON object with any subset of the settings; unknown keys and bad values
    // are errors naming the key, and nothing is returned.
    static std::optional<RulesConfig> fromJson(const QByteArray &json, QString *error);

    static std::array<SlaPolicy, ExceptionTypeCount> defaultSlas();
    static std::array<int, ExceptionTypeCount> defaultBasePoints();
    static QHash<QString, double> defaultUsdRates();
};

} // namespace ct
