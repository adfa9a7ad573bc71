// SPDX-License-Identifier: MIT
#include "returndetailpane.h"

#include "orders/customerhistorytext.h"
#include "returnqueuemodel.h"
#include "returns/returncasequery.h"
#include "returns/returncustomerhistory.h"
#include "returns/returnpolicyengine.h"
#include "shell/clock.h"
#include "shipments/shipmentdetailpane.h"
#include "store/database.h"
#include "store/sqlstatement.h"
#include "widgets/displaytext.h"

#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ct {

namespace {

QTreeWidget *makeTree(const QStringList &headers, const char *name, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(QLatin1String(name));
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    tree->header()->setStretchLastSection(true);
    return tree;
}

} // namespace

ReturnDetailPane::ReturnDetailPane(const Database &database, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_clock(clock)
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(m_stack))
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_items(makeTree({tr("Item"), tr("Variant"), tr("Category"), tr("Qty"), tr("Price"), tr("Verdict")}, "returnItems", this))
    , m_trace(makeTree({tr("Rule"), tr("Finding"), tr("Concerns")}, "verdictTrace", this))
    , m_history(new QLabel(this))
    , m_outbound(new ShipmentDetailPane(database, clock, this))
    , m_reverse(new ShipmentDetailPane(database, clock, this))
{
    m_empty->setObjectName(QStringLiteral("returnDetailEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("Select a return to see its items, the policy's verdict with every rule it applied, the "
                        "customer's history and both parcels' tracking."));
    m_title->setObjectName(QStringLiteral("returnTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setObjectName(QStringLiteral("returnSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_history->setObjectName(QStringLiteral("customerHistory"));
    m_history->setWordWrap(true);
    m_history->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_history->setMargin(8);
    m_history->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *decision = new QWidget(this);
    auto *decisionLayout = new QVBoxLayout(decision);
    decisionLayout->setContentsMargins(0, 4, 0, 0);
    decisionLayout->addWidget(m_items, 2);
    decisionLayout->addWidget(m_trace, 3);
    m_tabs->setObjectName(QStringLiteral("returnTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(decision, tr("Items && verdict"));
    m_tabs->addTab(m_history, tr("Customer"));
    m_tabs->addTab(m_outbound, tr("Outbound shipment"));
    m_tabs->addTab(m_reverse, tr("Return parcel"));
    m_outbound->setOrientation(Qt::Horizontal);
    m_reverse->setOrientation(Qt::Horizontal);
    connect(m_outbound, &ShipmentDetailPane::queryFailed, this, &ReturnDetailPane::queryFailed);
    connect(m_reverse, &ShipmentDetailPane::queryFailed, this, &ReturnDetailPane::queryFailed);

    auto *page = new QWidget(m_stack);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(8, 6, 8, 0);
    pageLayout->setSpacing(4);
    pageLayout->addWidget(m_title);
    pageLayout->addWidget(m_summary);
    pageLayout->addWidget(m_tabs, 1);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(page);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

ReturnDetailPane::~ReturnDetailPane() = default;

void ReturnDetailPane::showReturn(const std::optional<ReturnQueueRow> &row, const ReturnPolicy &policy)
{
    m_row = row;
    m_verdict.reset();
    m_items->clear();
    m_trace->clear();
    if (!row) {
        m_stack->setCurrentIndex(0);
        m_outbound->showShipment(0);
        m_reverse->showShipment(0);
        return;
    }
    const ReturnQueueRow &r = *row;
    m_stack->setCurrentIndex(1);
    m_title->setText(tr("%1 · %2 · %3").arg(r.rma, returnStatusLabel(r.status), DisplayText::money(r.amountCents, r.currency)));

    // The verdict with its trace: the one return judged again, as the store judged it.
    QString error;
    const auto cases = ReturnCaseQuery(m_database).some({r.returnId}, policy.serialReturner.days, &error);
    if (!cases)
        Q_EMIT queryFailed(error);
    else if (!cases->isEmpty())
        m_verdict = ReturnPolicyEngine(policy).evaluate(cases->constFirst());

    QStringList summary;
    //: %2 is empty, or " (not in the store)" when the order is unknown; %4 is the age ("today", "3 days ago").
    summary << tr("Order %1%2, requested %3 (%4): %5")
                   .arg(r.orderId, r.orderKnown() ? QString() : tr(" (not in the store)"),
                        DisplayText::userTime(r.requestedAtMs), (r.ageDays(m_clock.nowMs()) == 0
                                                     ? tr("today")
                                                     : tr("%n days ago", nullptr, r.ageDays(m_clock.nowMs()))),
                        returnReasonLabel(r.reason))
                   .toHtmlEscaped();
    if (!r.reasonNote.isEmpty())
        summary << tr("The customer wrote: “%1”").arg(r.reasonNote).toHtmlEscaped();
    if (const QString label = ReturnQueueModel::labelText(r, policy.labelExpiryDays, m_clock.nowMs()); !label.isEmpty())
        summary << QStringLiteral("<b>%1</b> — %2")
                       .arg(label.toHtmlEscaped(),
                            ReturnQueueModel::labelToolTip(r, policy.labelExpiryDays, m_clock.nowMs()).toHtmlEscaped());
    if (m_verdict) {
        summary << QStringLiteral("<b>%1</b> — %2")
                       .arg(returnEligibilityLabel(m_verdict->eligibility).toHtmlEscaped(), m_verdict->detail.toHtmlEscaped());
        if (!m_verdict->recommendation.isEmpty())
            summary << tr("Recommended: %1").arg(m_verdict->recommendation).toHtmlEscaped();
        QStringList next;
        for (ReturnStatus s : m_verdict->allowedNext)
            next << returnStatusLabel(s).toLower();
        summary << (next.isEmpty() ? tr("The return is closed.") : tr("It can become %1.").arg(next.join(/*: Between the statuses a return can take next: "approved or rejected". */ tr(" or ")))).toHtmlEscaped();
        if (r.judgedByAnotherPolicy(policy.digest()))
            summary << tr("The list shows this return as judged under policy version %1; this is the verdict of the policy "
                          "in force (version %2), which the list takes once every return is judged again.")
                           .arg(r.verdictPolicyVersion)
                           .arg(policy.version)
                           .toHtmlEscaped();
    }
    if (!r.decidedBy.isEmpty())
        summary << ReturnQueueModel::decidedByText(r).toHtmlEscaped();
    if (!r.decisionNote.isEmpty())
        summary << tr("Decision note: %1").arg(r.decisionNote).toHtmlEscaped();
    m_summary->setText(summary.join(QStringLiteral("<br>")));

    for (int i = 0; i < r.items.size(); ++i) {
        const ReturnItem &item = r.items.at(i);
        auto *line = new QTreeWidgetItem(m_items);
        line->setText(0, item.name.isEmpty() ? item.sku : QStringLiteral("%1 (%2)").arg(item.name, item.sku));
        line->setText(1, item.variant);
        line->setText(2, item.category);
        line->setText(3, QString::number(item.quantity));
        line->setText(4, DisplayText::money(item.unitPriceCents, r.currency));
        if (m_verdict && i < m_verdict->items.size()) {
            const ReturnItemVerdict &v = m_verdict->items.at(i);
            line->setText(5, v.detail.isEmpty() ? returnEligibilityLabel(v.eligibility)
                                                : QStringLiteral("%1: %2").arg(returnEligibilityLabel(v.eligibility), v.detail));
        }
    }
    if (m_verdict) {
        for (const ReturnRuleResult &finding : m_verdict->trace) {
            auto *line = new QTreeWidgetItem(m_trace);
            line->setText(0, finding.rule);
            line->setText(1, QStringLiteral("%1: %2").arg(returnEligibilityLabel(finding.effect), finding.detail));
            line->setText(2, finding.item >= 0 && finding.item < r.items.size() ? r.items.at(finding.item).sku : tr("the return"));
        }
    }
    for (QTreeWidget *tree : {m_items, m_trace}) {
        for (int c = 0; c < tree->columnCount() - 1; ++c)
            tree->resizeColumnToContents(c);
    }
    fillHistory();
    m_outbound->showShipment(r.shipmentId);
    // The return parcel, when the store tracks it.
    qint64 reverseId = 0;
    if (!r.reverseTrackingNumber.isEmpty()) {
        auto find = SqlStatement::prepare(
            m_database, QStringLiteral("SELECT id FROM shipments WHERE tracking_number = ? AND carrier = ? LIMIT 1"), &error);
        if (find) {
            find->bind(0, r.reverseTrackingNumber);
            find->bind(1, r.reverseCarrier);
            if (find->exec(&error) && find->next())
                reverseId = find->int64(0);
            find->finish();
        }
    }
    m_reverse->showShipment(reverseId);
}

void ReturnDetailPane::fillHistory()
{
    const ReturnQueueRow &r = *m_row;
    if (r.customerEmail.isEmpty()) {
        m_history->setText(tr("The customer is not known: the order of this return is not in the store."));
        return;
    }
    QString error;
    const auto history = CustomerHistory::read(m_database, r.customerEmail, &error);
    if (!history) {
        Q_EMIT queryFailed(error);
        return;
    }
    QStringList lines;
    lines << QStringLiteral("<b>%1</b> &lt;%2&gt;").arg(r.customerName.toHtmlEscaped(), r.customerEmail.toHtmlEscaped());
    lines << CustomerHistoryText::summary(*history).toHtmlEscaped();
    if (const QString reasons = CustomerHistoryText::reasons(*history); !reasons.isEmpty())
        lines << reasons.toHtmlEscaped();
    QStringList list;
    for (const CustomerReturn &c : history->returns) {
        const QString text = QStringLiteral("%1 · %2 · %3 · %4 · %5")
                                 .arg(c.rma, c.orderId, DisplayText::userTime(c.requestedAtMs), returnReasonLabel(c.reason),
                                      DisplayText::money(c.amountCents, c.currency))
            + QStringLiteral(" · ") + returnStatusLabel(c.status);
        list << (c.returnId == r.returnId ? QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()) : text.toHtmlEscaped());
    }
    m_history->setText(lines.join(QStringLiteral("<br>")) + QStringLiteral("<br><br>") + list.join(QStringLiteral("<br>")));
}

} // namespace ct
