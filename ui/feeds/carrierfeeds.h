// SPDX-License-Identifier: MIT
#pragma once

#include "credentials/credentialstore.h"
#include "feeds/carrierfeedconfig.h"
#include "feeds/feedprobe.h"
#include "feeds/feedschedule.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <optional>

namespace ct {

class Clock;
class Database;
class FeedPollRunner;

// The desktop's standalone carrier feeds (no team server: the app polls the carriers
// itself): the feeds of the shared feeds file (CarrierFeedFile, what `controltower-cli
// poll --feeds` reads), their credentials, their schedule (FeedSchedule, on the window's
// clock) and their polls (FeedPollRunner, off the GUI thread). Store > Carrier Feeds…
// shows and edits it; the window reloads its views when a poll stored something.
//
// A credential (the Authorization value) goes to the OS keychain under
// CredentialStore::feedKey(name) and is never handed back to the interface; where no
// keychain service runs it is kept in memory for this session only (and a feed's
// `auth_env` variable is used, as `poll` does). Keychain calls run on the GUI thread
// (docs/DESKTOP.md, why).
class CarrierFeeds final : public QObject
{
    Q_OBJECT

public:
    enum class Credential : quint8 {
        None,     // polled without an Authorization header
        Keychain, // saved in the OS keychain
        Session,  // in memory until the app quits (no keychain service)
        Environment, // from the feed's auth_env variable (no keychain service)
    };

    CarrierFeeds(const Database &database, const Clock &clock, CredentialStore credentials,
                 QObject *parent = nullptr);
    ~CarrierFeeds() override;

    // Reads the feeds file (CarrierFeedFile::defaultPath()) and schedules its feeds; false
    // with the located error (the feeds then stay as they were).
    bool load(QString *error);
    QString filePath() const { return m_path; }
    const QList<CarrierFeedConfig> &feeds() const { return m_feeds; }
    std::optional<CarrierFeedConfig> feed(const QString &name) const;
    const FeedSchedule &schedule() const { return m_schedule; }

    // Adds `feed`, or replaces the feed called `previousName` (a rename keeps its
    // credential), and writes the file. `credential`, when given, replaces the stored one
    // (empty: none). False with the reason when the file or the keychain refuses; nothing
    // changes then.
    bool saveFeed(const CarrierFeedConfig &feed, const QString &previousName, std::optional<QString> credential,
                  QString *error);
    bool removeFeed(const QString &name, QString *error);

    // Whether a keychain service runs here (asked once, on first need), and why not.
    bool keychainAvailable();
    QString keychainProblem() const { return m_keychainProblem; }
    Credential credential(const QString &name);

    // A store bound to a team server is written by sync alone: no polling then.
    bool pollingAllowed() const;
    // Poll Now (or as soon as the running poll ends).
    void pollNow(const QString &name);
    bool isPolling(const QString &name) const;

    // One request to `feed` (from a form: its credential as typed, or, when nullopt, the
    // feed's saved one); the answer comes in probeFinished.
    void test(CarrierFeedConfig feed, const std::optional<QString> &credential);

    // Starts the feeds that are due on the clock now; called on every tick of the clock.
    void pollDue();
    // Off: no poll starts at all, neither scheduled nor asked for (a `--screenshot` or
    // `--report-ready` run makes no network request). On by default.
    void setPollingEnabled(bool enabled);
    bool pollingEnabled() const { return m_pollingEnabled; }

Q_SIGNALS:
    // The feeds, their credentials or their schedule changed: a view repaints.
    void changed();
    // A poll stored pages: the window reloads its views.
    void storeChanged();
    void probeFinished(const ct::FeedProbe::Answer &answer);
    // One line for the status bar ("ups: 3 pages, ...", "ups: HTTP 401 ...").
    void pollReport(const QString &text);

private:
    QByteArray authHeader(const CarrierFeedConfig &feed);
    void readKeychain();
    bool saveFile(const QList<CarrierFeedConfig> &feeds, QString *error);

    const Database &m_database;
    const Clock &m_clock;
    CredentialStore m_keychain;
    QString m_path;
    QList<CarrierFeedConfig> m_feeds;
    FeedSchedule m_schedule;
    FeedPollRunner *m_runner;
    FeedProbe *m_probe;
    bool m_pollingEnabled = true;
    bool m_keychainRead = false;
    bool m_keychainAvailable = true;
    QString m_keychainProblem;
    QHash<QString, QByteArray> m_secrets; // the keychain's (read once) or the session's
    QSet<QString> m_inKeychain;
};

} // namespace ct
