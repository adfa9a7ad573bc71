// SPDX-License-Identifier: MIT
#pragma once

#include "shell/appview.h"

namespace ct {

struct ViewContext;

// The Returns view: the returns queue. For now a plain page saying it comes later.
class ReturnsView final : public AppView
{
    Q_OBJECT

public:
    explicit ReturnsView(const ViewContext &context, QWidget *parent = nullptr);
};

} // namespace ct
