// SPDX-License-Identifier: MIT
#include "returnsview.h"

namespace ct {

ReturnsView::ReturnsView(const ViewContext &, QWidget *parent) : AppView(ViewId::Returns, parent)
{
    showPlaceholder(tr("The returns queue: each request with its reason, items and order value, the policy verdict, the "
                       "recommended resolution (exchange first where the reason is fit, size or colour), the decision, "
                       "and the reverse shipment's tracking and inspection."));
}

} // namespace ct
