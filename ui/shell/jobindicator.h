// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace ct {

class StoreJobRunner;

// The status bar's account of long store work: the running job's title, its progress
// ("12,000 / 20,000"), and Cancel when the job can stop early. Hidden while no job runs.
class JobIndicator final : public QWidget
{
    Q_OBJECT

public:
    explicit JobIndicator(StoreJobRunner &jobs, QWidget *parent = nullptr);

private:
    StoreJobRunner &m_jobs;
    QLabel *m_title;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
};

} // namespace ct
