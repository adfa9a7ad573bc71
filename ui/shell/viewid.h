// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <optional>

namespace ct {

// The areas of the app, one view each, in the order of the view switcher and of their
// shortcuts (Ctrl+1 is Exceptions ... Ctrl+5 is Analytics).
enum class ViewId : quint8 {
    Exceptions,
    Returns,
    Shipments,
    Map,
    Analytics,
};

inline constexpr std::array<ViewId, 5> AllViews = {ViewId::Exceptions, ViewId::Returns, ViewId::Shipments, ViewId::Map,
                                                   ViewId::Analytics};

// The view a first start opens: the exception queue, the agent's work surface.
inline constexpr ViewId DefaultView = ViewId::Exceptions;

// The name on the command line and in the settings: "exceptions", "shipments"...
QString viewName(ViewId view);
std::optional<ViewId> viewFromName(QStringView name);
QStringList viewNames();
// The title in the switcher and the View menu (translatable, context "ct::ViewId").
QString viewTitle(ViewId view);
int viewIndex(ViewId view);

} // namespace ct
