// SPDX-License-Identifier: MIT
#include "appview.h"

#include "widgets/placeholderpage.h"

#include <QVBoxLayout>

namespace ct {

AppView::AppView(ViewId id, QWidget *parent) : QWidget(parent), m_id(id)
{
    setObjectName(viewName(id) + QStringLiteral("View"));
}

AppView::~AppView() = default;

void AppView::showPlaceholder(const QString &purpose)
{
    auto *page = new PlaceholderPage(title(), purpose, this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(page);
    setFocusProxy(page);
}

} // namespace ct
