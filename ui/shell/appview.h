// SPDX-License-Identifier: MIT
#pragma once

#include "viewid.h"

#include <QList>
#include <QWidget>

class QAction;

namespace ct {

// One area of the app as the shell sees it (Exceptions, Returns, Shipments, Map,
// Analytics): a widget the window shows in its centre, and the few things the shell asks
// of it. What a view shows, and how, is its own business: MainWindow knows nothing of a
// view's inside. Each view lives in its own folder under ui/.
class AppView : public QWidget
{
    Q_OBJECT

public:
    ~AppView() override;

    ViewId id() const { return m_id; }
    QString title() const { return viewTitle(m_id); }

    // Whether the view has a search field; Ctrl+F puts the keyboard there (false when
    // there is none).
    virtual bool canSearch() const { return false; }
    virtual bool focusSearch() { return false; }
    // The store changed under the view (a job, a sync round, a resolution): read it again.
    virtual void reload() {}
    // Writes the view's layout (splitters, column widths and order) to the settings; the
    // view restores it itself when it is made.
    virtual void saveLayout() const {}
    // Whether the view is reading the store in the background (its page is not final yet);
    // busyChanged() says when that changes. A screenshot waits for it.
    virtual bool isBusy() const { return false; }
    // Actions the view adds to the File menu while it is shown (an export).
    virtual QList<QAction *> fileActions() const { return {}; }

Q_SIGNALS:
    // A line for the status bar: a result, or why reading the store failed.
    void statusMessage(const QString &text, int timeoutMs);
    void busyChanged(bool busy);

protected:
    AppView(ViewId id, QWidget *parent);
    // Fills a view that is not built yet with the plain page saying what it will do.
    void showPlaceholder(const QString &purpose);

private:
    ViewId m_id;
};

} // namespace ct
