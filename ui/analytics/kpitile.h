// SPDX-License-Identifier: MIT
#pragma once

#include "kpimeasure.h"

#include "analytics/kpireport.h"

#include <QFrame>

class QLabel;

namespace ct {

// One KPI tile of the Analytics view: the KPI's label, its number over the range ("no
// data" where it has none), the change against the previous period of the same length
// (an arrow, coloured better or worse), and a line of detail (the counts behind it). The
// tooltip is the KPI's definition (docs/KPIS.md through KpiDefinition). Clicking it, or
// Enter while it has the keyboard, asks for the shipments behind it.
class KpiTile final : public QFrame
{
    Q_OBJECT

public:
    KpiTile(const KpiMeasure &measure, QWidget *parent = nullptr);

    const KpiMeasure &measure() const { return m_measure; }
    // `now` and `before` may be null (no cell: no data). `detail` replaces the counts line
    // when not empty.
    void setCells(const KpiCell *now, const KpiCell *before, const QString &previousLabel, const QString &detail = {});
    // While the page is read: the numbers stay, dimmed.
    void setStale(bool stale);

    QString valueText() const;
    QString changeText() const;
    QString detailText() const;

Q_SIGNALS:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateColours();

    KpiMeasure m_measure;
    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_change;
    QLabel *m_detail;
    int m_changeSign = 0;
    bool m_better = false;
    bool m_hasValue = false;
};

} // namespace ct
