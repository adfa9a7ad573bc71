// SPDX-License-Identifier: MIT
#include "carrierallocationdialog.h"

#include "allocationorderform.h"
#include "allocationscorecardmodel.h"
#include "allocationwhatifpane.h"

#include "analytics/analyticsrunner.h"
#include "settings/appsettings.h"
#include "shell/clock.h"
#include "store/database.h"
#include "widgets/recordtable.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ct {

// What the worker opened for one now (worker thread only).
struct CarrierAllocationDialog::Opened
{
    qint64 nowMs = -1;
    std::optional<CarrierAllocator> allocator;
    QString error;
};

namespace {

// Opens the allocator for `nowMs` unless it is open already; false with opened.error.
bool ensureOpen(CarrierAllocationDialog::Opened &opened, const Database &db, qint64 nowMs)
{
    if (opened.nowMs == nowMs && (opened.allocator || !opened.error.isEmpty()))
        return opened.allocator.has_value();
    opened.nowMs = nowMs;
    opened.error.clear();
    opened.allocator = CarrierAllocator::open(db, nowMs, &opened.error);
    return opened.allocator.has_value();
}

QString noPolicyText()
{
    return CarrierAllocationDialog::tr("No allocation policy is in force in this store, so no "
                                       "carrier can be recommended. Set one with "
                                       "\"controltower-cli allocate policy set FILE\", or on the "
                                       "team server (Team settings: allocation_policy); "
                                       "docs/ALLOCATION.md describes the policy.");
}

} // namespace

CarrierAllocationDialog::CarrierAllocationDialog(const Database &database, const Clock &clock,
                                                 QWidget *parent)
    : QDialog(parent), m_runner(new AnalyticsRunner(database.path(), this)), m_clock(clock),
      m_opened(std::make_shared<Opened>()), m_tabs(new QTabWidget(this)),
      m_scorecard(new AllocationScorecardModel(this)), m_sorted(new QSortFilterProxyModel(this)),
      m_scorecardTable(new QTableView(this)), m_scorecardStatus(new QLabel(this)),
      m_form(new AllocationOrderForm(this)),
      m_recommendButton(new QPushButton(tr("&Recommend"), this)),
      m_recommendStatus(new QLabel(this)), m_ranking(new QTableWidget(this)),
      m_trace(new QPlainTextEdit(this)), m_copy(new QPushButton(tr("&Copy Trace"), this)),
      m_whatIf(new AllocationWhatIfPane(m_runner, clock, this))
{
    setObjectName(QStringLiteral("carrierAllocationDialog"));
    setWindowTitle(tr("Carrier Allocation"));
    resize(980, 640);

    // Scorecard.
    m_sorted->setSourceModel(m_scorecard);
    m_sorted->setSortRole(AllocationScorecardModel::SortRole);
    m_scorecardTable->setObjectName(QStringLiteral("allocationScorecard"));
    m_scorecardTable->setModel(m_sorted);
    m_scorecardTable->setSortingEnabled(true);
    m_scorecardTable->sortByColumn(
        -1, Qt::AscendingOrder); // the scorecard's own order until a header is clicked
    const int em = m_scorecardTable->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    setUpRecordTable(*m_scorecardTable, {15 * em, 6 * em, 16 * em, 15 * em, 11 * em}, QByteArray());
    m_scorecardTable->horizontalHeader()->setStretchLastSection(true);
    m_scorecardStatus->setObjectName(QStringLiteral("scorecardStatus"));
    for (QLabel *label : {m_scorecardStatus, m_recommendStatus}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    auto *scorecardPage = new QWidget(this);
    auto *scorecardColumn = new QVBoxLayout(scorecardPage);
    scorecardColumn->addWidget(m_scorecardStatus);
    scorecardColumn->addWidget(m_scorecardTable, 1);
    m_tabs->addTab(scorecardPage, tr("&Scorecard"));

    // Recommend.
    m_recommendButton->setObjectName(QStringLiteral("recommendButton"));
    m_recommendButton->setAutoDefault(false);
    m_recommendStatus->setObjectName(QStringLiteral("recommendStatus"));
    m_ranking->setObjectName(QStringLiteral("allocationRanking"));
    m_ranking->setColumnCount(5);
    m_ranking->setHorizontalHeaderLabels(
        {tr("Rank"), tr("Carrier service"), tr("Score"), tr("P50 arrival"), tr("Price")});
    m_ranking->setEditTriggers(QAbstractItemView::NoEditTriggers);
    setUpRecordTable(*m_ranking, {4 * em, 20 * em, 6 * em, 8 * em}, QByteArray());
    m_ranking->horizontalHeader()->setStretchLastSection(true);
    m_trace->setObjectName(QStringLiteral("allocationTrace"));
    m_trace->setReadOnly(true);
    m_trace->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_trace->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_copy->setObjectName(QStringLiteral("copyTrace"));
    m_copy->setAutoDefault(false);
    m_copy->setEnabled(false);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_trace->toPlainText()); });
    connect(m_recommendButton, &QPushButton::clicked, this, &CarrierAllocationDialog::recommend);
    connect(m_form, &AllocationOrderForm::submitted, this, &CarrierAllocationDialog::recommend);

    auto *recommendPage = new QWidget(this);
    auto *recommendColumn = new QVBoxLayout(recommendPage);
    auto *formLine = new QHBoxLayout;
    formLine->addWidget(m_form, 1);
    auto *formButtons = new QVBoxLayout;
    formButtons->addWidget(m_recommendButton);
    formButtons->addStretch(1);
    formLine->addLayout(formButtons);
    recommendColumn->addLayout(formLine);
    recommendColumn->addWidget(m_recommendStatus);
    auto *results = new QSplitter(Qt::Vertical, recommendPage);
    results->addWidget(m_ranking);
    auto *tracePane = new QWidget(results);
    auto *traceColumn = new QVBoxLayout(tracePane);
    traceColumn->setContentsMargins(0, 0, 0, 0);
    auto *traceHeader = new QHBoxLayout;
    traceHeader->addWidget(
        new QLabel(tr("Trace (as controltower-cli allocate prints it):"), tracePane), 1);
    traceHeader->addWidget(m_copy);
    traceColumn->addLayout(traceHeader);
    traceColumn->addWidget(m_trace, 1);
    results->addWidget(tracePane);
    results->setStretchFactor(0, 1);
    results->setStretchFactor(1, 2);
    recommendColumn->addWidget(results, 1);
    m_tabs->addTab(recommendPage, tr("R&ecommend"));
    m_tabs->addTab(m_whatIf, tr("&What-if"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *refresh = buttons->addButton(tr("Re&fresh"), QDialogButtonBox::ActionRole);
    refresh->setObjectName(QStringLiteral("refreshAllocation"));
    refresh->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(refresh, &QPushButton::clicked, this, &CarrierAllocationDialog::reload);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_runner, &AnalyticsRunner::storeFailed, this, [this](const QString &error) {
        m_scorecardStatus->setText(tr("The store could not be read: %1").arg(error));
        m_recommendStatus->setText(m_scorecardStatus->text());
        Q_EMIT scorecardShown();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    m_form->restore();
    const QByteArray geometry = AppSettings::CarrierAllocationGeometry.value();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    reload();
}

CarrierAllocationDialog::~CarrierAllocationDialog() = default;

bool CarrierAllocationDialog::isBusy() const
{
    return m_runner->isBusy();
}

void CarrierAllocationDialog::hideEvent(QHideEvent *event)
{
    AppSettings::CarrierAllocationGeometry.setValue(saveGeometry());
    m_form->save();
    QDialog::hideEvent(event);
}

void CarrierAllocationDialog::reload()
{
    m_nowMs = m_clock.nowMs();
    m_scorecardStatus->setText(tr("Reading the scorecard…"));
    const qint64 nowMs = m_nowMs;
    const std::shared_ptr<Opened> opened = m_opened;
    QPointer<CarrierAllocationDialog> self(this);
    m_runner->submit(
        AnalyticsRunner::Channel::Page,
        [opened, nowMs, self](const Database &db) -> AnalyticsRunner::Deliver {
            // The cached allocator is dropped: Refresh reads the policy and the scorecard again.
            opened->nowMs = -1;
            opened->allocator.reset();
            const bool ok = ensureOpen(*opened, db, nowMs);
            QString error = opened->error;
            QString problem;
            bool noPolicy = false;
            QList<CarrierScorecard::Row> rows;
            CarrierScorecard::Window window;
            if (ok) {
                problem = opened->allocator->settings().problem;
                noPolicy = opened->allocator->settings().policy.carriers.isEmpty();
                rows = opened->allocator->scorecard().rows();
                window = opened->allocator->scorecard().window();
            }
            return [self, ok, error, problem, noPolicy, rows = std::move(rows), window]() mutable {
                if (!self)
                    return;
                QString text;
                if (!ok)
                    text = tr("The scorecard could not be read: %1").arg(error);
                else if (noPolicy)
                    text = noPolicyText();
                else
                    text = tr("%n cells from %1 to %2 (UTC days: the policy's window ending on the "
                              "day of now). Click a "
                              "header to sort.",
                              nullptr, static_cast<int>(rows.size()))
                               .arg(QLocale().toString(window.from, QLocale::ShortFormat),
                                    QLocale().toString(window.to, QLocale::ShortFormat));
                if (!problem.isEmpty())
                    text += QLatin1Char('\n') +
                            tr("The stored settings have a problem: %1").arg(problem);
                self->m_scorecard->setRows(std::move(rows));
                self->m_scorecardStatus->setText(text);
                self->m_recommendStatus->setText(noPolicy ? noPolicyText() : QString());
                self->m_recommendButton->setEnabled(ok && !noPolicy);
                Q_EMIT self->scorecardShown();
            };
        });
}

void CarrierAllocationDialog::recommend()
{
    const std::optional<AllocationOrder> order = m_form->order();
    if (!order) {
        m_ranking->setRowCount(0); // an earlier order's answer is not this one's
        m_trace->clear();
        m_copy->setEnabled(false);
        m_recommendStatus->setText(
            tr("The order does not read: see the messages beside the fields. Nothing was run."));
        Q_EMIT recommendationShown();
        return;
    }
    m_form->save();
    m_recommendStatus->setText(tr("Recommending…"));
    const qint64 nowMs = m_nowMs;
    const std::shared_ptr<Opened> opened = m_opened;
    QPointer<CarrierAllocationDialog> self(this);
    const AllocationOrder o = *order;
    m_runner->submit(AnalyticsRunner::Channel::DrillDown,
                     [opened, nowMs, self, o](const Database &db) -> AnalyticsRunner::Deliver {
                         std::optional<AllocationResult> result;
                         QString error;
                         QString problem;
                         bool noPolicy = false;
                         if (!ensureOpen(*opened, db, nowMs)) {
                             error = opened->error;
                         } else {
                             problem = opened->allocator->settings().problem;
                             noPolicy = opened->allocator->settings().policy.carriers.isEmpty();
                             if (!noPolicy)
                                 result = opened->allocator->allocate(o, &error);
                         }
                         return [self, result, error, problem, noPolicy] {
                             if (self)
                                 self->showRecommendation(result, problem, error, noPolicy);
                         };
                     });
}

void CarrierAllocationDialog::showRecommendation(const std::optional<AllocationResult> &result,
                                                 const QString &problem, const QString &error,
                                                 bool noPolicy)
{
    m_ranking->setRowCount(0);
    m_trace->clear();
    m_copy->setEnabled(false);
    QString text;
    if (noPolicy) {
        text = noPolicyText();
    } else if (!result) {
        text = tr("The recommendation could not be made: %1").arg(error);
    } else {
        const QLocale locale;
        for (int i = 0; i < result->ranking.size(); ++i) {
            const AllocationCandidate &c = result->candidates.at(result->ranking.at(i));
            const QStringList cells{
                locale.toString(i + 1), c.text(), locale.toString(c.score, 'f', 2),
                c.arrivalP50 ? locale.toString(*c.arrivalP50, QLocale::ShortFormat) : tr("unknown"),
                c.priced && c.quote.ok() ? c.quote.total.text() : tr("not priced")};
            m_ranking->insertRow(i);
            for (int col = 0; col < cells.size(); ++col) {
                auto *item = new QTableWidgetItem(cells.at(col));
                item->setToolTip(cells.at(col));
                if (col == 0 || col == 2)
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_ranking->setItem(i, col, item);
            }
        }
        m_trace->setPlainText(result->text());
        m_copy->setEnabled(true);
        text =
            result->best()
                ? tr("Recommended: %1. %n carrier services considered; the trace below says why.",
                     nullptr, static_cast<int>(result->candidates.size()))
                      .arg(result->best()->text())
                : tr("No carrier service of the policy can take this order; the trace below says "
                     "why.");
    }
    if (!problem.isEmpty())
        text += QLatin1Char('\n') + tr("The stored settings have a problem: %1").arg(problem);
    m_recommendStatus->setText(text);
    Q_EMIT recommendationShown();
}

} // namespace ct
