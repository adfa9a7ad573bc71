// SPDX-License-Identifier: MIT
#include "orderlinksdialog.h"

#include "domain/carriers.h"
#include "orders/orderqueries.h"
#include "store/database.h"
#include "widgets/displaytext.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ct {

namespace {

constexpr int TrackingRole = Qt::UserRole + 1;

QTableWidget *table(const QStringList &headers, const QString &objectName, QWidget *parent)
{
    auto *t = new QTableWidget(parent);
    t->setObjectName(objectName);
    t->setColumnCount(static_cast<int>(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setWordWrap(false);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 6);
    return t;
}

// A row of texts; the first cell keeps the tracking number to open.
void addRow(QTableWidget *t, const QStringList &cells, const QString &trackingNumber)
{
    const int row = t->rowCount();
    t->insertRow(row);
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells.at(c));
        item->setToolTip(cells.at(c));
        if (c == 0)
            item->setData(TrackingRole, trackingNumber);
        t->setItem(row, c, item);
    }
}

QString orderName(const QString &storefront, const QString &id, const QString &name)
{
    return QStringLiteral("%1 %2").arg(storefront, name.isEmpty() ? id : name);
}

} // namespace

OrderLinksDialog::OrderLinksDialog(const Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_tabs(new QTabWidget(this))
    , m_unlinked(table({tr("Tracking number"), tr("Carrier"), tr("Order in the carrier's data"), tr("Why it has no order")},
                       QStringLiteral("unlinkedShipments"), this))
    , m_conflicts(table({tr("Tracking number"), tr("Carrier"), tr("Linked to"), tr("Also claimed by"), tr("Found")},
                        QStringLiteral("linkConflicts"), this))
    , m_unlinkedSummary(new QLabel(this))
    , m_conflictSummary(new QLabel(this))
{
    setObjectName(QStringLiteral("orderLinksDialog"));
    setWindowTitle(tr("Order Links"));
    resize(860, 520);
    for (QLabel *summary : {m_unlinkedSummary, m_conflictSummary}) {
        summary->setWordWrap(true);
        summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_unlinkedSummary->setObjectName(QStringLiteral("unlinkedSummary"));
    m_conflictSummary->setObjectName(QStringLiteral("conflictSummary"));
    m_unlinked->setColumnWidth(0, 200);
    m_unlinked->setColumnWidth(1, 110);
    m_unlinked->setColumnWidth(2, 170);
    m_conflicts->setColumnWidth(0, 200);
    m_conflicts->setColumnWidth(1, 110);
    m_conflicts->setColumnWidth(2, 160);
    m_conflicts->setColumnWidth(3, 160);

    const auto page = [this](QLabel *summary, QTableWidget *list) {
        auto *w = new QWidget(this);
        auto *column = new QVBoxLayout(w);
        column->addWidget(summary);
        column->addWidget(list, 1);
        return w;
    };
    m_tabs->addTab(page(m_unlinkedSummary, m_unlinked), QString()); // named with their counts by reload()
    m_tabs->addTab(page(m_conflictSummary, m_conflicts), QString());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *refresh = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    refresh->setObjectName(QStringLiteral("refreshOrderLinks"));
    connect(refresh, &QPushButton::clicked, this, &OrderLinksDialog::reload);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QTableWidget *t : {m_unlinked, m_conflicts}) {
        connect(t, &QTableWidget::cellActivated, this, [this, t](int row, int) { chooseRow(t, row); });
        t->setToolTip(tr("Double-click a row, or press Enter, to open its shipment."));
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    reload();
}

void OrderLinksDialog::chooseRow(QTableWidget *t, int row)
{
    if (const QTableWidgetItem *first = t->item(row, 0))
        Q_EMIT shipmentChosen(first->data(TrackingRole).toString());
}

void OrderLinksDialog::reload()
{
    const OrderQueries queries(m_database);
    const QLocale locale;
    QString error;
    const QList<UnlinkedShipment> unlinked = queries.unlinkedShipments(ListLimit, &error);
    m_unlinked->setRowCount(0);
    if (!error.isEmpty()) {
        m_unlinkedSummary->setText(tr("The shipments could not be read: %1").arg(error));
    } else {
        for (const UnlinkedShipment &s : unlinked)
            addRow(m_unlinked,
                   {s.trackingNumber, carrierDisplayName(s.carrier), s.orderId,
                    s.reason == UnlinkedShipment::Reason::OtherCarrierClaims
                        ? tr("an order names this tracking number, with another carrier")
                        : tr("no order names this tracking number")},
                   s.trackingNumber);
        m_unlinkedSummary->setText(
            unlinked.isEmpty() ? tr("Every shipment in the store is linked to its storefront order.")
            : unlinked.size() >= ListLimit
                ? tr("The newest %1 shipments no storefront order claims. Import the storefront's orders (File > Import "
                     "Files…) to link them.")
                      .arg(locale.toString(ListLimit))
                : tr("%n shipments no storefront order claims, newest first. Import the storefront's orders (File > "
                     "Import Files…) to link them.",
                     nullptr, static_cast<int>(unlinked.size())));
    }
    error.clear();
    const QList<OrderLinkConflict> conflicts = queries.linkConflicts(&error);
    m_conflicts->setRowCount(0);
    if (!error.isEmpty()) {
        m_conflictSummary->setText(tr("The conflicts could not be read: %1").arg(error));
    } else {
        for (const OrderLinkConflict &c : conflicts)
            addRow(m_conflicts,
                   {c.trackingNumber, c.carrier.isEmpty() ? tr("unknown") : carrierDisplayName(c.carrier),
                    orderName(c.storefront, c.firstOrderId, c.firstOrderName),
                    orderName(c.secondStorefront, c.secondOrderId, c.secondOrderName), DisplayText::userTime(c.detectedAtMs)},
                   c.trackingNumber);
        m_conflictSummary->setText(conflicts.isEmpty()
                                       ? tr("No tracking number is claimed by two orders.")
                                       : tr("%n tracking numbers claimed by two orders: both orders are kept, and the "
                                            "shipment stays linked to the first.",
                                            nullptr, static_cast<int>(conflicts.size())));
    }
    m_tabs->setTabText(0, tr("Shipments without an order (%1)").arg(locale.toString(m_unlinked->rowCount())));
    m_tabs->setTabText(1, tr("Claimed by two orders (%1)").arg(locale.toString(m_conflicts->rowCount())));
}

} // namespace ct
