// SPDX-License-Identifier: MIT
#pragma once

#include "serversession.h"
#include "sync/serverlogin.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace ct {

class Database;
class ServerLogin;

// Server > Connect…: the team server's address, the user name and the password. Logs in
// without blocking, says plainly what went wrong (unreachable, wrong password, TLS, a
// store bound to another server), and hands the token to the ServerSession, which keeps
// it in the keychain; when there is no keychain the dialog says the sign-in lasts for
// this session only.
class ConnectDialog final : public QDialog
{
    Q_OBJECT

public:
    ConnectDialog(ServerSession &session, const Database &database, QWidget *parent = nullptr);
    ~ConnectDialog() override;

    // A line above the form saying why a login is asked for (the token was refused).
    void setReason(const QString &reason);

private:
    void connectToServer();
    void onLogin(const ServerLogin::Result &result);
    void showMessage(const QString &html, bool problem);
    void setBusy(bool busy);

    ServerSession &m_session;
    const Database &m_database;
    ServerLogin *m_login;
    QLabel *m_reason;
    QLineEdit *m_url;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_message;
    QProgressBar *m_busy;
    QDialogButtonBox *m_buttons;
    QPushButton *m_connect;
    QUrl m_pendingUrl;
    QMetaObject::Connection m_tokenKept;
};

} // namespace ct
