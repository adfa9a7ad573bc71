// SPDX-License-Identifier: MIT
#pragma once

#include "allocation/allocationtrace.h"
#include "allocation/carrierallocator.h"

#include <QDialog>

#include <memory>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace ct {

class AllocationOrderForm;
class AllocationWhatIfPane;
class AllocationScorecardModel;
class AnalyticsRunner;
class Clock;
class Database;

// Store > Carrier Allocation… (docs/DESKTOP.md, "Carrier allocation"): the allocation
// policy's scorecard as the allocator reads it, and a recommendation for an order typed in
// (the ranked carriers and the whole trace, as `controltower-cli allocate` prints it), and
// a what-if of a candidate policy over the last days of orders (AllocationWhatIfPane).
// Everything that reads the store runs on a worker thread with its own connection
// (AnalyticsRunner): the allocator (policy, rate card and scorecard) is opened there once
// per "now" — when the dialog opens and on Refresh — and each Recommend reuses it, with
// the day's allocations counted at that moment. The form's values and the geometry are
// kept in AppSettings.
class CarrierAllocationDialog final : public QDialog
{
    Q_OBJECT

public:
    CarrierAllocationDialog(const Database &database, const Clock &clock,
                            QWidget *parent = nullptr);
    ~CarrierAllocationDialog() override;

    // Reads the policy and the scorecard again as of the clock's now.
    void reload();
    // Reads the form and, when it reads, asks for a recommendation.
    void recommend();
    bool isBusy() const;

    QTabWidget *tabs() const { return m_tabs; }
    QTableView *scorecardTable() const { return m_scorecardTable; }
    AllocationScorecardModel *scorecardModel() const { return m_scorecard; }
    QLabel *scorecardStatus() const { return m_scorecardStatus; }
    AllocationOrderForm *orderForm() const { return m_form; }
    QLabel *recommendStatus() const { return m_recommendStatus; }
    QTableWidget *rankingTable() const { return m_ranking; }
    QPlainTextEdit *traceView() const { return m_trace; }
    AllocationWhatIfPane *whatIfPane() const { return m_whatIf; }

    // The allocator the worker opened (worker thread only).
    struct Opened;

Q_SIGNALS:
    // A recommendation, or its failure, is shown.
    void recommendationShown();
    // The scorecard tab is filled (or says why not).
    void scorecardShown();

protected:
    void hideEvent(QHideEvent *event) override;

private:
    void showRecommendation(const std::optional<AllocationResult> &result, const QString &problem,
                            const QString &error, bool noPolicy);

    AnalyticsRunner *m_runner;
    const Clock &m_clock;
    // Worker thread only: the allocator opened for the current now.
    std::shared_ptr<Opened> m_opened;
    qint64 m_nowMs = 0;
    QTabWidget *m_tabs;
    AllocationScorecardModel *m_scorecard;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_scorecardTable;
    QLabel *m_scorecardStatus;
    AllocationOrderForm *m_form;
    QPushButton *m_recommendButton;
    QLabel *m_recommendStatus;
    QTableWidget *m_ranking;
    QPlainTextEdit *m_trace;
    QPushButton *m_copy;
    AllocationWhatIfPane *m_whatIf;
};

} // namespace ct
