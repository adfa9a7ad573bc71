// SPDX-License-Identifier: MIT
#include "returnfilterpanel.h"

#include "domain/carriers.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ct {

namespace {

constexpr int ValueRole = Qt::UserRole + 1;

QSpinBox *anySpin(int max, const QString &suffix, QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(-1, max);
    spin->setSpecialValueText(ReturnFilterPanel::tr("any"));
    spin->setValue(-1);
    spin->setSuffix(suffix);
    return spin;
}

std::optional<int> spinValue(const QSpinBox *spin)
{
    return spin->value() < 0 ? std::nullopt : std::optional<int>(spin->value());
}

QString eligibilityCode(ReturnEligibility e)
{
    return returnEligibilityCode(e);
}

} // namespace

ReturnFilterPanel::ReturnFilterPanel(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
    , m_minValue(anySpin(1'000'000, QString(), this))
    , m_maxValue(anySpin(1'000'000, QString(), this))
    , m_currency(new QComboBox(this))
    , m_minAge(anySpin(3650, tr(" days"), this))
    , m_maxAge(anySpin(3650, tr(" days"), this))
{
    m_tree->setObjectName(QStringLiteral("returnFilters"));
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(2);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    const char *titles[GroupCount] = {QT_TR_NOOP("Status"), QT_TR_NOOP("Reason"), QT_TR_NOOP("Verdict"),
                                      QT_TR_NOOP("Category"), QT_TR_NOOP("Return carrier")};
    for (int g = 0; g < GroupCount; ++g) {
        m_groups[g] = new QTreeWidgetItem(m_tree, {tr(titles[g])});
        m_groups[g]->setFlags(Qt::ItemIsEnabled);
        QFont bold = m_groups[g]->font(0);
        bold.setBold(true);
        m_groups[g]->setFont(0, bold);
        m_groups[g]->setExpanded(g != CategoryGroup && g != CarrierGroup);
    }
    for (int s = 0; s < ReturnStatusCount; ++s) {
        const auto status = static_cast<ReturnStatus>(s);
        ensure(StatusGroup, returnStatusCode(status), returnStatusLabel(status));
    }
    for (int r = 0; r < ReturnReasonCount; ++r) {
        const auto reason = static_cast<ReturnReason>(r);
        ensure(ReasonGroup, returnReasonCode(reason), returnReasonLabel(reason));
    }
    for (ReturnEligibility e : {ReturnEligibility::Eligible, ReturnEligibility::NeedsReview, ReturnEligibility::Ineligible})
        ensure(VerdictGroup, eligibilityCode(e), returnEligibilityLabel(e));
    connect(m_tree, &QTreeWidget::itemChanged, this, [this] {
        if (!m_filling)
            Q_EMIT filterEdited();
    });

    m_minValue->setObjectName(QStringLiteral("minValue"));
    m_maxValue->setObjectName(QStringLiteral("maxValue"));
    m_minAge->setObjectName(QStringLiteral("minAge"));
    m_maxAge->setObjectName(QStringLiteral("maxAge"));
    m_currency->setObjectName(QStringLiteral("valueCurrency"));
    m_currency->addItem(tr("any currency"), QString());
    for (const char *code : {"USD", "EUR", "GBP", "INR", "CAD", "AUD"})
        m_currency->addItem(QLatin1String(code), QLatin1String(code));
    auto *value = new QHBoxLayout;
    value->addWidget(m_minValue);
    value->addWidget(new QLabel(QStringLiteral("–"), this));
    value->addWidget(m_maxValue);
    auto *age = new QHBoxLayout;
    age->addWidget(m_minAge);
    age->addWidget(new QLabel(QStringLiteral("–"), this));
    age->addWidget(m_maxAge);
    auto *ranges = new QFormLayout;
    ranges->setContentsMargins(0, 0, 0, 0);
    ranges->addRow(tr("Value"), value);
    m_minValue->setToolTip(tr("In whole units of the currency"));
    ranges->addRow(tr("Currency"), m_currency);
    ranges->addRow(tr("Age"), age);
    for (QSpinBox *spin : {m_minValue, m_maxValue, m_minAge, m_maxAge}) {
        connect(spin, &QSpinBox::valueChanged, this, [this] {
            if (!m_filling)
                Q_EMIT filterEdited();
        });
    }
    connect(m_currency, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            Q_EMIT filterEdited();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree, 1);
    layout->addLayout(ranges);
}

QTreeWidgetItem *ReturnFilterPanel::item(int group, const QString &value) const
{
    QTreeWidgetItem *parent = m_groups[group];
    for (int i = 0; i < parent->childCount(); ++i) {
        if (parent->child(i)->data(0, ValueRole).toString() == value)
            return parent->child(i);
    }
    return nullptr;
}

QTreeWidgetItem *ReturnFilterPanel::ensure(int group, const QString &value, const QString &label)
{
    if (QTreeWidgetItem *found = item(group, value))
        return found;
    const bool filling = std::exchange(m_filling, true);
    auto *tick = new QTreeWidgetItem(m_groups[group], {label});
    tick->setData(0, ValueRole, value);
    tick->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    tick->setCheckState(0, Qt::Unchecked);
    tick->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    m_filling = filling;
    return tick;
}

QStringList ReturnFilterPanel::ticked(int group) const
{
    QStringList out;
    for (int i = 0; i < m_groups[group]->childCount(); ++i) {
        const QTreeWidgetItem *tick = m_groups[group]->child(i);
        if (tick->checkState(0) == Qt::Checked)
            out << tick->data(0, ValueRole).toString();
    }
    return out;
}

void ReturnFilterPanel::setFilter(const ReturnQueueFilter &f)
{
    const QSignalBlocker block(m_tree);
    m_filling = true;
    for (const QString &category : f.categories)
        ensure(CategoryGroup, category, category);
    for (const QString &carrier : f.reverseCarriers)
        ensure(CarrierGroup, carrier, carrierDisplayName(carrier));
    QStringList values[GroupCount];
    for (ReturnStatus s : f.statuses)
        values[StatusGroup] << returnStatusCode(s);
    for (ReturnReason r : f.reasons)
        values[ReasonGroup] << returnReasonCode(r);
    for (ReturnEligibility e : f.verdicts)
        values[VerdictGroup] << eligibilityCode(e);
    values[CategoryGroup] = f.categories;
    values[CarrierGroup] = f.reverseCarriers;
    for (int g = 0; g < GroupCount; ++g) {
        for (int i = 0; i < m_groups[g]->childCount(); ++i) {
            QTreeWidgetItem *tick = m_groups[g]->child(i);
            tick->setCheckState(0, values[g].contains(tick->data(0, ValueRole).toString()) ? Qt::Checked : Qt::Unchecked);
        }
        if (!values[g].isEmpty())
            m_groups[g]->setExpanded(true);
    }
    m_minValue->setValue(f.valueCents.min ? static_cast<int>(*f.valueCents.min / 100) : -1);
    m_maxValue->setValue(f.valueCents.max ? static_cast<int>(*f.valueCents.max / 100) : -1);
    m_currency->setCurrentIndex(std::max(0, m_currency->findData(f.valueCurrency)));
    m_minAge->setValue(f.ageDays.min.value_or(-1));
    m_maxAge->setValue(f.ageDays.max.value_or(-1));
    m_filling = false;
}

ReturnQueueFilter ReturnFilterPanel::filter(const QString &search) const
{
    ReturnQueueFilter f;
    for (const QString &code : ticked(StatusGroup))
        f.statuses << *returnStatusFromCode(code);
    for (const QString &code : ticked(ReasonGroup))
        f.reasons << *returnReasonFromCode(code);
    for (const QString &code : ticked(VerdictGroup)) {
        for (ReturnEligibility e : {ReturnEligibility::Eligible, ReturnEligibility::NeedsReview, ReturnEligibility::Ineligible}) {
            if (eligibilityCode(e) == code)
                f.verdicts << e;
        }
    }
    f.categories = ticked(CategoryGroup);
    f.reverseCarriers = ticked(CarrierGroup);
    if (const auto min = spinValue(m_minValue))
        f.valueCents.min = qint64(*min) * 100;
    if (const auto max = spinValue(m_maxValue))
        f.valueCents.max = qint64(*max) * 100 + 99; // the whole unit: up to 10.99 for 10
    f.valueCurrency = m_currency->currentData().toString();
    f.ageDays.min = spinValue(m_minAge);
    f.ageDays.max = spinValue(m_maxAge);
    if (f.ageDays.min && f.ageDays.max && *f.ageDays.min > *f.ageDays.max)
        f.ageDays.max = f.ageDays.min;
    if (f.valueCents.min && f.valueCents.max && *f.valueCents.min > *f.valueCents.max)
        f.valueCents.max = *f.valueCents.min + 99;
    f.search = search.trimmed();
    return f;
}

void ReturnFilterPanel::counts(int group, const QList<FacetCount> &counts)
{
    QTreeWidgetItem *parent = m_groups[group];
    for (const FacetCount &c : counts) {
        const QString label = group == CarrierGroup ? (c.value.isEmpty() ? tr("no label yet") : carrierDisplayName(c.value))
                                                    : c.value;
        ensure(group, c.value, label);
    }
    for (int i = 0; i < parent->childCount(); ++i) {
        QTreeWidgetItem *tick = parent->child(i);
        qint64 n = 0;
        for (const FacetCount &c : counts) {
            if (c.value == tick->data(0, ValueRole).toString())
                n = c.count;
        }
        tick->setText(1, QLocale().toString(n));
        tick->setForeground(0, n == 0 && tick->checkState(0) != Qt::Checked ? m_tree->palette().brush(QPalette::PlaceholderText)
                                                                             : m_tree->palette().brush(QPalette::Text));
    }
}

void ReturnFilterPanel::setFacets(const ReturnQueueFacets &facets)
{
    const QSignalBlocker block(m_tree);
    m_filling = true;
    counts(StatusGroup, facets.statuses);
    counts(ReasonGroup, facets.reasons);
    counts(VerdictGroup, facets.verdicts);
    counts(CategoryGroup, facets.categories);
    counts(CarrierGroup, facets.reverseCarriers);
    m_filling = false;
}

} // namespace ct
