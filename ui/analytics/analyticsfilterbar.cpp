// SPDX-License-Identifier: MIT
#include "analyticsfilterbar.h"

#include "kpiformat.h"
#include "widgets/displaytext.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>

namespace ct {

namespace {

constexpr AnalyticsRangePreset RangeChoices[] = {AnalyticsRangePreset::Last7Days, AnalyticsRangePreset::Last30Days,
                                                 AnalyticsRangePreset::Last90Days, AnalyticsRangePreset::ThisMonth,
                                                 AnalyticsRangePreset::LastMonth, AnalyticsRangePreset::Custom};

QString allLabel(KpiCut cut)
{
    switch (cut) {
    case KpiCut::Carrier: return AnalyticsFilterBar::tr("All carriers");
    case KpiCut::Service: return AnalyticsFilterBar::tr("All services");
    case KpiCut::Lane: return AnalyticsFilterBar::tr("All lanes");
    case KpiCut::Destination: return AnalyticsFilterBar::tr("All destinations");
    case KpiCut::None: break;
    }
    return {};
}

QLabel *buddy(const QString &text, QWidget *field, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(field);
    return label;
}

} // namespace

AnalyticsFilterBar::AnalyticsFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_range(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_group(new QComboBox(this))
    , m_carrier(new QComboBox(this))
    , m_service(new QComboBox(this))
    , m_lane(new QComboBox(this))
    , m_destination(new QComboBox(this))
    , m_dateDelay(new QTimer(this))
    , m_trailing(new QHBoxLayout)
{
    setObjectName(QStringLiteral("analyticsFilters"));
    m_range->setObjectName(QStringLiteral("range"));
    for (AnalyticsRangePreset p : RangeChoices)
        m_range->addItem(AnalyticsFilters::presetLabel(p), static_cast<int>(p));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(DisplayText::dateFormat());
        edit->setTimeSpec(Qt::UTC);
        edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("30 Sep 2026")) + 40);
    }
    m_from->setObjectName(QStringLiteral("from"));
    m_to->setObjectName(QStringLiteral("to"));
    m_group->setObjectName(QStringLiteral("groupBy"));
    for (KpiGranularity g : {KpiGranularity::Day, KpiGranularity::Week, KpiGranularity::Month})
        m_group->addItem(KpiFormat::granularityNoun(g), static_cast<int>(g));
    const std::pair<QComboBox *, KpiCut> cuts[] = {
        {m_carrier, KpiCut::Carrier}, {m_service, KpiCut::Service}, {m_lane, KpiCut::Lane}, {m_destination, KpiCut::Destination}};
    for (const auto &[box, cut] : cuts) {
        box->setObjectName(kpiCutCode(cut));
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(cut == KpiCut::Lane || cut == KpiCut::Service ? 16 : 10);
        box->addItem(allLabel(cut), QString());
        connect(box, &QComboBox::activated, this, &AnalyticsFilterBar::changed);
    }
    m_dateDelay->setSingleShot(true);
    m_dateDelay->setInterval(400);
    connect(m_dateDelay, &QTimer::timeout, this, &AnalyticsFilterBar::changed);
    for (QDateEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (!m_updating)
                m_dateDelay->start();
        });
    }
    // Custom starts from the range shown: the date fields always show it.
    connect(m_range, &QComboBox::activated, this, &AnalyticsFilterBar::changed);
    connect(m_group, &QComboBox::activated, this, &AnalyticsFilterBar::changed);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(8, 8, 8, 4);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(4);
    auto *first = new QHBoxLayout;
    first->addWidget(buddy(tr("&Range:"), m_range, this));
    first->addWidget(m_range);
    first->addWidget(m_from);
    first->addWidget(new QLabel(QStringLiteral("–"), this));
    first->addWidget(m_to);
    first->addSpacing(12);
    first->addWidget(buddy(tr("&Group by:"), m_group, this));
    first->addWidget(m_group);
    first->addStretch(1);
    first->addLayout(m_trailing);
    auto *second = new QHBoxLayout;
    second->addWidget(buddy(tr("&Carrier:"), m_carrier, this));
    second->addWidget(m_carrier, 2);
    second->addWidget(buddy(tr("&Service:"), m_service, this));
    second->addWidget(m_service, 3);
    second->addWidget(buddy(tr("&Lane:"), m_lane, this));
    second->addWidget(m_lane, 3);
    second->addWidget(buddy(tr("&Destination:"), m_destination, this));
    second->addWidget(m_destination, 2);
    grid->addLayout(first, 0, 0);
    grid->addLayout(second, 1, 0);
}

QComboBox *AnalyticsFilterBar::cutBox(KpiCut cut) const
{
    switch (cut) {
    case KpiCut::Carrier: return m_carrier;
    case KpiCut::Service: return m_service;
    case KpiCut::Lane: return m_lane;
    case KpiCut::Destination: return m_destination;
    case KpiCut::None: break;
    }
    return nullptr;
}

void AnalyticsFilterBar::addTrailingWidget(QWidget *widget)
{
    m_trailing->addWidget(widget);
}

void AnalyticsFilterBar::setFilters(const AnalyticsFilters &filters, QDate today)
{
    m_filters = filters;
    m_today = today;
    m_updating = true;
    m_range->setCurrentIndex(m_range->findData(static_cast<int>(filters.preset)));
    m_group->setCurrentIndex(m_group->findData(static_cast<int>(filters.granularity)));
    const std::pair<KpiCut, QString> cuts[] = {{KpiCut::Carrier, filters.carrier},
                                               {KpiCut::Service, filters.service},
                                               {KpiCut::Lane, filters.lane},
                                               {KpiCut::Destination, filters.destination}};
    for (const auto &[cut, key] : cuts) {
        QComboBox *box = cutBox(cut);
        if (box->findData(key) < 0)
            box->addItem(KpiFormat::cutLabel(cut, key), key);
        box->setCurrentIndex(box->findData(key));
    }
    m_updating = false;
    showRange();
}

void AnalyticsFilterBar::setChoices(const AnalyticsChoices &choices)
{
    m_updating = true;
    fillCut(m_carrier, KpiCut::Carrier, choices.carriers, m_filters.carrier);
    fillCut(m_service, KpiCut::Service, choices.services, m_filters.service);
    fillCut(m_lane, KpiCut::Lane, choices.lanes, m_filters.lane);
    fillCut(m_destination, KpiCut::Destination, choices.destinations, m_filters.destination);
    m_updating = false;
}

void AnalyticsFilterBar::fillCut(QComboBox *box, KpiCut cut, const QStringList &keys, const QString &current)
{
    box->clear();
    box->addItem(allLabel(cut), QString());
    for (const QString &key : keys)
        box->addItem(KpiFormat::cutLabel(cut, key), key);
    if (!current.isEmpty() && !keys.contains(current))
        box->addItem(tr("%1 (none in range)").arg(KpiFormat::cutLabel(cut, current)), current);
    box->setCurrentIndex(std::max(0, box->findData(current)));
}

void AnalyticsFilterBar::showRange()
{
    const bool custom = m_filters.preset == AnalyticsRangePreset::Custom;
    const KpiPeriod range = m_filters.range(m_today);
    m_updating = true;
    m_from->setDate(range.from);
    m_to->setDate(range.to);
    m_updating = false;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
}

void AnalyticsFilterBar::changed()
{
    if (m_updating)
        return;
    m_dateDelay->stop();
    AnalyticsFilters f = m_filters;
    f.preset = static_cast<AnalyticsRangePreset>(m_range->currentData().toInt());
    if (f.preset == AnalyticsRangePreset::Custom) {
        QDate from = m_from->date();
        QDate to = m_to->date();
        if (to < from)
            std::swap(from, to); // a reversed range is the same days
        f.customFrom = from;
        f.customTo = to;
    }
    f.granularity = static_cast<KpiGranularity>(m_group->currentData().toInt());
    f.carrier = m_carrier->currentData().toString();
    f.service = m_service->currentData().toString();
    f.lane = m_lane->currentData().toString();
    f.destination = m_destination->currentData().toString();
    if (f == m_filters)
        return;
    m_filters = f;
    showRange();
    Q_EMIT filtersChanged(m_filters);
}

} // namespace ct
