// SPDX-License-Identifier: MIT
#include "viewswitcher.h"

#include "viewicons.h"

#include <QEvent>
#include <QKeySequence>

namespace ct {

ViewSwitcher::ViewSwitcher(QWidget *parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("viewSwitcher"));
    setAccessibleName(tr("Views"));
    setFrameShape(QFrame::NoFrame);
    setIconSize(QSize(24, 24));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setUniformItemSizes(true);
    setSpacing(2);
    // The column is part of the window's frame, not a white list box: window colours.
    setBackgroundRole(QPalette::Window);
    viewport()->setBackgroundRole(QPalette::Window);
    for (ViewId view : AllViews) {
        auto *item = new QListWidgetItem(viewTitle(view), this);
        const QKeySequence shortcut(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + viewIndex(view)));
        item->setToolTip(tr("%1 (%2)").arg(viewTitle(view), shortcut.toString(QKeySequence::NativeText)));
        item->setData(Qt::UserRole, viewIndex(view));
        item->setSizeHint(QSize(0, fontMetrics().height() + 22));
    }
    updateIcons();
    connect(this, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!m_updating && row >= 0 && row < static_cast<int>(AllViews.size()))
            Q_EMIT viewChosen(AllViews.at(static_cast<std::size_t>(row)));
    });
}

void ViewSwitcher::setCurrentView(ViewId view)
{
    m_updating = true;
    setCurrentRow(viewIndex(view));
    m_updating = false;
}

ViewId ViewSwitcher::currentView() const
{
    const int row = currentRow();
    return row >= 0 && row < static_cast<int>(AllViews.size()) ? AllViews.at(static_cast<std::size_t>(row))
                                                                : DefaultView;
}

QSize ViewSwitcher::sizeHint() const
{
    // Wide enough for the longest title beside its icon; as tall as the views need.
    int widest = 0;
    for (int row = 0; row < count(); ++row)
        widest = qMax(widest, fontMetrics().horizontalAdvance(item(row)->text()));
    return QSize(widest + iconSize().width() + 48, sizeHintForRow(0) * count());
}

void ViewSwitcher::changeEvent(QEvent *event)
{
    QListWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateIcons();
}

void ViewSwitcher::updateIcons()
{
    for (int row = 0; row < count(); ++row)
        item(row)->setIcon(viewIcon(AllViews.at(static_cast<std::size_t>(row)), palette()));
}

} // namespace ct
