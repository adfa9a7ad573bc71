// SPDX-License-Identifier: MIT
#include "exceptionfilterpanel.h"

#include "domain/carriers.h"
#include "widgets/statuspalette.h"

#include <QDateEdit>
#include <QEvent>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QTimeZone>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <utility>

namespace ct {

namespace {
const QString Types = QStringLiteral("types");
const QString Reasons = QStringLiteral("ndr_reasons");
const QString Parties = QStringLiteral("parties");
const QString Carriers = QStringLiteral("carriers");
const QString Services = QStringLiteral("services");
const QString Statuses = QStringLiteral("statuses");
const QString Assignees = QStringLiteral("assignee");
const QString Sla = QStringLiteral("sla");
const QString Bands = QStringLiteral("priority");
const QString Payments = QStringLiteral("payment_modes");
const QString Countries = QStringLiteral("destination_countries");
const QString Mine = QStringLiteral("@mine");
const QString Nobody = QStringLiteral("@unassigned");

constexpr int CodeRole = Qt::UserRole + 1;
constexpr int DimensionRole = Qt::UserRole + 2;
constexpr int AgentRole = Qt::UserRole + 3; // an agent's name as the store spells it
constexpr int CountRole = Qt::UserRole + 4; // the facet count, for ordering
const QDate AnyDate(2000, 1, 1);

QString key(const QString &dimension, const QString &code)
{
    return dimension + QLatin1Char('\n') + code;
}

QString statusLabel(QueueStatus status)
{
    switch (status) {
    //: An exception's status: not resolved yet (not the verb).
    case QueueStatus::Open: return ExceptionFilterPanel::tr("Open");
    case QueueStatus::Snoozed: return ExceptionFilterPanel::tr("Snoozed");
    case QueueStatus::Resolved: return ExceptionFilterPanel::tr("Resolved");
    }
    return {};
}

QString slaLabel(SlaState state)
{
    switch (state) {
    case SlaState::Breached: return ExceptionFilterPanel::tr("Breached");
    case SlaState::DueSoon: return ExceptionFilterPanel::tr("Due soon");
    case SlaState::OnTrack: return ExceptionFilterPanel::tr("On track");
    }
    return {};
}

QString serviceLabel(const QString &code)
{
    const qsizetype slash = code.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return code;
    return code.mid(slash + 1) + QStringLiteral(" (") + carrierDisplayName(code.left(slash)) + QLatin1Char(')');
}

qint64 startOfDay(QDate date)
{
    return QDateTime(date, QTime(0, 0)).toMSecsSinceEpoch();
}

QDate localDate(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().date();
}

QSpinBox *anySpin(QWidget *parent, int max)
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(-1, max);
    spin->setSpecialValueText(ExceptionFilterPanel::tr("any"));
    spin->setValue(-1);
    return spin;
}

QDoubleSpinBox *anyMoney(QWidget *parent)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setDecimals(2);
    spin->setRange(-1, 1e10);
    spin->setSpecialValueText(ExceptionFilterPanel::tr("any"));
    spin->setValue(-1);
    return spin;
}

QDateEdit *anyDate(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setMinimumDate(AnyDate);
    edit->setSpecialValueText(ExceptionFilterPanel::tr("any"));
    edit->setCalendarPopup(true);
    edit->setDate(AnyDate);
    return edit;
}
} // namespace

ExceptionFilterPanel::ExceptionFilterPanel(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
    , m_dueWithin(new QSpinBox(this))
    , m_openedFrom(anyDate(this))
    , m_openedTo(anyDate(this))
    , m_attemptsMin(anySpin(this, 99))
    , m_attemptsMax(anySpin(this, 99))
    , m_valueMin(anyMoney(this))
    , m_valueMax(anyMoney(this))
    , m_currency(new QLineEdit(this))
    , m_countInfo(new QLabel(this))
{
    setObjectName(QStringLiteral("filterPanel"));
    m_tree->setObjectName(QStringLiteral("facets"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setAccessibleName(tr("Filters"));

    addDimension(Statuses, tr("Status"));
    addDimension(Sla, tr("SLA"));
    addDimension(Bands, tr("Priority"));
    addDimension(Assignees, tr("Assignee"));
    addDimension(Types, tr("Exception type"));
    addDimension(Reasons, tr("NDR reason"));
    addDimension(Parties, tr("Who must act"));
    addDimension(Carriers, tr("Carrier"));
    addDimension(Services, tr("Service"));
    addDimension(Payments, tr("Payment"));
    addDimension(Countries, tr("Destination"));
    fillKnownValues();
    connect(m_tree, &QTreeWidget::itemChanged, this, &ExceptionFilterPanel::onItemChanged);
    outlineCheckBoxes();

    m_dueWithin->setObjectName(QStringLiteral("dueWithinHours"));
    m_dueWithin->setRange(1, 720);
    m_dueWithin->setSuffix(tr(" h"));
    m_dueWithin->setValue(4);
    m_openedFrom->setObjectName(QStringLiteral("openedFrom"));
    m_openedTo->setObjectName(QStringLiteral("openedTo"));
    m_attemptsMin->setObjectName(QStringLiteral("attemptsMin"));
    m_attemptsMax->setObjectName(QStringLiteral("attemptsMax"));
    m_valueMin->setObjectName(QStringLiteral("valueMin"));
    m_valueMax->setObjectName(QStringLiteral("valueMax"));
    m_currency->setObjectName(QStringLiteral("currency"));
    m_currency->setPlaceholderText(tr("any"));
    m_currency->setMaxLength(3);
    m_currency->setToolTip(tr("With a value range: only orders in this currency (ISO 4217, e.g. INR)"));

    auto *ranges = new QFormLayout;
    ranges->setContentsMargins(0, 0, 0, 0);
    ranges->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    ranges->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto pair = [this](QWidget *a, QWidget *b) {
        auto *row = new QWidget(this);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(a, 1);
        layout->addWidget(new QLabel(QStringLiteral("–"), row));
        layout->addWidget(b, 1);
        return row;
    };
    ranges->addRow(tr("Due soon &within"), m_dueWithin);
    ranges->addRow(tr("&Opened"), pair(m_openedFrom, m_openedTo));
    ranges->addRow(tr("A&ttempts"), pair(m_attemptsMin, m_attemptsMax));
    ranges->addRow(tr("Order &value"), pair(m_valueMin, m_valueMax));
    ranges->addRow(tr("C&urrency"), m_currency);

    m_countInfo->setObjectName(QStringLiteral("countInfo"));
    m_countInfo->setWordWrap(true);
    m_countInfo->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 4, 8);
    layout->setSpacing(6);
    auto *title = new QLabel(tr("<b>Filters</b>"), this);
    title->setBuddy(m_tree);
    layout->addWidget(title);
    layout->addWidget(m_tree, 1);
    layout->addLayout(ranges);
    layout->addWidget(m_countInfo);

    const auto edited = [this] {
        if (!m_updating)
            Q_EMIT filterEdited();
    };
    connect(m_dueWithin, &QSpinBox::valueChanged, this, edited);
    connect(m_openedFrom, &QDateEdit::dateChanged, this, edited);
    connect(m_openedTo, &QDateEdit::dateChanged, this, edited);
    connect(m_attemptsMin, &QSpinBox::valueChanged, this, edited);
    connect(m_attemptsMax, &QSpinBox::valueChanged, this, edited);
    connect(m_valueMin, &QDoubleSpinBox::valueChanged, this, edited);
    connect(m_valueMax, &QDoubleSpinBox::valueChanged, this, edited);
    connect(m_currency, &QLineEdit::editingFinished, this, edited);
}

void ExceptionFilterPanel::outlineCheckBoxes()
{
    // Fusion draws an item's check box with an outline a shade darker than the palette's
    // window: on a dark palette that is the list's own background, and unchecked boxes
    // vanish. The list paints nothing else with the window colour, so a lighter one there
    // gives the boxes their edge.
    QPalette palette = this->palette();
    if (StatusPalette::isDark(palette))
        palette.setColor(QPalette::Window, palette.color(QPalette::Mid).lighter(220));
    m_tree->setPalette(palette);
}

void ExceptionFilterPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_updatingPalette) {
        m_updatingPalette = true;
        outlineCheckBoxes();
        m_updatingPalette = false;
    }
}

QTreeWidgetItem *ExceptionFilterPanel::addDimension(const QString &dimension, const QString &title)
{
    auto *top = new QTreeWidgetItem(m_tree, {title});
    QFont font = top->font(0);
    font.setBold(true);
    top->setFont(0, font);
    top->setFlags(Qt::ItemIsEnabled);
    top->setData(0, DimensionRole, dimension);
    top->setExpanded(dimension == Statuses || dimension == Sla || dimension == Assignees || dimension == Types);
    m_dimensions.insert(dimension, top);
    return top;
}

void ExceptionFilterPanel::fillKnownValues()
{
    m_updating = true;
    for (QueueStatus s : {QueueStatus::Open, QueueStatus::Snoozed, QueueStatus::Resolved})
        valueItem(Statuses, queueStatusCode(s), statusLabel(s));
    for (SlaState s : {SlaState::Breached, SlaState::DueSoon, SlaState::OnTrack})
        valueItem(Sla, slaStateCode(s), slaLabel(s));
    for (int band = 1; band <= 4; ++band)
        valueItem(Bands, QString::number(band), tr("P%1").arg(band));
    valueItem(Assignees, Mine, tr("Mine"));
    valueItem(Assignees, Nobody, tr("Unassigned"));
    for (ExceptionType t : AllExceptionTypes)
        valueItem(Types, exceptionTypeCode(t), exceptionTypeLabel(t));
    for (int i = 1; i < NdrReasonCount; ++i) {
        const NdrReason r = *ndrReasonFromInt(i);
        valueItem(Reasons, ndrReasonCode(r), ndrReasonLabel(r));
    }
    for (int i = 0; i < ResponsiblePartyCount; ++i) {
        const ResponsibleParty p = *responsiblePartyFromInt(i);
        valueItem(Parties, responsiblePartyCode(p), responsiblePartyLabel(p));
    }
    for (int i = 0; i < PaymentModeCount; ++i) {
        const PaymentMode p = *paymentModeFromInt(i);
        valueItem(Payments, paymentModeCode(p), paymentModeLabel(p));
    }
    m_updating = false;
}

QTreeWidgetItem *ExceptionFilterPanel::item(const QString &dimension, const QString &code) const
{
    return m_items.value(key(dimension, code));
}

QTreeWidgetItem *ExceptionFilterPanel::valueItem(const QString &dimension, const QString &code, const QString &label)
{
    if (QTreeWidgetItem *existing = item(dimension, code))
        return existing;
    auto *child = new QTreeWidgetItem(m_dimensions.value(dimension), {label, QString()});
    child->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    child->setCheckState(0, Qt::Unchecked);
    child->setData(0, CodeRole, code);
    child->setData(0, DimensionRole, dimension);
    child->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    child->setForeground(1, palette().brush(QPalette::PlaceholderText));
    m_items.insert(key(dimension, code), child);
    return child;
}

void ExceptionFilterPanel::check(const QString &dimension, const QString &code, const QString &label, bool checked)
{
    QTreeWidgetItem *child = valueItem(dimension, code, label);
    child->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
    if (checked)
        child->parent()->setExpanded(true);
}

QStringList ExceptionFilterPanel::checkedCodes(const QString &dimension) const
{
    QStringList codes;
    const QTreeWidgetItem *top = m_dimensions.value(dimension);
    for (int i = 0; i < top->childCount(); ++i) {
        if (top->child(i)->checkState(0) == Qt::Checked)
            codes << top->child(i)->data(0, CodeRole).toString();
    }
    return codes;
}

void ExceptionFilterPanel::setCurrentUser(const QString &user)
{
    m_user = user;
    // Renaming "Mine" changes an item, which is not the user editing the filter.
    const bool updating = std::exchange(m_updating, true);
    QTreeWidgetItem *mine = item(Assignees, Mine);
    mine->setText(0, user.isEmpty() ? tr("Mine (no sign-in)") : tr("Mine (%1)").arg(user));
    mine->setToolTip(0, user.isEmpty() ? tr("Nobody is signed in to a team server: there is no \"mine\".") : QString());
    m_updating = updating;
}

void ExceptionFilterPanel::setFilter(const ExceptionQueueFilter &filter)
{
    m_updating = true;
    m_search = filter.search;
    // Every value unchecked, then the filter's checked (added when not listed yet).
    for (QTreeWidgetItem *child : std::as_const(m_items))
        child->setCheckState(0, Qt::Unchecked);
    for (QueueStatus s : filter.statuses)
        check(Statuses, queueStatusCode(s), statusLabel(s), true);
    for (SlaState s : filter.slaStates)
        check(Sla, slaStateCode(s), slaLabel(s), true);
    for (int band = filter.priorityBand.min.value_or(1); filter.priorityBand.isSet() && band <= filter.priorityBand.max.value_or(4); ++band)
        check(Bands, QString::number(band), tr("P%1").arg(band), true);
    check(Assignees, Mine, tr("Mine"), filter.assignedToMe);
    check(Assignees, Nobody, tr("Unassigned"), filter.unassigned);
    for (const QString &agent : filter.agents) {
        check(Assignees, agent.toLower(), agent, true);
        item(Assignees, agent.toLower())->setData(0, AgentRole, agent);
    }
    for (ExceptionType t : filter.types)
        check(Types, exceptionTypeCode(t), exceptionTypeLabel(t), true);
    for (NdrReason r : filter.ndrReasons)
        check(Reasons, ndrReasonCode(r), ndrReasonLabel(r), true);
    for (ResponsibleParty p : filter.parties)
        check(Parties, responsiblePartyCode(p), responsiblePartyLabel(p), true);
    for (const QString &carrier : filter.carriers)
        check(Carriers, carrier, carrierDisplayName(carrier), true);
    for (const CarrierService &s : filter.services) {
        const QString code = s.carrier + QLatin1Char('/') + s.service;
        check(Services, code, serviceLabel(code), true);
    }
    for (PaymentMode p : filter.paymentModes)
        check(Payments, paymentModeCode(p), paymentModeLabel(p), true);
    for (const QString &country : filter.destinationCountries)
        check(Countries, country, country, true);
    setCurrentUser(m_user);

    m_dueWithin->setValue(filter.dueWithinHours);
    m_openedFrom->setDate(filter.openedAtMs.min ? localDate(*filter.openedAtMs.min) : AnyDate);
    m_openedTo->setDate(filter.openedAtMs.max ? localDate(*filter.openedAtMs.max) : AnyDate);
    m_attemptsMin->setValue(filter.attempts.min.value_or(-1));
    m_attemptsMax->setValue(filter.attempts.max.value_or(-1));
    m_valueMin->setValue(filter.orderValueCents.min ? double(*filter.orderValueCents.min) / 100.0 : -1.0);
    m_valueMax->setValue(filter.orderValueCents.max ? double(*filter.orderValueCents.max) / 100.0 : -1.0);
    m_currency->setText(filter.orderValueCurrency);
    m_updating = false;
}

ExceptionQueueFilter ExceptionFilterPanel::filter() const
{
    ExceptionQueueFilter f;
    f.search = m_search;
    f.statuses.clear();
    for (const QString &code : checkedCodes(Statuses))
        f.statuses << *queueStatusFromCode(code);
    for (const QString &code : checkedCodes(Sla))
        f.slaStates << *slaStateFromCode(code);
    const QStringList bands = checkedCodes(Bands);
    if (!bands.isEmpty()) {
        int low = 4, high = 1;
        for (const QString &band : bands) {
            low = std::min(low, band.toInt());
            high = std::max(high, band.toInt());
        }
        if (low > 1)
            f.priorityBand.min = low;
        if (high < 4)
            f.priorityBand.max = high;
        if (!f.priorityBand.isSet()) // all four: the same as none
            f.priorityBand = {};
    }
    for (const QString &code : checkedCodes(Assignees)) {
        if (code == Mine)
            f.assignedToMe = true;
        else if (code == Nobody)
            f.unassigned = true;
        else
            f.agents << item(Assignees, code)->data(0, AgentRole).toString();
    }
    for (const QString &code : checkedCodes(Types))
        f.types << *exceptionTypeFromCode(code);
    for (const QString &code : checkedCodes(Reasons))
        f.ndrReasons << *ndrReasonFromCode(code);
    for (const QString &code : checkedCodes(Parties))
        f.parties << *responsiblePartyFromCode(code);
    f.carriers = checkedCodes(Carriers);
    for (const QString &code : checkedCodes(Services)) {
        const qsizetype slash = code.indexOf(QLatin1Char('/'));
        f.services << CarrierService{code.left(slash), code.mid(slash + 1)};
    }
    for (const QString &code : checkedCodes(Payments))
        f.paymentModes << *paymentModeFromCode(code);
    f.destinationCountries = checkedCodes(Countries);

    f.dueWithinHours = m_dueWithin->value();
    if (m_openedFrom->date() != AnyDate)
        f.openedAtMs.min = startOfDay(m_openedFrom->date());
    if (m_openedTo->date() != AnyDate)
        f.openedAtMs.max = startOfDay(m_openedTo->date().addDays(1)) - 1;
    if (m_attemptsMin->value() >= 0)
        f.attempts.min = m_attemptsMin->value();
    if (m_attemptsMax->value() >= 0)
        f.attempts.max = m_attemptsMax->value();
    if (m_valueMin->value() >= 0)
        f.orderValueCents.min = std::llround(m_valueMin->value() * 100.0);
    if (m_valueMax->value() >= 0)
        f.orderValueCents.max = std::llround(m_valueMax->value() * 100.0);
    f.orderValueCurrency = m_currency->text().trimmed().toUpper();
    return f;
}

void ExceptionFilterPanel::onItemChanged(QTreeWidgetItem *changed)
{
    if (m_updating || !changed->parent())
        return;
    // Priority is a range: checking P1 and P3 takes P2 in as well.
    if (changed->data(0, DimensionRole).toString() == Bands) {
        const QStringList bands = checkedCodes(Bands);
        if (bands.size() > 1) {
            m_updating = true;
            const int low = bands.constFirst().toInt();
            const int high = bands.constLast().toInt();
            for (int band = low; band <= high; ++band)
                item(Bands, QString::number(band))->setCheckState(0, Qt::Checked);
            m_updating = false;
        }
    }
    Q_EMIT filterEdited();
}

void ExceptionFilterPanel::setCount(const QString &dimension, const QList<FacetCount> &counts)
{
    const QLocale locale;
    QTreeWidgetItem *top = m_dimensions.value(dimension);
    // A value the counts leave out has none with the other filters applied.
    const QString none = locale.toString(0);
    for (int i = 0; i < top->childCount(); ++i) {
        top->child(i)->setText(1, none);
        top->child(i)->setData(1, CountRole, 0);
    }
    for (const FacetCount &count : counts) {
        QString code = count.value;
        QString label = count.value;
        if (dimension == Assignees) {
            code = count.value.isEmpty() ? Nobody : count.value.toLower();
            label = count.value.isEmpty() ? tr("Unassigned") : count.value;
        } else if (dimension == Carriers) {
            label = carrierDisplayName(count.value);
        } else if (dimension == Services) {
            label = serviceLabel(count.value);
        }
        QTreeWidgetItem *child = valueItem(dimension, code, label);
        if (dimension == Assignees && !count.value.isEmpty())
            child->setData(0, AgentRole, count.value);
        child->setText(1, locale.toString(count.count));
        child->setData(1, CountRole, count.count);
        if (dimension == Assignees && !m_user.isEmpty() && count.value.compare(m_user, Qt::CaseInsensitive) == 0)
            item(Assignees, Mine)->setText(1, locale.toString(count.count));
    }
    // Dimensions whose values come from the store: most counted first (a value the
    // counts left out last), checked ones kept.
    if (dimension == Carriers || dimension == Services || dimension == Countries || dimension == Assignees) {
        QList<QTreeWidgetItem *> children = top->takeChildren();
        std::stable_sort(children.begin(), children.end(), [](const QTreeWidgetItem *a, const QTreeWidgetItem *b) {
            return a->data(1, CountRole).toLongLong() > b->data(1, CountRole).toLongLong();
        });
        top->addChildren(children);
    }
}

void ExceptionFilterPanel::setFacets(const ExceptionQueueFacets &facets, const QList<StaleFilterValue> &stale,
                                     qint64 elapsedMs)
{
    m_updating = true;
    setCount(Types, facets.types);
    setCount(Reasons, facets.ndrReasons);
    setCount(Parties, facets.parties);
    setCount(Carriers, facets.carriers);
    setCount(Services, facets.services);
    setCount(Statuses, facets.statuses);
    setCount(Assignees, facets.assignees);
    setCount(Sla, facets.slaStates);
    setCount(Bands, facets.priorityBands);
    setCount(Payments, facets.paymentModes);
    setCount(Countries, facets.destinationCountries);
    // Keep "Mine" and "Unassigned" on top of the agents.
    QTreeWidgetItem *assignees = m_dimensions.value(Assignees);
    for (const QString &special : {Nobody, Mine}) {
        QTreeWidgetItem *child = item(Assignees, special);
        assignees->insertChild(0, assignees->takeChild(assignees->indexOfChild(child)));
    }
    // Values the store no longer has: marked, still checked.
    for (QTreeWidgetItem *child : std::as_const(m_items)) {
        child->setData(0, Qt::ForegroundRole, QVariant());
        child->setToolTip(0, QString());
    }
    for (const StaleFilterValue &value : stale) {
        QString dimension = value.field.section(QLatin1Char('['), 0, 0);
        QString code = value.value;
        if (dimension == QLatin1String("assignee.agents")) {
            dimension = Assignees;
            code = value.value.toLower();
        } else if (dimension == Services) {
            code = value.value;
        }
        QTreeWidgetItem *child = item(dimension, code);
        if (!child && dimension == QLatin1String("order_value.currency")) {
            m_currency->setToolTip(tr("No longer in the store: %1").arg(value.reason));
            continue;
        }
        if (!child)
            continue;
        child->setForeground(0, StatusPalette::errorText());
        //: A saved filter value the store no longer has.
        child->setText(1, tr("gone"));
        child->setToolTip(0, tr("No longer in the store: %1").arg(value.reason));
    }
    setCurrentUser(m_user);
    m_updating = false;
    m_countInfo->setText(stale.isEmpty() ? tr("Counted in %1 ms").arg(elapsedMs)
                                         : tr("%n values of this filter are no longer in the store (marked).", nullptr,
                                              static_cast<int>(stale.size())));
}

void ExceptionFilterPanel::setCounting(bool counting)
{
    if (counting)
        m_countInfo->setText(tr("Counting…"));
}

void ExceptionFilterPanel::setCountFailed(const QString &message)
{
    m_countInfo->setText(tr("The counts could not be read: %1").arg(message));
}

} // namespace ct
