// SPDX-License-Identifier: MIT
#include "analyticsview.h"

#include "analyticsfilterbar.h"
#include "analyticspdfreport.h"
#include "analyticsrunner.h"
#include "carrierscorecardmodel.h"
#include "kpichartview.h"
#include "kpiformat.h"
#include "kpitile.h"
#include "returnspanel.h"

#include "reports/kpireporttables.h"
#include "settings/appsettings.h"
#include "shell/clock.h"
#include "store/database.h"
#include "widgets/recordtable.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QProgressDialog>
#include <QScrollArea>
#include <QShowEvent>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace ct {

namespace {

constexpr int TileColumns = 4;

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    label->setFont(f);
    label->setContentsMargins(0, 10, 0, 2);
    return label;
}

// A measure as the settings keep it: "on_time_rate", "transit_days:p90".
QString measureCode(const KpiMeasure &m)
{
    switch (m.stat) {
    case KpiStat::Value: return kpiCode(m.kpi);
    case KpiStat::P50: return kpiCode(m.kpi) + QStringLiteral(":p50");
    case KpiStat::P90: return kpiCode(m.kpi) + QStringLiteral(":p90");
    }
    return kpiCode(m.kpi);
}

QString formatSuffix(AnalyticsView::ExportFormat format)
{
    switch (format) {
    case AnalyticsView::ExportFormat::Pdf: return QStringLiteral("pdf");
    case AnalyticsView::ExportFormat::Csv: return QStringLiteral("csv");
    case AnalyticsView::ExportFormat::Xlsx: return QStringLiteral("xlsx");
    }
    return {};
}

} // namespace

AnalyticsView::AnalyticsView(const ViewContext &context, QWidget *parent)
    : AppView(ViewId::Analytics, parent)
    , m_context(context)
    , m_runner(new AnalyticsRunner(context.database.path(), this))
    , m_filterBar(new AnalyticsFilterBar(this))
    , m_busyLabel(new QLabel(this))
    , m_busyBar(new QProgressBar(this))
    , m_cancelBusy(new QToolButton(this))
    , m_exportButton(new QToolButton(this))
    , m_notice(new QLabel(this))
    , m_scorecard(new CarrierScorecardModel(this))
{
    m_busyLabel->setObjectName(QStringLiteral("busy"));
    m_busyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumWidth(80);
    m_busyBar->setMaximumHeight(10);
    m_busyBar->setTextVisible(false);
    m_cancelBusy->setText(tr("Stop"));
    m_cancelBusy->setToolTip(tr("Stop waiting for the shipments behind the number clicked."));
    m_cancelBusy->setAutoRaise(true);
    connect(m_cancelBusy, &QToolButton::clicked, this, [this] {
        m_runner->cancel(AnalyticsRunner::Channel::DrillDown);
        updateBusy();
    });

    for (const auto &[format, text, tip] :
         {std::tuple{ExportFormat::Pdf, tr("Export Report as &PDF…"),
                     tr("The tiles, the charts and the scorecard of this page, with its filters, as a PDF.")},
          std::tuple{ExportFormat::Csv, tr("Export Report as &CSV…"), tr("Every KPI cell of this page, one row each.")},
          std::tuple{ExportFormat::Xlsx, tr("Export Report as &Excel…"),
                     tr("This page's tables and the KPI definitions, a sheet each.")}}) {
        auto *action = new QAction(text, this);
        action->setObjectName(QStringLiteral("export-") + formatSuffix(format));
        action->setStatusTip(tip);
        connect(action, &QAction::triggered, this, [this, format = format] { chooseExport(format); });
        m_exportActions << action;
    }
    m_exportActions.constFirst()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportButton->setText(tr("Export"));
    m_exportButton->setObjectName(QStringLiteral("export"));
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(m_exportButton);
    exportMenu->addActions(m_exportActions);
    m_exportButton->setMenu(exportMenu);
    m_filterBar->addTrailingWidget(m_busyLabel);
    m_filterBar->addTrailingWidget(m_busyBar);
    m_filterBar->addTrailingWidget(m_cancelBusy);
    m_filterBar->addTrailingWidget(m_exportButton);

    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->setContentsMargins(8, 0, 8, 0);
    m_notice->hide();

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("analyticsPage"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(buildPage());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_notice);
    layout->addWidget(scroll, 1);
    setFocusProxy(m_filterBar->rangeBox());

    m_filterBar->setFilters(AnalyticsFilters::load(), AnalyticsPage::today(m_context.clock.nowMs()));
    connect(m_filterBar, &AnalyticsFilterBar::filtersChanged, this, &AnalyticsView::setFilters);
    connect(m_runner, &AnalyticsRunner::busyChanged, this, [this](bool busy) {
        updateBusy();
        Q_EMIT busyChanged(busy);
    });
    connect(m_runner, &AnalyticsRunner::storeFailed, this, &AnalyticsView::showFailure);
    updateBusy();
}

AnalyticsView::~AnalyticsView() = default;

QWidget *AnalyticsView::buildPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(10, 0, 10, 10);

    layout->addWidget(sectionTitle(tr("Key figures"), page));
    auto *tiles = new QGridLayout;
    tiles->setSpacing(8);
    const QList<KpiMeasure> measures = AnalyticsPage::tiles();
    for (int i = 0; i < measures.size(); ++i) {
        auto *tile = new KpiTile(measures.at(i), page);
        tiles->addWidget(tile, i / TileColumns, i % TileColumns);
        connect(tile, &KpiTile::clicked, this, [this, tile] {
            if (m_result)
                drillDown({tile->measure().kpi, AnalyticsPage::Summary, m_result->range.from, {}, {}},
                          AnalyticsDrillDown::defaultSide(tile->measure().kpi));
        });
        m_tiles << tile;
    }
    for (int c = 0; c < TileColumns; ++c)
        tiles->setColumnStretch(c, 1);
    layout->addLayout(tiles);

    layout->addWidget(sectionTitle(tr("Trends"), page));
    auto *trends = new QGridLayout;
    trends->setSpacing(8);
    const QList<KpiChartFamily> families = AnalyticsPage::families();
    for (int i = 0; i < families.size(); ++i) {
        auto *chart = new KpiChartView(page);
        chart->setMinimumHeight(270);
        trends->addWidget(chart, i / 2, i % 2);
        connect(chart, &KpiChartView::drillDownRequested, this, &AnalyticsView::drillDown);
        m_series << chart;
    }
    layout->addLayout(trends);

    auto *bars = new QGridLayout;
    bars->setSpacing(8);
    const auto barColumn = [&](int column, const QString &title, KpiChartView *&chart, QComboBox *&choice,
                               const Setting<QString> &setting) {
        auto *head = new QHBoxLayout;
        head->addWidget(sectionTitle(title, page));
        head->addStretch(1);
        choice = new QComboBox(page);
        choice->setObjectName(column == 0 ? QStringLiteral("carrierBarsKpi") : QStringLiteral("laneBarsKpi"));
        const QList<KpiMeasure> options = AnalyticsPage::barMeasures();
        for (int i = 0; i < options.size(); ++i) {
            choice->addItem(KpiFormat::label(options.at(i)), measureCode(options.at(i)));
            choice->setItemData(i, KpiFormat::definitionToolTip(options.at(i).kpi), Qt::ToolTipRole);
        }
        choice->setCurrentIndex(std::max(0, choice->findData(setting.value())));
        head->addWidget(choice);
        bars->addLayout(head, 0, column);
        chart = new KpiChartView(page);
        chart->setMinimumHeight(340);
        bars->addWidget(chart, 1, column);
        connect(chart, &KpiChartView::drillDownRequested, this, &AnalyticsView::drillDown);
    };
    barColumn(0, tr("By carrier"), m_carrierBars, m_carrierBarsKpi, AppSettings::AnalyticsCarrierBarsKpi);
    barColumn(1, tr("By lane (the 12 with most shipments)"), m_laneBars, m_laneBarsKpi, AppSettings::AnalyticsLaneBarsKpi);
    connect(m_carrierBarsKpi, &QComboBox::activated, this, [this] {
        AppSettings::AnalyticsCarrierBarsKpi.setValue(m_carrierBarsKpi->currentData().toString());
        showBars(m_carrierBars, m_carrierBarsKpi, AnalyticsPage::ByCarrier, KpiCut::Carrier, tr("by carrier"));
    });
    connect(m_laneBarsKpi, &QComboBox::activated, this, [this] {
        AppSettings::AnalyticsLaneBarsKpi.setValue(m_laneBarsKpi->currentData().toString());
        showBars(m_laneBars, m_laneBarsKpi, AnalyticsPage::ByLane, KpiCut::Lane, tr("by lane"));
    });
    bars->setColumnStretch(0, 1);
    bars->setColumnStretch(1, 1);
    layout->addLayout(bars);

    layout->addWidget(sectionTitle(tr("Carrier scorecard"), page));
    m_scorecardTable = new QTableView(page);
    m_scorecardTable->setObjectName(QStringLiteral("scorecard"));
    m_scorecardTable->setModel(m_scorecard);
    setUpRecordTable(*m_scorecardTable, {160, 90, 90, 100, 80, 80, 95, 95, 130},
                     AppSettings::AnalyticsScorecardHeader.value());
    m_scorecardTable->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_scorecardTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_scorecardTable->setSortingEnabled(true);
    m_scorecardTable->horizontalHeader()->setSortIndicatorShown(true);
    m_scorecardTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_scorecardTable->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_scorecardTable->setContextMenuPolicy(Qt::CustomContextMenu);
    m_scorecardTable->setToolTip(tr("Double-click a number, or press Enter, to open the shipments behind it."));
    connect(m_scorecardTable, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (const auto ref = m_scorecard->cellAt(index))
            drillDown(*ref, index.column() == CarrierScorecardModel::VolumeColumn ? DrillSide::All
                                                                                   : AnalyticsDrillDown::defaultSide(ref->kpi));
    });
    connect(m_scorecardTable, &QWidget::customContextMenuRequested, this, &AnalyticsView::scorecardMenu);
    layout->addWidget(m_scorecardTable);

    layout->addWidget(sectionTitle(tr("Returns"), page));
    m_returns = new ReturnsPanel(page);
    connect(m_returns, &ReturnsPanel::drillDownRequested, this, &AnalyticsView::drillDown);
    connect(m_returns, &ReturnsPanel::reasonChosen, this, &AnalyticsView::openReasonReturns);
    layout->addWidget(m_returns);
    layout->addStretch(1);
    return page;
}

KpiTile *AnalyticsView::tile(Kpi kpi) const
{
    for (KpiTile *t : m_tiles) {
        if (t->measure().kpi == kpi)
            return t;
    }
    return nullptr;
}

QList<KpiChartView *> AnalyticsView::charts() const
{
    QList<KpiChartView *> all = m_series;
    all << m_carrierBars << m_laneBars;
    return all;
}

QList<QAction *> AnalyticsView::fileActions() const
{
    return m_exportActions;
}

bool AnalyticsView::isBusy() const
{
    return m_runner->isBusy() || m_dirty;
}

void AnalyticsView::showEvent(QShowEvent *event)
{
    AppView::showEvent(event);
    if (m_dirty)
        refresh();
}

void AnalyticsView::reload()
{
    m_dirty = true;
    m_choicesRange.reset(); // new keys may have come
    if (isVisible())
        refresh();
}

void AnalyticsView::saveLayout() const
{
    AppSettings::AnalyticsScorecardHeader.setValue(m_scorecardTable->horizontalHeader()->saveState());
}

void AnalyticsView::setFilters(const AnalyticsFilters &filters)
{
    filters.save();
    refresh();
}

void AnalyticsView::refresh()
{
    m_dirty = false;
    const AnalyticsFilters filters = m_filterBar->filters();
    const qint64 now = m_context.clock.nowMs();
    const KpiPeriod range = filters.range(AnalyticsPage::today(now));
    const bool withChoices = !m_choicesRange || !(*m_choicesRange == range);
    m_busyText = tr("Reading the KPIs…");
    m_runner->submit(AnalyticsRunner::Channel::Page, [this, filters, now, withChoices](const Database &db) {
        QString error;
        auto page = AnalyticsPage::compute(db, filters, now, withChoices, &error);
        if (!page)
            return AnalyticsRunner::Deliver([this, error] { showFailure(error); });
        auto shared = std::make_shared<const AnalyticsPageResult>(std::move(*page));
        return AnalyticsRunner::Deliver([this, shared] { showResult(shared); });
    });
    updateBusy();
}

void AnalyticsView::showResult(std::shared_ptr<const AnalyticsPageResult> result)
{
    m_result = std::move(result);
    m_report = std::shared_ptr<const KpiReport>(m_result, &m_result->current);
    const AnalyticsPageResult &r = *m_result;
    if (r.choices) {
        m_choicesRange = r.range;
        m_filterBar->setChoices(*r.choices);
    }

    const QString previous = tr("previous %n days", nullptr, int(r.range.from.daysTo(r.range.to) + 1));
    for (KpiTile *t : std::as_const(m_tiles)) {
        const KpiMeasure &m = t->measure();
        const KpiCell *now = r.current.find(m.kpi, AnalyticsPage::Summary, r.range.from);
        const KpiCell *before = r.previous.find(m.kpi, 0, r.previousRange.from);
        QString detail;
        if (m.kpi == Kpi::OnTimeRate) {
            const KpiCell *edd = r.current.find(Kpi::EddCoverage, AnalyticsPage::Summary, r.range.from);
            detail = tr("EDD coverage %1").arg(KpiFormat::value(edd));
            if (now && now->denominator > 0)
                detail += QStringLiteral(" · ") + KpiFormat::counts(*now);
        } else if (kpiDefinition(m.kpi).kind == KpiKind::Distribution && now && now->value) {
            detail = m.stat == KpiStat::Value ? tr("P50 %1 · P90 %2").arg(KpiFormat::value(now, KpiStat::P50),
                                                                          KpiFormat::value(now, KpiStat::P90))
                                              : tr("P90 %1 · mean %2").arg(KpiFormat::value(now, KpiStat::P90),
                                                                           KpiFormat::value(now, KpiStat::Value));
        } else if (m.kpi == Kpi::OpenBacklog) {
            detail = tr("open at the end of the range");
        }
        t->setCells(now, before, previous, detail);
    }
    const QList<KpiChartFamily> families = AnalyticsPage::families();
    for (int i = 0; i < families.size() && i < m_series.size(); ++i) {
        KpiChartSpec spec;
        spec.title = families.at(i).title;
        spec.grouping = AnalyticsPage::Series;
        spec.granularity = r.filters.granularity;
        spec.measures = families.at(i).measures;
        m_series.at(i)->show(spec, m_report);
    }
    showBars(m_carrierBars, m_carrierBarsKpi, AnalyticsPage::ByCarrier, KpiCut::Carrier, tr("by carrier"));
    showBars(m_laneBars, m_laneBarsKpi, AnalyticsPage::ByLane, KpiCut::Lane, tr("by lane"));

    m_scorecard->setReport(m_report, AnalyticsPage::ByCarrier);
    const int rows = std::min(m_scorecard->rowCount(), 14);
    m_scorecardTable->setFixedHeight(m_scorecardTable->horizontalHeader()->sizeHint().height()
                                     + m_scorecardTable->verticalHeader()->defaultSectionSize() * std::max(rows, 1)
                                     + 2 * m_scorecardTable->frameWidth() + 2);
    m_returns->setReport(r.current, AnalyticsPage::Summary);
    m_returns->setFigures(std::nullopt);

    // What the page cannot say by its numbers alone.
    QStringList notes;
    const KpiCell *tracked = r.current.find(Kpi::DeliveryRate, AnalyticsPage::Summary, r.range.from);
    if (!tracked || tracked->denominator == 0)
        notes << (r.filters.isFiltered()
                      ? tr("No tracked shipment began in %1 within these filters.").arg(KpiFormat::rangeLabel(r.range))
                      : tr("No tracked shipment began in %1: the store has none in this range yet.")
                            .arg(KpiFormat::rangeLabel(r.range)));
    if (r.source != KpiSource::Rollups)
        notes << tr("This store's KPI rollups are not current, so the figures are read from its events (slower on a "
                    "large store). Run <tt>controltower-cli rollups --rebuild --db \"%1\"</tt> once.")
                     .arg(QDir::toNativeSeparators(m_context.database.path()).toHtmlEscaped());
    m_notice->setText(notes.join(QStringLiteral("<br>")));
    m_notice->setVisible(!notes.isEmpty());

    // The returns' reasons come second: the page is already there.
    const KpiPeriod range = r.range;
    const KpiFilter filter = r.filters.kpiFilter();
    m_busyText = tr("Reading the returns…");
    m_runner->submit(AnalyticsRunner::Channel::Page, [this, range, filter](const Database &db) {
        QString error;
        auto figures = AnalyticsPage::returns(db, range, filter, &error);
        return AnalyticsRunner::Deliver([this, figures, error] {
            if (!figures)
                Q_EMIT statusMessage(tr("Reading the returns failed: %1").arg(error), 15000);
            showReturns(figures ? figures : std::optional<ReturnFigures>(ReturnFigures{}));
        });
    });
    updateBusy();
    Q_EMIT pageShown();
    if (m_pendingExport)
        runExport(m_pendingExport->format, m_pendingExport->path);
}

void AnalyticsView::showReturns(const std::optional<ReturnFigures> &figures)
{
    m_returns->setFigures(figures);
}

void AnalyticsView::showFailure(const QString &error)
{
    m_notice->setText(tr("<b>The KPIs could not be read:</b> %1").arg(error.toHtmlEscaped()));
    m_notice->setVisible(true);
    Q_EMIT statusMessage(tr("Reading the KPIs failed: %1").arg(error), 15000);
    updateBusy();
}

void AnalyticsView::updateBusy()
{
    const bool page = m_runner->isBusy(AnalyticsRunner::Channel::Page);
    const bool drill = m_runner->isBusy(AnalyticsRunner::Channel::DrillDown);
    m_busyLabel->setText(drill ? m_busyText : page ? m_busyText : QString());
    m_busyLabel->setVisible(page || drill);
    m_busyBar->setVisible(page || drill);
    m_cancelBusy->setVisible(drill);
    for (KpiTile *t : std::as_const(m_tiles))
        t->setStale(page && !m_result);
}

std::optional<KpiMeasure> AnalyticsView::barMeasure(const QComboBox *choice) const
{
    const QList<KpiMeasure> options = AnalyticsPage::barMeasures();
    const int i = choice->currentIndex();
    if (i < 0 || i >= options.size())
        return std::nullopt;
    return options.at(i);
}

void AnalyticsView::showBars(KpiChartView *chart, QComboBox *choice, int grouping, KpiCut cut, const QString &title)
{
    if (!m_report)
        return;
    const auto measure = barMeasure(choice);
    if (!measure)
        return;
    KpiChartSpec spec;
    spec.kind = KpiChartSpec::Kind::Bars;
    spec.title = QStringLiteral("%1 %2").arg(KpiFormat::label(*measure), title);
    spec.grouping = grouping;
    spec.cut = cut;
    spec.measures = {*measure};
    chart->show(spec, m_report);
}

void AnalyticsView::scorecardMenu(const QPoint &at)
{
    const QModelIndex index = m_scorecardTable->indexAt(at);
    const auto ref = m_scorecard->cellAt(index);
    const KpiCell *cell = m_scorecard->kpiCell(index);
    if (!ref || !cell)
        return;
    QMenu menu(this);
    menu.addSection(describeCell(*ref));
    const QList<DrillSide> sides = index.column() == CarrierScorecardModel::VolumeColumn
                                       ? QList<DrillSide>{DrillSide::All}
                                       : AnalyticsDrillDown::sides(ref->kpi);
    for (DrillSide side : sides) {
        QAction *open = menu.addAction(AnalyticsDrillDown::sideLabel(*cell, side));
        connect(open, &QAction::triggered, this, [this, ref, side] { drillDown(*ref, side); });
    }
    menu.exec(m_scorecardTable->viewport()->mapToGlobal(at));
}

QString AnalyticsView::describeCell(const KpiCellRef &ref) const
{
    if (!m_result)
        return {};
    QStringList parts{KpiFormat::label(ref.kpi)};
    const KpiGrouping grouping = m_result->current.request.groupings.value(ref.grouping);
    if (grouping.cut != KpiCut::None)
        parts << KpiFormat::cutLabel(grouping.cut, ref.cut);
    if (grouping.granularity == KpiGranularity::Range) {
        parts << KpiFormat::rangeLabel(m_result->range);
    } else {
        for (const KpiPeriod &p : KpiCalendar::periods(m_result->range.from, m_result->range.to, grouping.granularity)) {
            if (p.from == ref.period)
                parts << KpiFormat::rangeLabel(p);
        }
    }
    parts << filterLabels(grouping.cut);
    return parts.join(QStringLiteral(" · "));
}

QStringList AnalyticsView::filterLabels(KpiCut except) const
{
    QStringList parts;
    const AnalyticsFilters &f = m_result->filters;
    const std::pair<KpiCut, QString> filters[] = {
        {KpiCut::Carrier, f.carrier}, {KpiCut::Service, f.service}, {KpiCut::Lane, f.lane}, {KpiCut::Destination, f.destination}};
    for (const auto &[cut, key] : filters) {
        if (!key.isEmpty() && cut != except)
            parts << KpiFormat::cutLabel(cut, key);
    }
    return parts;
}

void AnalyticsView::drillDown(const KpiCellRef &ref, DrillSide side)
{
    if (!m_result)
        return;
    const KpiCell *cell = m_result->current.find(ref.kpi, ref.grouping, ref.period, ref.cut, ref.part);
    if (!cell)
        return;
    const QString title = describeCell(ref);
    // Retained revenue counts money; its drill-down lists returns.
    const QString noun = AnalyticsDrillDown::listsReturns(ref.kpi) ? tr("returns") : KpiFormat::denominatorNoun(ref.kpi);
    if (AnalyticsDrillDown::sideCount(*cell, side) == 0) {
        Q_EMIT statusMessage(tr("%1: no %2 behind this number.").arg(title, noun), 10000);
        return;
    }
    const KpiRequest request = m_result->current.request;
    const KpiCell copy = *cell;
    m_busyText = tr("Finding the %1 behind %2…").arg(noun, KpiFormat::label(ref.kpi));
    m_runner->submit(AnalyticsRunner::Channel::DrillDown, [this, request, ref, copy, side, title, noun](const Database &db) {
        QString error;
        const auto ids = KpiEngine(db).drillDown(request, ref, &error);
        if (!ids)
            return AnalyticsRunner::Deliver([this, error, noun] {
                Q_EMIT statusMessage(tr("Finding the %1 failed: %2").arg(noun, error), 15000);
            });
        const AnalyticsDrillDown drill = AnalyticsDrillDown::from(*ids, copy, ref, side, title);
        return AnalyticsRunner::Deliver([this, drill] { Q_EMIT drillDownRequested(drill); });
    });
    updateBusy();
}

void AnalyticsView::openReasonReturns(const QString &category, ReturnReason reason)
{
    if (!m_result)
        return;
    const QString title = (QStringList{tr("Return reason"), category.isEmpty() ? tr("Unknown category") : category,
                                       returnReasonLabel(reason), KpiFormat::rangeLabel(m_result->range)}
                           + filterLabels(KpiCut::None))
                              .join(QStringLiteral(" · "));
    const KpiPeriod range = m_result->range;
    const KpiFilter filter = m_result->filters.kpiFilter();
    m_busyText = tr("Finding the returns behind %1…").arg(returnReasonLabel(reason));
    m_runner->submit(AnalyticsRunner::Channel::DrillDown, [this, range, filter, category, reason, title](const Database &db) {
        QString error;
        const auto ids = AnalyticsPage::returnIds(db, range, filter, &error);
        if (!ids)
            return AnalyticsRunner::Deliver(
                [this, error] { Q_EMIT statusMessage(tr("Finding the returns failed: %1").arg(error), 15000); });
        const QList<qint64> returns = ids->returnsFor(category, reason);
        const QString what = tr("returns requested in the range for this reason, with an item in this category (%1)")
                                 .arg(QLocale().toString(returns.size()));
        return AnalyticsRunner::Deliver([this, returns, title, what] {
            Q_EMIT returnsRequested(returns, QStringLiteral("%1: %2").arg(title, what));
        });
    });
    updateBusy();
}

void AnalyticsView::chooseExport(ExportFormat format)
{
    const KpiPeriod range = m_filterBar->filters().range(AnalyticsPage::today(m_context.clock.nowMs()));
    const QString suggested = QStringLiteral("kpi-report-%1-to-%2.%3")
                                  .arg(range.from.toString(Qt::ISODate), range.to.toString(Qt::ISODate), formatSuffix(format));
    QString filter;
    switch (format) {
    case ExportFormat::Pdf: filter = tr("PDF documents (*.pdf)"); break;
    case ExportFormat::Csv: filter = tr("CSV files (*.csv)"); break;
    case ExportFormat::Xlsx: filter = tr("Excel workbooks (*.xlsx)"); break;
    }
    QString path = QFileDialog::getSaveFileName(this, tr("Export Report"), suggested, filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + formatSuffix(format);
    exportReport(format, path);
}

void AnalyticsView::exportReport(ExportFormat format, const QString &path)
{
    m_pendingExport = PendingExport{format, path};
    auto *progress = findChild<QProgressDialog *>(QStringLiteral("exportProgress"));
    if (!progress) {
        progress = new QProgressDialog(this);
        progress->setObjectName(QStringLiteral("exportProgress"));
        progress->setWindowTitle(tr("Export Report"));
        progress->setWindowModality(Qt::WindowModal);
        progress->setAutoClose(false);
        progress->setAutoReset(false);
        progress->setMinimumDuration(0);
    }
    progress->reset();
    progress->setLabelText(tr("Reading the KPIs for %1…").arg(QFileInfo(path).fileName()));
    progress->setRange(0, 0);
    progress->setValue(0);
    disconnect(progress, &QProgressDialog::canceled, this, nullptr);
    connect(progress, &QProgressDialog::canceled, this, [this, progress] {
        m_pendingExport.reset();
        progress->hide();
        Q_EMIT exportFinished(false, tr("Export cancelled; nothing was written."));
    });
    progress->show();
    const bool current = m_result && !m_dirty && !m_runner->isBusy(AnalyticsRunner::Channel::Page)
                         && m_result->filters == m_filterBar->filters();
    if (current)
        runExport(format, path);
    else if (!m_runner->isBusy(AnalyticsRunner::Channel::Page))
        refresh();
}

void AnalyticsView::runExport(ExportFormat format, const QString &path)
{
    m_pendingExport.reset();
    auto *progress = findChild<QProgressDialog *>(QStringLiteral("exportProgress"));
    if (progress) {
        // From here Cancel is looked at between pages.
        disconnect(progress, &QProgressDialog::canceled, this, nullptr);
        progress->setLabelText(tr("Writing %1…").arg(QFileInfo(path).fileName()));
    }
    QString error;
    if (format == ExportFormat::Pdf && progress)
        progress->setRange(0, AnalyticsPdfReport::pageCount(*m_result));
    const bool ok = writeReport(format, path, &error, [progress](int done, int) {
        if (!progress)
            return true;
        progress->setValue(done); // a window-modal dialog takes the Cancel click here
        return !progress->wasCanceled();
    });
    const bool cancelled = progress && progress->wasCanceled();
    if (progress)
        progress->hide();
    if (ok) {
        const QString message = tr("Report written to %1").arg(QDir::toNativeSeparators(path));
        Q_EMIT statusMessage(message, 10000);
        Q_EMIT exportFinished(true, message);
    } else if (cancelled) {
        Q_EMIT exportFinished(false, tr("Export cancelled; nothing was written."));
    } else {
        if (isVisible())
            QMessageBox::warning(this, tr("Export Report"), tr("The report could not be written:\n\n%1").arg(error));
        Q_EMIT exportFinished(false, error);
    }
}

bool AnalyticsView::writeReport(ExportFormat format, const QString &path, QString *error,
                                const AnalyticsPdfReport::Progress &progress) const
{
    if (!m_result) {
        if (error)
            *error = tr("the page has not been read yet");
        return false;
    }
    if (format == ExportFormat::Pdf) {
        AnalyticsPdfOptions options;
        options.generatedAt = m_context.clock.now();
        options.store = m_context.database.path();
        options.carrierBars = barMeasure(m_carrierBarsKpi).value_or(KpiMeasure{Kpi::OnTimeRate});
        options.laneBars = barMeasure(m_laneBarsKpi).value_or(KpiMeasure{Kpi::OnTimeRate});
        return AnalyticsPdfReport::write(*m_result, options, path, error, progress);
    }
    const bool csv = format == ExportFormat::Csv;
    const QList<ReportTable> tables = csv ? QList<ReportTable>{KpiReportTables::cells(m_result->current)}
                                          : KpiReportTables::all(m_result->current);
    return ReportExporter::write(tables, csv ? ReportFormat::Csv : ReportFormat::Xlsx, path, error);
}

} // namespace ct
