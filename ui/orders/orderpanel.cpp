// SPDX-License-Identifier: MIT
#include "orderpanel.h"

#include "customerhistorytext.h"

#include "domain/carriers.h"
#include "geo/countries.h"
#include "orders/orderflag.h"
#include "orders/orderqueries.h"
#include "returns/returncustomerhistory.h"
#include "store/database.h"
#include "widgets/displaytext.h"
#include "widgets/factgrid.h"
#include "widgets/statuspalette.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ct {

namespace {


QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

// "shopify" → "Shopify", "woocommerce" → "WooCommerce"; another name as it is.
QString storefrontName(const QString &code)
{
    if (code == QLatin1String("shopify"))
        return QStringLiteral("Shopify");
    if (code == QLatin1String("woocommerce"))
        return QStringLiteral("WooCommerce");
    if (code == QLatin1String("magento"))
        return QStringLiteral("Magento");
    return code;
}

} // namespace

OrderPanel::OrderPanel(const Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_stack(new QStackedWidget(this))
    , m_facts(this)
    , m_message(new QLabel(m_stack))
    , m_title(FactGrid::valueLabel(this))
    , m_flags(FactGrid::valueLabel(this))
    , m_lines(new QTableWidget(this))
    , m_customer(FactGrid::valueLabel(this))
    , m_contact(FactGrid::valueLabel(this))
    , m_tags(FactGrid::valueLabel(this))
    , m_history(FactGrid::valueLabel(this))
{
    setObjectName(QStringLiteral("orderPanel"));
    m_message->setObjectName(QStringLiteral("orderMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_message->setMargin(12);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_title->setObjectName(QStringLiteral("orderTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_title->setFont(big);
    m_flags->setObjectName(QStringLiteral("orderFlags"));
    QPalette warning = m_flags->palette();
    warning.setColor(QPalette::WindowText, StatusPalette::warningText().color());
    m_flags->setPalette(warning);

    m_ordered = m_facts.add("orderOrdered", tr("Ordered"));
    m_payment = m_facts.add("orderPayment", tr("Payment"));
    m_total = m_facts.add("orderTotal", tr("Total"));
    m_promised = m_facts.add("orderPromised", tr("Promised"));
    m_shipsTo = m_facts.add("orderShipsTo", tr("Ships to"));
    m_fulfilments = m_facts.add("orderFulfilments", tr("Fulfilments"));

    m_lines->setObjectName(QStringLiteral("orderLines"));
    m_lines->setColumnCount(7);
    m_lines->setHorizontalHeaderLabels(
        {tr("Item"), tr("SKU"), tr("Variant"), tr("Category"), tr("Qty"), tr("Unit price"), tr("Line total")});
    m_lines->verticalHeader()->hide();
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lines->setWordWrap(false);
    m_lines->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 7; ++c)
        m_lines->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_lines->verticalHeader()->setDefaultSectionSize(m_lines->fontMetrics().height() + 6);
    m_lines->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // as tall as its lines: the pane scrolls

    m_customer->setObjectName(QStringLiteral("orderCustomer"));
    m_contact->setObjectName(QStringLiteral("orderContact"));
    m_tags->setObjectName(QStringLiteral("orderTags"));
    m_history->setObjectName(QStringLiteral("orderCustomerHistory"));

    auto *content = new QWidget(this);
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(10, 8, 10, 8);
    column->addWidget(m_title);
    column->addWidget(m_flags);
    column->addSpacing(4);
    column->addLayout(m_facts.layout());
    column->addSpacing(6);
    column->addWidget(heading(tr("Lines"), content));
    column->addWidget(m_lines);
    column->addSpacing(6);
    column->addWidget(heading(tr("Customer"), content));
    column->addWidget(m_customer);
    column->addWidget(m_contact);
    column->addWidget(m_tags);
    column->addWidget(m_history);
    column->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_stack->addWidget(m_message);
    m_stack->addWidget(scroll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    showShipment(0);
}

QString OrderPanel::messageText() const
{
    return m_stack->currentWidget() == m_message ? m_message->text() : QString();
}

void OrderPanel::showShipment(qint64 shipmentId)
{
    m_order.reset();
    if (shipmentId == 0) {
        m_message->setText(QString());
        m_stack->setCurrentWidget(m_message);
        return;
    }
    QString error;
    const OrderQueries queries(m_database);
    m_order = queries.orderOfShipment(shipmentId, &error);
    if (!error.isEmpty()) {
        m_message->setText(tr("The order could not be read: %1").arg(error));
        m_stack->setCurrentWidget(m_message);
        Q_EMIT queryFailed(error);
        return;
    }
    if (m_order) {
        fill(*m_order);
        return;
    }
    const std::optional<UnlinkedShipment> why = queries.unlinked(shipmentId, &error);
    if (!error.isEmpty())
        Q_EMIT queryFailed(error);
    showUnlinked(why);
}

void OrderPanel::showUnlinked(const std::optional<UnlinkedShipment> &why)
{
    QStringList text{tr("No storefront order is linked to this shipment.")};
    if (why) {
        text << (why->reason == UnlinkedShipment::Reason::OtherCarrierClaims
                     ? tr("An imported order names its tracking number %1, but with another carrier than %2.")
                           .arg(why->trackingNumber, carrierDisplayName(why->carrier))
                     : tr("No imported order names its tracking number %1.").arg(why->trackingNumber));
        if (!why->orderId.isEmpty())
            text << tr("The carrier's data calls its order %1.").arg(why->orderId);
    }
    text << tr("Import the storefront's orders (Shopify or WooCommerce order JSON) with File > Import Files…: an order "
               "links to its parcels through its fulfilments' tracking numbers, whichever arrives first.");
    m_message->setText(text.join(QStringLiteral("\n\n")));
    m_stack->setCurrentWidget(m_message);
}

void OrderPanel::fill(const Order &o)
{
    m_title->setText(tr("Order %1 · %2").arg(o.displayId(), storefrontName(o.storefront)));
    const QStringList unread = orderFlagNames(o.flags);
    m_flags->setText(unread.isEmpty() ? QString()
                                      : tr("The storefront's record lacked: %1").arg(unread.join(QStringLiteral(", "))));
    m_flags->setToolTip(o.issues.join(QLatin1Char('\n')));
    m_flags->setVisible(!unread.isEmpty());

    m_facts.set(m_ordered, o.orderedAt ? DisplayText::placeTime(*o.orderedAt) : QString(), true);
    QStringList payment;
    if (!o.financialStatus.isEmpty())
        payment << o.financialStatus;
    if (o.paymentMode != PaymentMode::Unknown)
        payment << paymentModeLabel(o.paymentMode);
    m_facts.set(m_payment, payment.join(QStringLiteral(" · ")), true);
    const QString total = DisplayText::money(o.totalCents, o.currency);
    m_facts.set(m_total, o.subtotalCents > 0 && o.subtotalCents != o.totalCents
                         ? tr("%1 (items %2)").arg(total, DisplayText::money(o.subtotalCents, o.currency))
                         : total,
                 true);
    m_facts.set(m_promised, o.promisedDate.isValid() ? DisplayText::date(o.promisedDate) : QString(), true);
    const OrderAddress &a = o.shippingAddress;
    const QString country = geo::countryName(a.country);
    QStringList shipsTo;
    for (const QString &part : {a.name, a.line1, a.line2})
        if (!part.isEmpty())
            shipsTo << part;
    if (const QString place = DisplayText::place(a.city, a.region, a.postalCode, country.isEmpty() ? a.country : country);
        !place.isEmpty())
        shipsTo << place;
    m_facts.set(m_shipsTo, shipsTo.join(QLatin1Char('\n')), true);
    QStringList fulfilments;
    for (const OrderFulfilment &f : o.fulfilments) {
        const QString carrier = f.carrierName.isEmpty() ? carrierDisplayName(f.carrier) : f.carrierName;
        QString line = QStringLiteral("%1 %2").arg(carrier, f.trackingNumbers.join(QStringLiteral(", "))).trimmed();
        if (!f.status.isEmpty())
            line += QStringLiteral(" (%1)").arg(f.status);
        fulfilments << line;
    }
    m_facts.set(m_fulfilments, fulfilments.join(QLatin1Char('\n')), true);

    const QLocale locale;
    m_lines->setRowCount(static_cast<int>(o.lines.size()));
    for (int r = 0; r < o.lines.size(); ++r) {
        const OrderLine &l = o.lines.at(r);
        const QStringList cells{l.title,
                                l.sku,
                                l.variant,
                                l.category,
                                locale.toString(l.quantity),
                                DisplayText::money(l.unitPriceCents, o.currency),
                                DisplayText::money(l.unitPriceCents * l.quantity, o.currency)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c >= 4)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_lines->setItem(r, c, item);
        }
    }
    const int rows = std::max(1, static_cast<int>(o.lines.size()));
    m_lines->setFixedHeight(m_lines->horizontalHeader()->sizeHint().height()
                            + rows * m_lines->verticalHeader()->defaultSectionSize() + 2 * m_lines->frameWidth()
                            + (m_lines->horizontalScrollBar()->isVisible() ? m_lines->horizontalScrollBar()->height() : 0));

    const OrderCustomer &c = o.customer;
    m_customer->setText(c.name.isEmpty() ? tr("No name given") : c.name);
    QStringList contact;
    for (const QString &part : {c.email, c.phone})
        if (!part.isEmpty())
            contact << part;
    m_contact->setText(contact.join(QStringLiteral(" · ")));
    m_contact->setVisible(!contact.isEmpty());
    QStringList about;
    if (c.orderCount > 0)
        about << tr("%n orders at the storefront", nullptr, c.orderCount);
    if (!c.tags.isEmpty())
        about << tr("tags: %1").arg(c.tags.join(QStringLiteral(", ")));
    m_tags->setText(about.join(QStringLiteral(" · ")));
    m_tags->setVisible(!about.isEmpty());
    QString history;
    if (!c.email.isEmpty()) {
        QString error;
        if (const auto read = CustomerHistory::read(m_database, c.email, &error)) {
            history = CustomerHistoryText::summary(*read);
            if (const QString reasons = CustomerHistoryText::reasons(*read); !reasons.isEmpty())
                history += QLatin1Char('\n') + reasons;
        } else if (!error.isEmpty()) {
            Q_EMIT queryFailed(error);
        }
    }
    m_history->setText(history);
    m_history->setVisible(!history.isEmpty());
    m_stack->setCurrentIndex(1);
}

} // namespace ct
