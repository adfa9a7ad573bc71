// SPDX-License-Identifier: MIT
#include "welcomepage.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace ct {

namespace {

QLabel *explanation(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return label;
}

} // namespace

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_intro(new QLabel(this))
    , m_status(new QLabel(this))
    , m_demo(new QPushButton(tr("Load &Demo Data"), this))
    , m_demoText(explanation(this))
    , m_import(new QPushButton(tr("&Import Files…"), this))
    , m_importText(explanation(this))
    , m_feeds(new QPushButton(tr("Add Carrier &Feeds…"), this))
    , m_feedsText(explanation(this))
    , m_connect(new QPushButton(tr("&Connect to a Team Server…"), this))
    , m_connectText(explanation(this))
{
    setObjectName(QStringLiteral("welcomePage"));
    m_intro->setObjectName(QStringLiteral("welcomeIntro"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::RichText);
    m_status->setObjectName(QStringLiteral("welcomeStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    m_demo->setObjectName(QStringLiteral("welcomeDemo"));
    m_import->setObjectName(QStringLiteral("welcomeImport"));
    m_feeds->setObjectName(QStringLiteral("welcomeFeeds"));
    m_connect->setObjectName(QStringLiteral("welcomeConnect"));

    connect(m_demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_import, &QPushButton::clicked, this, &WelcomePage::importRequested);
    connect(m_feeds, &QPushButton::clicked, this, &WelcomePage::feedsRequested);
    connect(m_connect, &QPushButton::clicked, this, &WelcomePage::connectRequested);

    auto *ways = new QGridLayout;
    ways->setHorizontalSpacing(16);
    ways->setVerticalSpacing(14);
    const std::pair<QPushButton *, QLabel *> rows[] = {
        {m_demo, m_demoText}, {m_import, m_importText}, {m_feeds, m_feedsText}, {m_connect, m_connectText}};
    int row = 0;
    for (const auto &[button, text] : rows) {
        button->setMinimumWidth(button->fontMetrics().averageCharWidth() * 30);
        ways->addWidget(button, row, 0, Qt::AlignTop);
        ways->addWidget(text, row, 1);
        ++row;
    }
    ways->setColumnStretch(1, 1);

    auto *column = new QWidget(this);
    column->setFixedWidth(fontMetrics().averageCharWidth() * 96);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(16);
    columnLayout->addWidget(m_intro);
    columnLayout->addWidget(m_status);
    columnLayout->addLayout(ways);

    auto *centre = new QHBoxLayout;
    centre->addStretch(1);
    centre->addWidget(column);
    centre->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 40, 40, 40);
    layout->addStretch(2);
    layout->addLayout(centre);
    layout->addStretch(3);
    setFocusProxy(m_import);
    update();
}

void WelcomePage::setTeamServer(const QString &serverUrl)
{
    m_serverUrl = serverUrl;
    update();
}

void WelcomePage::setBusy(const QString &work)
{
    m_busy = work;
    update();
}

void WelcomePage::setDemoShipments(int shipments)
{
    m_demoShipments = shipments > 0 ? shipments : 20000;
    update();
}

void WelcomePage::update()
{
    const bool team = !m_serverUrl.isEmpty();
    m_intro->setText(team ? tr("<h2>This store is for a team server</h2><p>It holds what %1 shares with your team, "
                               "and it is empty until the first sync: connect to bring the team's shipments and "
                               "exceptions here.</p>")
                                .arg(m_serverUrl.toHtmlEscaped())
                          : tr("<h2>Welcome to Control Tower</h2><p>Every parcel across every carrier in one place. "
                               "This store is empty: choose how your shipments come in. You can use more than one "
                               "way, and change your mind later.</p>"));
    m_status->setVisible(!m_busy.isEmpty());
    m_status->setText(tr("%1… the views open when it is done.").arg(m_busy));
    m_demoText->setText(team ? tr("Not for this store: demo data would mix with the team's.")
                             : tr("%1 made-up shipments across eight carriers, with their exceptions and returns, "
                                  "to try everything out. Not for real work: start a new store for that.")
                                   .arg(QLocale().toString(m_demoShipments)));
    m_connectText->setText(team ? tr("Sign in to %1; the store then syncs on its own.").arg(m_serverUrl)
                                : tr("Work with your team: shipments, exceptions and edits shared through your "
                                     "team's Control Tower server. This empty store becomes the team's copy."));
    const bool idle = m_busy.isEmpty();
    m_demo->setEnabled(idle && !team);
    m_import->setEnabled(idle && !team);
    m_feeds->setEnabled(idle && !team);
    m_connect->setEnabled(idle);
    m_importText->setText(team ? tr("Not for this store: the team server imports, and sync brings its shipments here.")
                               : tr("Your carriers' tracking files or API responses (AfterShip, EasyPost, Shippo, UPS, "
                                    "FedEx, DHL, USPS, Delhivery) and your storefront's order exports (Shopify, "
                                    "WooCommerce), as many as you like, folders too; or drop them on this window."));
    m_feedsText->setText(team ? tr("Not for this store: the team server polls the carriers.")
                              : tr("Poll your carriers' tracking APIs on a schedule, with the credentials kept in the "
                                   "system's keychain."));
}

} // namespace ct
