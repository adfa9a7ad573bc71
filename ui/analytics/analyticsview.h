// SPDX-License-Identifier: MIT
#pragma once

#include "shell/appview.h"

namespace ct {

struct ViewContext;

// The Analytics view: KPI charts. For now a plain page saying it comes later.
class AnalyticsView final : public AppView
{
    Q_OBJECT

public:
    explicit AnalyticsView(const ViewContext &context, QWidget *parent = nullptr);
};

} // namespace ct
