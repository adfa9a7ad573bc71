// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;

namespace ct {

// The page of a view that is not built yet: its title, one paragraph saying what it will
// do, and plainly that it comes in a later version. Nothing behind it: no sample data.
class PlaceholderPage final : public QWidget
{
    Q_OBJECT

public:
    PlaceholderPage(const QString &title, const QString &purpose, QWidget *parent = nullptr);

    QString text() const;

private:
    QLabel *m_label;
};

} // namespace ct
