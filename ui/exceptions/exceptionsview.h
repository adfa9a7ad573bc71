// SPDX-License-Identifier: MIT
#pragma once

#include "shell/appview.h"

namespace ct {

struct ViewContext;

// The Exceptions view: the agent's exception queue (issue 9). For now the shell's slot for
// it, with a plain page saying so.
class ExceptionsView final : public AppView
{
    Q_OBJECT

public:
    explicit ExceptionsView(const ViewContext &context, QWidget *parent = nullptr);
};

} // namespace ct
