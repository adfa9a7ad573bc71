// SPDX-License-Identifier: MIT
// Requests the server takes only as written, over real HTTP: ids are canonical decimal
// integers (anything else is a 404 whose "instance" is a valid URI reference, never raw
// bytes), media types match exactly in any case, a JSON member twice in one object or a
// number past the 64-bit range is a 400 naming it, passwords follow the policy, store
// files are the owner's only, and the plain-HTTP warning is a line on standard error
// while the server runs.
#include "rawclient.h"
#include "syncsupport.h"

#include "auth/authservice.h"
#include "auth/passwordpolicy.h"
#include "store/serverschema.h"

#include "store/database.h"

#include "support/ownerfiles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ct;
using namespace ct::server;
using namespace ct::synctest;

namespace {

// RFC 3986 path-absolute: segments of pchar (unreserved, sub-delims, ':' '@', %XX).
bool isUriPath(const QString &path)
{
    static const QRegularExpression Path(QStringLiteral(R"(^(/([A-Za-z0-9\-._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)+$)"));
    return Path.match(path).hasMatch();
}

QByteArray post(const QByteArray &target, const QByteArray &body, const QByteArray &headers)
{
    return "POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n"
        + headers + "\r\n" + body;
}

QString firstField(const RawResponse &answer)
{
    return QJsonDocument::fromJson(answer.body).object().value(QStringLiteral("errors")).toArray().at(0).toObject()
        .value(QStringLiteral("field")).toString();
}

} // namespace

class TestStrictRequests : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<TestServer> m_server;
    QByteArray m_token;     // maria, an agent
    qint64 m_exception = 0; // an exception of the demo data

    QString path(const QString &name) { return m_dir.filePath(QStringLiteral("%1-%2").arg(++m_files).arg(name)); }

    std::optional<RawResponse> send(const QByteArray &bytes)
    {
        RawClient client(m_server->url);
        if (!client.waitConnected())
            return std::nullopt;
        client.send(bytes);
        return client.response();
    }

    QByteArray withId(QByteArray text) const { return text.replace("{id}", QByteArray::number(m_exception)); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server = startServer(path(QStringLiteral("server.db")), 40, testConfig());
        m_token = login(m_server->url, "maria");
        QVERIFY(!m_token.isEmpty());
        m_exception = scalar(*m_server->db, QStringLiteral("SELECT min(id) FROM exceptions"));
        QVERIFY(m_exception > 0);
    }

    void cleanupTestCase() { m_server.reset(); }

    // Ids as the API writes them, and nothing else; the 404's instance is the path
    // normalized, a valid URI reference without NUL or U+FFFD.
    void idsAreCanonical_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("instance");
        QTest::newRow("canonical") << QByteArray("/v1/exceptions/{id}") << 200 << QString();
        QTest::newRow("%65 is e (RFC 3986 equivalent)") << QByteArray("/v1/%65xceptions/{id}") << 200 << QString();
        QTest::newRow("NUL after the id") << QByteArray("/v1/exceptions/{id}%00abc") << 404 << QStringLiteral("/v1/exceptions/{id}%00abc");
        QTest::newRow("space after the id") << QByteArray("/v1/exceptions/{id}%20") << 404 << QStringLiteral("/v1/exceptions/{id}%20");
        QTest::newRow("plus sign") << QByteArray("/v1/exceptions/+{id}") << 404 << QStringLiteral("/v1/exceptions/+{id}");
        QTest::newRow("leading zero") << QByteArray("/v1/exceptions/0{id}") << 404 << QStringLiteral("/v1/exceptions/0{id}");
        QTest::newRow("zero") << QByteArray("/v1/exceptions/0") << 404 << QStringLiteral("/v1/exceptions/0");
        QTest::newRow("trailing slash") << QByteArray("/v1/exceptions/{id}/") << 404 << QStringLiteral("/v1/exceptions/{id}/");
        QTest::newRow("empty segment") << QByteArray("/v1//exceptions/{id}") << 404 << QStringLiteral("/v1//exceptions/{id}");
        QTest::newRow("encoded slash") << QByteArray("/v1/exceptions/{id}%2fnote") << 404 << QStringLiteral("/v1/exceptions/{id}%2Fnote");
        QTest::newRow("invalid UTF-8") << QByteArray("/v1/exceptions/%ff") << 404 << QStringLiteral("/v1/exceptions/%FF");
        QTest::newRow("bare percent") << QByteArray("/v1/exceptions/%zz") << 404 << QStringLiteral("/v1/exceptions/%25zz");
        QTest::newRow("quote and braces") << QByteArray("/v1/exc\"eptions/{}") << 404 << QStringLiteral("/v1/exc%22eptions/%7B%7D");
        QTest::newRow("20 digits") << QByteArray("/v1/exceptions/99999999999999999999") << 404
                                   << QStringLiteral("/v1/exceptions/99999999999999999999");
        QTest::newRow("long path") << QByteArray("/v1/" + QByteArray(300, 'a')) << 404 << QStringLiteral("/v1/") + QString(252, QLatin1Char('a'));
    }

    void idsAreCanonical()
    {
        QFETCH(QByteArray, target);
        QFETCH(int, status);
        QFETCH(QString, instance);
        const std::optional<RawResponse> answer = send(rawGet(withId(target).constData(), "Authorization: Bearer " + m_token + "\r\n"));
        QVERIFY(answer);
        QCOMPARE(answer->status, status);
        if (status == 200)
            return;
        const QJsonObject problem = QJsonDocument::fromJson(answer->body).object();
        const QString shown = problem.value(QStringLiteral("instance")).toString();
        QCOMPARE(shown, QString::fromLatin1(withId(instance.toLatin1())));
        QVERIFY(!shown.contains(QChar(0)) && !shown.contains(QChar(0xFFFD)));
        QVERIFY2(isUriPath(shown), qPrintable(shown));
        const QString detail = problem.value(QStringLiteral("detail")).toString();
        QVERIFY(!detail.contains(QChar(0)) && !detail.contains(QChar(0xFFFD)));
        if (target.contains("9999999999"))
            QVERIFY2(detail.contains(QLatin1String("ids go up to 9223372036854775807")), qPrintable(detail));
    }

    // An edit sent to a non-canonical id is not applied anywhere.
    void editsOnLooseIdsApplyNothing()
    {
        const QByteArray headers = "Authorization: Bearer " + m_token + "\r\nContent-Type: application/json\r\nIf-Match: \"1\"\r\n";
        for (const QByteArray &target : {QByteArray("/v1/exceptions/{id}%00/note"), QByteArray("/v1/exceptions/0{id}/note")}) {
            const std::optional<RawResponse> answer = send(post(withId(target), R"({"text":"hello"})",
                                                                headers + "Idempotency-Key: loose-" + QByteArray::number(m_files++) + "\r\n"));
            QVERIFY(answer);
            QCOMPARE(answer->status, 404);
        }
        QCOMPARE(scalar(*m_server->db, QStringLiteral("SELECT count(*) FROM audit_log")), 0);
    }

    // Content-Type is application/json, in any case, optionally UTF-8; nothing else.
    void mediaTypesMatchExactly_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("status");
        QTest::newRow("lower case") << QByteArray("application/json") << 200;
        QTest::newRow("upper case") << QByteArray("APPLICATION/JSON") << 200;
        QTest::newRow("charset") << QByteArray("Application/Json; charset=UTF-8") << 200;
        QTest::newRow("quoted charset") << QByteArray("application/json;charset=\"utf-8\"") << 200;
        QTest::newRow("other parameter") << QByteArray("application/json ; foo=bar") << 200;
        QTest::newRow("jsonx") << QByteArray("application/jsonx") << 415;
        QTest::newRow("a json suffix") << QByteArray("application/merge-patch+json") << 415;
        QTest::newRow("text/json") << QByteArray("text/json") << 415;
        QTest::newRow("json prefix") << QByteArray("application/json5") << 415;
        QTest::newRow("latin-1") << QByteArray("application/json; charset=latin1") << 415;
        QTest::newRow("none") << QByteArray() << 415;
    }

    void mediaTypesMatchExactly()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(int, status);
        const QByteArray body = QStringLiteral(R"({"username":"omar","password":"%1"})").arg(Password).toUtf8();
        const std::optional<RawResponse> answer = send(post("/v1/auth/token", body,
                                                            contentType.isEmpty() ? QByteArray() : "Content-Type: " + contentType + "\r\n"));
        QVERIFY(answer);
        QCOMPARE(answer->status, status);
        if (status == 415)
            QCOMPARE(answer->problemType(), QStringLiteral("unsupported-media-type"));
    }

    // A member twice in one object, or a number past the 64-bit integer range: 400 naming
    // it, at any depth. Within the range, and non-integers, are the operation's to judge.
    void strictJsonBodies_data()
    {
        QTest::addColumn<QByteArray>("extra"); // a member added to a valid log-in body
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("detail");
        const QString twice = QStringLiteral("appears twice in one object; send each member once");
        QTest::newRow("username twice") << QByteArray(R"("username":"ana")") << 400 << QStringLiteral("username") << twice;
        QTest::newRow("twice, nested") << QByteArray(R"("a":{"b":1,"c":{"d":1,"d":2}})") << 400 << QStringLiteral("a.c.d") << twice;
        QTest::newRow("twice, in an array") << QByteArray(R"("a":[{"x":1},{"x":1,"x":1}])") << 400 << QStringLiteral("a[1].x") << twice;
        QTest::newRow("same name, two objects") << QByteArray(R"("a":{"x":1},"b":{"x":1})") << 200 << QString() << QString();
        const QString range = QStringLiteral("is out of range: numbers here are integers from -9223372036854775808 to 9223372036854775807");
        QTest::newRow("20 digits") << QByteArray(R"("n":99999999999999999999)") << 400 << QStringLiteral("n")
                                   << QStringLiteral("99999999999999999999 ") + range;
        QTest::newRow("negative 20 digits") << QByteArray(R"("n":-99999999999999999999)") << 400 << QStringLiteral("n")
                                            << QStringLiteral("-99999999999999999999 ") + range;
        QTest::newRow("2^63") << QByteArray(R"("n":9223372036854775808)") << 400 << QStringLiteral("n")
                              << QStringLiteral("9223372036854775808 ") + range;
        QTest::newRow("1e400") << QByteArray(R"("a":{"b":[1,1e400]})") << 400 << QStringLiteral("a.b[1]") << QStringLiteral("1e400 ") + range;
        QTest::newRow("1e300") << QByteArray(R"("n":1e300)") << 400 << QStringLiteral("n") << QStringLiteral("1e+300 ") + range;
        QTest::newRow("2^63 - 1") << QByteArray(R"("n":9223372036854775807)") << 200 << QString() << QString();
        QTest::newRow("-2^63") << QByteArray(R"("n":-9223372036854775808)") << 200 << QString() << QString();
        QTest::newRow("a fraction") << QByteArray(R"("n":1.5)") << 200 << QString() << QString();
        QTest::newRow("digits in a string") << QByteArray(R"("n":"99999999999999999999")") << 200 << QString() << QString();
    }

    void strictJsonBodies()
    {
        QFETCH(QByteArray, extra);
        QFETCH(int, status);
        QFETCH(QString, field);
        QFETCH(QString, detail);
        const QByteArray body = QStringLiteral(R"({"username":"omar","password":"%1",%2})").arg(Password, QString::fromLatin1(extra)).toUtf8();
        const std::optional<RawResponse> answer = send(post("/v1/auth/token", body, "Content-Type: application/json\r\n"));
        QVERIFY(answer);
        QCOMPARE(answer->status, status);
        if (status != 400)
            return;
        QCOMPARE(answer->problemType(), QStringLiteral("validation"));
        QCOMPARE(firstField(*answer), field);
        QCOMPARE(answer->detail(), field + QLatin1Char(' ') + detail);
    }

    // An edit's parameters get the same checks before the edit sees them.
    void editParametersAreStrictToo()
    {
        const QByteArray headers = "Authorization: Bearer " + login(m_server->url, "meg") + "\r\nContent-Type: application/json\r\n"
                                   "If-Match: \"1\"\r\nIdempotency-Key: strict-edit\r\n";
        std::optional<RawResponse> answer = send(post(withId("/v1/exceptions/{id}/refund"), R"({"amount_cents":1e30,"currency":"USD"})", headers));
        QVERIFY(answer);
        QCOMPARE(answer->status, 400);
        QCOMPARE(firstField(*answer), QStringLiteral("amount_cents"));
        QVERIFY2(answer->detail().contains(QLatin1String("out of range")), qPrintable(answer->detail()));
        answer = send(post(withId("/v1/exceptions/{id}/note"), R"({"text":"a","text":"b"})", headers));
        QVERIFY(answer);
        QCOMPARE(answer->status, 400);
        QCOMPARE(firstField(*answer), QStringLiteral("text"));
        QCOMPARE(scalar(*m_server->db, QStringLiteral("SELECT count(*) FROM audit_log")), 0);
    }

    // New users' passwords: 12 characters or more, not only whitespace, not the name, not
    // a common password.
    void passwordPolicy_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("error"); // empty: accepted
        QTest::newRow("11 characters") << QStringLiteral("newbie") << QStringLiteral("elevenchars")
                                       << QStringLiteral("the password must be at least 12 characters long");
        QTest::newRow("12 characters") << QStringLiteral("newbie") << QStringLiteral("twelve chars") << QString();
        QTest::newRow("11 accented letters") << QStringLiteral("newbie") << QString(11, QChar(0xE9))
                                             << QStringLiteral("the password must be at least 12 characters long");
        QTest::newRow("12 accented letters") << QStringLiteral("newbie") << QString(12, QChar(0xE9)) << QString();
        QTest::newRow("8 emoji are 8 characters") << QStringLiteral("newbie") << QString::fromUtf8("\U0001F600").repeated(8)
                                                  << QStringLiteral("the password must be at least 12 characters long");
        QTest::newRow("twelve spaces") << QStringLiteral("newbie") << QString(12, QLatin1Char(' '))
                                       << QStringLiteral("the password must not be only spaces");
        QTest::newRow("tabs and spaces") << QStringLiteral("newbie") << QStringLiteral("\t \t \t \t \t \t ")
                                         << QStringLiteral("the password must not be only spaces");
        QTest::newRow("the name") << QStringLiteral("Dana.Whitfield") << QStringLiteral("dana.whitfield")
                                  << QStringLiteral("the password must not be the user name");
        QTest::newRow("common") << QStringLiteral("newbie") << QStringLiteral("Password1234")
                                << QStringLiteral("the password is one of the most common passwords; choose another");
        QTest::newRow("keyboard walk") << QStringLiteral("newbie") << QStringLiteral("1Q2W3E4R5T6Y")
                                       << QStringLiteral("the password is one of the most common passwords; choose another");
        QTest::newRow("the product") << QStringLiteral("newbie") << QStringLiteral("ControlTower123")
                                     << QStringLiteral("the password is one of the most common passwords; choose another");
        QTest::newRow("a passphrase") << QStringLiteral("newbie") << QStringLiteral("a fine long passphrase") << QString();
    }

    void passwordPolicy()
    {
        QFETCH(QString, name);
        QFETCH(QString, password);
        QFETCH(QString, error);
        QVERIFY(PasswordPolicy::commonPasswordCount() > 300);
        const std::optional<QString> problem = PasswordPolicy::problem(name, password);
        QCOMPARE(problem.value_or(QString()), error);
        // The same rule for an admin creating a user over HTTP: 400 naming the password.
        QString why;
        if (scalar(*m_server->db, QStringLiteral("SELECT count(*) FROM users WHERE name = 'root'")) == 0)
            QVERIFY2(AuthService(*m_server->db, 1000, 3'600'000).createUser(QStringLiteral("root"), Role::Admin, Password, 0, &why),
                     qPrintable(why));
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("name"), QString(name + QString::number(m_files++))},
                                                          {QStringLiteral("role"), QStringLiteral("agent")},
                                                          {QStringLiteral("password"), password}}).toJson(QJsonDocument::Compact);
        if (error.contains(QLatin1String("user name")))
            return; // the HTTP name carries a suffix, so it is not the password any more
        const std::optional<RawResponse> answer = send(post("/v1/users", body, "Authorization: Bearer " + login(m_server->url, "root")
                                                                                 + "\r\nContent-Type: application/json\r\n"));
        QVERIFY(answer);
        QCOMPARE(answer->status, error.isEmpty() ? 201 : 400);
        if (!error.isEmpty()) {
            QCOMPARE(firstField(*answer), QStringLiteral("password"));
            QCOMPARE(answer->detail(), error);
        }
    }

    // A new store and the files SQLite adds to it are for their owner only.
    void storeFilesAreTheOwnersOnly()
    {
        const QString file = path(QStringLiteral("private.db"));
        {
            QString error;
            auto db = ServerSchema::openStore(file, &error);
            QVERIFY2(db, qPrintable(error));
            QVERIFY(QSqlQuery(db->connection()).exec(QStringLiteral("INSERT INTO meta(key, value) VALUES('probe', '1')")));
            const QString problem = test::notOwnersOnly({file, file + QStringLiteral("-wal"), file + QStringLiteral("-shm")});
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
    }

    // The warning about plain HTTP on a network address is written, whole, while the
    // server goes on running (it used to stay in a buffer until the process ended).
    void plainHttpWarningIsWrittenAtOnce()
    {
        QProcess server;
        server.start(QStringLiteral(CT_SERVER_PATH), {QStringLiteral("--db"), path(QStringLiteral("open.db")), QStringLiteral("--listen"),
                                                      QStringLiteral("0.0.0.0:0")});
        QVERIFY(server.waitForStarted(10'000));
        QByteArray err;
        QVERIFY2(QTest::qWaitFor([&] {
            err += server.readAllStandardError();
            return err.contains('\n') || server.state() == QProcess::NotRunning;
        }, 30'000), err.constData());
        QCOMPARE(server.state(), QProcess::Running);
        QCOMPARE(QString::fromUtf8(err.left(err.indexOf('\n') + 1)),
                 QStringLiteral("controltower-server: warning: serving plain HTTP on 0.0.0.0; tokens and passwords cross the network "
                                "unencrypted. Configure tls_certificate and tls_key.\n"));
        server.terminate();
        QVERIFY(server.waitForFinished(10'000));
    }
};

QTEST_GUILESS_MAIN(TestStrictRequests)
#include "tst_strictrequests.moc"
