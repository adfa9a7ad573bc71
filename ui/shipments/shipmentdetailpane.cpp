// SPDX-License-Identifier: MIT
#include "shipmentdetailpane.h"

#include "carrierpayloaddialog.h"
#include "domain/carriers.h"
#include "geo/countries.h"
#include "orders/orderpanel.h"
#include "shell/clock.h"
#include "shipmenttimelinemodel.h"
#include "store/database.h"
#include "store/shipmentqueries.h"
#include "widgets/displaytext.h"
#include "widgets/factgrid.h"
#include "widgets/recordtable.h"
#include "widgets/statuspalette.h"

#include <QDataStream>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIODevice>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ct {

namespace {

QString levelText(predict::BackoffLevel level)
{
    switch (level) {
    //: The back-off level of a delivery-date estimate: carrier × service × origin → destination region.
    case predict::BackoffLevel::Lane: return ShipmentDetailPane::tr("lane");
    case predict::BackoffLevel::ServiceCountry: return ShipmentDetailPane::tr("service × country");
    case predict::BackoffLevel::CarrierCountry: return ShipmentDetailPane::tr("carrier × country");
    case predict::BackoffLevel::Carrier: return ShipmentDetailPane::tr("carrier");
    case predict::BackoffLevel::All: return ShipmentDetailPane::tr("all shipments");
    }
    return {};
}

QString estimatedFromText(predict::Milestone milestone)
{
    switch (milestone) {
    case predict::Milestone::Shipped: return ShipmentDetailPane::tr("from shipping");
    case predict::Milestone::InTransit: return ShipmentDetailPane::tr("from the first scan");
    case predict::Milestone::AtDeliveryFacility: return ShipmentDetailPane::tr("from the delivery facility");
    case predict::Milestone::OutForDelivery: return ShipmentDetailPane::tr("from out for delivery");
    }
    return {};
}

// The stored estimate in three rows ('' hides one): "P50 08/04/2026 · P90 14/04/2026" (or
// "Not enough history (n=3)"), what it is based on, and the chance of missing the promise.
struct PredictionTexts
{
    QString dates;
    QString basis;
    QString details; // the milestone it starts from, and the chance of missing the promise
};

PredictionTexts predictionTexts(const predict::StoredPrediction &p)
{
    PredictionTexts t;
    if (!p.estimated)
        return t;
    if (!p.enoughHistory()) {
        t.dates = ShipmentDetailPane::tr("Not enough history (n=%1): no date is predicted").arg(p.sampleSize);
        return t;
    }
    t.dates = ShipmentDetailPane::tr("P50 %1 · P90 %2").arg(DisplayText::date(p.p50), DisplayText::date(p.p90));
    t.basis = ShipmentDetailPane::tr("%1, n=%2, %3").arg(p.cell).arg(p.sampleSize).arg(levelText(p.level));
    t.details = ShipmentDetailPane::tr("Estimated %1").arg(estimatedFromText(p.milestone));
    if (p.latePermille)
        t.details += QLatin1Char('\n')
                     + ShipmentDetailPane::tr("%1 % chance of arriving after the promise").arg(qRound(*p.latePermille / 10.0));
    return t;
}

} // namespace

namespace {

constexpr quint32 LayoutVersion = 1;

// "Austin, TX 78701, United States".
QString address(const Address &a)
{
    const QString country = geo::countryName(a.country);
    return DisplayText::place(a.city, a.state, a.postalCode, country.isEmpty() ? a.country : country);
}


} // namespace

ShipmentDetailPane::ShipmentDetailPane(const Database &database, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_clock(clock)
    , m_timeline(new ShipmentTimelineModel(this))
    , m_stack(new QStackedWidget(this))
    , m_message(new QLabel(m_stack))
    , m_split(new QSplitter(Qt::Horizontal, m_stack))
    , m_title(FactGrid::valueLabel(this))
    , m_subtitle(FactGrid::valueLabel(this))
    , m_status(new QLabel(this))
    , m_conflict(FactGrid::valueLabel(this))
    , m_facts(this)
    , m_timelineTitle(new QLabel(this))
    , m_table(new QTableView(this))
    , m_payloads(new QPushButton(this))
    , m_tabs(new QTabWidget(this))
    , m_orderPanel(new OrderPanel(database, this))
{
    setObjectName(QStringLiteral("shipmentDetail"));
    m_message->setObjectName(QStringLiteral("detailMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(24);

    // The facts: who, what, where, when promised.
    m_title->setObjectName(QStringLiteral("detailTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_subtitle->setObjectName(QStringLiteral("detailSubtitle"));
    m_status->setObjectName(QStringLiteral("detailStatus"));
    m_status->setTextFormat(Qt::RichText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_conflict->setObjectName(QStringLiteral("detailConflict"));
    m_order = m_facts.add("detailOrder", tr("Order"));
    m_ordered = m_facts.add("detailOrdered", tr("Ordered"));
    m_customer = m_facts.add("detailCustomer", tr("Customer"));
    m_email = m_facts.add("detailEmail", tr("E-mail"));
    m_phone = m_facts.add("detailPhone", tr("Phone"));
    m_destination = m_facts.add("detailDestination", tr("Ships to"));
    m_origin = m_facts.add("detailOrigin", tr("From"));
    m_promised = m_facts.add("detailPromised", tr("Promised"));
    m_estimated = m_facts.add("detailEstimated", tr("Estimated"));
    m_predicted = m_facts.add("detailPredicted", tr("Predicted"));
    m_predictedBasis = m_facts.add("detailPredictedBasis", tr("Based on"));
    m_shipped = m_facts.add("detailShipped", tr("Shipped"));
    m_delivered = m_facts.add("detailDelivered", tr("Delivered"));
    m_attempts = m_facts.add("detailAttempts", tr("Attempts"));
    m_exceptions = m_facts.add("detailExceptions", tr("Open exceptions"));

    auto *facts = new QWidget(this);
    auto *factsLayout = new QVBoxLayout(facts);
    factsLayout->setContentsMargins(10, 8, 10, 8);
    factsLayout->addWidget(m_title);
    factsLayout->addWidget(m_subtitle);
    factsLayout->addWidget(m_status);
    factsLayout->addWidget(m_conflict);
    factsLayout->addSpacing(6);
    factsLayout->addLayout(m_facts.layout());
    factsLayout->addStretch(1);
    auto *factsScroll = new QScrollArea(this);
    factsScroll->setObjectName(QStringLiteral("detailFacts"));
    factsScroll->setWidget(facts);
    factsScroll->setWidgetResizable(true);
    factsScroll->setFrameShape(QFrame::NoFrame);
    factsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    factsScroll->setMinimumWidth(240);

    // The timeline, and the payloads behind it.
    m_timelineTitle->setObjectName(QStringLiteral("timelineTitle"));
    QFont bold = m_timelineTitle->font();
    bold.setBold(true);
    m_timelineTitle->setFont(bold);
    m_table->setObjectName(QStringLiteral("timelineTable"));
    m_table->setModel(m_timeline);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // The time column fits the longest it says: a date, the time, an assumed offset.
    const int when = m_table->fontMetrics().horizontalAdvance(
                         DisplayText::placeTime({Timestamp{0, -570}}, true).replace(QLatin1Char('1'), QLatin1Char('0')))
                     + 24;
    setUpRecordTable(*m_table, {when, 220, 200, 56, 170}, {});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_payloads->setObjectName(QStringLiteral("showPayloads"));
    connect(m_payloads, &QPushButton::clicked, this, &ShipmentDetailPane::showPayloads);
    auto *timelineHead = new QHBoxLayout;
    timelineHead->addWidget(m_timelineTitle, 1);
    timelineHead->addWidget(m_payloads);
    auto *timeline = new QWidget(this);
    auto *timelineLayout = new QVBoxLayout(timeline);
    timelineLayout->setContentsMargins(6, 6, 6, 0);
    timelineLayout->addLayout(timelineHead);
    timelineLayout->addWidget(m_table, 1);
    // The storefront's order beside the timeline.
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(timeline, tr("Timeline"));
    m_tabs->addTab(m_orderPanel, tr("Order"));
    connect(m_orderPanel, &OrderPanel::queryFailed, this, &ShipmentDetailPane::queryFailed);
    connect(m_tabs, &QTabWidget::currentChanged, this, &ShipmentDetailPane::showOrder);

    m_split->setObjectName(QStringLiteral("detailSplit"));
    m_split->addWidget(factsScroll);
    m_split->addWidget(m_tabs);
    m_split->setStretchFactor(1, 1);
    m_split->setChildrenCollapsible(false);
    m_split->setSizes({340, 900});
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_split);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    setFocusProxy(m_table);
    showShipment(0);
}

ShipmentDetailPane::~ShipmentDetailPane() = default;

void ShipmentDetailPane::showShipment(qint64 shipmentId)
{
    m_shipmentId = shipmentId;
    reload();
}

void ShipmentDetailPane::reload()
{
    m_detail.reset();
    if (m_shipmentId == 0) {
        m_timeline->setEvents({});
        showOrder();
        showMessage(tr("<p>Select a shipment to see its timeline, its customer and order, and what the carrier "
                       "sent.</p><p>↑ ↓ move through the list; Enter opens the shipment here.</p>"));
        return;
    }
    QString error;
    m_detail = ShipmentDetailQuery(m_database).load(m_shipmentId, &error);
    if (!m_detail) {
        m_timeline->setEvents({});
        if (error.isEmpty()) {
            showMessage(tr("<p>This shipment is no longer in the store.</p>"));
        } else {
            showMessage(tr("<p>The shipment could not be read.</p><p>%1</p>").arg(error.toHtmlEscaped()));
            Q_EMIT queryFailed(error);
        }
        return;
    }
    fill();
    showOrder();
    m_stack->setCurrentWidget(m_split);
}

void ShipmentDetailPane::showOrder()
{
    // Read only while the tab shows: moving through a list reads no order it will not show.
    const bool shown = m_tabs->currentWidget() == m_orderPanel && m_detail;
    m_orderPanel->showShipment(shown ? m_shipmentId : 0);
}

void ShipmentDetailPane::showMessage(const QString &html)
{
    m_message->setText(html);
    m_stack->setCurrentWidget(m_message);
}

void ShipmentDetailPane::fill()
{
    const ShipmentDetail &d = *m_detail;
    m_title->setText(d.trackingNumber);
    QStringList carrier{carrierDisplayName(d.carrier)};
    if (!d.service.isEmpty())
        carrier << d.service;
    if (d.pieceCount > 1)
        carrier << tr("%n pieces", nullptr, d.pieceCount);
    if (!d.masterTrackingNumber.isEmpty() && d.masterTrackingNumber != d.trackingNumber)
        carrier << tr("piece of %1").arg(d.masterTrackingNumber);
    m_subtitle->setText(carrier.join(QStringLiteral(" · ")));
    m_subtitle->setToolTip(d.carrierReference.isEmpty() ? QString()
                                                        : tr("The carrier's reference: %1").arg(d.carrierReference));
    // The status's dot in its colour (the table's), then the tag and the sub-status.
    m_status->setText(QStringLiteral("<span style=\"color:%1\">●</span> %2")
                          .arg(StatusPalette::color(d.tag).name(), DisplayText::status(d.tag, d.subtag).toHtmlEscaped()));
    m_status->setToolTip(subtagCode(d.subtag));
    QStringList conflicts;
    if (!d.statusConflict.isEmpty())
        conflicts << tr("The carrier's own summary disagrees with its scans (%1); the scans win.")
                         .arg(d.statusConflict);
    if (!d.statusLatch.isEmpty())
        conflicts << tr("A later scan shows no new movement after the journey ended (%1); the status stays.")
                         .arg(d.statusLatch);
    m_conflict->setText(conflicts.join(QLatin1Char('\n')));
    m_conflict->setVisible(!conflicts.isEmpty());

    const QString value = DisplayText::money(d.order.orderValueCents, d.order.currency);
    m_facts.set(m_order, value.isEmpty() || d.order.orderId.isEmpty()
                         ? d.order.orderId + value
                         : tr("%1 · %2").arg(d.order.orderId, value),
            false);
    m_facts.set(m_ordered, d.order.orderedAt.isValid() ? DisplayText::userTime(d.order.orderedAt.toMSecsSinceEpoch()) : QString(),
            true);
    m_facts.set(m_customer, d.order.customerName, false);
    m_facts.set(m_email, d.order.customerEmail, true);
    m_facts.set(m_phone, d.order.customerPhone, true);
    m_facts.set(m_destination, address(d.destination), false);
    m_facts.set(m_origin, address(d.origin), true);

    // A promise passed while the parcel is not delivered is a broken one: said in words,
    // and in the warning colour.
    const bool delivered = d.tag == Tag::Delivered;
    // Over at midnight where the parcel goes (its zone, else its latest scan's offset).
    const int fallbackOffset = d.events.isEmpty() ? 0 : d.events.constLast().occurredAt.offsetMinutes;
    const bool broken = d.order.promisedDate.isValid() && !delivered
        && d.order.promisedDate
               < m_zones.localDateAt(m_clock.nowMs(), d.destination.country, d.destination.state, fallbackOffset);
    m_facts.set(m_promised, broken ? tr("%1 — passed").arg(DisplayText::date(d.order.promisedDate))
                               : DisplayText::date(d.order.promisedDate),
            false);
    if (broken)
        m_promised->setToolTip(tr("The promised date has passed and the parcel is not delivered."));
    QPalette promisedPalette = palette();
    if (broken)
        promisedPalette.setColor(QPalette::WindowText, StatusPalette::warningText().color());
    m_promised->setPalette(promisedPalette);
    m_facts.set(m_estimated,
            d.estimatedDelivery.isNull()      ? QString()
            : d.estimatedDelivery.hasTime ? DisplayText::placeTime(d.estimatedDelivery.at)
                                          : DisplayText::date(d.estimatedDelivery.date),
            false);
    const PredictionTexts predicted = predictionTexts(d.prediction);
    m_facts.set(m_predicted, predicted.dates, true);
    m_facts.set(m_predictedBasis, predicted.basis, true);
    // The chance of missing the promise and where the estimate starts from, on demand: the
    // facts are many already (the at-risk exception says the chance in the queue).
    m_predicted->setToolTip(predicted.details);
    m_facts.set(m_shipped, d.shippedAtMs ? DisplayText::userTime(*d.shippedAtMs) : QString(), true);
    m_facts.set(m_delivered, d.deliveredAtMs ? DisplayText::userTime(*d.deliveredAtMs) : QString(), true);
    m_facts.set(m_attempts, d.attemptCount > 0 ? QString::number(d.attemptCount) : QString(), true);
    m_facts.set(m_exceptions, d.openExceptionCount > 0 ? QString::number(d.openExceptionCount) : QString(), true);

    m_timeline->setEvents(d.events);
    m_timelineTitle->setText(d.events.isEmpty()       ? tr("Timeline: no scans yet")
                                              : tr("Timeline: %n scans, newest first", nullptr, int(d.events.size())));
    m_payloads->setEnabled(d.rawPayloadCount > 0);
    m_payloads->setText(d.rawPayloadCount > 0 ? tr("Carrier &Payloads (%1)…").arg(d.rawPayloadCount)
                                              : tr("No Carrier Payloads"));
    m_payloads->setToolTip(d.rawPayloadCount > 0 ? tr("What the carrier feeds sent for this shipment, as they sent it")
                                                 : tr("No feed document with this shipment is stored"));
}

void ShipmentDetailPane::showPayloads()
{
    if (!m_detail || m_detail->rawPayloadCount == 0)
        return;
    QString error;
    auto payloads = ShipmentQueries(m_database).rawPayloads(m_detail->id, &error);
    if (!payloads) {
        Q_EMIT queryFailed(error);
        return;
    }
    auto *dialog = new CarrierPayloadDialog(m_detail->trackingNumber, std::move(*payloads), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ShipmentDetailPane::focusTimeline()
{
    m_table->setFocus(Qt::OtherFocusReason);
    if (!m_table->currentIndex().isValid() && m_timeline->rowCount() > 0)
        m_table->setCurrentIndex(m_timeline->index(0, 0));
}

void ShipmentDetailPane::setOrientation(Qt::Orientation orientation)
{
    m_split->setOrientation(orientation);
}

QByteArray ShipmentDetailPane::saveLayout() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << LayoutVersion << m_split->saveState() << m_table->horizontalHeader()->saveState();
    return state;
}

void ShipmentDetailPane::restoreLayout(const QByteArray &state)
{
    QDataStream in(state);
    quint32 version = 0;
    QByteArray split;
    QByteArray header;
    in >> version >> split >> header;
    if (in.status() != QDataStream::Ok || version != LayoutVersion)
        return;
    m_split->restoreState(split);
    m_table->horizontalHeader()->restoreState(header);
}

void ShipmentDetailPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The promise's warning colour follows the appearance.
    if (event->type() == QEvent::PaletteChange && m_detail)
        fill();
}

} // namespace ct
