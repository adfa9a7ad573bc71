// SPDX-License-Identifier: MIT
#include "teamsettingsdialog.h"

#include "assignmentdraft.h"
#include "assignmentsettingspage.h"
#include "returnpolicydraft.h"
#include "returnpolicysettingspage.h"

#include "shell/clock.h"
#include "store/database.h"
#include "store/transaction.h"
#include "sync/serversession.h"
#include "sync/syncstore.h"
#include "edits/role.h"
#include "teamsettings/teamsettingkind.h"
#include "teamsettings/teamsettingsstore.h"
#include "widgets/displaytext.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ct {

namespace {

// Who saves in a standalone store: the computer's user.
QString localUser()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("local") : user;
}

bool mayWrite(const TeamSettingPage *page, const QString &roleCode)
{
    const std::optional<Role> role = roleFromCode(roleCode);
    const TeamSettingKind *kind = TeamSettingKinds::find(page->settingName());
    return role && kind && (kind->writers & roleBit(*role));
}

} // namespace

TeamSettingsDialog::TeamSettingsDialog(const ViewContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_draft(new AssignmentDraft(this))
    , m_page(new AssignmentSettingsPage(*m_draft, this))
    , m_policyDraft(new ReturnPolicyDraft(this))
    , m_policyPage(new ReturnPolicySettingsPage(*m_policyDraft, this))
    , m_pageList(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_status(new QLabel(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_revert(new QPushButton(tr("Re&vert"), this))
{
    setObjectName(QStringLiteral("teamSettings"));
    setWindowTitle(tr("Team Settings"));
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S)); // QKeySequence::Save is empty on some platforms
    m_save->setToolTip(tr("Ctrl+S"));
    m_save->setAutoDefault(false);
    m_revert->setObjectName(QStringLiteral("revert"));
    m_revert->setAutoDefault(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // Save keeps the dialog open: the answer shows here.
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    buttons->addButton(m_revert, QDialogButtonBox::ResetRole);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(m_save, &QPushButton::clicked, this, &TeamSettingsDialog::save);
    connect(m_revert, &QPushButton::clicked, this, &TeamSettingsDialog::revert);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_pageList->setObjectName(QStringLiteral("pages"));
    m_pageList->setAccessibleName(tr("Settings"));
    m_pageList->setToolTip(tr("Ctrl+PgUp and Ctrl+PgDown go to the page above or below."));
    addPage(m_page);
    addPage(m_policyPage);
    m_pageList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Wide enough for a title with "(changed)".
    m_pageList->setFixedWidth(m_pageList->fontMetrics().horizontalAdvance(tr("%1 (changed)").arg(m_policyPage->title())) + 24);
    connect(m_pageList, &QListWidget::currentRowChanged, this, &TeamSettingsDialog::showPage);
    for (const auto &[keys, by] : {std::pair{QKeySequence(Qt::CTRL | Qt::Key_PageDown), 1},
                                   std::pair{QKeySequence(Qt::CTRL | Qt::Key_PageUp), -1}}) {
        auto *shortcut = new QShortcut(keys, this);
        const int step = by;
        connect(shortcut, &QShortcut::activated, this, [this, step] {
            const int n = static_cast<int>(m_pages.size());
            m_pageList->setCurrentRow((m_pageList->currentRow() + step + n) % n);
        });
    }

    auto *pages = new QHBoxLayout;
    pages->addWidget(m_pageList);
    pages->addWidget(m_stack, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(pages, 1);
    layout->addWidget(buttons);
    resize(1120, 600);

    ServerSession *session = m_context.session;
    const bool bound = !SyncStore(m_context.database).serverUrl().isEmpty();
    m_mode = !bound ? Mode::Standalone : session && session->isConnected() ? Mode::Connected : Mode::NotConnected;
    for (PageState &s : m_pages) {
        TeamSettingPage *page = s.page;
        connect(&page->settingDraft(), &TeamSettingDraft::changed, this, [this, page] {
            PageState &changed = state(page);
            updateStatus(changed, changed.lastMessage);
        });
        loadLocal(s);
    }
    switch (m_mode) {
    case Mode::Standalone:
        m_roleKnown = true;
        break;
    case Mode::NotConnected:
        for (PageState &s : m_pages)
            setReadOnly(s, true, tr("Connect to the team server to change these settings (Server > Connect…); this is "
                                    "the copy from the last sync."));
        break;
    case Mode::Connected:
        m_client = std::make_unique<TeamSettingsClient>(session->serverUrl(), session->token());
        connect(m_client.get(), &TeamSettingsClient::finished, this, &TeamSettingsDialog::onServer);
        m_roleKnown = !session->role().isEmpty();
        if (m_roleKnown)
            for (PageState &s : m_pages)
                if (!mayWrite(s.page, session->role()))
                    setReadOnly(s, true, tr("You are signed in as %1 (%2); only a manager or an admin can change these "
                                            "settings.").arg(session->user(), session->role()));
        askServer();
        break;
    }
    m_pageList->setCurrentRow(0);
    showPage(0);
}

TeamSettingsDialog::~TeamSettingsDialog() = default;

TeamSettingsDialog *TeamSettingsDialog::showFor(QWidget *window, const ViewContext &context, std::optional<Page> page)
{
    auto *dialog = window->findChild<TeamSettingsDialog *>(QString(), Qt::FindDirectChildrenOnly);
    if (!dialog) {
        dialog = new TeamSettingsDialog(context, window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    if (page)
        dialog->setCurrentPage(*page);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

void TeamSettingsDialog::addPage(TeamSettingPage *page)
{
    m_pages.append(PageState{page, false, {}, {}});
    m_stack->addWidget(page);
    auto *item = new QListWidgetItem(page->title(), m_pageList);
    item->setData(Qt::UserRole, page->settingName());
}

int TeamSettingsDialog::indexOf(const PageState &s) const
{
    for (int i = 0; i < m_pages.size(); ++i)
        if (&m_pages[i] == &s)
            return i;
    return -1;
}

TeamSettingsDialog::PageState &TeamSettingsDialog::state(TeamSettingPage *page)
{
    for (PageState &s : m_pages)
        if (s.page == page)
            return s;
    Q_UNREACHABLE();
}

void TeamSettingsDialog::setCurrentPage(Page page)
{
    m_pageList->setCurrentRow(static_cast<int>(page));
}

TeamSettingsDialog::Page TeamSettingsDialog::currentPage() const
{
    return static_cast<Page>(m_stackIndex);
}

void TeamSettingsDialog::showPage(int index)
{
    if (index < 0 || index >= m_pages.size())
        return;
    m_stackIndex = index;
    m_stack->setCurrentIndex(index);
    updateStatus(current(), current().lastMessage);
}

bool TeamSettingsDialog::isReadOnly() const
{
    return current().readOnly;
}

void TeamSettingsDialog::loadLocal(PageState &s)
{
    QString error;
    const std::optional<TeamSetting> setting = TeamSettingsStore(m_context.database).read(s.page->settingName(), &error);
    if (!setting) {
        s.lastMessage = tr("The settings could not be read from the store: %1").arg(error);
        setReadOnly(s, true, s.lastMessage);
        return;
    }
    s.page->settingDraft().load(*setting);
    refuseUnreadable(s);
}

void TeamSettingsDialog::refuseUnreadable(PageState &s)
{
    if (!s.page->settingDraft().isReadable())
        setReadOnly(s, true, tr("This setting was saved by a newer Control Tower and cannot be shown or changed here; "
                                "the server goes on applying it."));
}

void TeamSettingsDialog::askServer()
{
    // The role first when the session does not know it; then each page's setting.
    m_toFetch.clear();
    for (int i = 0; i < m_pages.size(); ++i)
        m_toFetch << i;
    if (!m_roleKnown)
        m_client->fetchRole();
    else
        fetchNext();
}

void TeamSettingsDialog::fetchNext()
{
    if (m_toFetch.isEmpty()) {
        Q_EMIT serverAnswered();
        return;
    }
    m_client->fetch(m_pages[m_toFetch.first()].page->settingName());
}

void TeamSettingsDialog::onServer(const TeamSettingsClient::Result &result)
{
    if (m_saving) {
        onSaved(result);
        return;
    }
    if (!m_roleKnown) {
        m_roleKnown = true;
        if (result.ok())
            for (PageState &s : m_pages)
                if (!mayWrite(s.page, result.role))
                    setReadOnly(s, true, tr("You are signed in as %1; only a manager or an admin can change these "
                                            "settings.").arg(result.role));
        fetchNext();
        return;
    }
    if (m_toFetch.isEmpty())
        return;
    PageState &s = m_pages[m_toFetch.takeFirst()];
    TeamSettingDraft &draft = s.page->settingDraft();
    if (result.ok()) {
        // The server's version is the one in force; take it unless the user started editing.
        if (result.setting.version != draft.base().version && !draft.isDirty()) {
            draft.load(result.setting);
            keepLocally(s, result.setting);
            refuseUnreadable(s);
        }
        updateStatus(s, s.lastMessage);
    } else {
        updateStatus(s, tr("The team server's version could not be read (%1); this is the copy from the last sync.")
                            .arg(result.message));
    }
    fetchNext();
}

void TeamSettingsDialog::save()
{
    savePage(current());
}

void TeamSettingsDialog::savePage(PageState &s)
{
    if (s.readOnly || m_saving)
        return;
    TeamSettingDraft &draft = s.page->settingDraft();
    if (!draft.isValid()) {
        updateStatus(s, tr("Not saved: fix what is listed below first."));
        s.page->goTo(draft.errors().first().field);
        finishSave(s, false);
        return;
    }
    if (m_mode == Mode::Connected) {
        m_saving = s.page;
        m_toFetch.clear(); // a new request abandons a fetch still on its way
        m_save->setEnabled(false);
        updateStatus(s, tr("Saving on the team server…"));
        m_client->save(s.page->settingName(), draft.document(), draft.base().version);
        return;
    }
    const TeamSettingsStore::PutOutcome outcome = TeamSettingsStore(m_context.database)
                                                      .save(s.page->settingName(), draft.document(), draft.base().version,
                                                            localUser(), m_context.clock.nowMs());
    switch (outcome.status) {
    case TeamSettingsStore::PutOutcome::Status::Saved:
        draft.load(outcome.setting);
        updateStatus(s, tr("Saved as version %1. %2").arg(outcome.setting.version).arg(s.page->inForceText(false)));
        finishSave(s, true);
        return;
    case TeamSettingsStore::PutOutcome::Status::VersionMismatch:
        conflict(s, outcome.setting, outcome.detail);
        return;
    case TeamSettingsStore::PutOutcome::Status::Invalid:
        draft.setServerErrors(outcome.errors);
        updateStatus(s, tr("Not saved: fix what is listed below first."));
        break;
    case TeamSettingsStore::PutOutcome::Status::UnknownSetting:
    case TeamSettingsStore::PutOutcome::Status::StoreError:
        updateStatus(s, tr("Not saved: the store refused it (%1). Your changes are still here.").arg(outcome.detail));
        break;
    }
    finishSave(s, false);
}

void TeamSettingsDialog::onSaved(const TeamSettingsClient::Result &result)
{
    PageState &s = state(m_saving);
    m_saving = nullptr;
    m_save->setEnabled(!current().readOnly);
    TeamSettingDraft &draft = s.page->settingDraft();
    using Status = TeamSettingsClient::Result::Status;
    switch (result.status) {
    case Status::Ok:
        draft.load(result.setting);
        keepLocally(s, result.setting);
        updateStatus(s, tr("Saved on the team server as version %1. %2").arg(result.setting.version)
                            .arg(s.page->inForceText(true)));
        finishSave(s, true);
        return;
    case Status::Conflict:
        conflict(s, result.setting, result.message);
        return;
    case Status::Invalid:
        draft.setServerErrors(result.errors);
        updateStatus(s, tr("The team server refused these settings: %1").arg(result.message));
        break;
    case Status::Refused:
        setReadOnly(s, true, result.message);
        updateStatus(s, tr("Not saved: %1").arg(result.message));
        break;
    case Status::Unreachable:
        updateStatus(s, tr("Not saved: %1. Your changes are still here; save again when the server answers.")
                            .arg(result.message));
        break;
    case Status::Failed:
        updateStatus(s, tr("Not saved: %1. Your changes are still here.").arg(result.message));
        break;
    }
    finishSave(s, false);
}

void TeamSettingsDialog::finishSave(PageState &s, bool ok)
{
    const QString message = m_status->text();
    if (!m_closeWith) {
        Q_EMIT saveFinished(ok, message);
        return;
    }
    if (!ok) {
        // Closing waits: the page that was not saved is shown with the reason.
        m_closeWith.reset();
        m_pageList->setCurrentRow(indexOf(s));
        Q_EMIT saveFinished(false, m_status->text());
        return;
    }
    for (PageState &next : m_pages)
        if (!next.readOnly && next.page->settingDraft().isDirty()) {
            savePage(next);
            return;
        }
    const int result = *m_closeWith;
    m_closeWith.reset();
    Q_EMIT saveFinished(true, message);
    QDialog::done(result);
}

void TeamSettingsDialog::conflict(PageState &s, const TeamSetting &theirs, const QString &detail)
{
    TeamSettingDraft &draft = s.page->settingDraft();
    m_pageList->setCurrentRow(indexOf(s));
    QMessageBox box(QMessageBox::Warning, tr("Saved by someone else"),
                    tr("%1 saved the %2 (version %3) while you were editing version %4. Your changes are still here.")
                        .arg(theirs.updatedBy.isEmpty() ? tr("Someone") : theirs.updatedBy, s.page->title().toLower())
                        .arg(theirs.version)
                        .arg(draft.base().version),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("conflict"));
    box.setDetailedText(detail);
    QPushButton *mine = box.addButton(tr("Save &mine over theirs"), QMessageBox::AcceptRole);
    QPushButton *theirsButton = box.addButton(tr("&Discard mine, show theirs"), QMessageBox::DestructiveRole);
    box.addButton(tr("&Keep editing"), QMessageBox::RejectRole);
    mine->setObjectName(QStringLiteral("saveMine"));
    theirsButton->setObjectName(QStringLiteral("showTheirs"));
    box.exec();
    if (box.clickedButton() == mine) {
        // A decision made knowing theirs: save on their version.
        const QByteArray document = draft.document();
        draft.load(theirs);
        draft.takeDocument(document);
        savePage(s);
        return;
    }
    if (box.clickedButton() == theirsButton) {
        draft.load(theirs);
        if (m_mode == Mode::Connected)
            keepLocally(s, theirs);
        updateStatus(s, tr("Showing %1's version %2; yours was discarded.").arg(theirs.updatedBy).arg(theirs.version));
    } else {
        updateStatus(s, tr("Not saved: %1 saved version %2 meanwhile. Your changes are still here.")
                            .arg(theirs.updatedBy).arg(theirs.version));
    }
    finishSave(s, false);
}

void TeamSettingsDialog::keepLocally(PageState &s, const TeamSetting &setting)
{
    // What the next page of the feed would bring, kept now so the replica shows it.
    QString error;
    Transaction transaction(m_context.database.connection());
    if (!transaction.begin(&error) || !TeamSettingsStore(m_context.database).applyReplica(setting, &error)
        || !transaction.commit(&error))
        s.lastMessage = tr("Saved on the server, but not kept in this store yet (%1): the next sync brings it.").arg(error);
}

void TeamSettingsDialog::revert()
{
    PageState &s = current();
    TeamSetting base = s.page->settingDraft().base();
    s.page->settingDraft().load(base);
    updateStatus(s, tr("Back to version %1.").arg(base.version));
}

void TeamSettingsDialog::setReadOnly(PageState &s, bool readOnly, const QString &why)
{
    s.readOnly = readOnly;
    s.readOnlyWhy = why;
    s.page->setReadOnly(readOnly);
    updateStatus(s, s.lastMessage);
}

QString TeamSettingsDialog::statusText() const
{
    return m_status->text();
}

void TeamSettingsDialog::updateStatus(PageState &s, const QString &message)
{
    s.lastMessage = message;
    const TeamSettingDraft &draft = s.page->settingDraft();
    // The page list marks a page with changes.
    const int row = indexOf(s);
    if (QListWidgetItem *item = m_pageList->item(row))
        item->setText(draft.isDirty() && !s.readOnly ? tr("%1 (changed)").arg(s.page->title()) : s.page->title());
    if (row != m_stackIndex)
        return;
    const TeamSetting &base = draft.base();
    QStringList parts;
    parts << (base.isDefault() ? s.page->neverSavedText()
                               : tr("Version %1, saved by %2 on %3.")
                                     .arg(base.version)
                                     .arg(base.updatedBy, DisplayText::userTime(base.updatedAtMs)));
    if (m_mode == Mode::Connected)
        parts << tr("On the team server %1.").arg(m_context.session->serverUrl().host());
    if (s.readOnly)
        parts << s.readOnlyWhy;
    else if (draft.isDirty())
        parts << tr("Changed, not saved.");
    if (!message.isEmpty())
        parts << message;
    m_status->setText(parts.join(QLatin1Char(' ')));
    m_save->setEnabled(!s.readOnly && !m_saving);
    m_revert->setEnabled(!s.readOnly && draft.isDirty());
}

void TeamSettingsDialog::done(int result)
{
    QStringList changed;
    for (const PageState &s : std::as_const(m_pages))
        if (!s.readOnly && s.page->settingDraft().isDirty())
            changed << s.page->title();
    if (!changed.isEmpty()) {
        QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                        tr("Changes that are not saved: %1.").arg(changed.join(QStringLiteral(", "))),
                        QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("unsaved"));
        QPushButton *saveButton = box.addButton(tr("&Save"), QMessageBox::AcceptRole);
        QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
        box.addButton(tr("&Cancel"), QMessageBox::RejectRole);
        box.setDefaultButton(saveButton);
        box.exec();
        if (box.clickedButton() == saveButton) {
            // Closes once every changed page is saved; stays open with the reason when one is not.
            m_closeWith = result;
            for (PageState &s : m_pages)
                if (!s.readOnly && s.page->settingDraft().isDirty()) {
                    savePage(s);
                    return;
                }
            return;
        }
        if (box.clickedButton() != discard)
            return;
    }
    QDialog::done(result);
}

} // namespace ct
