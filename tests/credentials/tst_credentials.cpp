// SPDX-License-Identifier: MIT
// CredentialStore and FeedCredentials against the real keychain of the run:
// CT_TEST_KEYCHAIN=secret-service (gnome-keyring on a private session bus, see
// with-secret-service.sh) or CT_TEST_KEYCHAIN=none (a session bus address that leads
// nowhere). Every test states what it expects in both.
#include "credentials/credentialstore.h"
#include "credentials/feedcredentials.h"

#include <QTest>
#include <QUuid>

using namespace ct;
using Status = CredentialStore::Result::Status;

namespace {

bool keychainExpected()
{
    return qgetenv("CT_TEST_KEYCHAIN") == "secret-service";
}

CarrierFeedConfig feed(const char *name, const char *authEnv = "")
{
    CarrierFeedConfig f;
    f.name = QString::fromLatin1(name);
    f.url = QUrl(QStringLiteral("http://127.0.0.1:9/") + f.name);
    f.authEnv = QString::fromLatin1(authEnv);
    return f;
}

} // namespace

class TestCredentials : public QObject
{
    Q_OBJECT

private:
    // A service name of its own per run, so nothing collides with a user's real entries.
    CredentialStore m_store{QStringLiteral("Control Tower test ") + QUuid::createUuid().toString(QUuid::WithoutBraces), 10'000};

private slots:
    void initTestCase()
    {
        const QByteArray mode = qgetenv("CT_TEST_KEYCHAIN");
        QVERIFY2(mode == "none" || mode == "secret-service",
                 "run through CTest: CT_TEST_KEYCHAIN must be none or secret-service");
    }

    void writeReadRemove()
    {
        const QString key = CredentialStore::feedKey(QStringLiteral("ups"));
        QCOMPARE(key, QStringLiteral("carrier-feed/ups"));
        const CredentialStore::Result written = m_store.write(key, QStringLiteral("Bearer s3cret"));
        if (!keychainExpected()) {
            QCOMPARE(written.status, Status::Unavailable);
            QVERIFY2(written.message.startsWith(QStringLiteral("no keychain service is available (")),
                     qPrintable(written.message));
            QCOMPARE(m_store.read(key).status, Status::Unavailable);
            QCOMPARE(m_store.remove(key).status, Status::Unavailable);
            return;
        }
        QVERIFY2(written.ok(), qPrintable(written.message));
        const CredentialStore::Result read = m_store.read(key);
        QVERIFY2(read.ok(), qPrintable(read.message));
        QCOMPARE(read.secret, QStringLiteral("Bearer s3cret"));

        // Overwrite, then remove: gone for good.
        QVERIFY(m_store.write(key, QStringLiteral("Bearer rotated")).ok());
        QCOMPARE(m_store.read(key).secret, QStringLiteral("Bearer rotated"));
        QVERIFY(m_store.remove(key).ok());
        const CredentialStore::Result gone = m_store.read(key);
        QCOMPARE(gone.status, Status::NotFound);
        QVERIFY2(gone.message.contains(key), qPrintable(gone.message));
        QVERIFY(gone.secret.isEmpty());
    }

    void otherServicesDoNotSeeEntries()
    {
        if (!keychainExpected()) {
            QCOMPARE(CredentialStore(QStringLiteral("elsewhere")).read(QStringLiteral("k")).status, Status::Unavailable);
            return;
        }
        QVERIFY(m_store.write(QStringLiteral("shared-key"), QStringLiteral("mine")).ok());
        const CredentialStore other(QStringLiteral("Control Tower other ") + QUuid::createUuid().toString());
        QCOMPARE(other.read(QStringLiteral("shared-key")).status, Status::NotFound);
        QVERIFY(m_store.remove(QStringLiteral("shared-key")).ok());
    }

    // Standalone mode: the keychain when one runs, else the environment for this run only.
    void feedCredentialsFollowTheKeychain()
    {
        qputenv("CT_TEST_FEED_AUTH", "Bearer from-env");
        qunsetenv("CT_TEST_UNSET_AUTH");
        QList<CarrierFeedConfig> feeds{feed("ups", "CT_TEST_FEED_AUTH"), feed("fedex", "CT_TEST_UNSET_AUTH"),
                                       feed("dhl")};
        if (keychainExpected())
            QVERIFY(m_store.write(CredentialStore::feedKey(QStringLiteral("fedex")), QStringLiteral("Basic a2V5")).ok());

        const FeedCredentials::Outcome outcome = FeedCredentials::resolve(feeds, m_store);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(outcome.keychainAvailable, keychainExpected());
        QCOMPARE(outcome.notices.size(), keychainExpected() ? 1 : 4);
        if (keychainExpected()) {
            // ups: nothing in the keychain, and the variable is not used behind its back.
            QCOMPARE(feeds[0].authHeader, QByteArray());
            QVERIFY2(outcome.notices[0].startsWith(QStringLiteral("feed ups: CT_TEST_FEED_AUTH is set but ignored")),
                     qPrintable(outcome.notices[0]));
            QVERIFY(outcome.notices[0].contains(QStringLiteral("controltower-cli credentials set --feed ups")));
            QCOMPARE(feeds[1].authHeader, QByteArray("Basic a2V5"));
            QCOMPARE(feeds[2].authHeader, QByteArray());
            QVERIFY(m_store.remove(CredentialStore::feedKey(QStringLiteral("fedex"))).ok());
        } else {
            QCOMPARE(feeds[0].authHeader, QByteArray("Bearer from-env"));
            QCOMPARE(feeds[1].authHeader, QByteArray());
            QCOMPARE(feeds[2].authHeader, QByteArray());
            QVERIFY2(outcome.notices[0].startsWith(QStringLiteral("no keychain service is available (")),
                     qPrintable(outcome.notices[0]));
            QVERIFY(outcome.notices[0].endsWith(QStringLiteral("; feed credentials come from the environment, for this run only")));
            QCOMPARE(outcome.notices.mid(1),
                     QStringList({QStringLiteral("feed ups: using CT_TEST_FEED_AUTH"),
                                  QStringLiteral("feed fedex: CT_TEST_UNSET_AUTH is not set; polled without credentials"),
                                  QStringLiteral("feed dhl: no auth_env configured; polled without credentials")}));
        }
    }

    // A stale header from an earlier resolve never survives.
    void resolveClearsEarlierHeaders()
    {
        qunsetenv("CT_TEST_UNSET_AUTH");
        QList<CarrierFeedConfig> feeds{feed("usps", "CT_TEST_UNSET_AUTH")};
        feeds[0].authHeader = "Bearer stale";
        const FeedCredentials::Outcome outcome = FeedCredentials::resolve(feeds, m_store);
        QVERIFY(outcome.ok);
        QCOMPARE(feeds[0].authHeader, QByteArray());
    }
};

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
