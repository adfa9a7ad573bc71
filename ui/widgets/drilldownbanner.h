// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace ct {

// The bar above a list that shows only what a drill-down from the Analytics view asked for
// (the Shipments view's shipments, the Exceptions view's exceptions): how many, what they
// stand for, and a button that ends it (cleared()).
class DrillDownBanner final : public QFrame
{
    Q_OBJECT

public:
    // `clearText`: the button ("Show &All Shipments"); `clearName` its object name.
    DrillDownBanner(const QString &clearText, const QString &clearName, QWidget *parent = nullptr);

    // "<b>3 shipments</b> from the analytics: On-time delivery rate · …"; `what` is plain
    // text.
    void showFilter(const QString &count, const QString &what);
    QString text() const;

Q_SIGNALS:
    void cleared();

private:
    QLabel *m_label;
};

} // namespace ct
