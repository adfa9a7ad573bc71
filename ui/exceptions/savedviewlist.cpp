// SPDX-License-Identifier: MIT
#include "savedviewlist.h"

#include "widgets/statuspalette.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ct {

SavedViewList::SavedViewList(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_save(new QToolButton(this))
    , m_delete(new QToolButton(this))
    , m_modified(new QLabel(this))
{
    m_list->setObjectName(QStringLiteral("savedViews"));
    m_list->setAccessibleName(tr("Saved views"));
    m_save->setObjectName(QStringLiteral("saveView"));
    m_save->setText(tr("Save…"));
    m_save->setToolTip(tr("Save the filters and the sort as a view (Ctrl+Shift+S)"));
    m_delete->setObjectName(QStringLiteral("deleteView"));
    m_delete->setText(tr("Delete"));
    m_delete->setToolTip(tr("Delete the selected view of yours"));
    m_modified->setObjectName(QStringLiteral("viewModified"));
    m_modified->setForegroundRole(QPalette::PlaceholderText);
    auto *title = new QLabel(tr("<b>&Views</b>"), this);
    title->setBuddy(m_list);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_modified, 1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(title);
    layout->addWidget(m_list);
    layout->addLayout(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row != m_current)
            Q_EMIT chosen(row);
    });
    connect(m_save, &QToolButton::clicked, this, &SavedViewList::saveRequested);
    connect(m_delete, &QToolButton::clicked, this, [this] { Q_EMIT deleteRequested(m_list->currentRow()); });
}

void SavedViewList::reload(bool signedIn)
{
    m_signedIn = signedIn;
    const QString current = m_current >= 0 && m_current < m_views.size() ? m_views.at(m_current).name : QString();
    m_views = SavedQueueViews::defaults(signedIn) + SavedQueueViews::load();
    QSignalBlocker block(m_list);
    m_list->clear();
    m_current = -1;
    for (int i = 0; i < m_views.size(); ++i) {
        const SavedQueueView &view = m_views.at(i);
        auto *item = new QListWidgetItem(view.name, m_list);
        if (!view.builtIn)
            item->setToolTip(tr("Your view"));
        if (!view.problems.isEmpty() || !view.filter) {
            item->setForeground(StatusPalette::errorText());
            item->setText(tr("%1 (cannot be read)").arg(view.name));
            item->setToolTip(tr("This saved view no longer reads; it is kept as it was:\n%1")
                                 .arg(view.problems.join(QLatin1Char('\n'))));
        } else if (view.filter->assignedToMe && !signedIn) {
            item->setForeground(StatusPalette::errorText());
            item->setText(tr("%1 (needs a sign-in)").arg(view.name));
            item->setToolTip(tr("\"Mine\" needs a sign-in to a team server (Server > Connect…)."));
        }
        if (view.name == current)
            m_current = i;
    }
    if (m_current >= 0)
        m_list->setCurrentRow(m_current);
    // As tall as its views, up to eight.
    const int rows = std::min<int>(8, std::max<int>(2, static_cast<int>(m_views.size())));
    m_list->setFixedHeight(m_list->sizeHintForRow(0) * rows + 2 * m_list->frameWidth() + 2);
}

void SavedViewList::setCurrent(int index)
{
    m_current = index;
    QSignalBlocker block(m_list);
    m_list->setCurrentRow(index);
}

void SavedViewList::setModified(bool modified)
{
    m_modified->setText(modified ? tr("modified") : QString());
    m_delete->setEnabled(m_current >= 0 && m_current < m_views.size() && !m_views.at(m_current).builtIn);
}

QList<ExceptionQueueFilter> SavedViewList::userFilters() const
{
    QList<ExceptionQueueFilter> filters;
    for (const SavedQueueView &view : m_views) {
        if (!view.builtIn && view.filter)
            filters << *view.filter;
    }
    return filters;
}

void SavedViewList::markStale(const QList<QList<StaleFilterValue>> &stale)
{
    int at = 0;
    for (int i = 0; i < m_views.size() && at < stale.size(); ++i) {
        if (m_views.at(i).builtIn || !m_views.at(i).filter)
            continue;
        const QList<StaleFilterValue> &values = stale.at(at++);
        if (values.isEmpty())
            continue;
        QStringList reasons;
        for (const StaleFilterValue &value : values)
            reasons << QStringLiteral("%1: %2").arg(value.field, value.reason);
        QListWidgetItem *item = m_list->item(i);
        const QString &name = m_views.at(i).name;
        item->setForeground(StatusPalette::errorText());
        item->setText(tr("%1 (%n values gone)", nullptr, int(values.size())).arg(name));
        item->setToolTip(tr("Values of this view that the store no longer has (kept, shown in the filters):\n%1")
                             .arg(reasons.join(QLatin1Char('\n'))));
    }
}

bool SavedViewList::save(const QString &name, const ExceptionQueueFilter &filter, const ExceptionQueueSort &sort)
{
    if (name.isEmpty())
        return false;
    QList<SavedQueueView> mine;
    bool replaced = false;
    for (const SavedQueueView &view : std::as_const(m_views)) {
        if (view.builtIn) {
            if (view.name == name)
                return false;
            continue;
        }
        const bool same = view.name == name;
        replaced = replaced || same;
        mine << (same ? SavedQueueView::make(name, filter, sort) : view);
    }
    if (!replaced)
        mine << SavedQueueView::make(name, filter, sort);
    SavedQueueViews::save(mine);
    reload(m_signedIn);
    for (int i = 0; i < m_views.size(); ++i) {
        if (!m_views.at(i).builtIn && m_views.at(i).name == name)
            setCurrent(i);
    }
    return true;
}

bool SavedViewList::remove(int index)
{
    if (index < 0 || index >= m_views.size() || m_views.at(index).builtIn)
        return false;
    QList<SavedQueueView> mine;
    for (int i = 0; i < m_views.size(); ++i) {
        if (!m_views.at(i).builtIn && i != index)
            mine << m_views.at(i);
    }
    SavedQueueViews::save(mine);
    m_current = -1;
    reload(m_signedIn);
    return true;
}

} // namespace ct
