// SPDX-License-Identifier: MIT
#include "connectdialog.h"

#include "net/tlstrust.h"
#include "settings/appsettings.h"
#include "store/database.h"
#include "sync/syncstore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace ct {

ConnectDialog::ConnectDialog(ServerSession &session, const Database &database, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_database(database)
    , m_login(new ServerLogin(this))
    , m_reason(new QLabel(this))
    , m_url(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_connect(m_buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole))
{
    setWindowTitle(tr("Connect to a Team Server"));
    setObjectName(QStringLiteral("ConnectDialog"));

    auto *intro = new QLabel(tr("Your edits are sent to your team's Control Tower server, and your "
                                "colleagues' changes arrive here."), this);
    intro->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setWordWrap(true);
    m_reason->setTextFormat(Qt::PlainText);
    m_reason->setStyleSheet(QStringLiteral("QLabel { background: palette(alternate-base); padding: 6px; }"));
    m_reason->hide();

    m_url->setObjectName(QStringLiteral("serverUrl"));
    m_url->setPlaceholderText(tr("https://controltower.example.com or 127.0.0.1:8787"));
    // The session's server, else the one this store is a copy of, else the last one used.
    const QString boundUrl = SyncStore(database).serverUrl();
    m_url->setText(!session.serverUrl().isEmpty() ? session.serverUrl().toString()
                   : !boundUrl.isEmpty()          ? boundUrl
                                                  : AppSettings::ServerUrl.value());
    m_user->setObjectName(QStringLiteral("user"));
    m_user->setText(session.user().isEmpty() ? AppSettings::ServerUser.value() : session.user());
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_url);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);

    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::RichText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setMinimumHeight(m_message->fontMetrics().height() * 3);
    m_message->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_busy->setRange(0, 0);
    m_busy->setMaximumHeight(m_busy->fontMetrics().height());
    m_busy->setTextVisible(false);
    m_busy->hide();

    m_connect->setObjectName(QStringLiteral("connect"));
    m_connect->setDefault(true);
    connect(m_connect, &QPushButton::clicked, this, &ConnectDialog::connectToServer);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_login, &ServerLogin::finished, this, &ConnectDialog::onLogin);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_reason);
    layout->addLayout(form);
    layout->addWidget(m_busy);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);

    if (m_url->text().isEmpty())
        m_url->setFocus();
    else if (m_user->text().isEmpty())
        m_user->setFocus();
    else
        m_password->setFocus();
}

ConnectDialog::~ConnectDialog() = default;

void ConnectDialog::setReason(const QString &reason)
{
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
}

void ConnectDialog::showMessage(const QString &html, bool problem)
{
    m_message->setText(problem ? QStringLiteral("<p style=\"color:#b3261e\">%1</p>").arg(html) : html);
    // Grow with a long message instead of cutting it off.
    const int needed = m_message->heightForWidth(m_message->width());
    if (needed > m_message->height()) {
        m_message->setMinimumHeight(needed);
        resize(width(), qMax(height(), minimumSizeHint().height()));
    }
}

void ConnectDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_url->setEnabled(!busy);
    m_user->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_connect->setEnabled(!busy);
}

void ConnectDialog::connectToServer()
{
    const QUrl url = ServerLogin::normalizedServerUrl(m_url->text());
    if (!url.isValid()) {
        showMessage(tr("<b>Enter the server's address</b>, such as https://controltower.example.com or "
                       "127.0.0.1:8787."), true);
        m_url->setFocus();
        return;
    }
    if (m_user->text().trimmed().isEmpty() || m_password->text().isEmpty()) {
        showMessage(tr("<b>Enter your user name and password</b> for this server."), true);
        (m_user->text().trimmed().isEmpty() ? m_user : m_password)->setFocus();
        return;
    }
    // Preferences > Server: a CA certificate file to trust besides the system's.
    if (const QString caFile = AppSettings::ServerCaFile.value(); !caFile.isEmpty()) {
        QString error;
        const auto cas = tls::readCaFile(caFile, &error);
        if (!cas) {
            showMessage(tr("<b>The CA certificate file of Preferences cannot be used.</b> %1").arg(error.toHtmlEscaped()),
                        true);
            return;
        }
        m_login->setCaCertificates(*cas);
    }
    m_pendingUrl = url;
    showMessage(tr("Signing in to %1…").arg(url.toDisplayString().toHtmlEscaped()), false);
    setBusy(true);
    m_login->start(url, m_user->text().trimmed(), m_password->text());
}

void ConnectDialog::onLogin(const ServerLogin::Result &result)
{
    using Status = ServerLogin::Result::Status;
    setBusy(false);
    const QString detail = result.message.toHtmlEscaped();
    switch (result.status) {
    case Status::Ok:
        break;
    case Status::Refused:
        showMessage(tr("<b>Wrong user name or password.</b><br>%1").arg(detail), true);
        m_password->selectAll();
        m_password->setFocus();
        return;
    case Status::Unreachable:
        showMessage(tr("<b>The server cannot be reached.</b><br>%1").arg(detail), true);
        m_url->setFocus();
        return;
    case Status::Tls:
        showMessage(tr("<b>The secure (TLS) connection failed.</b><br>%1<br>Check the address, and ask your "
                       "administrator whether the server's certificate is one this computer trusts.")
                        .arg(detail), true);
        return;
    case Status::BadUrl:
    case Status::NotAServer:
        showMessage(tr("<b>This is not a Control Tower server.</b><br>%1").arg(detail), true);
        m_url->setFocus();
        return;
    }

    QString bindingError;
    if (!SyncStore(m_database).checkBinding(m_pendingUrl.toString(), result.serverId, &bindingError)) {
        showMessage(tr("<b>This store cannot sync with %1.</b><br>%2.<br>Start Control Tower with a new store "
                       "for this server, for example <tt>controltower --db team.db --demo-shipments 0</tt>. "
                       "You were not signed in.")
                        .arg(m_pendingUrl.toDisplayString().toHtmlEscaped(), bindingError.toHtmlEscaped()),
                    true);
        return;
    }

    m_password->clear();
    showMessage(tr("Signed in as %1 (%2). Saving the sign-in…").arg(m_user->text().trimmed().toHtmlEscaped(), result.role),
                false);
    setBusy(true);
    disconnect(m_tokenKept);
    m_tokenKept = connect(&m_session, &ServerSession::tokenKept, this,
                    [this](ServerSession::TokenKeeping keeping, const QString &message) {
                        disconnect(m_tokenKept);
                        setBusy(false);
                        if (keeping == ServerSession::TokenKeeping::Keychain) {
                            accept();
                            return;
                        }
                        showMessage(tr("<b>Connected as %1.</b><br>The system keychain is not available here, so "
                                       "the sign-in is kept in memory for this session only: after Control Tower "
                                       "restarts you will be asked to connect again.<br><small>%2</small>")
                                        .arg(m_session.user().toHtmlEscaped(), message.toHtmlEscaped()),
                                    false);
                        // Connected: the only thing left is to close.
                        m_buttons->button(QDialogButtonBox::Cancel)->hide();
                        m_connect->disconnect(this);
                        m_connect->setText(tr("&Close"));
                        connect(m_connect, &QPushButton::clicked, this, &QDialog::accept);
                        m_url->setEnabled(false);
                        m_user->setEnabled(false);
                        m_password->setEnabled(false);
                        m_connect->setFocus();
                    });
    m_session.connectWith(m_pendingUrl, m_user->text().trimmed(), result.role, result.token);
}

} // namespace ct
