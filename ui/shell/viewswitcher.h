// SPDX-License-Identifier: MIT
#pragma once

#include "viewid.h"

#include <QListWidget>

namespace ct {

// The column on the window's left that switches between the views: one row per view,
// icon and title, the current one selected. It takes the keyboard like any list (Tab to
// it, arrows to move); Ctrl+1..Ctrl+5 and the View menu reach the same views.
class ViewSwitcher final : public QListWidget
{
    Q_OBJECT

public:
    explicit ViewSwitcher(QWidget *parent = nullptr);

    // Shows `view` as the current one without asking for it.
    void setCurrentView(ViewId view);
    ViewId currentView() const;

    QSize sizeHint() const override;

Q_SIGNALS:
    // The user picked `view` here (mouse or keyboard).
    void viewChosen(ct::ViewId view);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateIcons();

    bool m_updating = false;
};

} // namespace ct
