// SPDX-License-Identifier: MIT
#pragma once

#include "shell/viewcontext.h"
#include "sync/teamsettingsclient.h"

#include <QDialog>
#include <QList>

#include <memory>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace ct {

class AssignmentDraft;
class AssignmentSettingsPage;
class ReturnPolicyDraft;
class ReturnPolicySettingsPage;
class TeamSettingPage;

// Edit > Team Settings…: the team's shared settings, one per page (a list at the left:
// the assignment rules of docs/ASSIGNMENT.md, the return policy of docs/RETURNS.md), for
// a manager or an admin to change and for everyone else to read. Standalone, a save goes
// into the store. Bound to a team server, each page shows the server's version (fetched
// when the dialog opens), and a save goes straight to the server (docs/SYNC.md says why
// not through the outbox): a refusal comes back to its fields, a colleague's newer
// version is shown with a choice, and the saved version is kept in the replica at once.
// Nothing typed is lost: closing with changes on any page asks, and a server that cannot
// be reached keeps the draft.
class TeamSettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Page { AssignmentPage, ReturnPolicyPage };

    TeamSettingsDialog(const ViewContext &context, QWidget *parent = nullptr);
    ~TeamSettingsDialog() override;

    static TeamSettingsDialog *showFor(QWidget *window, const ViewContext &context, std::optional<Page> page = {});

    AssignmentDraft *draft() const { return m_draft; }
    AssignmentSettingsPage *page() const { return m_page; }
    ReturnPolicyDraft *policyDraft() const { return m_policyDraft; }
    ReturnPolicySettingsPage *policyPage() const { return m_policyPage; }
    QListWidget *pageList() const { return m_pageList; }
    void setCurrentPage(Page page);
    Page currentPage() const;
    // The current page is read-only (the role, no connection, a newer build's document).
    bool isReadOnly() const;
    // What the line above the current page says (version, who saved it, why it is read-only).
    QString statusText() const;

    // Saves the current page's draft (Ctrl+S); the answer arrives by saveFinished() or
    // the page's errors.
    void save();
    // Drops the current page's changes and shows the version in force.
    void revert();

    void done(int result) override;

Q_SIGNALS:
    // A save ended: `ok`, and what the status line now says.
    void saveFinished(bool ok, const QString &message);
    // The server's versions (every page's) or the user's role came in.
    void serverAnswered();

private:
    enum class Mode : quint8 { Standalone, Connected, NotConnected };
    struct PageState
    {
        TeamSettingPage *page = nullptr;
        bool readOnly = false;
        QString readOnlyWhy;
        QString lastMessage;
    };
    PageState &state(TeamSettingPage *page);
    int indexOf(const PageState &state) const;
    PageState &current() { return m_pages[m_stackIndex]; }
    const PageState &current() const { return m_pages[m_stackIndex]; }
    void addPage(TeamSettingPage *page);
    void showPage(int index);
    void loadLocal(PageState &state);
    // A version this build cannot read is shown read-only, never saved over.
    void refuseUnreadable(PageState &state);
    void askServer();
    void fetchNext();
    void onServer(const TeamSettingsClient::Result &result);
    void onSaved(const TeamSettingsClient::Result &result);
    void savePage(PageState &state);
    void setReadOnly(PageState &state, bool readOnly, const QString &why);
    void keepLocally(PageState &state, const TeamSetting &setting);
    void updateStatus(PageState &state, const QString &message = {});
    void conflict(PageState &state, const TeamSetting &theirs, const QString &detail);
    void finishSave(PageState &state, bool ok);

    const ViewContext m_context;
    Mode m_mode = Mode::Standalone;
    AssignmentDraft *m_draft;
    AssignmentSettingsPage *m_page;
    ReturnPolicyDraft *m_policyDraft;
    ReturnPolicySettingsPage *m_policyPage;
    QListWidget *m_pageList;
    QStackedWidget *m_stack;
    QLabel *m_status;
    QPushButton *m_save;
    QPushButton *m_revert;
    std::unique_ptr<TeamSettingsClient> m_client;
    QList<PageState> m_pages;
    int m_stackIndex = 0;
    QList<int> m_toFetch;              // pages whose server version is still to ask for
    TeamSettingPage *m_saving = nullptr; // the page whose save is on its way
    bool m_roleKnown = false;
    std::optional<int> m_closeWith;    // closing once every changed page is saved
};

} // namespace ct
