// SPDX-License-Identifier: MIT
#include "jobindicator.h"

#include "jobs/storejobrunner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

namespace ct {

JobIndicator::JobIndicator(StoreJobRunner &jobs, QWidget *parent)
    : QWidget(parent)
    , m_jobs(jobs)
    , m_title(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    setObjectName(QStringLiteral("jobIndicator"));
    // As wide as what it says: the status bar's free space stays on the left.
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
    m_title->setObjectName(QStringLiteral("jobLabel"));
    m_progress->setObjectName(QStringLiteral("jobProgress"));
    m_progress->setFixedWidth(220);
    m_progress->setMaximumHeight(fontMetrics().height() + 4);
    m_progress->setTextVisible(true);
    m_cancel->setObjectName(QStringLiteral("cancelJob"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAutoRaise(true);
    m_cancel->hide();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    hide();

    connect(m_cancel, &QToolButton::clicked, &m_jobs, &StoreJobRunner::cancel);
    connect(&m_jobs, &StoreJobRunner::jobStarted, this, [this](const QString &title, bool cancellable) {
        m_title->setText(title);
        m_progress->setRange(0, 0);
        m_progress->resetFormat();
        m_cancel->setEnabled(true);
        m_cancel->setVisible(cancellable);
        m_cancel->setToolTip(tr("Stop %1 at the next point where what is stored is whole").arg(title.toLower()));
        show();
    });
    connect(&m_jobs, &StoreJobRunner::jobProgress, this, [this](const QString &, qint64 done, qint64 total) {
        if (total <= 0)
            return;
        m_progress->setRange(0, 1000);
        m_progress->setValue(static_cast<int>(1000 * done / total));
        m_progress->setFormat(QStringLiteral("%1 / %2").arg(QLocale().toString(done), QLocale().toString(total)));
    });
    connect(&m_jobs, &StoreJobRunner::cancelRequested, this, [this](const QString &title) {
        m_cancel->setEnabled(false);
        m_title->setText(tr("%1: stopping…").arg(title));
    });
    connect(&m_jobs, &StoreJobRunner::idle, this, &QWidget::hide);
}

} // namespace ct
