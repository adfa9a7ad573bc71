// SPDX-License-Identifier: MIT
#pragma once

#include "allocation/allocationwhatif.h"

#include <QWidget>

#include <atomic>
#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace ct {

class AnalyticsRunner;
class Clock;

// The Carrier Allocation dialog's What-if tab (docs/DESKTOP.md, "Carrier allocation"):
// a candidate policy file, the days of orders to re-run and the weight to assume, and the
// estimates of AllocationWhatIf side by side — as shipped, the policy in force, the
// candidate — each with its 95 % interval, as `controltower-cli allocate whatif` prints
// them. The file is read and checked here (its located errors shown, nothing run); the
// re-run goes to the dialog's worker with progress and a Cancel. The file, the days and
// the weight are kept in AppSettings.
class AllocationWhatIfPane final : public QWidget
{
    Q_OBJECT

public:
    AllocationWhatIfPane(AnalyticsRunner *runner, const Clock &clock, QWidget *parent = nullptr);
    ~AllocationWhatIfPane() override;

    // Reads the file and, when it reads, re-runs the orders.
    void run();
    void cancel();
    bool isRunning() const { return m_running; }

    QLineEdit *policyFile() const { return m_file; }
    QSpinBox *days() const { return m_days; }
    QLineEdit *weight() const { return m_weight; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progress() const { return m_progress; }
    QLabel *status() const { return m_status; }
    QTableWidget *results() const { return m_table; }

    // The table's rows, top to bottom.
    enum Row { Allocated, Unallocated, OnTime, Rto, Cost, Priced, Carriers, RowCount };

Q_SIGNALS:
    // A report, a refusal or a failure is shown.
    void finished();

private:
    void chooseFile();
    void save() const;
    void show(const std::optional<WhatIfReport> &report, const QString &error, bool cancelled);
    void setRunning(bool running);

    AnalyticsRunner *m_runner;
    const Clock &m_clock;
    QLineEdit *m_file;
    QSpinBox *m_days;
    QLineEdit *m_weight;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTableWidget *m_table;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    bool m_running = false;
};

} // namespace ct
