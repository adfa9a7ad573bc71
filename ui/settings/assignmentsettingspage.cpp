// SPDX-License-Identifier: MIT
#include "assignmentsettingspage.h"

#include "assignmentagentsmodel.h"
#include "assignmentdraft.h"
#include "assignmentrulesmodel.h"
#include "assignmentteamsmodel.h"
#include "settingseditordelegate.h"

#include "widgets/statuspalette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

namespace ct {

namespace {

constexpr int PathRole = Qt::UserRole + 1;

} // namespace

AssignmentSettingsPage::AssignmentSettingsPage(AssignmentDraft &draft, QWidget *parent)
    : TeamSettingPage(parent)
    , m_draft(draft)
    , m_rulesModel(new AssignmentRulesModel(draft, this))
    , m_agentsModel(new AssignmentAgentsModel(draft, this))
    , m_teamsModel(new AssignmentTeamsModel(draft, this))
    , m_tabs(new QTabWidget(this))
    , m_rulesView(new QTableView(this))
    , m_agentsView(new QTableView(this))
    , m_teamsView(new QTableView(this))
    , m_rulesHint(new QLabel(this))
    , m_agentsHint(new QLabel(this))
    , m_teamsHint(new QLabel(this))
    , m_errorSummary(new QLabel(this))
    , m_errors(new QListWidget(this))
{
    SettingsEditorDelegate::setUpTable(m_rulesView, m_rulesModel, "rules");
    SettingsEditorDelegate::setUpTable(m_agentsView, m_agentsModel, "agents");
    SettingsEditorDelegate::setUpTable(m_teamsView, m_teamsModel, "teams");
    m_rulesView->horizontalHeader()->resizeSection(AssignmentRulesModel::Enabled, 40);
    m_rulesView->horizontalHeader()->resizeSection(AssignmentRulesModel::Name, 180);
    m_rulesView->horizontalHeader()->resizeSection(AssignmentRulesModel::Types, 150);
    m_rulesView->horizontalHeader()->resizeSection(AssignmentRulesModel::NdrReasons, 150);
    m_rulesView->horizontalHeader()->resizeSection(AssignmentRulesModel::Carriers, 110);
    m_rulesView->horizontalHeader()->resizeSection(AssignmentRulesModel::PaymentModes, 90);
    m_rulesView->horizontalHeader()->resizeSection(AssignmentRulesModel::MinAttempts, 95);
    m_rulesView->horizontalHeader()->resizeSection(AssignmentRulesModel::MaxAttempts, 50);
    m_agentsView->horizontalHeader()->resizeSection(AssignmentAgentsModel::Name, 200);
    m_agentsView->horizontalHeader()->resizeSection(AssignmentAgentsModel::DailyCap, 140);
    m_teamsView->horizontalHeader()->resizeSection(AssignmentTeamsModel::Name, 200);

    QList<QPushButton *> ruleButtons;
    m_tabs->addTab(tablePage(m_rulesView, m_rulesModel, tr("&Add rule"), &ruleButtons, m_rulesHint), tr("&Rules"));
    auto *up = new QPushButton(tr("Move &up"), this);
    auto *down = new QPushButton(tr("Move do&wn"), this);
    up->setObjectName(QStringLiteral("moveUp"));
    down->setObjectName(QStringLiteral("moveDown"));
    up->setToolTip(tr("Ctrl+Up: a rule earlier is judged first"));
    down->setToolTip(tr("Ctrl+Down"));
    connect(up, &QPushButton::clicked, this, [this] { moveCurrentRule(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveCurrentRule(+1); });
    if (auto *row = ruleButtons.first()->parentWidget()->findChild<QHBoxLayout *>(QStringLiteral("buttonRow"))) {
        row->insertWidget(2, up);
        row->insertWidget(3, down);
    }
    m_editButtons << ruleButtons << up << down;
    for (const auto &[keys, by] : {std::pair{QKeySequence(Qt::CTRL | Qt::Key_Up), -1}, std::pair{QKeySequence(Qt::CTRL | Qt::Key_Down), 1}}) {
        auto *shortcut = new QShortcut(keys, m_rulesView, nullptr, nullptr, Qt::WidgetShortcut);
        const int step = by;
        connect(shortcut, &QShortcut::activated, this, [this, step] { moveCurrentRule(step); });
    }
    m_tabs->addTab(tablePage(m_agentsView, m_agentsModel, tr("&Add agent"), &m_editButtons, m_agentsHint), tr("A&gents"));
    m_tabs->addTab(tablePage(m_teamsView, m_teamsModel, tr("&Add team"), &m_editButtons, m_teamsHint), tr("&Teams"));
    m_tabs->addTab(generalPage(), tr("Ge&neral"));
    m_tabs->setObjectName(QStringLiteral("tabs"));

    m_errorSummary->setObjectName(QStringLiteral("errorSummary"));
    m_errors->setObjectName(QStringLiteral("errors"));
    m_errors->setMaximumHeight(110);
    connect(m_errors, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { goTo(item->data(PathRole).toString()); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_errorSummary);
    layout->addWidget(m_errors);

    connect(&m_draft, &AssignmentDraft::changed, this, &AssignmentSettingsPage::showDraft);
    showDraft();
}

QWidget *AssignmentSettingsPage::tablePage(QTableView *view, DraftTableModel *model, const QString &addText,
                                           QList<QPushButton *> *buttons, QLabel *hint)
{
    auto *page = new QWidget(this);
    auto *add = new QPushButton(addText, page);
    auto *remove = new QPushButton(tr("Re&move"), page);
    add->setObjectName(QStringLiteral("add"));
    remove->setObjectName(QStringLiteral("remove"));
    add->setToolTip(tr("Insert"));
    remove->setToolTip(tr("Delete"));
    connect(add, &QPushButton::clicked, this, [this, view, model] { addRow(view, model); });
    connect(remove, &QPushButton::clicked, this, [this, view, model] { removeCurrentRow(view, model); });
    auto *insertKey = new QShortcut(QKeySequence(Qt::Key_Insert), view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(insertKey, &QShortcut::activated, this, [this, view, model] { addRow(view, model); });
    auto *deleteKey = new QShortcut(QKeySequence::Delete, view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, [this, view, model] { removeCurrentRow(view, model); });
    auto *row = new QHBoxLayout;
    row->setObjectName(QStringLiteral("buttonRow"));
    row->addWidget(add);
    row->addWidget(remove);
    row->addStretch(1);
    hint->setParent(page);
    hint->setObjectName(QStringLiteral("hint"));
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(view, 1);
    layout->addWidget(hint);
    layout->addLayout(row);
    *buttons << add << remove;
    return page;
}

QWidget *AssignmentSettingsPage::generalPage()
{
    auto *page = new QWidget(this);
    m_enabled = new QCheckBox(tr("Hand new exceptions to agents by these rules"), page);
    m_enabled->setObjectName(QStringLiteral("enabled"));
    m_timeZone = new QComboBox(page);
    m_timeZone->setObjectName(QStringLiteral("timeZone"));
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromLatin1(id));
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_timeZone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_defaultCap = new QSpinBox(page);
    m_defaultCap->setObjectName(QStringLiteral("defaultCap"));
    m_defaultCap->setRange(0, AssignmentRules::MaxCap);
    m_defaultCap->setSpecialValueText(tr("no cap"));
    m_otherwise = new QComboBox(page);
    m_otherwise->setObjectName(QStringLiteral("otherwise"));
    m_otherwise->addItem(tr("Round robin among every active agent"), static_cast<int>(UnmatchedPolicy::RoundRobin));
    m_otherwise->addItem(tr("Leave it unassigned"), static_cast<int>(UnmatchedPolicy::LeaveUnassigned));
    m_generalErrors = new QLabel(page);
    m_generalErrors->setObjectName(QStringLiteral("generalErrors"));
    m_generalErrors->setWordWrap(true);

    auto *form = new QFormLayout(page);
    form->addRow(m_enabled);
    form->addRow(tr("Team's &time zone:"), m_timeZone);
    form->addRow(tr("Daily &cap per agent:"), m_defaultCap);
    form->addRow(tr("When &no rule matches:"), m_otherwise);
    form->addRow(m_generalErrors);
    auto *note = new QLabel(tr("A cap counts what the rules hand an agent from their midnight to the next, in their own "
                               "time zone or else the team's. Assigning by hand never counts and is never refused."),
                            page);
    note->setWordWrap(true);
    form->addRow(note);

    connect(m_enabled, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_showing)
            m_draft.edit([on](AssignmentRules &r) { r.enabled = on; });
    });
    connect(m_timeZone, &QComboBox::currentTextChanged, this, [this](const QString &zone) {
        if (!m_showing)
            m_draft.edit([zone](AssignmentRules &r) { r.timeZone = zone.trimmed(); });
    });
    connect(m_defaultCap, &QSpinBox::valueChanged, this, [this](int cap) {
        if (!m_showing)
            m_draft.edit([cap](AssignmentRules &r) { r.defaultDailyCap = cap > 0 ? std::optional<int>(cap) : std::nullopt; });
    });
    connect(m_otherwise, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_showing)
            m_draft.edit([policy = static_cast<UnmatchedPolicy>(m_otherwise->currentData().toInt())](AssignmentRules &r) {
                r.otherwise = policy;
            });
    });
    return page;
}

TeamSettingDraft &AssignmentSettingsPage::settingDraft() const
{
    return m_draft;
}

QString AssignmentSettingsPage::title() const
{
    return tr("Assignment rules");
}

QString AssignmentSettingsPage::neverSavedText() const
{
    return tr("Nobody has saved assignment rules yet: nothing is assigned automatically.");
}

QString AssignmentSettingsPage::inForceText(bool onServer) const
{
    return onServer ? tr("Exceptions that open there are assigned by it from now on.")
                    : tr("New exceptions are assigned by it from now on.");
}

void AssignmentSettingsPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (DraftTableModel *model : {static_cast<DraftTableModel *>(m_rulesModel), static_cast<DraftTableModel *>(m_agentsModel),
                                   static_cast<DraftTableModel *>(m_teamsModel)})
        model->setReadOnly(readOnly);
    for (QPushButton *button : std::as_const(m_editButtons))
        button->setEnabled(!readOnly);
    for (QWidget *field : {static_cast<QWidget *>(m_enabled), static_cast<QWidget *>(m_timeZone),
                           static_cast<QWidget *>(m_defaultCap), static_cast<QWidget *>(m_otherwise)})
        field->setEnabled(!readOnly);
}

void AssignmentSettingsPage::addRow(QTableView *view, DraftTableModel *model)
{
    if (m_readOnly)
        return;
    const int row = model->appendRow();
    const int column = model == m_rulesModel ? AssignmentRulesModel::Name : 0;
    const QModelIndex index = model->index(row, column);
    view->setCurrentIndex(index);
    view->setFocus();
    view->edit(index);
}

void AssignmentSettingsPage::removeCurrentRow(QTableView *view, DraftTableModel *model)
{
    if (m_readOnly || !view->currentIndex().isValid())
        return;
    const int row = view->currentIndex().row();
    const int column = view->currentIndex().column();
    model->removeRows(row, 1);
    if (model->rowCount() > 0)
        view->setCurrentIndex(model->index(qMin(row, model->rowCount() - 1), column));
}

void AssignmentSettingsPage::moveCurrentRule(int by)
{
    const QModelIndex current = m_rulesView->currentIndex();
    if (!current.isValid() || !m_rulesModel->moveRule(current.row(), by))
        return;
    m_rulesView->setCurrentIndex(m_rulesModel->index(current.row() + by, current.column()));
}

void AssignmentSettingsPage::showDraft()
{
    m_showing = true;
    const AssignmentRules &rules = m_draft.rules();
    m_enabled->setChecked(rules.enabled);
    if (m_timeZone->currentText() != rules.timeZone)
        m_timeZone->setEditText(rules.timeZone);
    m_defaultCap->setValue(rules.defaultDailyCap.value_or(0));
    m_otherwise->setCurrentIndex(m_otherwise->findData(static_cast<int>(rules.otherwise)));
    m_showing = false;
    const QString keys = tr("F2 edits a cell and Space ticks a choice; Insert adds a row, Delete removes one.");
    const QString otherwise = rules.otherwise == UnmatchedPolicy::RoundRobin
        ? tr("it goes round robin among every active agent")
        : tr("it is left unassigned");
    m_rulesHint->setText(rules.rules.isEmpty()
                             ? tr("No rules: when no rule matches an exception, %1 (General). %2").arg(otherwise, keys)
                             : tr("The first rule that is on and matches decides; when none does, %1. Ctrl+Up and "
                                  "Ctrl+Down move the current rule. %2").arg(otherwise, keys));
    m_agentsHint->setText(rules.agents.isEmpty()
                              ? tr("No agents: nothing is assigned automatically until the team has some. %1").arg(keys)
                              : tr("An agent's own cap and time zone come before the team's (General). %1").arg(keys));
    m_teamsHint->setText(tr("A rule can hand its exceptions to a team: its members take turns. %1").arg(keys));
    showErrors();
}

QString AssignmentSettingsPage::placeOf(const QString &path) const
{
    static const QRegularExpression Item(QStringLiteral("^(rules|agents|teams)\\[(\\d+)\\](?:\\.(.*))?$"));
    const QRegularExpressionMatch m = Item.match(path);
    if (path.isEmpty())
        return tr("The rules as a whole");
    if (!m.hasMatch()) {
        if (path.startsWith(QLatin1String("time_zone")))
            return tr("General, team's time zone");
        if (path.startsWith(QLatin1String("default_daily_cap")))
            return tr("General, daily cap");
        if (path.startsWith(QLatin1String("otherwise")))
            return tr("General, when no rule matches");
        return tr("General, %1").arg(path);
    }
    const int row = m.captured(2).toInt();
    const QString rest = m.captured(3);
    const QString list = m.captured(1);
    const AssignmentRules &rules = m_draft.rules();
    if (list == QLatin1String("rules")) {
        const QString name = row < rules.rules.size() ? rules.rules.at(row).name : QString();
        QString field = tr("rule");
        if (rest.startsWith(QLatin1String("when.types"))) field = tr("exception types");
        else if (rest.startsWith(QLatin1String("when.ndr_reasons"))) field = tr("NDR reasons");
        else if (rest.startsWith(QLatin1String("when.carriers"))) field = tr("carriers");
        else if (rest.startsWith(QLatin1String("when.payment_modes"))) field = tr("payment");
        else if (rest.startsWith(QLatin1String("when.attempts"))) field = tr("attempts");
        else if (rest.startsWith(QLatin1String("assign_to"))) field = tr("assign to");
        return tr("Rule %1 (%2), %3").arg(row + 1).arg(name, field);
    }
    if (list == QLatin1String("agents")) {
        QString field = tr("name");
        if (rest.startsWith(QLatin1String("daily_cap"))) field = tr("daily cap");
        else if (rest.startsWith(QLatin1String("time_zone"))) field = tr("time zone");
        return tr("Agent %1, %2").arg(row + 1).arg(field);
    }
    const QString name = row < rules.teams.size() ? rules.teams.at(row).name : QString();
    return tr("Team %1 (%2), %3").arg(row + 1).arg(name, rest.startsWith(QLatin1String("agents")) ? tr("members") : tr("name"));
}

void AssignmentSettingsPage::showErrors()
{
    const QList<FieldError> &errors = m_draft.errors();
    m_errors->clear();
    for (const FieldError &e : errors) {
        auto *item = new QListWidgetItem(QStringLiteral("%1: %2").arg(placeOf(e.field), e.detail), m_errors);
        item->setData(PathRole, e.field);
        item->setForeground(StatusPalette::errorText());
    }
    m_errors->setVisible(!errors.isEmpty());
    m_errorSummary->setText(errors.isEmpty() ? tr("Every field is right.")
                                             : tr("%n things to fix before these rules can be saved (Enter goes to one):",
                                                  nullptr, int(errors.size())));
    // The general fields' errors beside them.
    QStringList general;
    for (const FieldError &e : errors)
        if (!e.field.startsWith(QLatin1String("rules")) && !e.field.startsWith(QLatin1String("agents"))
            && !e.field.startsWith(QLatin1String("teams")))
            general << QStringLiteral("%1: %2").arg(placeOf(e.field), e.detail);
    m_generalErrors->setText(general.join(QLatin1Char('\n')));
    QPalette palette;
    palette.setColor(QPalette::WindowText, StatusPalette::errorText());
    m_generalErrors->setPalette(palette);
    m_generalErrors->setVisible(!general.isEmpty());
    // A tab with an error says so.
    const struct { Tab tab; QString text; const char *prefix; } tabs[] = {
        {RulesTab, tr("&Rules"), "rules"}, {AgentsTab, tr("A&gents"), "agents"}, {TeamsTab, tr("&Teams"), "teams"}};
    for (const auto &t : tabs) {
        const auto n = std::count_if(errors.cbegin(), errors.cend(),
                                     [&](const FieldError &e) { return e.field.startsWith(QLatin1String(t.prefix)); });
        m_tabs->setTabText(t.tab, n == 0 ? t.text : tr("%1 (%2 to fix)").arg(t.text).arg(n));
    }
    m_tabs->setTabText(GeneralTab, general.isEmpty() ? tr("Ge&neral") : tr("Ge&neral (%1 to fix)").arg(general.size()));
}

void AssignmentSettingsPage::goTo(const QString &path)
{
    static const QRegularExpression Item(QStringLiteral("^(rules|agents|teams)\\[(\\d+)\\](?:\\.(.*))?$"));
    const QRegularExpressionMatch m = Item.match(path);
    if (!m.hasMatch()) {
        m_tabs->setCurrentIndex(GeneralTab);
        QWidget *field = path.startsWith(QLatin1String("time_zone"))           ? static_cast<QWidget *>(m_timeZone)
                         : path.startsWith(QLatin1String("default_daily_cap")) ? static_cast<QWidget *>(m_defaultCap)
                         : path.startsWith(QLatin1String("otherwise"))         ? static_cast<QWidget *>(m_otherwise)
                                                                               : static_cast<QWidget *>(m_enabled);
        field->setFocus(Qt::OtherFocusReason);
        return;
    }
    const int row = m.captured(2).toInt();
    const QString list = m.captured(1);
    QTableView *view = list == QLatin1String("rules") ? m_rulesView : list == QLatin1String("agents") ? m_agentsView : m_teamsView;
    const auto *model = qobject_cast<DraftTableModel *>(view->model());
    int column = 0;
    for (int c = 0; c < model->columnCount(); ++c) {
        const QStringList paths = model->pathsOf(row, c);
        if (std::any_of(paths.cbegin(), paths.cend(), [&](const QString &p) { return path == p || path.startsWith(p + QLatin1Char('.')) || path.startsWith(p + QLatin1Char('[')); })) {
            column = c;
            break;
        }
    }
    m_tabs->setCurrentIndex(list == QLatin1String("rules") ? RulesTab : list == QLatin1String("agents") ? AgentsTab : TeamsTab);
    view->setCurrentIndex(model->index(row, column));
    view->setFocus(Qt::OtherFocusReason);
}

} // namespace ct
