// SPDX-License-Identifier: MIT
#include "milestone.h"

#include <QCoreApplication>

namespace ct::predict {

const char *milestoneName(Milestone milestone)
{
    switch (milestone) {
    case Milestone::Shipped:
        return "shipped";
    case Milestone::InTransit:
        return "in transit";
    case Milestone::AtDeliveryFacility:
        return "at delivery facility";
    case Milestone::OutForDelivery:
        return "out for delivery";
    }
    return "";
}

QString milestoneText(Milestone milestone)
{
    static const char *const Texts[MilestoneCount] = {
        QT_TRANSLATE_NOOP("ct::predict::Milestone", "shipped"),
        QT_TRANSLATE_NOOP("ct::predict::Milestone", "in transit"),
        QT_TRANSLATE_NOOP("ct::predict::Milestone", "at delivery facility"),
        QT_TRANSLATE_NOOP("ct::predict::Milestone", "out for delivery"),
    };
    const int i = static_cast<int>(milestone);
    return i >= 0 && i < MilestoneCount ? QCoreApplication::translate("ct::predict::Milestone", Texts[i]) : QString();
}

const char *backoffLevelName(BackoffLevel level)
{
    switch (level) {
    case BackoffLevel::Lane:
        return "carrier × service × lane";
    case BackoffLevel::ServiceCountry:
        return "carrier × service × destination country";
    case BackoffLevel::CarrierCountry:
        return "carrier × destination country";
    case BackoffLevel::Carrier:
        return "carrier";
    case BackoffLevel::All:
        return "all shipments";
    }
    return "";
}

const char *backoffLevelKey(BackoffLevel level)
{
    switch (level) {
    case BackoffLevel::Lane:
        return "lane";
    case BackoffLevel::ServiceCountry:
        return "service_country";
    case BackoffLevel::CarrierCountry:
        return "carrier_country";
    case BackoffLevel::Carrier:
        return "carrier";
    case BackoffLevel::All:
        return "all";
    }
    return "";
}

} // namespace ct::predict
