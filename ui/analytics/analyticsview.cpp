// SPDX-License-Identifier: MIT
#include "analyticsview.h"

namespace ct {

AnalyticsView::AnalyticsView(const ViewContext &, QWidget *parent) : AppView(ViewId::Analytics, parent)
{
    showPlaceholder(tr("Delivery performance as charts over a date range, by carrier, lane and service: on-time and "
                       "first-attempt delivery, failed attempts and returns to origin, transit times, SLA breaches and "
                       "returns, with drill-down to the shipments and export."));
}

} // namespace ct
