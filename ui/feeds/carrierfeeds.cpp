// SPDX-License-Identifier: MIT
#include "carrierfeeds.h"

#include "feedpollrunner.h"
#include "feeds/carrierfeedfile.h"
#include "settings/rulessetting.h"
#include "shell/clock.h"
#include "store/database.h"
#include "sync/syncstore.h"

namespace ct {

CarrierFeeds::CarrierFeeds(const Database &database, const Clock &clock, CredentialStore credentials, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_keychain(std::move(credentials))
    , m_path(CarrierFeedFile::defaultPath())
    , m_runner(new FeedPollRunner(database.path(), this))
    , m_probe(new FeedProbe(this))
{
    m_probe->setClock([this] { return m_clock.nowMs(); });
    connect(m_probe, &FeedProbe::finished, this, &CarrierFeeds::probeFinished);
    connect(&m_clock, &Clock::changed, this, &CarrierFeeds::pollDue);
    connect(m_runner, &FeedPollRunner::waiting, this, [this](const QString &name, int delayMs, const QString &reason) {
        m_schedule.waiting(name, m_clock.nowMs(), delayMs, reason);
        emit changed();
    });
    connect(m_runner, &FeedPollRunner::finished, this,
            [this](const QString &name, bool ok, const QString &message, int pages) {
                m_schedule.finished(name, m_clock.nowMs(), ok, message);
                emit pollReport(QStringLiteral("%1: %2").arg(name, message));
                if (pages > 0)
                    emit storeChanged();
                emit changed();
                pollDue(); // Poll Now while it ran
            });
}

CarrierFeeds::~CarrierFeeds() = default;

bool CarrierFeeds::load(QString *error)
{
    m_path = CarrierFeedFile::defaultPath();
    m_keychainRead = false; // the file may name feeds not read yet
    auto feeds = CarrierFeedFile::load(m_path, error);
    if (!feeds)
        return false;
    m_feeds = std::move(*feeds);
    m_schedule.setFeeds(m_feeds, m_clock.nowMs());
    emit changed();
    return true;
}

std::optional<CarrierFeedConfig> CarrierFeeds::feed(const QString &name) const
{
    for (const CarrierFeedConfig &f : m_feeds) {
        if (f.name == name)
            return f;
    }
    return std::nullopt;
}

bool CarrierFeeds::saveFile(const QList<CarrierFeedConfig> &feeds, QString *error)
{
    if (!CarrierFeedFile::save(m_path, feeds, error))
        return false;
    m_feeds = feeds;
    m_schedule.setFeeds(m_feeds, m_clock.nowMs());
    return true;
}

void CarrierFeeds::readKeychain()
{
    if (m_keychainRead)
        return;
    m_keychainRead = true;
    for (const CarrierFeedConfig &f : m_feeds) {
        if (!m_keychainAvailable)
            break;
        const CredentialStore::Result stored = m_keychain.read(CredentialStore::feedKey(f.name));
        switch (stored.status) {
        case CredentialStore::Result::Status::Ok:
            m_secrets.insert(f.name, stored.secret.trimmed().toUtf8());
            m_inKeychain.insert(f.name);
            break;
        case CredentialStore::Result::Status::Unavailable:
            m_keychainAvailable = false;
            m_keychainProblem = stored.message;
            break;
        default:
            break;
        }
    }
    if (m_feeds.isEmpty()) {
        // Nothing to read: ask once anyway, so the editor can say where a credential goes.
        const CredentialStore::Result probe = m_keychain.read(CredentialStore::feedKey(QStringLiteral(".probe")));
        if (probe.status == CredentialStore::Result::Status::Unavailable) {
            m_keychainAvailable = false;
            m_keychainProblem = probe.message;
        }
    }
}

bool CarrierFeeds::keychainAvailable()
{
    readKeychain();
    return m_keychainAvailable;
}

CarrierFeeds::Credential CarrierFeeds::credential(const QString &name)
{
    readKeychain();
    if (m_inKeychain.contains(name))
        return Credential::Keychain;
    if (m_secrets.contains(name))
        return Credential::Session;
    if (!m_keychainAvailable) {
        if (const auto f = feed(name); f && !f->authHeaderFromEnvironment().isEmpty())
            return Credential::Environment;
    }
    return Credential::None;
}

QByteArray CarrierFeeds::authHeader(const CarrierFeedConfig &f)
{
    readKeychain();
    if (const auto it = m_secrets.constFind(f.name); it != m_secrets.constEnd())
        return *it;
    // As `controltower-cli poll`: the environment only where no keychain runs.
    return m_keychainAvailable ? QByteArray() : f.authHeaderFromEnvironment();
}

bool CarrierFeeds::saveFeed(const CarrierFeedConfig &changed, const QString &previousName,
                            std::optional<QString> credential, QString *error)
{
    readKeychain();
    QList<CarrierFeedConfig> feeds = m_feeds;
    qsizetype at = -1;
    for (qsizetype i = 0; i < feeds.size(); ++i) {
        if (!previousName.isEmpty() && feeds.at(i).name == previousName)
            at = i;
        else if (feeds.at(i).name == changed.name) {
            *error = tr("There is already a feed called \"%1\".").arg(changed.name);
            return false;
        }
    }
    CarrierFeedConfig stored = changed;
    stored.authHeader.clear();
    if (at >= 0)
        feeds[at] = stored;
    else
        feeds.append(stored);

    const bool renamed = !previousName.isEmpty() && previousName != changed.name;
    // The credential the feed keeps: the new one, or the one it had under its old name.
    std::optional<QByteArray> secret;
    if (credential)
        secret = credential->trimmed().toUtf8();
    else if (renamed && m_secrets.contains(previousName))
        secret = m_secrets.value(previousName);

    if (secret && m_keychainAvailable) {
        const CredentialStore::Result done =
            secret->isEmpty() ? m_keychain.remove(CredentialStore::feedKey(changed.name))
                              : m_keychain.write(CredentialStore::feedKey(changed.name), QString::fromUtf8(*secret));
        if (!done.ok() && done.status != CredentialStore::Result::Status::NotFound) {
            *error = tr("The credential could not be saved: %1").arg(done.message);
            return false;
        }
    }
    if (!saveFile(feeds, error))
        return false;
    if (renamed) {
        if (m_inKeychain.remove(previousName))
            m_keychain.remove(CredentialStore::feedKey(previousName));
        m_secrets.remove(previousName);
    }
    if (secret) {
        if (secret->isEmpty()) {
            m_secrets.remove(changed.name);
            m_inKeychain.remove(changed.name);
        } else {
            m_secrets.insert(changed.name, *secret);
            if (m_keychainAvailable)
                m_inKeychain.insert(changed.name);
        }
    }
    emit this->changed();
    pollDue();
    return true;
}

bool CarrierFeeds::removeFeed(const QString &name, QString *error)
{
    QList<CarrierFeedConfig> feeds = m_feeds;
    feeds.removeIf([&](const CarrierFeedConfig &f) { return f.name == name; });
    if (!saveFile(feeds, error))
        return false;
    if (m_inKeychain.remove(name))
        m_keychain.remove(CredentialStore::feedKey(name));
    m_secrets.remove(name);
    emit changed();
    return true;
}

bool CarrierFeeds::pollingAllowed() const
{
    return SyncStore(m_database).serverUrl().isEmpty();
}

bool CarrierFeeds::isPolling(const QString &name) const
{
    return m_runner->isRunning(name);
}

void CarrierFeeds::pollNow(const QString &name)
{
    m_schedule.requestNow(name, m_clock.nowMs());
    emit changed();
    pollDue();
}

void CarrierFeeds::setPollingEnabled(bool enabled)
{
    m_pollingEnabled = enabled;
    if (enabled)
        pollDue();
}

void CarrierFeeds::pollDue()
{
    if (m_feeds.isEmpty() || !m_pollingEnabled)
        return;
    const qint64 now = m_clock.nowMs();
    const QStringList due = m_schedule.due(now);
    if (due.isEmpty() || !pollingAllowed())
        return;
    QString problem;
    const RulesConfig rules = RulesSetting::value(&problem);
    for (const QString &name : due) {
        std::optional<CarrierFeedConfig> f = feed(name);
        if (!f)
            continue;
        f->authHeader = authHeader(*f);
        if (m_runner->start(*f, rules, now))
            m_schedule.started(name, now);
    }
    emit changed();
}

void CarrierFeeds::test(CarrierFeedConfig f, const std::optional<QString> &credential)
{
    f.authHeader = credential ? credential->trimmed().toUtf8() : authHeader(feed(f.name).value_or(f));
    m_probe->start(f);
}

} // namespace ct
