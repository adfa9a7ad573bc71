// SPDX-License-Identifier: MIT
#include "allocationwhatifpane.h"

#include "allocation/allocationsettings.h"
#include "allocation/money.h"
#include "analytics/analyticsrunner.h"
#include "edits/editcatalog.h"
#include "settings/appsettings.h"
#include "shell/clock.h"
#include "widgets/displaytext.h"
#include "widgets/recordtable.h"

#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace ct {

namespace {

// What the worker reports while it re-runs (read by the pane's timer).
struct Progress
{
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
};

QString shareText(const WhatIfShare &s)
{
    if (!s.estimate)
        return AllocationWhatIfPane::tr("no data");
    const QLocale locale;
    //: An estimated share with its 95 % interval and the orders it is over: "92.4 % (88.1–96.0 %), 312 orders".
    return AllocationWhatIfPane::tr("%1 % (%2–%3 %), %n orders", nullptr, static_cast<int>(s.orders))
        .arg(locale.toString(*s.estimate * 100, 'f', 1), locale.toString(s.low * 100, 'f', 1),
             locale.toString(s.high * 100, 'f', 1));
}

QString costText(const WhatIfOutcome &o)
{
    if (o.costMinor.isEmpty())
        return AllocationWhatIfPane::tr("no rate card price");
    QStringList parts;
    for (auto it = o.costMinor.cbegin(); it != o.costMinor.cend(); ++it)
        parts << DisplayText::money(it.value(), it.key());
    return parts.join(QStringLiteral(" + "));
}

// The busiest carrier services first, one a line: the first six, then how many more.
QString carriersText(const WhatIfOutcome &o)
{
    constexpr int Shown = 6;
    QList<std::pair<QString, qint64>> services(o.perCarrier.keyValueBegin(), o.perCarrier.keyValueEnd());
    std::stable_sort(services.begin(), services.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    const QLocale locale;
    QStringList lines;
    for (qsizetype i = 0; i < services.size() && i < Shown; ++i)
        lines << QStringLiteral("%1: %2").arg(services.at(i).first, locale.toString(services.at(i).second));
    if (services.size() > Shown)
        lines << AllocationWhatIfPane::tr("and %n more", nullptr, static_cast<int>(services.size() - Shown));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

AllocationWhatIfPane::AllocationWhatIfPane(AnalyticsRunner *runner, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_runner(runner), m_clock(clock), m_file(new QLineEdit(this)), m_days(new QSpinBox(this)),
      m_weight(new QLineEdit(this)), m_run(new QPushButton(tr("Re-&run"), this)),
      m_cancel(new QPushButton(tr("Cance&l"), this)), m_progress(new QProgressBar(this)), m_status(new QLabel(this)),
      m_table(new QTableWidget(RowCount, 3, this))
{
    m_file->setObjectName(QStringLiteral("whatIfPolicy"));
    m_file->setPlaceholderText(tr("a policy file (JSON, docs/ALLOCATION.md) to compare with the one in force"));
    m_file->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("whatIfBrowse"));
    browse->setAutoDefault(false);
    connect(browse, &QPushButton::clicked, this, &AllocationWhatIfPane::chooseFile);
    m_days->setObjectName(QStringLiteral("whatIfDays"));
    m_days->setRange(1, 366);
    m_days->setSuffix(tr(" days"));
    m_weight->setObjectName(QStringLiteral("whatIfWeight"));
    m_weight->setMaximumWidth(m_weight->fontMetrics().horizontalAdvance(QStringLiteral("0000.000")) + 16);
    m_run->setObjectName(QStringLiteral("whatIfRun"));
    m_run->setAutoDefault(false);
    m_cancel->setObjectName(QStringLiteral("whatIfCancel"));
    m_cancel->setAutoDefault(false);
    m_cancel->setEnabled(false);
    connect(m_run, &QPushButton::clicked, this, &AllocationWhatIfPane::run);
    connect(m_cancel, &QPushButton::clicked, this, &AllocationWhatIfPane::cancel);
    for (QLineEdit *edit : {m_file, m_weight})
        connect(edit, &QLineEdit::returnPressed, this, &AllocationWhatIfPane::run);
    m_progress->setObjectName(QStringLiteral("whatIfProgress"));
    m_progress->setVisible(false);
    m_status->setObjectName(QStringLiteral("whatIfStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setText(tr("Re-runs the last days of orders under a candidate policy and under the one in force, "
                         "beside the carriers they really went with. Every figure is an estimate from the "
                         "scorecard of the days before those orders."));

    m_table->setObjectName(QStringLiteral("whatIfResults"));
    m_table->setHorizontalHeaderLabels({tr("As shipped"), tr("Policy in force"), tr("Candidate")});
    m_table->setVerticalHeaderLabels({tr("Orders allocated"), tr("No carrier could take"), tr("On time (estimate)"),
                                      tr("RTO (estimate)"), tr("Cost at the assumed weight"), tr("Orders priced"),
                                      tr("Carrier services")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setWordWrap(true);

    auto *form = new QFormLayout;
    auto *fileLine = new QHBoxLayout;
    fileLine->addWidget(m_file, 1);
    fileLine->addWidget(browse);
    auto *fileLabel = new QLabel(tr("Candidate &policy"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileLine);
    auto *numbers = new QHBoxLayout;
    numbers->addWidget(m_days);
    auto *weightLabel = new QLabel(tr("each order &weighing"), this);
    weightLabel->setBuddy(m_weight);
    numbers->addSpacing(12);
    numbers->addWidget(weightLabel);
    numbers->addWidget(m_weight);
    numbers->addWidget(new QLabel(tr("kg (the store keeps no parcel weights)"), this));
    numbers->addStretch(1);
    form->addRow(tr("Re-run the last"), numbers);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_progress, 1);
    auto *column = new QVBoxLayout(this);
    column->addLayout(form);
    column->addLayout(buttons);
    column->addWidget(m_status);
    column->addWidget(m_table, 1);

    m_file->setText(AppSettings::AllocationWhatIfPolicy.value());
    m_days->setValue(AppSettings::AllocationWhatIfDays.value());
    m_weight->setText(AppSettings::AllocationWhatIfWeight.value());
}

AllocationWhatIfPane::~AllocationWhatIfPane()
{
    cancel();
}

void AllocationWhatIfPane::chooseFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Candidate Allocation Policy"), m_file->text(),
                                                      tr("Allocation policies (*.json);;All files (*)"));
    if (!file.isEmpty())
        m_file->setText(file);
}

void AllocationWhatIfPane::save() const
{
    AppSettings::AllocationWhatIfPolicy.setValue(m_file->text().trimmed());
    AppSettings::AllocationWhatIfDays.setValue(m_days->value());
    AppSettings::AllocationWhatIfWeight.setValue(m_weight->text().trimmed());
}

void AllocationWhatIfPane::cancel()
{
    if (m_cancelled)
        m_cancelled->store(true);
}

void AllocationWhatIfPane::setRunning(bool running)
{
    m_running = running;
    m_run->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_progress->setVisible(running);
}

void AllocationWhatIfPane::run()
{
    if (m_running)
        return;
    save();
    const QString path = m_file->text().trimmed();
    const auto refuse = [this](const QString &text) {
        m_table->clearContents(); // an earlier run's figures are not this one's
        m_status->setText(text);
        Q_EMIT finished();
    };
    if (path.isEmpty())
        return refuse(tr("Choose the candidate policy file to compare with the policy in force. Nothing was run."));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(tr("%1 cannot be read: %2. Nothing was run.").arg(path, file.errorString()));
    QList<FieldError> errors;
    const std::optional<AllocationPolicy> candidate = AllocationPolicy::fromJson(file.readAll(), &errors);
    if (!candidate) {
        QStringList lines;
        for (const FieldError &e : errors)
            lines << QStringLiteral("%1: %2").arg(e.field, e.detail);
        return refuse(tr("%1 is not an allocation policy. Nothing was run.\n%2").arg(path, lines.join(QLatin1Char('\n'))));
    }
    const std::optional<qint64> grams = gramsFromKilograms(m_weight->text().trimmed());
    if (!grams)
        return refuse(tr("The weight must be kilograms above 0 with at most 3 decimals (\"0.5\"). Nothing was run."));

    setRunning(true);
    m_progress->setRange(0, 0);
    m_status->setText(tr("Re-running the orders…"));
    m_cancelled = std::make_shared<std::atomic<bool>>(false);
    auto progress = std::make_shared<Progress>();
    auto *poll = new QTimer(this);
    poll->setInterval(100);
    connect(poll, &QTimer::timeout, this, [this, progress] {
        const qint64 total = progress->total.load();
        if (total > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(static_cast<int>(1000 * progress->done.load() / total));
        }
    });
    poll->start();
    const int days = m_days->value();
    const qint64 nowMs = m_clock.nowMs();
    const AllocationPolicy policy = *candidate;
    QPointer<AllocationWhatIfPane> self(this);
    QPointer<QTimer> timer(poll);
    m_runner->submit(AnalyticsRunner::Channel::Export,
                     [self, timer, policy, days, grams = *grams, nowMs, cancelled = m_cancelled,
                      progress](const Database &db) -> AnalyticsRunner::Deliver {
                         const AllocationSettings::InForce in = AllocationSettings::read(db);
                         QString error;
                         std::optional<WhatIfReport> report = AllocationWhatIf::run(
                             db, in.policy, policy, in.rateCard, days, grams, nowMs, &error,
                             [&](qint64 done, qint64 total) {
                                 progress->done = done;
                                 progress->total = total;
                                 return !cancelled->load();
                             });
                         const bool wasCancelled = cancelled->load();
                         const QString problem = in.problem;
                         return [self, timer, report = std::move(report), error, wasCancelled, problem] {
                             if (timer)
                                 timer->deleteLater();
                             if (!self)
                                 return;
                             self->setRunning(false);
                             self->show(wasCancelled ? std::nullopt : report, error, wasCancelled);
                             if (!problem.isEmpty())
                                 self->m_status->setText(self->m_status->text() + QLatin1Char('\n')
                                                         + tr("The stored settings have a problem: %1").arg(problem));
                         };
                     });
}

void AllocationWhatIfPane::show(const std::optional<WhatIfReport> &report, const QString &error, bool cancelled)
{
    m_table->clearContents();
    if (!report) {
        m_status->setText(cancelled ? tr("Cancelled: nothing was compared.")
                                    : tr("The what-if could not be run: %1").arg(error));
        Q_EMIT finished();
        return;
    }
    const QLocale locale;
    const WhatIfOutcome *columns[] = {&report->asShipped, &report->inForce, &report->candidate};
    for (int col = 0; col < 3; ++col) {
        const WhatIfOutcome &o = *columns[col];
        const QStringList cells{
            locale.toString(o.allocated),
            col == 0 ? QStringLiteral("—") : locale.toString(o.unallocated),
            shareText(o.onTime),
            shareText(o.rto),
            costText(o),
            tr("%1 of %2").arg(locale.toString(o.priced), locale.toString(o.priced + o.unpriced)),
            carriersText(o)};
        for (int row = 0; row < cells.size(); ++row) {
            auto *item = new QTableWidgetItem(cells.at(row));
            item->setToolTip(cells.at(row));
            m_table->setItem(row, col, item);
        }
    }
    m_status->setText(
        tr("ESTIMATES, not outcomes: %n orders from %1 to %2, each assumed to weigh %3, each counted with the on-time "
           "and RTO rates of the scorecard cell of the carrier it goes to, from %4 to %5 (before these orders); "
           "intervals are 95 %. Compared on the %6 orders both policies allocate: the candidate sends %7 of them "
           "elsewhere than the policy in force.",
           nullptr, static_cast<int>(report->orders))
            .arg(locale.toString(report->from, QLocale::ShortFormat), locale.toString(report->to, QLocale::ShortFormat),
                 kilogramsText(report->weightGrams), locale.toString(report->scorecard.from, QLocale::ShortFormat),
                 locale.toString(report->scorecard.to, QLocale::ShortFormat), locale.toString(report->compared),
                 locale.toString(report->changed)));
    Q_EMIT finished();
}

} // namespace ct
