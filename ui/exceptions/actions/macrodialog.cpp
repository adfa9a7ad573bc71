// SPDX-License-Identifier: MIT
#include "macrodialog.h"

#include "formparts.h"
#include "json/jsonindent.h"
#include "widgets/statuspalette.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ct {

namespace {

// What a new step of each edit starts with: its parameters, dates relative.
QByteArray startingParams(const QString &op)
{
    if (op == u"note")
        return R"({"text":""})";
    if (op == u"assign")
        return R"({"assignee":""})";
    if (op == u"reattempt" || op == u"reschedule" || op == u"mark_fake_attempt")
        return R"({"date":"next_delivery_day"})";
    if (op == u"snooze")
        return R"({"until":"+1d"})";
    if (op == u"status")
        return R"({"status":"resolved","reason":"customer_contacted"})";
    if (op == u"contact_customer")
        return R"({"template":"ndr_missed_sms","channel":"sms"})";
    if (op == u"refund")
        return R"({"amount_cents":100,"currency":"USD"})";
    if (op == u"convert_to_pickup")
        return R"({"pickup_point_id":""})";
    if (op == u"update_phone")
        return R"({"phone":"+"})";
    return "{}";
}

} // namespace

MacroDialog::MacroDialog(const EditMacros::Loaded &macros, qint64 nowMs, QWidget *parent)
    : QDialog(parent)
    , m_nowMs(nowMs)
    , m_list(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_name(new QLineEdit(this))
    , m_slot(new QComboBox(this))
    , m_steps(new QTableWidget(0, 2, this))
    , m_errors(FormParts::errorLabel(QStringLiteral("macroErrors"), this))
    , m_raw(new QPlainTextEdit(this))
    , m_rawProblem(FormParts::errorLabel(QStringLiteral("macroRawProblem"), this))
{
    setObjectName(QStringLiteral("macroDialog"));
    setWindowTitle(tr("Macros"));
    for (const EditMacro &macro : macros.macros)
        m_entries << Entry{macro, false, {}, {}};
    for (const MacroProblem &problem : macros.problems)
        m_entries << Entry{EditMacro{problem.name, 0, {}}, true, problem, problem.raw};

    auto *layout = new QVBoxLayout(this);
    auto *columns = new QHBoxLayout;
    layout->addLayout(columns, 1);

    auto *left = new QVBoxLayout;
    m_list->setObjectName(QStringLiteral("macroList"));
    m_list->setMinimumWidth(260);
    m_list->setWordWrap(true);
    m_list->setSpacing(2);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    left->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&New"), this);
    add->setObjectName(QStringLiteral("newMacro"));
    auto *remove = new QPushButton(tr("De&lete"), this);
    remove->setObjectName(QStringLiteral("deleteMacro"));
    for (QPushButton *button : {add, remove}) {
        button->setAutoDefault(false);
        listButtons->addWidget(button);
    }
    left->addLayout(listButtons);
    columns->addLayout(left);

    // A macro that reads.
    auto *editor = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    m_name->setObjectName(QStringLiteral("macroName"));
    m_name->setMaxLength(60);
    m_slot->setObjectName(QStringLiteral("macroSlot"));
    m_slot->addItem(tr("None (from the menu)"), 0);
    for (int slot = 1; slot <= EditMacros::MaxSlots; ++slot)
        m_slot->addItem(QKeySequence(Qt::CTRL | Qt::ALT | static_cast<Qt::Key>(Qt::Key_0 + slot)).toString(QKeySequence::NativeText), slot);
    form->addRow(tr("N&ame"), m_name);
    form->addRow(tr("S&hortcut"), m_slot);
    editorLayout->addLayout(form);
    auto *stepsLabel = new QLabel(tr("&Actions, in order"), editor);
    stepsLabel->setBuddy(m_steps);
    editorLayout->addWidget(stepsLabel);
    m_steps->setObjectName(QStringLiteral("macroSteps"));
    m_steps->setHorizontalHeaderLabels({tr("Action"), tr("Parameters (JSON)")});
    m_steps->horizontalHeader()->setStretchLastSection(true);
    m_steps->verticalHeader()->setVisible(true);
    m_steps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_steps->setSelectionMode(QAbstractItemView::SingleSelection);
    m_steps->setColumnWidth(0, 190);
    editorLayout->addWidget(m_steps, 1);
    auto *stepButtons = new QHBoxLayout;
    const std::pair<const char *, QString> stepActions[] = {{"addStep", tr("Add A&ction")},
                                                            {"removeStep", tr("&Remove")},
                                                            {"stepUp", tr("Move &Up")},
                                                            {"stepDown", tr("Move &Down")}};
    for (const auto &[name, text] : stepActions) {
        auto *button = new QPushButton(text, editor);
        button->setObjectName(QLatin1String(name));
        button->setAutoDefault(false);
        stepButtons->addWidget(button);
    }
    stepButtons->addStretch(1);
    editorLayout->addLayout(stepButtons);
    auto *help = new QLabel(tr("Dates are relative, worked out when the macro runs: today, tomorrow, +2d or "
                               "next_delivery_day (the carrier's). A snooze ends +4h or +1d from then."),
                            editor);
    help->setObjectName(QStringLiteral("macroHelp"));
    help->setWordWrap(true);
    help->setForegroundRole(QPalette::PlaceholderText);
    editorLayout->addWidget(help);
    editorLayout->addWidget(m_errors);
    m_pages->addWidget(editor);

    // A saved macro that no longer reads: its JSON, to mend.
    auto *broken = new QWidget(this);
    auto *brokenLayout = new QVBoxLayout(broken);
    brokenLayout->setContentsMargins(0, 0, 0, 0);
    brokenLayout->addWidget(m_rawProblem);
    m_raw->setObjectName(QStringLiteral("macroRaw"));
    m_raw->setTabChangesFocus(true);
    brokenLayout->addWidget(m_raw, 1);
    auto *reread = new QPushButton(tr("&Read Again"), broken);
    reread->setObjectName(QStringLiteral("rereadMacro"));
    reread->setAutoDefault(false);
    brokenLayout->addWidget(reread, 0, Qt::AlignLeft);
    m_pages->addWidget(broken);
    columns->addWidget(m_pages, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveMacros"));
    connect(buttons, &QDialogButtonBox::accepted, this, &MacroDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MacroDialog::reject);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_loading)
            return; // the list is being refilled; the editor stays on its macro
        store();
        load(row);
    });
    connect(add, &QPushButton::clicked, this, [this] {
        store();
        m_entries << Entry{EditMacro{tr("New macro"), 0, {MacroStep{QStringLiteral("note"), startingParams(QStringLiteral("note"))}}}, false, {}, {}};
        changed();
        refreshList();
        select(static_cast<int>(m_entries.size()) - 1);
        m_name->setFocus();
        m_name->selectAll();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_current < 0)
            return;
        m_entries.removeAt(m_current);
        m_current = -1;
        changed();
        refreshList();
        select(qMin<int>(m_list->count() - 1, qMax(0, m_list->currentRow())));
    });
    connect(m_name, &QLineEdit::textEdited, this, &MacroDialog::changed);
    connect(m_slot, &QComboBox::currentIndexChanged, this, &MacroDialog::changed);
    connect(m_steps, &QTableWidget::itemChanged, this, &MacroDialog::changed);
    connect(findChild<QPushButton *>(QStringLiteral("addStep")), &QPushButton::clicked, this, [this] {
        addStepRow(MacroStep{QStringLiteral("note"), startingParams(QStringLiteral("note"))});
        m_steps->setCurrentCell(m_steps->rowCount() - 1, 1);
        changed();
    });
    connect(findChild<QPushButton *>(QStringLiteral("removeStep")), &QPushButton::clicked, this, [this] {
        if (m_steps->currentRow() >= 0) {
            m_steps->removeRow(m_steps->currentRow());
            changed();
        }
    });
    connect(findChild<QPushButton *>(QStringLiteral("stepUp")), &QPushButton::clicked, this, [this] { moveStep(-1); });
    connect(findChild<QPushButton *>(QStringLiteral("stepDown")), &QPushButton::clicked, this, [this] { moveStep(1); });
    connect(reread, &QPushButton::clicked, this, &MacroDialog::reread);
    connect(m_raw, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            changed();
    });

    refreshList();
    select(0);
    resize(900, 520);
}

QString MacroDialog::listText(const EditMacro &macro)
{
    const QString name = macro.name.isEmpty() ? tr("(no name)") : macro.name;
    if (macro.slot <= 0)
        return name;
    return tr("%1 — %2").arg(name, QKeySequence(Qt::CTRL | Qt::ALT | static_cast<Qt::Key>(Qt::Key_0 + macro.slot))
                                      .toString(QKeySequence::NativeText));
}

void MacroDialog::refreshList()
{
    const bool wasLoading = std::exchange(m_loading, true);
    const int row = m_list->currentRow();
    m_list->clear();
    for (const Entry &entry : std::as_const(m_entries)) {
        const QString text = entry.broken ? tr("%1 (does not read)").arg(entry.macro.name.isEmpty() ? tr("(no name)")
                                                                                                  : entry.macro.name)
                                          : listText(entry.macro);
        auto *item = new QListWidgetItem(text, m_list);
        if (entry.broken)
            item->setForeground(StatusPalette::errorText());
    }
    m_list->setCurrentRow(qMin(row, m_list->count() - 1));
    m_loading = wasLoading;
}

void MacroDialog::select(int row)
{
    if (row < 0 || row >= m_list->count()) {
        load(-1);
        return;
    }
    if (m_list->currentRow() == row)
        load(row);
    else
        m_list->setCurrentRow(row);
}

void MacroDialog::load(int row)
{
    m_loading = true;
    m_current = row;
    const bool valid = row >= 0 && row < m_entries.size();
    m_pages->setEnabled(valid);
    if (!valid) {
        m_name->clear();
        m_steps->setRowCount(0);
        m_errors->clear();
        m_loading = false;
        return;
    }
    const Entry &entry = m_entries.at(row);
    m_pages->setCurrentIndex(entry.broken ? 1 : 0);
    if (entry.broken) {
        // A macro that read as JSON is laid out to mend; a document that did not, as it was.
        m_raw->setPlainText(QString::fromUtf8(entry.problem.index >= 0 ? json::indented(entry.raw) : entry.raw));
        m_rawProblem->setText(tr("This saved macro no longer reads: %1. Mend it and press Read Again, or delete it; "
                                 "until then it is kept as it is.").arg(entry.problem.text()));
        m_rawProblem->setVisible(true);
    } else {
        m_name->setText(entry.macro.name);
        m_slot->setCurrentIndex(qMax(0, m_slot->findData(entry.macro.slot)));
        m_steps->setRowCount(0);
        for (const MacroStep &step : entry.macro.steps)
            addStepRow(step);
    }
    m_loading = false;
    showErrors();
}

void MacroDialog::addStepRow(const MacroStep &step)
{
    const bool wasLoading = std::exchange(m_loading, true);
    const int row = m_steps->rowCount();
    m_steps->insertRow(row);
    auto *op = new QComboBox(m_steps);
    op->setObjectName(QStringLiteral("stepOp%1").arg(row));
    for (const EditOp &each : EditCatalog::all()) {
        if (each.entity == EntityKind::Exception)
            op->addItem(QLatin1String(each.name), QLatin1String(each.name));
    }
    op->setCurrentIndex(qMax(0, op->findData(step.op)));
    m_steps->setCellWidget(row, 0, op);
    m_steps->setItem(row, 1, new QTableWidgetItem(QString::fromUtf8(step.params.isEmpty() ? QByteArray("{}") : step.params)));
    connect(op, &QComboBox::currentIndexChanged, this, [this, op] {
        if (m_loading)
            return;
        for (int r = 0; r < m_steps->rowCount(); ++r) {
            if (m_steps->cellWidget(r, 0) == op)
                m_steps->item(r, 1)->setText(QString::fromUtf8(startingParams(op->currentData().toString())));
        }
        changed();
    });
    m_loading = wasLoading;
}

MacroStep MacroDialog::stepAt(int row) const
{
    const auto *op = qobject_cast<QComboBox *>(m_steps->cellWidget(row, 0));
    const QTableWidgetItem *params = m_steps->item(row, 1);
    return MacroStep{op ? op->currentData().toString() : QString(),
                     params ? params->text().trimmed().toUtf8() : QByteArray("{}")};
}

void MacroDialog::moveStep(int by)
{
    const int row = m_steps->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_steps->rowCount())
        return;
    const MacroStep moving = stepAt(row);
    const MacroStep other = stepAt(to);
    const bool wasLoading = std::exchange(m_loading, true);
    for (const auto &[r, step] : {std::pair{row, other}, std::pair{to, moving}}) {
        auto *op = qobject_cast<QComboBox *>(m_steps->cellWidget(r, 0));
        op->setCurrentIndex(op->findData(step.op));
        m_steps->item(r, 1)->setText(QString::fromUtf8(step.params));
    }
    m_loading = wasLoading;
    m_steps->setCurrentCell(to, 1);
    changed();
}

void MacroDialog::store()
{
    if (m_current < 0 || m_current >= m_entries.size())
        return;
    Entry &entry = m_entries[m_current];
    if (entry.broken) {
        entry.raw = m_raw->toPlainText().toUtf8();
        return;
    }
    entry.macro.name = m_name->text().trimmed();
    entry.macro.slot = m_slot->currentData().toInt();
    entry.macro.steps.clear();
    for (int row = 0; row < m_steps->rowCount(); ++row)
        entry.macro.steps << stepAt(row);
}

QList<EditMacro> MacroDialog::macros() const
{
    QList<EditMacro> out;
    for (const Entry &entry : m_entries) {
        if (!entry.broken)
            out << entry.macro;
    }
    return out;
}

void MacroDialog::showErrors()
{
    if (m_current < 0 || m_current >= m_entries.size() || m_entries.at(m_current).broken) {
        m_errors->clear();
        m_errors->setVisible(false);
        return;
    }
    QList<EditMacro> others;
    for (int i = 0; i < m_entries.size(); ++i) {
        if (i != m_current && !m_entries.at(i).broken)
            others << m_entries.at(i).macro;
    }
    QStringList lines;
    for (const FieldError &e : EditMacros::check(m_entries.at(m_current).macro, others, m_nowMs))
        lines << QStringLiteral("%1: %2").arg(e.field, e.detail);
    m_errors->setText(lines.join(QLatin1Char('\n')));
    m_errors->setVisible(!lines.isEmpty());
}

void MacroDialog::changed()
{
    if (m_loading)
        return;
    m_dirty = true;
    store();
    showErrors();
    if (m_current >= 0 && m_current < m_list->count() && !m_entries.at(m_current).broken) {
        m_list->item(m_current)->setText(listText(m_entries.at(m_current).macro));
    }
}

void MacroDialog::reread()
{
    if (m_current < 0 || !m_entries.at(m_current).broken)
        return;
    store();
    const Entry was = m_entries.at(m_current);
    // One macro, or (mending a whole document) the document itself.
    const QByteArray text = was.raw.trimmed();
    const EditMacros::Loaded loaded = EditMacros::fromJson(
        was.problem.index < 0 || text.startsWith("{\"macros\"") ? text : "{\"macros\":[" + text + "]}", m_nowMs);
    QList<Entry> replacing;
    for (const EditMacro &macro : loaded.macros)
        replacing << Entry{macro, false, {}, {}};
    for (const MacroProblem &problem : loaded.problems)
        replacing << Entry{EditMacro{problem.name, 0, {}}, true, problem, problem.raw};
    if (replacing.isEmpty())
        replacing << Entry{EditMacro{was.macro.name, 0, {}}, true, was.problem, was.raw};
    m_entries.removeAt(m_current);
    for (int i = 0; i < replacing.size(); ++i)
        m_entries.insert(m_current + i, replacing.at(i));
    m_dirty = true;
    refreshList();
    load(m_current);
}

void MacroDialog::accept()
{
    store();
    // Every macro that reads must be right; one still broken is kept as it was.
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).broken)
            continue;
        QList<EditMacro> others;
        for (int j = 0; j < i; ++j) {
            if (!m_entries.at(j).broken)
                others << m_entries.at(j).macro;
        }
        if (!EditMacros::check(m_entries.at(i).macro, others, m_nowMs).isEmpty()) {
            select(i);
            m_steps->setFocus();
            return;
        }
    }
    QList<QByteArray> kept;
    for (int i = 0; i < m_entries.size(); ++i) {
        const Entry &entry = m_entries.at(i);
        if (!entry.broken)
            continue;
        if (entry.problem.index < 0) {
            // The whole saved document does not read: it cannot go into a list of macros.
            select(i);
            m_rawProblem->setText(tr("The saved macros do not read as a whole: %1. Mend them and press Read Again, "
                                     "or delete them, before saving.").arg(entry.problem.text()));
            m_raw->setFocus();
            return;
        }
        kept << entry.raw;
    }
    Q_EMIT saved(EditMacros::toJson(macros(), kept));
    QDialog::accept();
}

void MacroDialog::reject()
{
    if (m_dirty && !FormParts::confirmDiscard(this, windowTitle(), tr("Discard the changes to your macros?"),
                                             tr("The macros stay as they were saved.")))
        return;
    QDialog::reject();
}

} // namespace ct
