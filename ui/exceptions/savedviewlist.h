// SPDX-License-Identifier: MIT
#pragma once

#include "queue/exceptionqueuefiltercheck.h"
#include "savedqueueviews.h"

#include <QList>
#include <QWidget>

class QLabel;
class QListWidget;
class QToolButton;

namespace ct {

// The saved views of the exception queue as a list (docs/DESKTOP.md, "Saved views"): the
// defaults, then the user's own from the settings; Save… and Delete under it, and
// "modified" while the queue's filters differ from the chosen view. A view that cannot be
// read, that needs a sign-in, or that names values the store no longer has is marked in
// the list with the reasons in its tooltip; none is ever dropped. What a view does to the
// queue is the Exceptions view's business: this list says which one was chosen.
class SavedViewList final : public QWidget
{
    Q_OBJECT

public:
    explicit SavedViewList(QWidget *parent = nullptr);

    // Reads the views again (the defaults depend on whether someone is signed in); the
    // chosen one stays chosen, found by its name.
    void reload(bool signedIn);
    const QList<SavedQueueView> &views() const { return m_views; }
    int current() const { return m_current; }
    // Marks `index` as chosen, without saying so.
    void setCurrent(int index);
    void setModified(bool modified);
    // The stale values of each of the user's readable views, in the order of userFilters().
    void markStale(const QList<QList<StaleFilterValue>> &stale);
    QList<ExceptionQueueFilter> userFilters() const;

    // Saves `filter` and `sort` under `name` (replacing the user's view of that name) and
    // chooses it; false when `name` is empty or a default's.
    bool save(const QString &name, const ExceptionQueueFilter &filter, const ExceptionQueueSort &sort);
    // Deletes a view of the user's; false for a default.
    bool remove(int index);

    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    // The user chose the view at `index` (by mouse or keyboard).
    void chosen(int index);
    void saveRequested();
    void deleteRequested(int index);

private:
    QListWidget *m_list;
    QToolButton *m_save;
    QToolButton *m_delete;
    QLabel *m_modified;
    QList<SavedQueueView> m_views;
    int m_current = -1;
    bool m_signedIn = false;
};

} // namespace ct
