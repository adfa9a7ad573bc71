// SPDX-License-Identifier: MIT
#include "outboxview.h"

#include "outboxcommands.h"
#include "outboxmodel.h"
#include "settings/appsettings.h"
#include "shell/clock.h"
#include "store/database.h"
#include "sync/syncstore.h"
#include "widgets/recordtable.h"
#include "widgets/statuspalette.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ct {

namespace {

QString fieldLabel(const QString &key)
{
    QString label = key;
    if (label.endsWith(QLatin1String("_at_ms")))
        label.chop(3);
    else if (label.endsWith(QLatin1String("_ms")))
        label.chop(3);
    label.replace(QLatin1Char('_'), QLatin1Char(' '));
    return label;
}

QString fieldText(const QString &key, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("—");
    case QJsonValue::String:
        return value.toString().isEmpty() ? QStringLiteral("—") : value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? OutboxView::tr("yes") : OutboxView::tr("no");
    case QJsonValue::Double:
        if (key.endsWith(QLatin1String("_ms")) && value.toDouble() > 0)
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(value.toDouble())).toLocalTime(),
                                      QLocale::ShortFormat);
        return QLocale().toString(static_cast<qint64>(value.toDouble()));
    case QJsonValue::Array:
        return OutboxView::tr("%1 entries").arg(value.toArray().size());
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

// Fields every change moves; the header line tells the versions, so they are not
// highlighted as differences (they are listed with "Show every field").
bool isBookkeeping(const QString &key)
{
    return key == QLatin1String("id") || key == QLatin1String("version") || key == QLatin1String("updated_at_ms");
}

// A history entry for people: "note by omar: Customer called".
QString historyEntryText(const QJsonObject &entry)
{
    const QString detail = entry.value(QLatin1String("detail")).toString();
    const QString head = OutboxView::tr("%1 by %2").arg(entry.value(QLatin1String("action")).toString(),
                                                        entry.value(QLatin1String("actor")).toString());
    return detail.isEmpty() ? head : QStringLiteral("%1: %2").arg(head, detail);
}

// The history entries of `mine` that `theirs` does not have (compared without ids and
// times, which each side assigns itself).
QString historyOnlyIn(const QJsonArray &mine, const QJsonArray &theirs)
{
    QStringList theirTexts;
    for (const QJsonValue &entry : theirs)
        theirTexts << historyEntryText(entry.toObject());
    QStringList only;
    for (const QJsonValue &entry : mine) {
        const QString text = historyEntryText(entry.toObject());
        if (!theirTexts.removeOne(text))
            only << text;
    }
    return only.join(QStringLiteral("; "));
}

QString fullText(const QJsonValue &value)
{
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented));
    return {};
}

QString describe(const EditOutcome &outcome)
{
    if (!outcome.detail.isEmpty())
        return outcome.detail;
    QStringList parts;
    for (const FieldError &error : outcome.errors)
        parts << QStringLiteral("%1: %2").arg(error.field, error.detail);
    return parts.join(QStringLiteral("; "));
}

} // namespace

OutboxView::OutboxView(const Database &database, const Clock &clock, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_clock(clock)
    , m_undoStack(undoStack)
    , m_model(new OutboxModel(database, clock, this))
    , m_summary(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_emptyState(new QLabel(m_stack))
    , m_table(new QTableView(this))
    , m_detail(new QLabel(this))
    , m_comparison(new QTableWidget(this))
    , m_everyField(new QCheckBox(tr("Sho&w every field"), this))
    , m_discard(new QPushButton(tr("&Discard my edit"), this))
    , m_reapply(new QPushButton(tr("&Apply my edit again on the server's version"), this))
    , m_dismiss(new QPushButton(tr("&Put aside"), this))
    , m_conflictPane(new QWidget(this))
    , m_refusedPane(new QWidget(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("outboxView"));
    m_summary->setObjectName(QStringLiteral("outboxSummary"));
    m_summary->setWordWrap(true);

    m_emptyState->setObjectName(QStringLiteral("outboxEmptyState"));
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setMargin(24);
    m_emptyState->setText(tr("<h3>No edits waiting</h3><p>Edits you make are sent to the team server at the next "
                             "sync. Any the server refuses, or that someone else changed first, appear here for "
                             "you to decide.</p>"));

    m_table->setObjectName(QStringLiteral("outboxTable"));
    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    setUpRecordTable(*m_table, {150, 110, 110, 200, 130, 50, 200}, AppSettings::OutboxTableHeader.value());

    m_detail->setObjectName(QStringLiteral("outboxDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_comparison->setObjectName(QStringLiteral("conflictComparison"));
    m_comparison->setColumnCount(3);
    m_comparison->setHorizontalHeaderLabels({tr("Field"), tr("Your version"), tr("Server's version")});
    m_comparison->verticalHeader()->hide();
    m_comparison->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_comparison->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_comparison->setWordWrap(false);
    m_comparison->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_comparison->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_comparison->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_comparison->verticalHeader()->setDefaultSectionSize(m_comparison->fontMetrics().height() + 8);

    m_discard->setObjectName(QStringLiteral("discardMyEdit"));
    m_discard->setToolTip(tr("Keep the server's version; your edit is dropped (Delete in the list). Undo (Ctrl+Z) "
                             "until the next sync."));
    m_reapply->setObjectName(QStringLiteral("applyMyEditAgain"));
    m_reapply->setToolTip(tr("Make your edit again on top of the server's version (Ctrl+Return in the list); it is "
                             "sent at the next sync. Undo (Ctrl+Z) until then."));
    connect(m_discard, &QPushButton::clicked, this, &OutboxView::discardMyEdit);
    connect(m_reapply, &QPushButton::clicked, this, &OutboxView::applyMyEditAgain);
    // From the list without reaching for the buttons: Delete discards, Ctrl+Return applies
    // again (both undoable); the buttons' Alt mnemonics work too.
    m_dismiss->setObjectName(QStringLiteral("dismissRefused"));
    m_dismiss->setToolTip(tr("You have read why the server refused it: take it off this list (Delete in the list). "
                             "Undo (Ctrl+Z) until the next sync."));
    connect(m_dismiss, &QPushButton::clicked, this, &OutboxView::dismissRefused);
    auto *discardKey = new QAction(tr("Discard My Edit or Put Aside"), this);
    discardKey->setShortcut(QKeySequence::Delete);
    discardKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(discardKey, &QAction::triggered, this, [this] {
        if (m_conflictId != 0)
            discardMyEdit();
        else
            dismissRefused();
    });
    auto *reapplyKey = new QAction(tr("Apply My Edit Again"), this);
    reapplyKey->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    reapplyKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(reapplyKey, &QAction::triggered, this, &OutboxView::applyMyEditAgain);
    addActions({discardKey, reapplyKey});
    connect(m_everyField, &QCheckBox::toggled, this, &OutboxView::showCurrent);

    m_problem->setObjectName(QStringLiteral("outboxProblem"));
    m_problem->setWordWrap(true);
    applyErrorColour();
    m_problem->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_everyField);
    buttons->addStretch(1);
    buttons->addWidget(m_discard);
    buttons->addWidget(m_reapply);
    auto *conflictLayout = new QVBoxLayout(m_conflictPane);
    conflictLayout->setContentsMargins(0, 0, 0, 0);
    conflictLayout->addWidget(m_comparison);
    conflictLayout->addLayout(buttons);

    auto *refusedLayout = new QHBoxLayout(m_refusedPane);
    refusedLayout->setContentsMargins(0, 0, 0, 0);
    refusedLayout->addStretch(1);
    refusedLayout->addWidget(m_dismiss);
    m_refusedPane->hide();

    auto *details = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(details);
    detailLayout->setContentsMargins(0, 4, 0, 0);
    detailLayout->addWidget(m_detail);
    detailLayout->addWidget(m_conflictPane);
    detailLayout->addWidget(m_refusedPane);
    detailLayout->addWidget(m_problem);
    detailLayout->addStretch(1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setChildrenCollapsible(false);
    m_stack->addWidget(splitter);
    m_stack->addWidget(m_emptyState);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_summary);
    layout->addWidget(m_stack, 1);

    setTabOrder(m_table, m_comparison);
    setTabOrder(m_comparison, m_everyField);
    setTabOrder(m_everyField, m_discard);
    setTabOrder(m_discard, m_reapply);
    setTabOrder(m_reapply, m_dismiss);
    setFocusProxy(m_table);

    connect(m_model, &OutboxModel::queryFailed, this, [this](const QString &message) {
        m_problem->setText(tr("Reading the outbox failed: %1").arg(message));
        m_problem->show();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &OutboxView::showCurrent);
    reload();
}

OutboxView::~OutboxView() = default;

void OutboxView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        // The colours that mean something follow the appearance (light or dark).
        applyErrorColour();
        showCurrent();
    }
}

void OutboxView::applyErrorColour()
{
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, StatusPalette::errorText());
    m_problem->setPalette(palette);
}

void OutboxView::saveLayout() const
{
    AppSettings::OutboxTableHeader.setValue(m_table->horizontalHeader()->saveState());
}

qint64 OutboxView::currentOutboxId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->entry(current.row()).id : 0;
}

void OutboxView::reload()
{
    const qint64 selected = currentOutboxId();
    const int selectedRow = m_table->currentIndex().row();
    m_model->reload();
    const int pending = m_model->count(OutboxState::Pending);
    const int failed = m_model->count(OutboxState::Failed);
    const int conflicts = m_model->count(OutboxState::Conflict);
    QStringList parts;
    if (conflicts > 0)
        parts << tr("%n conflicts to decide", nullptr, conflicts);
    if (failed > 0)
        parts << tr("%n edits refused by the server", nullptr, failed);
    if (pending > 0)
        parts << tr("%n edits waiting to be sent", nullptr, pending);
    m_summary->setText(parts.join(QStringLiteral(" · ")));
    m_summary->setVisible(!parts.isEmpty());
    m_stack->setCurrentIndex(m_model->rowCount() > 0 ? 0 : 1);
    if (m_model->rowCount() > 0) {
        int row = m_model->rowOf(selected);
        if (row < 0)
            row = qBound(0, selectedRow, m_model->rowCount() - 1);
        m_table->setCurrentIndex(m_model->index(row, 0));
    }
    showCurrent();
    Q_EMIT countsChanged(pending, failed, conflicts);
}

bool OutboxView::select(qint64 outboxId)
{
    const int row = m_model->rowOf(outboxId);
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_model->index(row, 0));
    return true;
}

void OutboxView::setSyncing(bool syncing)
{
    m_syncing = syncing;
    showCurrent();
}

void OutboxView::showCurrent()
{
    m_conflictId = 0;
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_detail->clear();
        m_conflictPane->hide();
        m_refusedPane->hide();
        return;
    }
    const OutboxEntry &e = m_model->entry(current.row());
    const QLocale locale;
    QString html = tr("<b>%1 · %2</b> — made by %3, %4, on version %5")
                       .arg(OutboxModel::itemText(e).toHtmlEscaped(), OutboxModel::editText(e.op).toHtmlEscaped(),
                            e.actor.toHtmlEscaped(), OutboxModel::whenText(e.createdAtMs, m_clock.today()))
                       .arg(e.baseVersion);
    const QString params = OutboxModel::parametersText(e.params);
    if (!params.isEmpty())
        html += tr("<br>Parameters: %1").arg(params.toHtmlEscaped());
    switch (e.state) {
    case OutboxState::Pending:
        html += e.attempts > 0 ? tr("<br>Tries so far: %1; last answer: %2").arg(e.attempts).arg(e.lastError.toHtmlEscaped())
                               : tr("<br>Sent at the next sync.");
        break;
    case OutboxState::Failed:
        html += tr("<br><b>The server refused this edit:</b> %1<br>The item shows the server's state.")
                    .arg(e.lastError.toHtmlEscaped());
        break;
    case OutboxState::Conflict:
        html += tr("<br><b>Someone changed this item on the server before your edit arrived.</b>");
        break;
    case OutboxState::Done:
    case OutboxState::Dismissed:
        break;
    }
    m_detail->setText(html);
    m_refusedPane->setVisible(e.state == OutboxState::Failed);
    m_dismiss->setEnabled(!m_syncing);

    if (e.state != OutboxState::Conflict) {
        m_conflictPane->hide();
        return;
    }
    QString error;
    const auto conflict = SyncStore(m_database).conflictFor(e.id, &error);
    if (!conflict) {
        m_conflictPane->hide();
        if (!error.isEmpty()) {
            m_problem->setText(tr("Reading the conflict failed: %1").arg(error));
            m_problem->show();
        }
        return;
    }
    m_conflictId = conflict->id;
    html += tr("<br>Your edit was made on version %1; the server's version is %2. Decide below: keep the server's "
               "version, or make your edit again on top of it.")
                .arg(conflict->localVersion)
                .arg(conflict->serverVersion);
    m_detail->setText(html);
    showComparison(*conflict);
    m_conflictPane->show();
    const QString waiting = tr("Wait for the sync to finish.");
    m_discard->setEnabled(!m_syncing);
    m_reapply->setEnabled(!m_syncing);
    m_discard->setStatusTip(m_syncing ? waiting : QString());
    m_reapply->setStatusTip(m_syncing ? waiting : QString());
}

void OutboxView::showComparison(const SyncConflict &conflict)
{
    const QJsonObject local = QJsonDocument::fromJson(conflict.local).object();
    const QJsonObject server = QJsonDocument::fromJson(conflict.server).object();
    QStringList keys = server.keys();
    for (const QString &key : local.keys()) {
        if (!server.contains(key))
            keys << key;
    }
    // What differs first, then (on request) the rest; the id never differs.
    QStringList differing;
    QStringList same;
    for (const QString &key : std::as_const(keys)) {
        if (key == QLatin1String("id"))
            continue;
        (local.value(key) == server.value(key) || isBookkeeping(key) ? same : differing) << key;
    }
    const QStringList shown = m_everyField->isChecked() ? differing + same : differing;
    m_comparison->setRowCount(static_cast<int>(shown.size()));
    const QColor highlight = StatusPalette::differenceBackground();
    QFont bold = m_comparison->font();
    bold.setBold(true);
    for (int row = 0; row < shown.size(); ++row) {
        const QString &key = shown.at(row);
        const bool differs = row < differing.size();
        auto *name = new QTableWidgetItem(fieldLabel(key));
        name->setData(Qt::UserRole, key);
        auto *mine = new QTableWidgetItem(fieldText(key, local.value(key)));
        auto *theirs = new QTableWidgetItem(fieldText(key, server.value(key)));
        if (differs && local.value(key).isArray() && server.value(key).isArray()) {
            // Histories: what each side has that the other has not.
            const QString onlyMine = historyOnlyIn(local.value(key).toArray(), server.value(key).toArray());
            const QString onlyTheirs = historyOnlyIn(server.value(key).toArray(), local.value(key).toArray());
            mine->setText(onlyMine.isEmpty() ? mine->text() : tr("+ %1").arg(onlyMine));
            theirs->setText(onlyTheirs.isEmpty() ? theirs->text() : tr("+ %1").arg(onlyTheirs));
        }
        mine->setToolTip(fullText(local.value(key)).isEmpty() ? mine->text() : fullText(local.value(key)));
        theirs->setToolTip(fullText(server.value(key)).isEmpty() ? theirs->text() : fullText(server.value(key)));
        if (differs) {
            for (QTableWidgetItem *item : {name, mine, theirs}) {
                item->setBackground(highlight);
                item->setFont(bold);
            }
        }
        m_comparison->setItem(row, 0, name);
        m_comparison->setItem(row, 1, mine);
        m_comparison->setItem(row, 2, theirs);
    }
    // As tall as its rows (up to ten), so the resolutions sit right under them.
    const int rows = qBound(1, m_comparison->rowCount(), 10);
    m_comparison->setFixedHeight(m_comparison->horizontalHeader()->sizeHint().height()
                                 + rows * m_comparison->verticalHeader()->defaultSectionSize()
                                 + 2 * m_comparison->frameWidth() + 2);
    m_comparison->setToolTip(tr("Highlighted: where your version and the server's differ. History rows list the "
                                "entries only one side has."));
}

void OutboxView::resolved(const QString &error)
{
    m_problem->setVisible(!error.isEmpty());
    m_problem->setText(error);
    const bool hadFocus = isAncestorOf(QApplication::focusWidget());
    reload();
    // The buttons may be gone with the conflict: the keyboard goes on from the list.
    if (hadFocus && m_table->isVisible())
        m_table->setFocus(Qt::OtherFocusReason);
    Q_EMIT storeChanged();
}

void OutboxView::discardMyEdit()
{
    if (m_conflictId == 0 || m_syncing)
        return;
    const OutboxEntry entry = m_model->entry(m_table->currentIndex().row());
    QString error;
    if (!SyncStore(m_database).discardConflict(m_conflictId, m_clock.nowMs(), &error)) {
        resolved(tr("Discarding the edit failed: %1").arg(error));
        return;
    }
    m_undoStack->push(new DiscardEditCommand(m_database, m_clock, m_conflictId, OutboxModel::itemText(entry),
                                             [this](const QString &failure) {
                                                 resolved(failure.isEmpty() ? QString() : tr("Undo failed: %1").arg(failure));
                                             }));
    resolved({});
}

void OutboxView::dismissRefused()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || m_syncing || m_model->entry(current.row()).state != OutboxState::Failed)
        return;
    const OutboxEntry entry = m_model->entry(current.row());
    QString error;
    if (!Outbox(m_database).dismiss(entry.id, m_clock.nowMs(), &error)) {
        resolved(tr("Putting the edit aside failed: %1").arg(error));
        return;
    }
    m_undoStack->push(new DismissRefusedCommand(m_database, m_clock, entry.id, OutboxModel::itemText(entry),
                                                [this](const QString &failure) {
                                                    resolved(failure.isEmpty() ? QString() : tr("Undo failed: %1").arg(failure));
                                                }));
    resolved({});
}

void OutboxView::applyMyEditAgain()
{
    if (m_conflictId == 0 || m_syncing)
        return;
    const OutboxEntry entry = m_model->entry(m_table->currentIndex().row());
    OutboxEntry queued;
    QByteArray before;
    const EditOutcome outcome = SyncStore(m_database).requeueConflict(m_conflictId, entry.actor,
                                                                      m_clock.nowMs(), &queued, &before);
    if (!outcome.ok()) {
        resolved(tr("Your edit no longer applies to the server's version: %1. Discard it, or make a new edit.")
                     .arg(describe(outcome)));
        return;
    }
    m_undoStack->push(new ReapplyEditCommand(m_database, m_clock, m_conflictId, OutboxModel::itemText(entry), queued, before,
                                             entry.actor, [this](const QString &failure) {
                                                 resolved(failure.isEmpty() ? QString() : tr("Undo failed: %1").arg(failure));
                                             }));
    resolved({});
    select(queued.id);
}

} // namespace ct
