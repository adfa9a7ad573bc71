// SPDX-License-Identifier: MIT
#pragma once

#include "shell/viewcontext.h"
#include "sync/teamsettingsclient.h"

#include <QDialog>

#include <memory>

class QLabel;
class QPushButton;

namespace ct {

class AssignmentDraft;
class AssignmentSettingsPage;

// Edit > Team Settings…: the team's assignment rules (docs/ASSIGNMENT.md), for a manager or
// an admin to change and for everyone else to read. Standalone, a save goes into the
// store. Bound to a team server, the page shows the server's version (fetched when it
// opens), and a save goes straight to the server (docs/SYNC.md says why not through the
// outbox): a refusal comes back to its fields, a colleague's newer version is shown
// with a choice, and the saved version is kept in the replica at once. Nothing typed is
// lost: closing with changes asks, and a server that cannot be reached keeps the draft.
class TeamSettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    TeamSettingsDialog(const ViewContext &context, QWidget *parent = nullptr);
    ~TeamSettingsDialog() override;

    static TeamSettingsDialog *showFor(QWidget *window, const ViewContext &context);

    AssignmentDraft *draft() const { return m_draft; }
    AssignmentSettingsPage *page() const { return m_page; }
    bool isReadOnly() const { return m_readOnly; }
    // What the line above the page says (version, who saved it, why it is read-only).
    QString statusText() const;

    // Saves the draft (Ctrl+S); the answer arrives by saved() or the page's errors.
    void save();
    // Drops the changes and shows the version in force.
    void revert();

    void done(int result) override;

Q_SIGNALS:
    // A save ended: `ok`, and what the status line now says.
    void saveFinished(bool ok, const QString &message);
    // The server's version or the user's role came in.
    void serverAnswered();

private:
    enum class Mode : quint8 { Standalone, Connected, NotConnected };
    void loadLocal();
    // A version this build cannot read is shown read-only, never saved over.
    void refuseUnreadable();
    void askServer();
    void onServer(const TeamSettingsClient::Result &result);
    void onSaved(const TeamSettingsClient::Result &result);
    void setReadOnly(bool readOnly, const QString &why);
    void keepLocally(const TeamSetting &setting);
    void updateStatus(const QString &message = {});
    void conflict(const TeamSetting &theirs, const QString &detail);

    const ViewContext m_context;
    Mode m_mode = Mode::Standalone;
    AssignmentDraft *m_draft;
    AssignmentSettingsPage *m_page;
    QLabel *m_status;
    QPushButton *m_save;
    QPushButton *m_revert;
    std::unique_ptr<TeamSettingsClient> m_client;
    bool m_readOnly = false;
    QString m_readOnlyWhy;
    QString m_lastMessage;
    bool m_saving = false;
    bool m_roleKnown = false;
};

} // namespace ct
