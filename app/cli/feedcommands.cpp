// SPDX-License-Identifier: MIT
#include "feedcommands.h"

#include "ingestcommand.h"

#include "credentials/credentialstore.h"
#include "credentials/feedcredentials.h"
#include "feeds/carrierfeedpoller.h"

#include <QEventLoop>
#include <QFile>

namespace ct::cli {

namespace {

const QString FeedOption = QStringLiteral("feed");

} // namespace

QString PollCommand::summary() const
{
    return QStringLiteral(
        "Standalone mode: polls every feed in the \"carrier_feeds\" array of FILE (docs/SIMULATOR.md and "
        "docs/CLI.md show the format) page by page into the store, with each feed's rate limit and "
        "backoff. A feed's Authorization value comes from the OS keychain (see 'credentials'); where no "
        "keychain service runs, from the environment variable its \"auth_env\" names, for this run only. "
        "Exits 4 when a feed could not be polled to its end (the others are stored).");
}

void PollCommand::describe(QCommandLineParser &parser) const
{
    addDbOption(parser);
    parser.addOption({QStringLiteral("feeds"), QStringLiteral("JSON file with a \"carrier_feeds\" array."), QStringLiteral("FILE")});
    addRulesOption(parser);
    addNowOption(parser);
}

int PollCommand::run(const QCommandLineParser &parser, Console &console) const
{
    const auto feedsFile = requiredValue(parser, QStringLiteral("feeds"), console);
    const auto rules = rulesOption(parser, console);
    const auto now = nowValue(parser, console);
    if (!feedsFile || !rules || !now)
        return UsageError;
    QString error;
    auto feeds = CarrierFeedConfig::fromFile(*feedsFile, &error);
    if (!feeds) {
        console.err << "controltower-cli poll: " << error << "\n";
        return UsageError;
    }
    bool usage = false;
    auto db = openStore(parser, console, &usage);
    if (!db)
        return usage ? UsageError : StoreError;

    const FeedCredentials::Outcome credentials = FeedCredentials::resolve(*feeds, CredentialStore());
    for (const QString &notice : credentials.notices)
        console.err << "controltower-cli poll: " << notice << "\n";
    if (!credentials.ok) {
        console.err << "controltower-cli poll: " << credentials.error << "\n";
        return ServerError;
    }
    console.err.flush();

    CarrierFeedPoller poller(*db, *feeds, *rules);
    const bool fixedClock = parser.isSet(QStringLiteral("now"));
    const qint64 nowMs = now->toMSecsSinceEpoch();
    if (fixedClock)
        poller.setClock([nowMs] { return nowMs; });
    int failed = 0;
    int readErrors = 0;
    QObject::connect(&poller, &CarrierFeedPoller::feedFinished, &poller,
                     [&](const QString &feed, bool ok, const QString &message) {
                         const CarrierFeedPoller::FeedProgress progress = poller.progress(feed);
                         readErrors += progress.readErrors;
                         if (ok) {
                             console.out << feed << ": " << progress.summary() << "\n" << Qt::flush;
                         } else {
                             ++failed;
                             console.err << "controltower-cli poll: " << message << " (stored before that: "
                                         << progress.summary() << ")\n" << Qt::flush;
                         }
                     });
    QEventLoop loop;
    QObject::connect(&poller, &CarrierFeedPoller::finished, &loop, &QEventLoop::quit);
    poller.start();
    if (poller.isRunning())
        loop.exec();
    if (failed > 0)
        return ServerError;
    return readErrors > 0 ? DataErrors : Success;
}

QString CredentialsCommand::summary() const
{
    return QStringLiteral(
        "Keeps a carrier feed's Authorization header value (\"Bearer ...\", \"Basic ...\") in the OS keychain "
        "under the feed's name, for 'poll' and the desktop app's standalone mode. 'set' reads the value from "
        "standard input; 'status' says whether one is stored, never what it is. Exits 5 when no keychain "
        "service is available or it refuses.");
}

void CredentialsCommand::describe(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("set, delete or status."));
    parser.addOption({FeedOption, QStringLiteral("The feed's name in \"carrier_feeds\"."), QStringLiteral("NAME")});
}

int CredentialsCommand::run(const QCommandLineParser &parser, Console &console) const
{
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (positional.size() != 1
        || (action != QLatin1String("set") && action != QLatin1String("delete") && action != QLatin1String("status"))) {
        console.err << "controltower-cli credentials: expected one action: set, delete or status\n";
        return UsageError;
    }
    const auto feed = requiredValue(parser, FeedOption, console);
    if (!feed)
        return UsageError;

    const CredentialStore keychain;
    const QString key = CredentialStore::feedKey(*feed);
    using Status = CredentialStore::Result::Status;
    CredentialStore::Result result;
    if (action == QLatin1String("set")) {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly)) {
            console.err << "controltower-cli credentials: cannot read standard input\n";
            return UsageError;
        }
        const QString secret = QString::fromUtf8(input.readLine()).trimmed();
        if (secret.isEmpty()) {
            console.err << "controltower-cli credentials: expected the Authorization value on standard input\n";
            return UsageError;
        }
        result = keychain.write(key, secret);
        if (result.ok())
            console.out << "stored the credential for feed " << *feed << " in the keychain\n";
    } else if (action == QLatin1String("delete")) {
        result = keychain.remove(key);
        if (result.ok())
            console.out << "deleted the credential for feed " << *feed << "\n";
    } else {
        result = keychain.read(key);
        if (result.ok())
            console.out << "feed " << *feed << ": a credential is stored (" << result.secret.size() << " characters)\n";
        else if (result.status == Status::NotFound)
            console.out << "feed " << *feed << ": no credential stored\n";
    }
    if (result.ok() || (result.status == Status::NotFound && action == QLatin1String("status")))
        return Success;
    if (result.status == Status::NotFound) {
        console.err << "controltower-cli credentials: feed " << *feed << ": no credential stored\n";
        return UsageError;
    }
    console.err << "controltower-cli credentials: " << result.message << "\n";
    return KeychainError;
}

} // namespace ct::cli
