// SPDX-License-Identifier: MIT
#include "exceptionsview.h"

namespace ct {

ExceptionsView::ExceptionsView(const ViewContext &, QWidget *parent) : AppView(ViewId::Exceptions, parent)
{
    showPlaceholder(tr("The exception queue: every open delivery exception by priority and SLA time left, with filters, "
                       "saved views, the shipment's timeline and the actions that resolve it. Until then, the Shipments "
                       "view (Ctrl+3) counts each shipment's open exceptions."));
}

} // namespace ct
