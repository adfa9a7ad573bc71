// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <QStringList>

#include <functional>

namespace ct {

class ReturnPolicyDraft;
struct ReturnPolicy;

// What the return policy page's tables share (the windows, the item conditions, the
// value thresholds): one list of the draft as rows, edited through the draft so every
// change is checked at once and can be undone, each cell's errors (SettingsRoles::Error,
// the tooltip) found by its path in the document, and a read-only mode.
class PolicyTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    PolicyTableModel(ReturnPolicyDraft &draft, QObject *parent = nullptr);

    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    int rowCount(const QModelIndex &parent = {}) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    // The document's paths of a cell's value ("windows[2].days"): its errors show there.
    virtual QStringList pathsOf(int row, int column) const = 0;
    // The row of a path ("conditions[1].worn" is row 1), or -1.
    virtual int rowOf(const QString &path) const;
    // Appends a new row and returns it.
    int appendRow();

protected:
    ReturnPolicyDraft &draft() const { return m_draft; }
    // The name of the list in the document ("windows").
    virtual QString listName() const = 0;
    virtual int count(const ReturnPolicy &policy) const = 0;
    virtual void removeFrom(ReturnPolicy &policy, int row) const = 0;
    virtual void appendTo(ReturnPolicy &policy) const = 0;
    virtual QVariant cell(int row, int column, int role) const = 0;
    // Edits the draft; the tables' refresh comes from its changed().
    void edit(const QString &field, const std::function<void(ReturnPolicy &)> &change);
    void refresh();

private:
    void editStructure(const std::function<void(ReturnPolicy &)> &change);

    ReturnPolicyDraft &m_draft;
    int m_rows = 0;
    bool m_readOnly = false;
    bool m_structuring = false; // inside an insert or remove of our own
};

// "apparel, footwear" for a list of categories, and back (trimmed, lower case, no empties).
QString categoriesText(const QStringList &categories);
QStringList categoriesFromText(const QString &text);

} // namespace ct
