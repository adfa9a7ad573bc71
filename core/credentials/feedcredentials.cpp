// SPDX-License-Identifier: MIT
#include "feedcredentials.h"

#include "credentialstore.h"

namespace ct {

FeedCredentials::Outcome FeedCredentials::resolve(QList<CarrierFeedConfig> &feeds, const CredentialStore &keychain)
{
    using Status = CredentialStore::Result::Status;
    Outcome outcome;
    QString unavailableReason;
    bool announced = false;
    for (CarrierFeedConfig &feed : feeds) {
        feed.authHeader.clear();
        if (outcome.keychainAvailable) {
            const CredentialStore::Result stored = keychain.read(CredentialStore::feedKey(feed.name));
            switch (stored.status) {
            case Status::Ok:
                feed.authHeader = stored.secret.trimmed().toUtf8();
                continue;
            case Status::NotFound:
                if (!feed.authEnv.isEmpty() && !feed.authHeaderFromEnvironment().isEmpty())
                    outcome.notices.append(
                        QStringLiteral("feed %1: %2 is set but ignored, because a keychain is available and holds "
                                       "no credential for this feed; store one with "
                                       "`controltower-cli credentials set --feed %1`")
                            .arg(feed.name, feed.authEnv));
                continue;
            case Status::Unavailable:
                outcome.keychainAvailable = false;
                unavailableReason = stored.message;
                break;
            case Status::Denied:
            case Status::Failed:
                outcome.ok = false;
                outcome.error = QStringLiteral("feed %1: %2").arg(feed.name, stored.message);
                return outcome;
            }
        }
        // No keychain service: the environment, for this run only.
        if (!announced) {
            outcome.notices.append(unavailableReason
                                   + QStringLiteral("; feed credentials come from the environment, for this run only"));
            announced = true;
        }
        feed.authHeader = feed.authHeaderFromEnvironment();
        if (feed.authEnv.isEmpty())
            outcome.notices.append(
                QStringLiteral("feed %1: no auth_env configured; polled without credentials").arg(feed.name));
        else if (feed.authHeader.isEmpty())
            outcome.notices.append(
                QStringLiteral("feed %1: %2 is not set; polled without credentials").arg(feed.name, feed.authEnv));
        else
            outcome.notices.append(QStringLiteral("feed %1: using %2").arg(feed.name, feed.authEnv));
    }
    return outcome;
}

} // namespace ct
