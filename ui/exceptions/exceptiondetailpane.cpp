// SPDX-License-Identifier: MIT
#include "exceptiondetailpane.h"

#include "exceptionqueuemodel.h"
#include "shell/clock.h"
#include "shipments/shipmentdetailpane.h"
#include "sync/editstatequery.h"
#include "widgets/displaytext.h"
#include "widgets/slacountdown.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ct {

namespace {
constexpr int ExceptionIdRole = Qt::UserRole + 1;

QString actionLabel(const QString &action)
{
    if (action == QLatin1String("opened"))
        return ExceptionDetailPane::tr("Opened");
    if (action == QLatin1String("updated"))
        return ExceptionDetailPane::tr("Updated by the rules");
    if (action == QLatin1String("condition_cleared"))
        return ExceptionDetailPane::tr("Condition cleared");
    if (action == QLatin1String("reopened"))
        return ExceptionDetailPane::tr("Reopened");
    QString label = action;
    label.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!label.isEmpty())
        label[0] = label.at(0).toUpper();
    return label;
}

QTreeWidget *table(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(name);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    tree->setHeaderLabels(headers);
    tree->header()->setStretchLastSection(true);
    return tree;
}
} // namespace

ExceptionDetailPane::ExceptionDetailPane(const Database &database, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_clock(clock)
    , m_split(new QSplitter(Qt::Horizontal, this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_sla(new QLabel(this))
    , m_state(new QLabel(this))
    , m_conflict(new QPushButton(tr("Decide the &Conflict in the Outbox…"), this))
    , m_history(table(this, QStringLiteral("history"), {tr("When"), tr("Who"), tr("What"), tr("Note")}))
    , m_related(table(this, QStringLiteral("related"), {tr("Also open"), tr("Tracking number"), tr("SLA")}))
    , m_shipment(new ShipmentDetailPane(database, clock, this))
{
    setObjectName(QStringLiteral("exceptionDetail"));
    m_title->setObjectName(QStringLiteral("exceptionTitle"));
    m_title->setTextFormat(Qt::RichText);
    m_title->setWordWrap(true);
    m_subtitle->setObjectName(QStringLiteral("exceptionSubtitle"));
    m_subtitle->setWordWrap(true);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sla->setObjectName(QStringLiteral("exceptionSla"));
    m_sla->setTextFormat(Qt::RichText);
    m_sla->setWordWrap(true);
    m_state->setObjectName(QStringLiteral("exceptionState"));
    m_state->setWordWrap(true);
    m_conflict->setObjectName(QStringLiteral("openConflict"));
    m_conflict->setToolTip(tr("Someone changed this exception on the team server before your edit arrived: see "
                              "both versions side by side and decide (Ctrl+Shift+C)"));
    m_conflict->hide();
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("Select an exception to see its history and its shipment."));
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    auto *part = new QWidget(this);
    auto *layout = new QVBoxLayout(part);
    layout->setContentsMargins(8, 6, 4, 6);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_sla);
    layout->addWidget(m_state);
    layout->addWidget(m_conflict, 0, Qt::AlignLeft);
    auto *historyTitle = new QLabel(tr("<b>&History</b>"), part);
    historyTitle->setBuddy(m_history);
    layout->addWidget(historyTitle);
    layout->addWidget(m_history, 3);
    auto *relatedTitle = new QLabel(tr("<b>Also &open</b> (same shipment or customer)"), part);
    relatedTitle->setBuddy(m_related);
    layout->addWidget(relatedTitle);
    layout->addWidget(m_related, 2);
    m_history->setColumnWidth(0, 135);
    m_history->setColumnWidth(1, 70);
    m_history->setColumnWidth(2, 110);
    m_related->setColumnWidth(0, 190);
    m_related->setColumnWidth(1, 110);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(part);
    m_shipment->setOrientation(Qt::Vertical);
    m_split->setObjectName(QStringLiteral("exceptionDetailSplit"));
    m_split->addWidget(m_stack);
    m_split->addWidget(m_shipment);
    m_split->setStretchFactor(0, 1);
    m_split->setStretchFactor(1, 1);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_split);

    connect(m_related, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT openException(item->data(0, ExceptionIdRole).toLongLong());
    });
    connect(&m_clock, &Clock::changed, this, &ExceptionDetailPane::fillSla);
    connect(m_conflict, &QPushButton::clicked, this, [this] {
        if (m_conflictOutboxId != 0)
            Q_EMIT conflictRequested(m_conflictOutboxId);
    });
    showException(std::nullopt);
}

ExceptionDetailPane::~ExceptionDetailPane() = default;

void ExceptionDetailPane::fillSla()
{
    if (!m_row)
        return;
    const qint64 now = m_clock.nowMs();
    const qint64 nearMs = 4 * 3'600'000;
    const auto deadline = [&](const QString &name, qint64 due) {
        const QColor color = SlaCountdown::color(SlaCountdown::urgency(due, now, nearMs));
        QString value = SlaCountdown::text(due, now).toHtmlEscaped();
        if (color.isValid())
            value = QStringLiteral("<b style=\"color:%1\">%2</b>").arg(color.name(), value);
        return tr("%1 %2 <span>(%3)</span>").arg(name, value, DisplayText::userTime(due).toHtmlEscaped());
    };
    QStringList parts;
    if (m_row->status == QueueStatus::Resolved) {
        parts << tr("Resolved");
    } else {
        parts << (m_row->firstActionAtMs ? tr("First action: met %1").arg(DisplayText::userTime(*m_row->firstActionAtMs))
                                         : deadline(tr("First action in"), m_row->firstActionDueMs));
        parts << deadline(tr("Resolution in"), m_row->resolveDueMs);
    }
    m_sla->setText(parts.join(QStringLiteral(" &nbsp;·&nbsp; ")));
}

void ExceptionDetailPane::showException(const std::optional<ExceptionQueueRow> &row, const QString &currentUser)
{
    m_row = row;
    m_history->clear();
    m_related->clear();
    readEditState();
    if (!row) {
        m_stack->setCurrentWidget(m_empty);
        m_shipment->showShipment(0);
        return;
    }
    m_stack->setCurrentIndex(1);
    QString type = exceptionTypeLabel(row->type);
    if (row->reason != NdrReason::None)
        type += QStringLiteral(" · ") + ndrReasonLabel(row->reason);
    m_title->setText(tr("<h3>%1 &nbsp;<span>%2</span></h3>")
                         .arg(type.toHtmlEscaped(), ExceptionQueueModel::priorityText(*row).toHtmlEscaped()));
    QString subtitle = tr("%1 must act.").arg(responsiblePartyLabel(row->party));
    if (!row->detail.isEmpty())
        subtitle = row->detail + QStringLiteral(" — ") + subtitle;
    m_subtitle->setText(subtitle);
    m_state->setText(tr("%1 · %2").arg(ExceptionQueueModel::statusText(*row),
                                       row->assignee.isEmpty() ? tr("unassigned") : tr("assigned to %1").arg(row->assignee)));
    fillSla();

    ExceptionDetailQueries queries(m_database);
    QString error;
    if (const auto history = queries.history(row->exceptionId, &error)) {
        for (const ExceptionHistoryEntry &entry : *history) {
            auto *item = new QTreeWidgetItem(m_history, {DisplayText::userTime(entry.atMs), entry.actor,
                                                         actionLabel(entry.action), entry.detail});
            item->setToolTip(3, entry.detail);
            if (entry.id < 0)
                item->setToolTip(2, tr("A local edit the team server has not taken yet"));
        }
        // Newest at the bottom, in view.
        if (m_history->topLevelItemCount() > 0)
            m_history->scrollToItem(m_history->topLevelItem(m_history->topLevelItemCount() - 1));
    } else {
        Q_EMIT queryFailed(error);
    }
    if (const auto related = queries.related(row->exceptionId, {m_clock.nowMs(), currentUser}, &error)) {
        const auto add = [this](const ExceptionQueueRow &other, const QString &why) {
            auto *item = new QTreeWidgetItem(m_related, {ExceptionQueueModel::typeText(other), other.trackingNumber,
                                                         SlaCountdown::text(other.slaDueMs, m_clock.nowMs())});
            item->setData(0, ExceptionIdRole, other.exceptionId);
            item->setToolTip(0, why);
        };
        for (const ExceptionQueueRow &other : related->sameShipment)
            add(other, tr("Same shipment"));
        for (const ExceptionQueueRow &other : related->sameCustomer)
            add(other, tr("Same customer: %1").arg(other.customerName));
        if (m_related->topLevelItemCount() == 0) {
            auto *none = new QTreeWidgetItem(m_related, {tr("No other open exception")});
            none->setFlags(Qt::NoItemFlags);
        }
    } else {
        Q_EMIT queryFailed(error);
    }
    if (m_shipment->shipmentId() != row->shipmentId)
        m_shipment->showShipment(row->shipmentId);
}

void ExceptionDetailPane::readEditState()
{
    m_conflictOutboxId = 0;
    if (m_row) {
        QString error;
        const auto states = EditStateQuery(m_database).latest(EntityKind::Exception, {m_row->exceptionId}, &error);
        if (!states)
            Q_EMIT queryFailed(error);
        else if (const EditState state = states->value(m_row->exceptionId); state.kind == EditState::Kind::Conflict)
            m_conflictOutboxId = state.outboxId;
    }
    m_conflict->setVisible(m_conflictOutboxId != 0);
}

void ExceptionDetailPane::focusDetail()
{
    m_history->setFocus(Qt::OtherFocusReason);
}

QByteArray ExceptionDetailPane::saveLayout() const
{
    return m_split->saveState();
}

void ExceptionDetailPane::restoreLayout(const QByteArray &split, const QByteArray &shipment)
{
    m_split->restoreState(split);
    m_shipment->restoreLayout(shipment);
}

} // namespace ct
