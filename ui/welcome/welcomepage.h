// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace ct {

// What an empty store shows in place of the views: the ways in, each one click — demo
// data, importing carrier files, carrier feeds, a team server. A store bound to a team
// server has one way in, connecting: the others say why they are off. While a job runs
// (demo data being generated) the page says so and its buttons wait.
class WelcomePage final : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    // `serverUrl`: the team server the store belongs to, or empty for a store of one's own.
    void setTeamServer(const QString &serverUrl);
    // `work`: what the store is busy with ("Generating demo data"), or empty.
    void setBusy(const QString &work);
    // How many shipments "Load Demo Data" generates.
    void setDemoShipments(int shipments);
    int demoShipments() const { return m_demoShipments; }

    QPushButton *demoButton() const { return m_demo; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *feedsButton() const { return m_feeds; }
    QPushButton *connectButton() const { return m_connect; }

signals:
    void demoRequested();
    void importRequested();
    void feedsRequested();
    void connectRequested();

private:
    void update();

    QLabel *m_intro;
    QLabel *m_status;
    QPushButton *m_demo;
    QLabel *m_demoText;
    QPushButton *m_import;
    QLabel *m_importText;
    QPushButton *m_feeds;
    QLabel *m_feedsText;
    QPushButton *m_connect;
    QLabel *m_connectText;
    QString m_serverUrl;
    QString m_busy;
    int m_demoShipments = 20000;
};

} // namespace ct
