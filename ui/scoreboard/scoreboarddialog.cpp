// SPDX-License-Identifier: MIT
#include "scoreboarddialog.h"

#include "scoreboardmodel.h"

#include "assignment/assignmentrules.h"
#include "shell/clock.h"
#include "teamsettings/teamsettingsstore.h"
#include "widgets/recordtable.h"
#include "widgets/statuspalette.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ct {

ScoreboardDialog::ScoreboardDialog(const ViewContext &context, QWidget *parent)
    : QDialog(parent)
    , m_database(context.database)
    , m_clock(context.clock)
    , m_model(new ScoreboardModel(this))
    , m_range(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_zoneNote(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_unassigned(new QLabel(this))
{
    setObjectName(QStringLiteral("scoreboard"));
    setWindowTitle(tr("Agent Scoreboard"));

    m_range->setObjectName(QStringLiteral("range"));
    m_range->addItems({tr("Today"), tr("Yesterday"), tr("Last 7 days"), tr("Last 30 days"), tr("Days from… to…")});
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_from->setObjectName(QStringLiteral("from"));
    m_to->setObjectName(QStringLiteral("to"));
    auto *rangeLabel = new QLabel(tr("&Days:"), this);
    rangeLabel->setBuddy(m_range);
    auto *top = new QHBoxLayout;
    top->addWidget(rangeLabel);
    top->addWidget(m_range);
    top->addWidget(m_from);
    //: Between the two dates of a range: "1 Jun 2026 to 30 Jun 2026".
    top->addWidget(new QLabel(tr("to"), this));
    top->addWidget(m_to);
    top->addWidget(m_zoneNote, 1);

    m_table->setObjectName(QStringLiteral("scores"));
    m_table->setModel(m_model);
    setUpRecordTable(*m_table, {160, 80, 80, 80, 80, 140, 140}, {});
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(ScoreboardModel::Agent, QHeaderView::Stretch);
    m_empty->setObjectName(QStringLiteral("empty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setText(tr("Nobody was handed an exception in these days, and the team's assignment rules name no "
                        "agents yet.\nA manager adds agents and rules in Edit > Team Settings…"));
    m_pages->addWidget(m_table);
    m_pages->addWidget(m_empty);
    m_unassigned->setObjectName(QStringLiteral("unassigned"));
    m_unassigned->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *refreshButton = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    connect(refreshButton, &QPushButton::clicked, this, &ScoreboardDialog::refresh);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_unassigned);
    layout->addWidget(buttons);
    resize(860, 420);

    connect(m_range, &QComboBox::currentIndexChanged, this, [this] { applyRange(); });
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_applying)
                return;
            m_range->setCurrentIndex(static_cast<int>(Range::Custom));
            refresh();
        });
    setRange(Range::Today);
}

ScoreboardDialog *ScoreboardDialog::showFor(QWidget *window, const ViewContext &context)
{
    auto *dialog = window->findChild<ScoreboardDialog *>(QString(), Qt::FindDirectChildrenOnly);
    if (!dialog)
        dialog = new ScoreboardDialog(context, window);
    else
        dialog->refresh();
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

void ScoreboardDialog::setRange(Range range)
{
    m_range->setCurrentIndex(static_cast<int>(range));
    applyRange();
}

void ScoreboardDialog::setDays(QDate from, QDate to)
{
    m_applying = true;
    m_range->setCurrentIndex(static_cast<int>(Range::Custom));
    m_from->setDate(from);
    m_to->setDate(to);
    m_applying = false;
    refresh();
}

void ScoreboardDialog::applyRange()
{
    // The team's day: the days the caps count in (docs/ASSIGNMENT.md).
    QString error;
    const std::optional<TeamSetting> setting = TeamSettingsStore(m_database).read(u"assignment", &error);
    const std::optional<AssignmentRules> rules = setting ? AssignmentRules::fromJson(setting->document, nullptr) : std::nullopt;
    m_zone = QTimeZone(rules ? rules->timeZone.toLatin1() : QByteArrayLiteral("UTC"));
    if (!m_zone.isValid())
        m_zone = QTimeZone::utc();
    m_zoneNote->setText(tr("days in %1, the team's time zone").arg(QString::fromLatin1(m_zone.id())));
    const QDate today = m_clock.now().toTimeZone(m_zone).date();
    const auto range = static_cast<Range>(m_range->currentIndex());
    m_applying = true;
    switch (range) {
    case Range::Today: m_from->setDate(today); m_to->setDate(today); break;
    case Range::Yesterday: m_from->setDate(today.addDays(-1)); m_to->setDate(today.addDays(-1)); break;
    case Range::Last7Days: m_from->setDate(today.addDays(-6)); m_to->setDate(today); break;
    case Range::Last30Days: m_from->setDate(today.addDays(-29)); m_to->setDate(today); break;
    case Range::Custom: break;
    }
    m_applying = false;
    refresh();
}

void ScoreboardDialog::refresh()
{
    QDate from = m_from->date();
    QDate to = m_to->date();
    if (to < from)
        std::swap(from, to);
    const qint64 fromMs = QDateTime(from, QTime(0, 0), m_zone).toMSecsSinceEpoch();
    const qint64 toMs = QDateTime(to.addDays(1), QTime(0, 0), m_zone).toMSecsSinceEpoch();
    QString error;
    const std::optional<AgentScoreboard> board = AgentScoreboardQuery(m_database).run(fromMs, toMs, &error);
    if (!board) {
        m_model->setBoard({});
        m_unassigned->setText(tr("The scoreboard could not be read: %1").arg(error));
        m_problem = Problem::Error;
        colourNote();
        return;
    }
    m_model->setBoard(*board);
    m_pages->setCurrentWidget(board->agents.isEmpty() ? static_cast<QWidget *>(m_empty) : m_table);
    const QLocale locale;
    const QString count = tr("%Ln exceptions", nullptr, board->leftUnassigned);
    if (board->leftUnassigned == 0)
        m_unassigned->setText(tr("The rules left no exception unassigned in these days."));
    else if (board->leftUnassignedAtCap == 0)
        m_unassigned->setText(tr("The rules could give %1 to nobody in these days (they wait in Unassigned).").arg(count));
    else
        m_unassigned->setText(tr("The rules could give %1 to nobody in these days, %2 of them because every agent was at "
                                 "their daily cap.").arg(count, locale.toString(board->leftUnassignedAtCap)));
    m_problem = board->leftUnassigned > 0 ? Problem::Warning : Problem::None;
    colourNote();
}

void ScoreboardDialog::colourNote()
{
    // Only the text's role is set, so the rest follows the appearance.
    QPalette palette;
    if (m_problem == Problem::Error)
        palette.setColor(QPalette::WindowText, StatusPalette::errorText());
    else if (m_problem == Problem::Warning)
        palette.setColor(QPalette::WindowText, StatusPalette::warningText().color());
    m_unassigned->setPalette(palette);
}

void ScoreboardDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_colouring) {
        m_colouring = true;
        colourNote();
        m_colouring = false;
    }
}

} // namespace ct
