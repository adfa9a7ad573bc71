// SPDX-License-Identifier: MIT
#include "kpitile.h"

#include "kpiformat.h"
#include "widgets/statuspalette.h"

#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace ct {

KpiTile::KpiTile(const KpiMeasure &measure, QWidget *parent)
    : QFrame(parent)
    , m_measure(measure)
    , m_title(new QLabel(this))
    , m_value(new QLabel(this))
    , m_change(new QLabel(this))
    , m_detail(new QLabel(this))
{
    setObjectName(QStringLiteral("tile-") + kpiCode(measure.kpi));
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    m_title->setText(KpiFormat::label(measure));
    m_title->setWordWrap(true);
    m_title->setForegroundRole(QPalette::PlaceholderText);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.7);
    big.setBold(true);
    m_value->setFont(big);
    m_value->setObjectName(QStringLiteral("value"));
    m_change->setObjectName(QStringLiteral("change"));
    m_change->setWordWrap(true);
    m_detail->setObjectName(QStringLiteral("detail"));
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    m_detail->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_change);
    layout->addWidget(m_detail);
    layout->addStretch(1);
    setToolTip(KpiFormat::definitionToolTip(measure.kpi));
    setAccessibleName(KpiFormat::label(measure));
    setCells(nullptr, nullptr, {});
}

void KpiTile::setCells(const KpiCell *now, const KpiCell *before, const QString &previousLabel, const QString &detail)
{
    m_value->setText(KpiFormat::value(now, m_measure.stat));
    m_hasValue = KpiFormat::number(now, m_measure.stat).has_value();
    const KpiFormat::Change change = KpiFormat::change(now, before, m_measure.stat);
    m_changeSign = change.known ? change.sign : 0;
    m_better = change.better;
    m_change->setText(change.text.isEmpty() ? QString() : tr("%1 vs %2").arg(change.text, previousLabel));
    m_change->setToolTip(before ? tr("Previous period (%1): %2").arg(previousLabel, KpiFormat::value(before, m_measure.stat))
                                : QString());
    QString line = detail;
    if (line.isEmpty() && now)
        line = KpiFormat::counts(*now);
    m_detail->setText(line);
    setAccessibleDescription(m_value->text() + QLatin1Char(' ') + m_change->text());
    updateColours();
}

void KpiTile::setStale(bool stale)
{
    m_value->setEnabled(!stale);
}

QString KpiTile::valueText() const
{
    return m_value->text();
}

QString KpiTile::changeText() const
{
    return m_change->text();
}

QString KpiTile::detailText() const
{
    return m_detail->text();
}

void KpiTile::updateColours()
{
    QPalette p = m_change->palette();
    QColor colour = palette().color(QPalette::PlaceholderText);
    if (m_changeSign != 0)
        colour = m_better ? StatusPalette::color(Tag::Delivered) : StatusPalette::errorText();
    p.setColor(QPalette::WindowText, colour);
    m_change->setPalette(p);
    m_value->setForegroundRole(m_hasValue ? QPalette::Text : QPalette::PlaceholderText);
}

void KpiTile::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        Q_EMIT clicked();
    QFrame::mouseReleaseEvent(event);
}

void KpiTile::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        Q_EMIT clicked();
        return;
    }
    QFrame::keyPressEvent(event);
}

void KpiTile::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateColours();
}

} // namespace ct
