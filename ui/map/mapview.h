// SPDX-License-Identifier: MIT
#pragma once

#include "shell/appview.h"

namespace ct {

struct ViewContext;

// The Map view: shipments by last scan and destination. For now a plain page saying it
// comes later.
class MapView final : public AppView
{
    Q_OBJECT

public:
    explicit MapView(const ViewContext &context, QWidget *parent = nullptr);
};

} // namespace ct
