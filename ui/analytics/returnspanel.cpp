// SPDX-License-Identifier: MIT
#include "returnspanel.h"

#include "kpiformat.h"
#include "widgets/displaytext.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ct {

namespace {

constexpr Kpi MixKpis[] = {Kpi::RefundShare, Kpi::ExchangeShare, Kpi::StoreCreditShare};
constexpr int TopReasons = 8;
// A top reason's first cell holds its category and reason.
constexpr int CategoryRole = Qt::UserRole + 1;
constexpr int ReasonRole = Qt::UserRole + 2;

QLabel *caption(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

} // namespace

ReturnsPanel::ReturnsPanel(QWidget *parent)
    : QWidget(parent)
    , m_rate(new QLabel(this))
    , m_rateCounts(new QLabel(this))
    , m_retained(new QLabel(this))
    , m_reasons(new QTableWidget(this))
    , m_reasonsState(new QLabel(this))
{
    setObjectName(QStringLiteral("returnsPanel"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(24);

    auto *left = new QVBoxLayout;
    QLabel *rateCaption = caption(KpiFormat::label(Kpi::ReturnRate), this);
    rateCaption->setToolTip(KpiFormat::definitionToolTip(Kpi::ReturnRate));
    left->addWidget(rateCaption);
    QFont big = m_rate->font();
    big.setPointSizeF(big.pointSizeF() * 1.7);
    big.setBold(true);
    m_rate->setFont(big);
    m_rate->setObjectName(QStringLiteral("returnRate"));
    m_rate->setToolTip(KpiFormat::definitionToolTip(Kpi::ReturnRate));
    left->addWidget(m_rate);
    m_rateCounts->setForegroundRole(QPalette::PlaceholderText);
    left->addWidget(m_rateCounts);
    left->addSpacing(8);
    left->addWidget(caption(tr("Resolutions"), this));
    auto *mix = new QGridLayout;
    int row = 0;
    for (Kpi kpi : MixKpis) {
        MixRow r{new QLabel(KpiFormat::label(kpi), this), new QProgressBar(this), new QLabel(this)};
        for (QWidget *w : {static_cast<QWidget *>(r.label), static_cast<QWidget *>(r.bar), static_cast<QWidget *>(r.value)})
            w->setToolTip(KpiFormat::definitionToolTip(kpi));
        r.bar->setRange(0, 1000);
        r.bar->setTextVisible(false);
        r.bar->setMaximumHeight(12);
        r.bar->setMinimumWidth(120);
        r.value->setObjectName(QStringLiteral("mix-") + kpiCode(kpi));
        r.value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        mix->addWidget(r.label, row, 0);
        mix->addWidget(r.bar, row, 1);
        mix->addWidget(r.value, row, 2);
        m_mix.append(r);
        ++row;
    }
    mix->setColumnStretch(1, 1);
    left->addLayout(mix);
    left->addSpacing(8);
    QLabel *retainedCaption = caption(KpiFormat::label(Kpi::RetainedRevenueShare), this);
    retainedCaption->setToolTip(KpiFormat::definitionToolTip(Kpi::RetainedRevenueShare));
    left->addWidget(retainedCaption);
    m_retained->setObjectName(QStringLiteral("retainedRevenue"));
    m_retained->setWordWrap(true);
    m_retained->setToolTip(KpiFormat::definitionToolTip(Kpi::RetainedRevenueShare));
    left->addWidget(m_retained);
    left->addStretch(1);

    auto *right = new QVBoxLayout;
    right->addWidget(caption(tr("Top return reasons"), this));
    m_reasons->setObjectName(QStringLiteral("returnReasons"));
    m_reasons->setColumnCount(3);
    m_reasons->setHorizontalHeaderLabels({tr("Category"), tr("Reason"), tr("Items")});
    m_reasons->verticalHeader()->hide();
    m_reasons->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_reasons->setSelectionMode(QAbstractItemView::SingleSelection);
    m_reasons->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_reasons->setToolTip(tr("Double-click a reason, or press Enter, to open its returns."));
    connect(m_reasons, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QTableWidgetItem *first = m_reasons->item(index.row(), 0);
        if (!first)
            return;
        const auto reason = returnReasonFromInt(first->data(ReasonRole).toInt());
        if (reason)
            Q_EMIT reasonChosen(first->data(CategoryRole).toString(), *reason);
    });
    m_reasons->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_reasons->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_reasons->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_reasons->verticalHeader()->setDefaultSectionSize(m_reasons->fontMetrics().height() + 6);
    m_reasons->setMinimumHeight(m_reasons->verticalHeader()->defaultSectionSize() * (TopReasons + 1) + 8);
    right->addWidget(m_reasons, 1);
    m_reasonsState->setForegroundRole(QPalette::PlaceholderText);
    right->addWidget(m_reasonsState);

    for (QLabel *link : {m_rateCounts, m_retained}) {
        link->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
        connect(link, &QLabel::linkActivated, this, &ReturnsPanel::openLink);
    }
    for (const MixRow &r : std::as_const(m_mix)) {
        r.value->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
        connect(r.value, &QLabel::linkActivated, this, &ReturnsPanel::openLink);
    }
    grid->addLayout(left, 0, 0);
    grid->addLayout(right, 0, 1);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 3);
    setFigures(std::nullopt);
}

void ReturnsPanel::setReport(const KpiReport &report, int summaryGrouping)
{
    const QDate period = report.request.from;
    m_period = period;
    m_grouping = summaryGrouping;
    const KpiCell *rate = report.find(Kpi::ReturnRate, summaryGrouping, period);
    m_rate->setText(KpiFormat::value(rate));
    setLink(m_rateCounts, rate ? KpiFormat::counts(*rate) : QString(), Kpi::ReturnRate, {}, rate && rate->denominator > 0);
    m_rateCounts->setToolTip(tr("Open the orders behind the return rate (their first shipments) in the Shipments view."));
    for (int i = 0; i < m_mix.size(); ++i) {
        const KpiCell *cell = report.find(MixKpis[i], summaryGrouping, period);
        const auto v = KpiFormat::number(cell, KpiStat::Value);
        m_mix[i].bar->setVisible(v.has_value());
        m_mix[i].bar->setValue(v ? qRound(*v * 10) : 0);
        setLink(m_mix[i].value,
                cell && v ? QStringLiteral("%1  (%2)").arg(KpiFormat::value(cell), QLocale().toString(cell->numerator))
                          : KpiFormat::noData(),
                MixKpis[i], {}, cell && v && cell->numerator > 0);
    }
    QStringList retained;
    for (const KpiCell &c : report.cells) {
        if (c.kpi != Kpi::RetainedRevenueShare || c.grouping != summaryGrouping || c.part.isEmpty())
            continue;
        if (!c.value)
            continue;
        const QString line = tr("%1 retained of %2 resolved: %3")
                                 .arg(DisplayText::money(c.numerator, c.part), DisplayText::money(c.denominator, c.part),
                                      KpiFormat::value(&c));
        retained << (c.numerator > 0 ? QStringLiteral("<a href=\"%1:%2\">%3</a>")
                                           .arg(kpiCode(Kpi::RetainedRevenueShare), c.part.toHtmlEscaped(), line.toHtmlEscaped())
                                     : line.toHtmlEscaped());
    }
    m_retained->setTextFormat(Qt::RichText);
    m_retained->setText(retained.isEmpty() ? KpiFormat::noData().toHtmlEscaped() : retained.join(QStringLiteral("<br>")));
}

void ReturnsPanel::setLink(QLabel *label, const QString &text, Kpi kpi, const QString &part, bool linked)
{
    label->setTextFormat(Qt::RichText);
    label->setText(linked ? QStringLiteral("<a href=\"%1:%2\">%3</a>").arg(kpiCode(kpi), part.toHtmlEscaped(), text.toHtmlEscaped())
                          : text.toHtmlEscaped());
}

void ReturnsPanel::openLink(const QString &href)
{
    const qsizetype colon = href.indexOf(QLatin1Char(':'));
    const std::optional<Kpi> kpi = kpiFromCode(href.left(colon));
    if (!kpi || !m_period.isValid())
        return;
    const QString part = colon < 0 ? QString() : href.mid(colon + 1);
    Q_EMIT drillDownRequested(KpiCellRef{*kpi, m_grouping, m_period, {}, part}, AnalyticsDrillDown::defaultSide(*kpi));
}

void ReturnsPanel::setFigures(const std::optional<ReturnFigures> &figures)
{
    m_reasons->setRowCount(0);
    if (!figures) {
        m_reasonsState->setText(tr("Reading the returns…"));
        return;
    }
    QList<ReturnReasonTally> top = figures->topReasons;
    std::stable_sort(top.begin(), top.end(), [](const ReturnReasonTally &a, const ReturnReasonTally &b) {
        return a.items > b.items;
    });
    if (top.size() > TopReasons)
        top = top.mid(0, TopReasons);
    m_reasons->setRowCount(static_cast<int>(top.size()));
    const QLocale locale;
    for (int r = 0; r < top.size(); ++r) {
        const ReturnReasonTally &t = top.at(r);
        auto *category = new QTableWidgetItem(t.category.isEmpty() ? tr("Unknown") : t.category);
        category->setData(CategoryRole, t.category);
        category->setData(ReasonRole, static_cast<int>(t.reason));
        m_reasons->setItem(r, 0, category);
        m_reasons->setItem(r, 1, new QTableWidgetItem(returnReasonLabel(t.reason)));
        auto *items = new QTableWidgetItem(locale.toString(t.items));
        items->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_reasons->setItem(r, 2, items);
    }
    m_reasonsState->setText(top.isEmpty() ? tr("No return was requested in this range.")
                                          : tr("%1 returns requested in the range, %2 items")
                                                .arg(locale.toString(figures->returns), locale.toString(figures->itemsReturned)));
}

QString ReturnsPanel::returnRateText() const
{
    return m_rate->text();
}

} // namespace ct
