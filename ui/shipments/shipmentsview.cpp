// SPDX-License-Identifier: MIT
#include "shipmentsview.h"

#include "jobs/storejobrunner.h"
#include "settings/appsettings.h"
#include "shipmentdetailpane.h"
#include "shipmenttablemodel.h"
#include "store/database.h"
#include "sync/serversession.h"
#include "sync/syncstore.h"
#include "widgets/drilldownbanner.h"
#include "widgets/recordtable.h"

#include <QAction>
#include <QDir>
#include <QLocale>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace ct {

ShipmentsView::ShipmentsView(const ViewContext &context, QWidget *parent)
    : AppView(ViewId::Shipments, parent)
    , m_context(context)
    , m_model(new ShipmentTableModel(context.database, context.clock, this))
    , m_search(new QLineEdit(this))
    , m_filterBar(new DrillDownBanner(tr("Show &All Shipments"), QStringLiteral("showAll"), this))
    , m_searchDelay(new QTimer(this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(m_stack))
    , m_emptyState(new QLabel(m_stack))
    , m_split(new QSplitter(Qt::Vertical, this))
    , m_detail(new ShipmentDetailPane(context.database, context.clock, this))
    , m_selectionDelay(new QTimer(this))
{
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search tracking number, order, customer, e-mail or phone  (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] {
        m_model->setSearchText(m_search->text());
        updateFilterBar();
        updateEmptyState();
    });

    // A drill-down's shipments: what they are, and the way back to all of them.
    connect(m_filterBar, &DrillDownBanner::cleared, this, &ShipmentsView::showAllShipments);

    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("shipmentTable"));
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->horizontalHeader()->setStretchLastSection(false);
    setUpRecordTable(*m_table, {180, 95, 125, 125, 130, 115, 115, 75, 90, 85, 80},
                     AppSettings::ShipmentTableHeader.value());

    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setObjectName(QStringLiteral("emptyState"));
    m_emptyState->setMargin(40);
    m_emptyState->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stack->setObjectName(QStringLiteral("shipmentList"));
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_emptyState);

    auto *list = new QWidget(this);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(8, 8, 8, 0);
    listLayout->setSpacing(6);
    listLayout->addWidget(m_search);
    listLayout->addWidget(m_filterBar);
    listLayout->addWidget(m_stack, 1);
    m_split->setObjectName(QStringLiteral("shipmentsSplit"));
    m_split->addWidget(list);
    m_split->addWidget(m_detail);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    m_split->setSizes({440, 360});
    m_split->restoreState(AppSettings::ShipmentsSplitter.value());
    m_detail->restoreLayout(AppSettings::ShipmentDetailLayout.value());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_split);
    setFocusProxy(m_table);

    // Selecting a row opens it below (once the keyboard rests: holding an arrow key
    // does not read every shipment on the way); Enter or a double click takes the
    // keyboard there, Escape brings it back.
    m_selectionDelay->setSingleShot(true);
    m_selectionDelay->setInterval(0);
    connect(m_selectionDelay, &QTimer::timeout, this, [this] {
        m_detail->showShipment(m_table->currentIndex().data(ShipmentTableModel::ShipmentIdRole).toLongLong());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, m_selectionDelay,
            qOverload<>(&QTimer::start));
    connect(m_table, &QAbstractItemView::activated, this, &ShipmentsView::openCurrent);
    auto *back = new QAction(tr("Back to the List"), m_detail);
    back->setShortcut(QKeySequence(Qt::Key_Escape));
    back->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(back, &QAction::triggered, this, [this] { m_table->setFocus(Qt::ShortcutFocusReason); });
    m_detail->addAction(back);
    connect(m_detail, &ShipmentDetailPane::queryFailed, this, [this](const QString &message) {
        Q_EMIT statusMessage(tr("Reading the shipment failed: %1").arg(message), 15000);
    });

    connect(m_model, &ShipmentTableModel::queryFailed, this, [this](const QString &message) {
        Q_EMIT statusMessage(tr("Reading the store failed: %1").arg(message), 15000);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ShipmentsView::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ShipmentsView::updateEmptyState);
    connect(context.jobs, &StoreJobRunner::jobStarted, this, &ShipmentsView::updateEmptyState);
    connect(context.jobs, &StoreJobRunner::idle, this, &ShipmentsView::updateEmptyState);
    connect(context.session, &ServerSession::connectionChanged, this, &ShipmentsView::updateEmptyState);
    updateEmptyState();
}

ShipmentsView::~ShipmentsView() = default;

bool ShipmentsView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
    return true;
}

void ShipmentsView::openCurrent()
{
    m_selectionDelay->stop();
    const qint64 id = m_table->currentIndex().data(ShipmentTableModel::ShipmentIdRole).toLongLong();
    if (id != m_detail->shipmentId())
        m_detail->showShipment(id);
    // A pane dragged shut opens again.
    const QList<int> sizes = m_split->sizes();
    if (sizes.value(1) == 0)
        m_split->setSizes({sizes.value(0) * 3 / 5, sizes.value(0) * 2 / 5});
    m_detail->focusTimeline();
}

bool ShipmentsView::openShipment(const QString &trackingNumber)
{
    m_search->blockSignals(true);
    m_search->setText(trackingNumber);
    m_search->blockSignals(false);
    m_model->setSearchText(trackingNumber);
    updateEmptyState();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, ShipmentTableModel::TrackingNumber);
        if (index.data().toString().compare(trackingNumber, Qt::CaseInsensitive) == 0) {
            m_table->setCurrentIndex(index);
            openCurrent();
            return true;
        }
    }
    return false;
}

void ShipmentsView::showShipmentIds(const QList<qint64> &ids, const QString &description)
{
    m_searchDelay->stop();
    m_search->blockSignals(true);
    m_search->clear();
    m_search->blockSignals(false);
    m_filterDescription = description;
    m_model->setIdFilter(ids);
    updateFilterBar();
    updateEmptyState();
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
}

void ShipmentsView::showAllShipments()
{
    m_model->clearIdFilter();
    updateFilterBar();
    updateEmptyState();
}

QString ShipmentsView::filterText() const
{
    return m_filterBar->isVisibleTo(this) ? m_filterBar->text() : QString();
}

void ShipmentsView::updateFilterBar()
{
    if (!m_model->hasIdFilter()) {
        m_filterBar->hide();
        return;
    }
    const qint64 n = m_model->idFilterCount();
    m_filterBar->showFilter(tr("%Ln shipments", nullptr, int(n)), m_filterDescription);
}

void ShipmentsView::reload()
{
    // Keep the shipment the agent is on selected when it is still among the first rows.
    const QVariant current = m_table->currentIndex().data(ShipmentTableModel::ShipmentIdRole);
    const int column = qMax(0, m_table->currentIndex().column());
    m_model->reload();
    updateFilterBar();
    m_detail->reload();
    if (!current.isValid())
        return;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, column);
        if (index.data(ShipmentTableModel::ShipmentIdRole) == current) {
            m_table->setCurrentIndex(index);
            m_table->scrollTo(index);
            break;
        }
    }
}

void ShipmentsView::saveLayout() const
{
    AppSettings::ShipmentTableHeader.setValue(m_table->horizontalHeader()->saveState());
    // A pane hidden for an empty list would be saved as shut.
    if (m_detail->isVisibleTo(this))
        AppSettings::ShipmentsSplitter.setValue(m_split->saveState());
    AppSettings::ShipmentDetailLayout.setValue(m_detail->saveLayout());
}

void ShipmentsView::updateEmptyState()
{
    // With no list there is nothing to detail: the explanation gets the whole view.
    m_detail->setVisible(m_model->rowCount() > 0);
    if (m_model->rowCount() > 0) {
        m_stack->setCurrentWidget(m_table);
        return;
    }
    const QString store = QDir::toNativeSeparators(m_context.database.path()).toHtmlEscaped();
    if (m_model->hasIdFilter()) {
        m_emptyState->setText(tr("<h3>None of these shipments is in the store any more</h3><p>%1</p>")
                                  .arg(m_filterDescription.toHtmlEscaped()));
    } else if (!m_model->searchText().trimmed().isEmpty()) {
        m_emptyState->setText(tr("<h3>No shipment matches “%1”</h3><p>Search looks at tracking numbers, "
                                 "order numbers, customer names, e-mail addresses and phone numbers; "
                                 "every word must match the start of one of them.</p>")
                                  .arg(m_model->searchText().toHtmlEscaped()));
    } else if (m_context.jobs->isBusy()) {
        m_emptyState->setText(tr("<h3>Preparing the store…</h3><p>Shipments appear here as soon as the "
                                 "job in the status bar is done.</p>"));
    } else if (m_context.session->isConnected() || !SyncStore(m_context.database).serverId().isEmpty()) {
        m_emptyState->setText(tr("<h3>No shipments yet</h3><p>This store is a copy of the team server at %1. "
                                 "<b>Sync Now</b> (F5) brings the team's shipments.</p>")
                                  .arg(m_context.session->serverUrl().toDisplayString().toHtmlEscaped()));
    } else {
        m_emptyState->setText(tr("<h3>No shipments yet</h3><p>Connect to your team's server (Server &gt; "
                                 "Connect…) to work with its shipments.</p><p>For a store of your own, feed carrier "
                                 "tracking data into it with <tt>controltower-cli ingest FILE --db \"%1\"</tt>, or "
                                 "fill it with demo data using <tt>controltower-cli demo --db \"%1\"</tt>.</p>")
                                  .arg(store));
    }
    m_stack->setCurrentWidget(m_emptyState);
}

} // namespace ct
