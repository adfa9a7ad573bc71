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
    m_reasons->setSelectionMode(QAbstractItemView::NoSelection);
    m_reasons->setFocusPolicy(Qt::NoFocus);
    m_reasons->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_reasons->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_reasons->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_reasons->verticalHeader()->setDefaultSectionSize(m_reasons->fontMetrics().height() + 6);
    m_reasons->setMinimumHeight(m_reasons->verticalHeader()->defaultSectionSize() * (TopReasons + 1) + 8);
    right->addWidget(m_reasons, 1);
    m_reasonsState->setForegroundRole(QPalette::PlaceholderText);
    right->addWidget(m_reasonsState);

    grid->addLayout(left, 0, 0);
    grid->addLayout(right, 0, 1);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 3);
    setFigures(std::nullopt);
}

void ReturnsPanel::setReport(const KpiReport &report, int summaryGrouping)
{
    const QDate period = report.request.from;
    const KpiCell *rate = report.find(Kpi::ReturnRate, summaryGrouping, period);
    m_rate->setText(KpiFormat::value(rate));
    m_rateCounts->setText(rate ? KpiFormat::counts(*rate) : QString());
    for (int i = 0; i < m_mix.size(); ++i) {
        const KpiCell *cell = report.find(MixKpis[i], summaryGrouping, period);
        const auto v = KpiFormat::number(cell, KpiStat::Value);
        m_mix[i].bar->setVisible(v.has_value());
        m_mix[i].bar->setValue(v ? qRound(*v * 10) : 0);
        m_mix[i].value->setText(cell && v ? QStringLiteral("%1  (%2)").arg(KpiFormat::value(cell), QLocale().toString(cell->numerator))
                                          : KpiFormat::noData());
    }
    QStringList retained;
    for (const KpiCell &c : report.cells) {
        if (c.kpi != Kpi::RetainedRevenueShare || c.grouping != summaryGrouping || c.part.isEmpty())
            continue;
        if (!c.value)
            continue;
        retained << tr("%1 retained of %2 resolved: %3")
                        .arg(DisplayText::money(c.numerator, c.part), DisplayText::money(c.denominator, c.part),
                             KpiFormat::value(&c));
    }
    m_retained->setText(retained.isEmpty() ? KpiFormat::noData() : retained.join(QLatin1Char('\n')));
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
        m_reasons->setItem(r, 0, new QTableWidgetItem(t.category.isEmpty() ? tr("Unknown") : t.category));
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
