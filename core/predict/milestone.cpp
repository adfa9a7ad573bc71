// SPDX-License-Identifier: MIT
#include "milestone.h"

#include <QCoreApplication>

namespace ct::predict {

// Marked for lupdate here, so that milestoneText translates these same literals.
const char *milestoneName(Milestone milestone)
{
    switch (milestone) {
    case Milestone::Shipped:
        return QT_TRANSLATE_NOOP("ct::predict::Milestone", "shipped");
    case Milestone::InTransit:
        return QT_TRANSLATE_NOOP("ct::predict::Milestone", "in transit");
    case Milestone::AtDeliveryFacility:
        return QT_TRANSLATE_NOOP("ct::predict::Milestone", "at delivery facility");
    case Milestone::OutForDelivery:
        return QT_TRANSLATE_NOOP("ct::predict::Milestone", "out for delivery");
    }
    return "";
}

QString milestoneText(Milestone milestone)
{
    return QCoreApplication::translate("ct::predict::Milestone", milestoneName(milestone));
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
