// SPDX-License-Identifier: MIT
#include "teamsettingsdialog.h"

#include "assignmentdraft.h"
#include "assignmentsettingspage.h"

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
#include <QKeySequence>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace ct {

namespace {

constexpr QStringView Setting = u"assignment";

// Who saves in a standalone store: the computer's user.
QString localUser()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("local") : user;
}

} // namespace

TeamSettingsDialog::TeamSettingsDialog(const ViewContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_draft(new AssignmentDraft(this))
    , m_page(new AssignmentSettingsPage(*m_draft, this))
    , m_status(new QLabel(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_revert(new QPushButton(tr("Re&vert"), this))
{
    setObjectName(QStringLiteral("teamSettings"));
    setWindowTitle(tr("Team Settings: Assignment Rules"));
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

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_page, 1);
    layout->addWidget(buttons);
    resize(1120, 560);

    connect(m_draft, &AssignmentDraft::changed, this, [this] { updateStatus(m_lastMessage); });

    ServerSession *session = m_context.session;
    const bool bound = !SyncStore(m_context.database).serverUrl().isEmpty();
    m_mode = !bound ? Mode::Standalone : session && session->isConnected() ? Mode::Connected : Mode::NotConnected;
    loadLocal();
    switch (m_mode) {
    case Mode::Standalone:
        m_roleKnown = true;
        break;
    case Mode::NotConnected:
        setReadOnly(true, tr("Connect to the team server to change these settings (Server > Connect…); this is the "
                             "copy from the last sync."));
        break;
    case Mode::Connected:
        m_client = std::make_unique<TeamSettingsClient>(session->serverUrl(), session->token());
        connect(m_client.get(), &TeamSettingsClient::finished, this, &TeamSettingsDialog::onServer);
        m_roleKnown = !session->role().isEmpty();
        if (m_roleKnown) {
            const std::optional<Role> role = roleFromCode(session->role());
            const bool writer = role && (TeamSettingKinds::find(Setting)->writers & roleBit(*role));
            if (!writer)
                setReadOnly(true, tr("You are signed in as %1 (%2); only a manager or an admin can change these settings.")
                                      .arg(session->user(), session->role()));
        }
        askServer();
        break;
    }
    updateStatus();
}

TeamSettingsDialog::~TeamSettingsDialog() = default;

TeamSettingsDialog *TeamSettingsDialog::showFor(QWidget *window, const ViewContext &context)
{
    auto *dialog = window->findChild<TeamSettingsDialog *>(QString(), Qt::FindDirectChildrenOnly);
    if (!dialog) {
        dialog = new TeamSettingsDialog(context, window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

void TeamSettingsDialog::loadLocal()
{
    QString error;
    const std::optional<TeamSetting> setting = TeamSettingsStore(m_context.database).read(Setting, &error);
    if (!setting) {
        m_lastMessage = tr("The settings could not be read from the store: %1").arg(error);
        setReadOnly(true, m_lastMessage);
        return;
    }
    m_draft->load(*setting);
    refuseUnreadable();
}

void TeamSettingsDialog::refuseUnreadable()
{
    if (!m_draft->isReadable())
        setReadOnly(true, tr("These rules were saved by a newer Control Tower and cannot be shown or changed here; "
                             "the server goes on applying them."));
}

void TeamSettingsDialog::askServer()
{
    // The role first when the session does not know it; then the rules.
    if (!m_roleKnown)
        m_client->fetchRole();
    else
        m_client->fetch(Setting.toString());
}

void TeamSettingsDialog::onServer(const TeamSettingsClient::Result &result)
{
    if (m_saving) {
        onSaved(result);
        return;
    }
    if (!m_roleKnown) {
        m_roleKnown = true;
        if (result.ok()) {
            const std::optional<Role> role = roleFromCode(result.role);
            if (!role || !(TeamSettingKinds::find(Setting)->writers & roleBit(*role)))
                setReadOnly(true, tr("You are signed in as %1; only a manager or an admin can change these settings.")
                                      .arg(result.role));
        }
        m_client->fetch(Setting.toString());
        return;
    }
    if (result.ok()) {
        // The server's version is the one in force; take it unless the user started editing.
        if (result.setting.version != m_draft->base().version && !m_draft->isDirty()) {
            m_draft->load(result.setting);
            keepLocally(result.setting);
            refuseUnreadable();
        }
        updateStatus();
    } else {
        updateStatus(tr("The team server's version could not be read (%1); this is the copy from the last sync.")
                         .arg(result.message));
    }
    Q_EMIT serverAnswered();
}

void TeamSettingsDialog::save()
{
    if (m_readOnly || m_saving)
        return;
    if (!m_draft->isValid()) {
        updateStatus(tr("Not saved: fix what is listed below first."));
        m_page->goTo(m_draft->errors().first().field);
        Q_EMIT saveFinished(false, statusText());
        return;
    }
    if (m_mode == Mode::Connected) {
        m_saving = true;
        m_save->setEnabled(false);
        updateStatus(tr("Saving on the team server…"));
        m_client->save(Setting.toString(), m_draft->document(), m_draft->base().version);
        return;
    }
    const TeamSettingsStore::PutOutcome outcome = TeamSettingsStore(m_context.database)
                                                      .save(Setting, m_draft->document(), m_draft->base().version, localUser(),
                                                            m_context.clock.nowMs());
    switch (outcome.status) {
    case TeamSettingsStore::PutOutcome::Status::Saved:
        m_draft->load(outcome.setting);
        updateStatus(tr("Saved as version %1. New exceptions are assigned by it from now on.").arg(outcome.setting.version));
        Q_EMIT saveFinished(true, statusText());
        return;
    case TeamSettingsStore::PutOutcome::Status::VersionMismatch:
        conflict(outcome.setting, outcome.detail);
        return;
    case TeamSettingsStore::PutOutcome::Status::Invalid:
        m_draft->setServerErrors(outcome.errors);
        updateStatus(tr("Not saved: fix what is listed below first."));
        break;
    case TeamSettingsStore::PutOutcome::Status::UnknownSetting:
    case TeamSettingsStore::PutOutcome::Status::StoreError:
        updateStatus(tr("Not saved: the store refused it (%1). Your changes are still here.").arg(outcome.detail));
        break;
    }
    Q_EMIT saveFinished(false, statusText());
}

void TeamSettingsDialog::onSaved(const TeamSettingsClient::Result &result)
{
    m_saving = false;
    m_save->setEnabled(!m_readOnly);
    using Status = TeamSettingsClient::Result::Status;
    switch (result.status) {
    case Status::Ok:
        m_draft->load(result.setting);
        keepLocally(result.setting);
        updateStatus(tr("Saved on the team server as version %1. Exceptions that open there are assigned by it from "
                        "now on.").arg(result.setting.version));
        Q_EMIT saveFinished(true, statusText());
        return;
    case Status::Conflict:
        conflict(result.setting, result.message);
        return;
    case Status::Invalid:
        m_draft->setServerErrors(result.errors);
        updateStatus(tr("The team server refused these rules: %1").arg(result.message));
        break;
    case Status::Refused:
        setReadOnly(true, result.message);
        updateStatus(tr("Not saved: %1").arg(result.message));
        break;
    case Status::Unreachable:
        updateStatus(tr("Not saved: %1. Your changes are still here; save again when the server answers.").arg(result.message));
        break;
    case Status::Failed:
        updateStatus(tr("Not saved: %1. Your changes are still here.").arg(result.message));
        break;
    }
    Q_EMIT saveFinished(false, statusText());
}

void TeamSettingsDialog::conflict(const TeamSetting &theirs, const QString &detail)
{
    QMessageBox box(QMessageBox::Warning, tr("Saved by someone else"),
                    tr("%1 saved these rules (version %2) while you were editing version %3. Your changes are still here.")
                        .arg(theirs.updatedBy.isEmpty() ? tr("Someone") : theirs.updatedBy)
                        .arg(theirs.version)
                        .arg(m_draft->base().version),
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
        const QByteArray document = m_draft->document();
        TeamSetting base = theirs;
        m_draft->load(base);
        m_draft->edit([&](AssignmentRules &r) { r = AssignmentRules::fromJson(document, nullptr).value_or(r); });
        save();
        return;
    }
    if (box.clickedButton() == theirsButton) {
        m_draft->load(theirs);
        if (m_mode == Mode::Connected)
            keepLocally(theirs);
        updateStatus(tr("Showing %1's version %2; yours was discarded.").arg(theirs.updatedBy).arg(theirs.version));
    } else {
        updateStatus(tr("Not saved: %1 saved version %2 meanwhile. Your changes are still here.")
                         .arg(theirs.updatedBy).arg(theirs.version));
    }
    Q_EMIT saveFinished(false, statusText());
}

void TeamSettingsDialog::keepLocally(const TeamSetting &setting)
{
    // What the next page of the feed would bring, kept now so the replica shows it.
    QString error;
    Transaction transaction(m_context.database.connection());
    if (!transaction.begin(&error) || !TeamSettingsStore(m_context.database).applyReplica(setting, &error)
        || !transaction.commit(&error))
        m_lastMessage = tr("Saved on the server, but not kept in this store yet (%1): the next sync brings it.").arg(error);
}

void TeamSettingsDialog::revert()
{
    TeamSetting base = m_draft->base();
    m_draft->load(base);
    updateStatus(tr("Back to version %1.").arg(base.version));
}

void TeamSettingsDialog::setReadOnly(bool readOnly, const QString &why)
{
    m_readOnly = readOnly;
    m_readOnlyWhy = why;
    m_page->setReadOnly(readOnly);
    m_save->setEnabled(!readOnly);
    m_revert->setEnabled(!readOnly);
    updateStatus(m_lastMessage);
}

QString TeamSettingsDialog::statusText() const
{
    return m_status->text();
}

void TeamSettingsDialog::updateStatus(const QString &message)
{
    m_lastMessage = message;
    const TeamSetting &base = m_draft->base();
    QStringList parts;
    parts << (base.isDefault() ? tr("Nobody has saved assignment rules yet: nothing is assigned automatically.")
                               : tr("Version %1, saved by %2 on %3.")
                                     .arg(base.version)
                                     .arg(base.updatedBy, DisplayText::userTime(base.updatedAtMs)));
    if (m_mode == Mode::Connected)
        parts << tr("On the team server %1.").arg(m_context.session->serverUrl().host());
    if (m_readOnly)
        parts << m_readOnlyWhy;
    else if (m_draft->isDirty())
        parts << tr("Changed, not saved.");
    if (!message.isEmpty())
        parts << message;
    m_status->setText(parts.join(QLatin1Char(' ')));
    m_revert->setEnabled(!m_readOnly && m_draft->isDirty());
}

void TeamSettingsDialog::done(int result)
{
    if (m_draft->isDirty() && !m_readOnly) {
        QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                        tr("The assignment rules have changes that are not saved."), QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("unsaved"));
        QPushButton *saveButton = box.addButton(tr("&Save"), QMessageBox::AcceptRole);
        QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
        box.addButton(tr("&Cancel"), QMessageBox::RejectRole);
        box.setDefaultButton(saveButton);
        box.exec();
        if (box.clickedButton() == saveButton) {
            // Closes once saved; stays open with the reason when not.
            connect(this, &TeamSettingsDialog::saveFinished, this, [this, result](bool ok) {
                if (ok)
                    QDialog::done(result);
            }, Qt::SingleShotConnection);
            save();
            return;
        }
        if (box.clickedButton() != discard)
            return;
    }
    QDialog::done(result);
}

} // namespace ct
