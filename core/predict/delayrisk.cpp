// SPDX-License-Identifier: MIT
#include "delayrisk.h"

#include <QCoreApplication>

#include <algorithm>

namespace ct::predict {

namespace {

// The warning's first day is looked for at most this far back from today.
constexpr int MaxDaysBack = 60;

struct Probability
{
    double value = 0.0;
    LateShare basis;
    LateShare overall;
    bool enough = false;
};

Probability probabilityOn(const EddModel &model, TransitQuery query, QDate day, QDate promised)
{
    query.today = day;
    Probability p;
    p.overall = model.lateShare(query, promised);
    if (!p.overall.enoughHistory)
        return p;
    p.enough = true;
    p.basis = p.overall;
    p.value = p.overall.share;
    // The recent deliveries of the same cell, when there are enough of them, win when later.
    const LateShare recent = model.lateShare(query, promised, true);
    if (recent.enoughHistory && recent.level == p.overall.level && recent.share > p.value) {
        p.basis = recent;
        p.value = recent.share;
    }
    return p;
}

QString percentText(double share)
{
    return QString::number(qRound(share * 100.0));
}

} // namespace

const char *delayRiskReasonKey(DelayRiskReason reason)
{
    switch (reason) {
    case DelayRiskReason::UsualTransit: return "usual_transit";
    case DelayRiskReason::StalledAtMilestone: return "stalled_at_milestone";
    case DelayRiskReason::LaneSlowThisWeek: return "lane_slow_this_week";
    }
    return "usual_transit";
}

DelayRisk DelayRiskAssessor::assess(const EddModel &model, const TransitQuery &query, QDate promised, double threshold)
{
    DelayRisk risk;
    risk.promised = promised;
    if (!promised.isValid() || !query.milestoneDate.isValid())
        return risk;
    const QDate today = query.today.isValid() ? query.today : query.milestoneDate;
    if (today > promised)
        return risk;
    const Probability now = probabilityOn(model, query, today, promised);
    if (!now.enough)
        return risk;
    risk.probability = now.value;
    risk.basis = now.basis;
    risk.overall = now.overall;
    if (now.value < threshold)
        return risk;
    risk.atRisk = true;
    const CountryCalendar calendar = model.calendar().country(query.lane.destinationCountry);
    risk.elapsedDays = today > query.milestoneDate ? calendar.businessDaysBetween(query.milestoneDate, today) : 0;
    risk.since = today;
    for (QDate day = std::max(query.milestoneDate, today.addDays(-MaxDaysBack)); day < today; day = day.addDays(1)) {
        const Probability then = probabilityOn(model, query, day, promised);
        if (then.enough && then.value >= threshold) {
            risk.since = day;
            break;
        }
    }
    const int usual = model.cellPercentile(query.lane, query.milestone, now.overall.level, 75);
    if (risk.elapsedDays >= 1 && usual >= 0 && risk.elapsedDays > usual)
        risk.reason = DelayRiskReason::StalledAtMilestone;
    else if (now.basis.recent)
        risk.reason = DelayRiskReason::LaneSlowThisWeek;
    return risk;
}

QString DelayRisk::detail(const TransitQuery &query) const
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("ct::predict::DelayRisk", text); };
    const QString head = tr("%1 % likely after the promised %2")
                             .arg(percentText(probability), promised.toString(Qt::ISODate));
    const QString cell = EddModel::cellText(query.lane, basis.level);
    switch (reason) {
    case DelayRiskReason::StalledAtMilestone:
        return head + QStringLiteral(": ")
               + tr("%1 for %2 business days, longer than 3 in 4 deliveries of its cell took (%3); of the %4 "
                    "that took as long, %5 % arrived later than the promise allows")
                     .arg(milestoneText(query.milestone))
                     .arg(elapsedDays)
                     .arg(cell)
                     .arg(basis.sampleSize)
                     .arg(percentText(basis.share));
    case DelayRiskReason::LaneSlowThisWeek:
        return head + QStringLiteral(": ")
               + tr("the lane is running slow this week (%1 % of its %2 recent deliveries took longer, %3 % of %4 "
                    "overall; %5)")
                     .arg(percentText(basis.share))
                     .arg(basis.sampleSize)
                     .arg(percentText(overall.share))
                     .arg(overall.sampleSize)
                     .arg(cell);
    case DelayRiskReason::UsualTransit:
        break;
    }
    return head + QStringLiteral(": ")
           + tr("%1 % of %2 deliveries like it took longer (%3, from %4)")
                 .arg(percentText(basis.share))
                 .arg(basis.sampleSize)
                 .arg(cell, milestoneText(query.milestone));
}

} // namespace ct::predict
