// SPDX-License-Identifier: MIT
#include "kpichartview.h"

#include "kpiformat.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QContextMenuEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QSvgGenerator>
#include <QToolTip>

namespace ct {

KpiChartView::KpiChartView(QWidget *parent) : QChartView(parent), m_empty(new QLabel(this))
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(240);
    m_empty->setText(tr("No data in this range"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->hide();
    setContextMenuPolicy(Qt::DefaultContextMenu);
}

KpiChartView::~KpiChartView()
{
    delete m_chart.chart;
}

void KpiChartView::show(const KpiChartSpec &spec, std::shared_ptr<const KpiReport> report)
{
    m_spec = spec;
    m_report = std::move(report);
    rebuild();
}

void KpiChartView::rebuild()
{
    if (!m_report)
        return;
    QChart *old = m_chart.chart;
    m_chart = KpiChartBuilder::build(m_spec, *m_report, KpiChartStyle::fromPalette(palette()));
    setChart(m_chart.chart);
    delete old;
    m_hover.reset();
    connectSeries();
    m_empty->setVisible(m_chart.empty);
    m_empty->setGeometry(rect());
    setObjectName(QStringLiteral("chart-") + m_spec.title);
    setAccessibleName(m_spec.title);
}

void KpiChartView::connectSeries()
{
    for (auto it = m_chart.measures.cbegin(); it != m_chart.measures.cend(); ++it) {
        const KpiMeasure measure = it.value();
        auto *series = const_cast<QAbstractSeries *>(it.key());
        if (auto *line = qobject_cast<QLineSeries *>(series)) {
            connect(line, &QLineSeries::hovered, this, [this, measure](const QPointF &point, bool state) {
                hoverAt(qRound(point.x()), measure, state);
            });
            connect(line, &QLineSeries::clicked, this,
                    [this, measure](const QPointF &point) { clickAt(qRound(point.x()), measure); });
        } else if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            const auto sets = bars->barSets();
            for (QBarSet *set : sets) {
                connect(set, &QBarSet::hovered, this,
                        [this, measure](bool state, int index) { hoverAt(index, measure, state); });
                connect(set, &QBarSet::clicked, this, [this, measure](int index) { clickAt(index, measure); });
            }
        }
    }
}

void KpiChartView::hoverAt(int index, const KpiMeasure &measure, bool entered)
{
    if (!entered) {
        QToolTip::hideText();
        return;
    }
    m_hover = Hover{index, measure};
    QToolTip::showText(QCursor::pos(),
                       KpiChartBuilder::describe(m_chart, index, measure, *m_report) + QLatin1Char('\n')
                           + tr("Click to open the shipments behind it; right-click for more."),
                       this);
}

void KpiChartView::clickAt(int index, const KpiMeasure &measure)
{
    const KpiCellRef ref = m_chart.cellAt(index, measure);
    if (!m_report->find(ref.kpi, ref.grouping, ref.period, ref.cut, ref.part))
        return;
    Q_EMIT drillDownRequested(ref, AnalyticsDrillDown::defaultSide(ref.kpi));
}

void KpiChartView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    if (m_hover && m_report) {
        const KpiCellRef ref = m_chart.cellAt(m_hover->index, m_hover->measure);
        if (const KpiCell *cell = m_report->find(ref.kpi, ref.grouping, ref.period, ref.cut, ref.part)) {
            menu.addSection(KpiChartBuilder::describe(m_chart, m_hover->index, m_hover->measure, *m_report));
            for (DrillSide side : AnalyticsDrillDown::sides(ref.kpi)) {
                QAction *open = menu.addAction(AnalyticsDrillDown::sideLabel(*cell, side));
                connect(open, &QAction::triggered, this, [this, ref, side] { Q_EMIT drillDownRequested(ref, side); });
            }
            menu.addSeparator();
        }
    }
    menu.addAction(tr("Save Chart as &PNG…"), this, [this] { saveAs(QStringLiteral("png")); });
    menu.addAction(tr("Save Chart as &SVG…"), this, [this] { saveAs(QStringLiteral("svg")); });
    menu.exec(event->globalPos());
}

void KpiChartView::saveAs(const QString &suffix)
{
    QString name = m_spec.title;
    name.replace(QLatin1Char(' '), QLatin1Char('-'));
    const QString filter = suffix == QLatin1String("svg") ? tr("SVG images (*.svg)") : tr("PNG images (*.png)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Chart"), name.toLower() + QLatin1Char('.') + suffix, filter);
    if (path.isEmpty())
        return;
    QString error;
    if (!saveImage(path, &error))
        QMessageBox::warning(this, tr("Save Chart"), error);
}

bool KpiChartView::saveImage(const QString &path, QString *error) const
{
    if (!m_chart.chart) {
        if (error)
            *error = tr("There is no chart to save yet.");
        return false;
    }
    const QSize size = this->size().expandedTo(QSize(640, 360));
    if (QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(m_spec.title);
        QPainter painter;
        if (!painter.begin(&svg)) {
            if (error)
                *error = tr("Cannot write %1.").arg(path);
            return false;
        }
        const_cast<KpiChartView *>(this)->render(&painter, QRectF(QPoint(0, 0), size), rect());
        painter.end();
        if (!QFileInfo::exists(path)) {
            if (error)
                *error = tr("Cannot write %1.").arg(path);
            return false;
        }
        return true;
    }
    QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2.0);
    image.fill(m_chart.chart->backgroundBrush().color());
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        const_cast<KpiChartView *>(this)->render(&painter, QRectF(QPoint(0, 0), size), rect());
    }
    if (!image.save(path, "PNG")) {
        if (error)
            *error = tr("Cannot write %1.").arg(path);
        return false;
    }
    return true;
}

void KpiChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild();
}

void KpiChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    m_empty->setGeometry(rect());
}

} // namespace ct
