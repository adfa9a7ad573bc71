// SPDX-License-Identifier: MIT
// The team server under a mixed load, against a real controltower-server process on
// loopback, for S seconds:
//   - C clients, each on its own connection from its own address, one request after
//     another, chosen at random: a change-feed page (40 %; each client walks the whole feed
//     and starts again), an exception read (30 %), or a note on one of the client's own
//     exceptions (30 %; If-Match and a fresh Idempotency-Key). A tenth of the notes lose
//     their answer: the connection is closed as soon as the request has left, and the note
//     is sent again with the same key on a new connection until an answer comes. A tenth
//     of the acknowledged notes are sent once more, as a client that lost the answer after
//     it arrived would: the server must replay it (Idempotent-Replayed, the same ETag).
//   - L wrong log-ins a second from A addresses (a new connection each, for the real user
//     name and for names that do not exist), which the server must hash or refuse without
//     slowing anyone else;
//   - /v1/health every 50 ms from its own thread and address, timed from the request to the
//     answer's last byte.
// Afterwards it reads the whole audit log and checks that every acknowledged note is in it
// exactly once, with the version its answer gave, and no note twice; it fails (exit 1) when
// one is not, when a replay differs, or when the server stops answering. It reports requests
// per second and p50/p99/max per kind and /v1/health's against the issue's goal (p99 at most
// 50 ms), but never fails on a time: the machine may be shared.
// Run by hand; CTest runs a short smoke (CT_BENCH_SMOKE_SECONDS caps --seconds, for the
// suite's reruns under faketime).
#include "benchhttpclient.h"
#include "benchserver.h"
#include "processfigures.h"
#include "cputime.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

using ct::bench::BenchAnswer;
using ct::bench::BenchHttpClient;
using ct::bench::httpRequest;

namespace {

using ct::bench::percentile;
using ct::bench::statusKiB;

const QByteArray Password = "bench load password 1";
ct::bench::BenchServer *benchServer = nullptr;

[[noreturn]] void die(const QString &message)
{
    if (benchServer)
        benchServer->die(message);
    std::fprintf(stderr, "bench_server_load: %s\n", qPrintable(message));
    std::exit(1);
}

// Latencies and answers of one kind of request.
struct KindStats
{
    std::vector<qint64> ms;
    std::map<int, qint64> statuses; // 0: no answer

    void add(const BenchAnswer &answer)
    {
        ms.push_back(answer.elapsedMs);
        ++statuses[answer.status];
    }
};

QString statusList(const std::map<int, qint64> &statuses)
{
    QStringList parts;
    for (const auto &[status, count] : statuses)
        parts << QStringLiteral("%1 %2").arg(status == 0 ? QStringLiteral("none") : QString::number(status)).arg(count);
    return parts.join(QStringLiteral(", "));
}

qint64 etagVersion(const BenchAnswer &answer)
{
    return answer.header("etag").replace('"', "").toLongLong();
}

// What the run saw, shared by every client on the main thread.
struct Run
{
    bool running = true;
    std::map<QString, KindStats> kinds;
    // Every note the server acknowledged: key -> (exception, version its answer gave).
    std::map<QByteArray, std::pair<qint64, qint64>> acknowledged;
    QSet<QByteArray> unanswered; // sent, answer lost, not yet acknowledged
    QStringList failures;        // correctness: replays that differ, unexpected answers
    qint64 conflicts = 0;        // 412 (a note refused because the exception moved on)
};

// One client: one request after another until the run ends, then idle.
class LoadClient final : public QObject
{
public:
    LoadClient(const QUrl &server, const QHostAddress &from, const QByteArray &token, QList<qint64> own,
               const QList<qint64> &all, int number, quint32 seed, Run &run)
        : m_http(server, from), m_token(token), m_own(std::move(own)), m_all(all), m_number(number), m_random(seed), m_run(run)
    {
    }

    void start() { next(); }
    bool idle() const { return m_idle; }

private:
    QByteArray auth() const { return "Authorization: Bearer " + m_token + "\r\n"; }

    void next()
    {
        if (!m_run.running) {
            m_idle = true;
            return;
        }
        m_idle = false;
        const quint32 dice = m_random.bounded(100U);
        if (dice < 40)
            pullPage();
        else if (dice < 70)
            read();
        else
            edit(static_cast<int>(m_random.bounded(static_cast<quint32>(m_own.size()))));
    }

    void pullPage()
    {
        m_http.send(httpRequest("GET", "/v1/changes?limit=500" + (m_cursor.isEmpty() ? QByteArray() : "&cursor=" + m_cursor), auth()),
                    [this](const BenchAnswer &answer) {
                        m_run.kinds[QStringLiteral("feed page")].add(answer);
                        if (answer.status == 200) {
                            // The page ends with its cursor and whether more follow; no need to parse it all.
                            const QByteArray tail = answer.body.right(200);
                            const qsizetype at = tail.lastIndexOf("\"next_cursor\":\"");
                            m_cursor = at < 0 ? QByteArray() : tail.mid(at + 15, tail.indexOf('"', at + 15) - at - 15);
                            if (tail.contains("\"has_more\":false"))
                                m_cursor.clear(); // the whole feed read: from the start again
                        } else if (answer.status != 503 && answer.status != 0) {
                            m_run.failures << QStringLiteral("a feed page got %1: %2").arg(answer.status).arg(QString::fromUtf8(answer.body.left(300)));
                        }
                        next();
                    });
    }

    void read()
    {
        const qint64 id = m_all.at(static_cast<qsizetype>(m_random.bounded(static_cast<quint32>(m_all.size()))));
        m_http.send(httpRequest("GET", "/v1/exceptions/" + QByteArray::number(id), auth()), [this](const BenchAnswer &answer) {
            m_run.kinds[QStringLiteral("read")].add(answer);
            if (answer.status != 200 && answer.status != 503 && answer.status != 0)
                m_run.failures << QStringLiteral("an exception read got %1: %2").arg(answer.status).arg(QString::fromUtf8(answer.body.left(300)));
            next();
        });
    }

    QByteArray noteRequest(int slot, const QByteArray &key) const
    {
        return httpRequest("POST", "/v1/exceptions/" + QByteArray::number(m_own.at(slot)) + "/note",
                           auth() + "Content-Type: application/json\r\nIf-Match: \"" + QByteArray::number(m_versions.value(slot))
                               + "\"\r\nIdempotency-Key: " + key + "\r\n",
                           "{\"text\":\"load note " + key + "\"}");
    }

    void edit(int slot)
    {
        if (!m_versions.contains(slot)) { // first the exception's version
            m_http.send(httpRequest("GET", "/v1/exceptions/" + QByteArray::number(m_own.at(slot)), auth()),
                        [this, slot](const BenchAnswer &answer) {
                            m_run.kinds[QStringLiteral("read")].add(answer);
                            if (answer.status == 200)
                                m_versions.insert(slot, etagVersion(answer));
                            next();
                        });
            return;
        }
        const QByteArray key = "load-" + QByteArray::number(m_number) + '-' + QByteArray::number(++m_sent);
        const QByteArray request = noteRequest(slot, key);
        if (m_random.bounded(10U) == 0) { // the answer is lost: the connection drops once the request has left
            m_run.unanswered.insert(key);
            m_http.sendAndDrop(request, [this, slot, key, request](const BenchAnswer &) { resend(slot, key, request, 0); });
            return;
        }
        m_http.send(request, [this, slot, key, request](const BenchAnswer &answer) {
            m_run.kinds[QStringLiteral("edit")].add(answer);
            settle(slot, key, request, answer, 0);
        });
    }

    // A note's answer: acknowledged, refused, or to be sent again under the same key.
    void settle(int slot, const QByteArray &key, const QByteArray &request, const BenchAnswer &answer, int tries)
    {
        if (answer.status == 200) {
            const qint64 version = etagVersion(answer);
            const bool replayed = answer.header("idempotent-replayed") == "true";
            m_run.unanswered.remove(key);
            const auto known = m_run.acknowledged.find(key);
            if (known != m_run.acknowledged.end() && known->second.second != version)
                m_run.failures << QStringLiteral("%1: acknowledged at version %2, then replayed at %3")
                                      .arg(QString::fromLatin1(key)).arg(known->second.second).arg(version);
            if (known == m_run.acknowledged.end())
                m_run.acknowledged[key] = {m_own.at(slot), version};
            m_versions.insert(slot, version);
            if (!replayed && m_random.bounded(10U) == 0) { // the answer arrived and was lost after: ask again
                m_http.send(request, [this, key, version](const BenchAnswer &again) {
                    m_run.kinds[QStringLiteral("edit replay")].add(again);
                    if (again.status != 200 || again.header("idempotent-replayed") != "true" || etagVersion(again) != version)
                        m_run.failures << QStringLiteral("%1: the replay got %2 (Idempotent-Replayed \"%3\", ETag %4), not version %5")
                                              .arg(QString::fromLatin1(key)).arg(again.status)
                                              .arg(QString::fromLatin1(again.header("idempotent-replayed")))
                                              .arg(QString::fromLatin1(again.header("etag"))).arg(version);
                    next();
                });
                return;
            }
            next();
            return;
        }
        if (answer.status == 412) { // the exception moved on (the server's refresh): a new note on its version
            ++m_run.conflicts;
            m_run.unanswered.remove(key);
            m_versions.remove(slot);
            next();
            return;
        }
        if (answer.status == 0 || answer.status == 503 || answer.status == 429) {
            const int waitMs = answer.status == 0 ? 100 : std::max(1, answer.header("retry-after").toInt()) * 1000;
            QTimer::singleShot(waitMs, this, [this, slot, key, request, tries] { resend(slot, key, request, tries + 1); });
            return;
        }
        m_run.unanswered.remove(key);
        m_run.failures << QStringLiteral("%1: got %2: %3").arg(QString::fromLatin1(key)).arg(answer.status).arg(QString::fromUtf8(answer.body.left(300)));
        next();
    }

    // The same note, the same key, on a new connection.
    void resend(int slot, const QByteArray &key, const QByteArray &request, int tries)
    {
        if (tries > 50) {
            m_run.failures << QStringLiteral("%1: no answer after 50 tries").arg(QString::fromLatin1(key));
            next();
            return;
        }
        m_http.send(request, [this, slot, key, request, tries](const BenchAnswer &answer) {
            m_run.kinds[QStringLiteral("edit resent")].add(answer);
            settle(slot, key, request, answer, tries);
        });
    }

    BenchHttpClient m_http;
    QByteArray m_token;
    QList<qint64> m_own;
    const QList<qint64> &m_all;
    int m_number;
    QRandomGenerator m_random;
    Run &m_run;
    QHash<int, qint64> m_versions; // slot -> version of the last answer
    QByteArray m_cursor;
    qint64 m_sent = 0;
    bool m_idle = true;
};

// Wrong log-ins at a steady rate, spread over addresses, a new connection each.
class WrongLogins final : public QObject
{
public:
    WrongLogins(const QUrl &server, int perSecond, int addresses, Run &run) : m_server(server), m_addresses(addresses), m_run(run)
    {
        m_tick.setInterval(std::max(1, 1000 / std::max(1, perSecond)));
        connect(&m_tick, &QTimer::timeout, this, [this] { attempt(); });
        if (perSecond > 0 && addresses > 0)
            m_tick.start();
    }
    void stop() { m_tick.stop(); }
    bool idle() const { return m_inFlight == 0; }
    qint64 skipped = 0;

private:
    void attempt()
    {
        if (!m_run.running)
            return;
        const int address = static_cast<int>(m_sent % m_addresses);
        if (m_perAddress[address] >= 16) { // the server caps connections per address at 32
            ++skipped;
            return;
        }
        // The real agent's name half the time (it gets locked), names that do not exist otherwise.
        const QByteArray name = m_sent % 2 == 0 ? QByteArray("bench") : "intruder-" + QByteArray::number(m_sent % 7);
        ++m_sent;
        ++m_perAddress[address];
        ++m_inFlight;
        auto *client = new BenchHttpClient(m_server, QHostAddress(QStringLiteral("127.0.2.%1").arg(address + 1)));
        client->send(httpRequest("POST", "/v1/auth/token", "Content-Type: application/json\r\n",
                                 "{\"username\":\"" + name + "\",\"password\":\"not the password " + QByteArray::number(m_sent) + "\"}"),
                     [this, client, address](const BenchAnswer &answer) {
                         m_run.kinds[QStringLiteral("wrong log-in")].add(answer);
                         if (answer.status == 200)
                             m_run.failures << QStringLiteral("a wrong password was accepted");
                         --m_perAddress[address];
                         --m_inFlight;
                         client->deleteLater();
                     });
    }

    QUrl m_server;
    int m_addresses;
    Run &m_run;
    QTimer m_tick;
    QHash<int, int> m_perAddress;
    qint64 m_sent = 0;
    int m_inFlight = 0;
};

// GET /v1/health every 50 ms on a thread of its own, with blocking sockets, so that what
// it measures is the server, not this process's event loop.
class HealthProbe final
{
public:
    explicit HealthProbe(const QUrl &server) : m_thread([this, server] { run(server); }) {}
    ~HealthProbe() { stop(); }
    void stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    std::vector<qint64> ms;
    qint64 failures = 0;

private:
    void run(const QUrl &server)
    {
        std::unique_ptr<QTcpSocket> socket;
        QElapsedTimer clock;
        while (!m_stop) {
            clock.start();
            if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
                socket = std::make_unique<QTcpSocket>();
                socket->bind(QHostAddress(QStringLiteral("127.0.0.2")));
                socket->connectToHost(server.host(), static_cast<quint16>(server.port()));
                if (!socket->waitForConnected(5000)) {
                    ++failures;
                    socket.reset();
                    continue;
                }
            }
            socket->write("GET /v1/health HTTP/1.1\r\nHost: bench\r\n\r\n");
            QByteArray in;
            bool whole = false;
            while (!whole && clock.elapsed() < 5000 && socket->waitForReadyRead(5000)) {
                in += socket->readAll();
                const qsizetype end = in.indexOf("\r\n\r\n");
                const qsizetype lengthAt = in.indexOf("Content-Length: ");
                whole = end >= 0 && lengthAt >= 0
                        && in.size() >= end + 4 + in.mid(lengthAt + 16, in.indexOf('\r', lengthAt) - lengthAt - 16).toLongLong();
            }
            if (whole && in.startsWith("HTTP/1.1 200")) {
                ms.push_back(clock.elapsed());
            } else {
                ++failures;
                socket.reset();
            }
            const qint64 rest = 50 - clock.elapsed();
            if (rest > 0)
                std::this_thread::sleep_for(std::chrono::milliseconds(rest));
        }
    }

    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

// Waits on the event loop for one answer.
BenchAnswer sendAndWait(BenchHttpClient &client, const QByteArray &request)
{
    BenchAnswer result;
    bool done = false;
    client.send(request, [&](const BenchAnswer &answer) {
        result = answer;
        done = true;
    });
    while (!done)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    return result;
}

QByteArray logIn(const QUrl &server, const char *name)
{
    BenchHttpClient client(server, QHostAddress(QStringLiteral("127.0.0.3")));
    const BenchAnswer answer = sendAndWait(client, httpRequest("POST", "/v1/auth/token", "Content-Type: application/json\r\n",
                                                               "{\"username\":\"" + QByteArray(name) + "\",\"password\":\"" + Password + "\"}"));
    const QByteArray token = QJsonDocument::fromJson(answer.body).object().value(QStringLiteral("token")).toString().toLatin1();
    if (token.isEmpty())
        die(QStringLiteral("log-in as %1 failed: %2 %3").arg(QLatin1String(name)).arg(answer.status).arg(QString::fromUtf8(answer.body)));
    return token;
}

// The audit log's entries for notes of this run: key -> (exception, version after) per entry.
std::map<QByteArray, std::vector<std::pair<qint64, qint64>>> readAudit(const QUrl &server, const QByteArray &token)
{
    std::map<QByteArray, std::vector<std::pair<qint64, qint64>>> entries;
    BenchHttpClient client(server, QHostAddress(QStringLiteral("127.0.0.3")));
    QByteArray cursor;
    for (;;) {
        const BenchAnswer answer = sendAndWait(client, httpRequest("GET", "/v1/audit?limit=1000" + (cursor.isEmpty() ? QByteArray() : "&cursor=" + cursor),
                                                                   "Authorization: Bearer " + token + "\r\n"));
        if (answer.status != 200)
            die(QStringLiteral("reading the audit log: %1 %2").arg(answer.status).arg(QString::fromUtf8(answer.body.left(300))));
        const QJsonObject page = QJsonDocument::fromJson(answer.body).object();
        for (const QJsonValue &entry : page.value(QStringLiteral("entries")).toArray()) {
            const QByteArray key = entry[QStringLiteral("idempotency_key")].toString().toLatin1();
            if (key.startsWith("load-"))
                entries[key].emplace_back(entry[QStringLiteral("entity_id")].toInteger(), entry[QStringLiteral("version_after")].toInteger());
        }
        cursor = page.value(QStringLiteral("next_cursor")).toString().toLatin1();
        if (!page.value(QStringLiteral("has_more")).toBool())
            return entries;
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const auto option = [&](const char *name, const char *help, const char *value) {
        parser.addOption({QString::fromLatin1(name), QString::fromLatin1(help), QStringLiteral("N"), QString::fromLatin1(value)});
    };
    option("clients", "Clients at once, each on its own connection and address (default 50).", "50");
    option("seconds", "How long the load lasts (default 60).", "60");
    option("shipments", "Demo shipments in the server's store (default 20000).", "20000");
    option("per-client", "Exceptions each client writes notes on (default 20).", "20");
    option("wrong-logins", "Wrong log-ins per second (default 20).", "20");
    option("login-addresses", "Addresses the wrong log-ins come from (default 10).", "10");
    option("password-iterations", "PBKDF2 iterations of the server's passwords (default 600000, the server's).", "600000");
    option("seed", "Seed of the clients' choices (default 1).", "1");
    parser.process(app);
    const auto value = [&](const char *name) { return parser.value(QString::fromLatin1(name)).toInt(); };
    const int clients = value("clients");
    int seconds = value("seconds");
    const int shipments = value("shipments");
    const int perClient = value("per-client");
    const int wrongLogins = value("wrong-logins");
    const int loginAddresses = value("login-addresses");
    const int iterations = value("password-iterations");
    const quint32 seed = static_cast<quint32>(value("seed"));
    if (clients < 1 || clients > 250 || seconds < 1 || shipments < 1 || perClient < 1 || wrongLogins < 0
        || loginAddresses < 1 || loginAddresses > 250 || iterations < 1000)
        die(QStringLiteral("--clients 1 to 250, --seconds, --shipments and --per-client at least 1, --login-addresses 1 to 250, "
                           "--password-iterations at least 1000"));
    if (const int cap = qEnvironmentVariableIntValue("CT_BENCH_SMOKE_SECONDS"); cap > 0 && cap < seconds) {
        std::printf("CT_BENCH_SMOKE_SECONDS=%d: a run of %d s instead of %d\n", cap, cap, seconds);
        seconds = cap;
    }

    // The server's own limits, except the per-token request rate: every client shares one
    // agent's token here, where a team has a token each.
    ct::bench::BenchServer server("bench_server_load",
                                  QStringLiteral(R"({"listen": "127.0.0.1:0", "password_iterations": %1,
                                                    "requests_per_second": 1000000, "request_burst": 1000000})")
                                      .arg(iterations).toUtf8());
    benchServer = &server;
    server.createUser(QStringLiteral("bench"), QStringLiteral("agent"), Password);
    server.createUser(QStringLiteral("auditor"), QStringLiteral("manager"), Password);
    server.start({QStringLiteral("--demo"), QString::number(shipments)});
    const QUrl url = server.url();

    QList<qint64> exceptions;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("ids"));
        db.setDatabaseName(server.store());
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            die(QStringLiteral("cannot read the store"));
        QSqlQuery ids(db);
        ids.exec(QStringLiteral("SELECT id FROM exceptions ORDER BY id"));
        while (ids.next())
            exceptions << ids.value(0).toLongLong();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("ids"));
    if (exceptions.size() < clients * perClient)
        die(QStringLiteral("the demo store has %1 exceptions, %2 clients need %3: more --shipments")
                .arg(exceptions.size()).arg(clients).arg(clients * perClient));

    const QByteArray agentToken = logIn(url, "bench");
    const QByteArray auditorToken = logIn(url, "auditor");

    Run run;
    std::vector<std::unique_ptr<LoadClient>> loadClients;
    for (int c = 0; c < clients; ++c) {
        const QHostAddress from(QHostAddress(QStringLiteral("127.0.3.1")).toIPv4Address() + static_cast<quint32>(c));
        loadClients.push_back(std::make_unique<LoadClient>(url, from, agentToken, exceptions.mid(c * perClient, perClient),
                                                           exceptions, c, seed * 1000 + static_cast<quint32>(c), run));
    }
    const qint64 rssBefore = statusKiB(server.pid(), "VmRSS");
    const qint64 cpuBefore = ct::bench::cpuMs(server.pid());
    std::printf("%d s: %d clients (feed pages 40 %%, reads 30 %%, notes 30 %%), %d wrong log-ins/s from %d addresses, "
                "%d shipments, %lld exceptions, PBKDF2 %d iterations\n",
                seconds, clients, wrongLogins, loginAddresses, shipments, static_cast<long long>(exceptions.size()), iterations);
    std::fflush(stdout);

    HealthProbe health(url);
    WrongLogins logins(url, wrongLogins, loginAddresses, run);
    QElapsedTimer clock;
    clock.start();
    for (const auto &client : loadClients)
        client->start();
    QTimer::singleShot(seconds * 1000, &app, [&] { run.running = false; });
    while (run.running)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    const qint64 elapsedMs = clock.elapsed();
    logins.stop();
    health.stop();
    // Clients finish what they started, resends included.
    QElapsedTimer drain;
    drain.start();
    while ((!logins.idle() || std::any_of(loadClients.begin(), loadClients.end(), [](const auto &c) { return !c->idle(); }))
           && drain.elapsed() < 300'000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    const qint64 cpuMs = ct::bench::cpuMs(server.pid()) - cpuBefore;
    const qint64 hwm = statusKiB(server.pid(), "VmHWM");
    if (!logins.idle() || std::any_of(loadClients.begin(), loadClients.end(), [](const auto &c) { return !c->idle(); }))
        run.failures << QStringLiteral("requests still unanswered 300 s after the end");

    // Every acknowledged note exactly once in the audit log, at the version its answer gave.
    const auto audit = readAudit(url, auditorToken);
    qint64 missing = 0, duplicated = 0, wrongVersion = 0, unacknowledgedApplied = 0;
    for (const auto &[key, ack] : run.acknowledged) {
        const auto found = audit.find(key);
        if (found == audit.end()) {
            ++missing;
            run.failures << QStringLiteral("%1: acknowledged, not in the audit log").arg(QString::fromLatin1(key));
        } else if (found->second.size() != 1) {
            ++duplicated;
            run.failures << QStringLiteral("%1: in the audit log %2 times").arg(QString::fromLatin1(key)).arg(found->second.size());
        } else if (found->second.front() != ack) {
            ++wrongVersion;
            run.failures << QStringLiteral("%1: acknowledged as exception %2 version %3, audited as %4 version %5")
                                .arg(QString::fromLatin1(key)).arg(ack.first).arg(ack.second)
                                .arg(found->second.front().first).arg(found->second.front().second);
        }
    }
    for (const auto &[key, entries] : audit)
        if (!run.acknowledged.count(key)) {
            ++unacknowledgedApplied;
            if (!run.unanswered.contains(key) || entries.size() != 1)
                run.failures << QStringLiteral("%1: in the audit log %2 times, never acknowledged").arg(QString::fromLatin1(key)).arg(entries.size());
        }
    server.stop();
    benchServer = nullptr;

    // The figures.
    qint64 total = 0;
    for (const auto &[kind, stats] : run.kinds)
        total += static_cast<qint64>(stats.ms.size());
    total += static_cast<qint64>(health.ms.size()) + health.failures;
    const double secondsRun = static_cast<double>(elapsedMs) / 1000.0;
    std::printf("%lld requests in %.1f s: %.0f requests/s; server CPU %.0f %% of one core, resident memory %.1f MB before, peak %.1f MB\n",
                static_cast<long long>(total), secondsRun, static_cast<double>(total) / secondsRun,
                100.0 * static_cast<double>(cpuMs) / static_cast<double>(elapsedMs), rssBefore / 1024.0, hwm / 1024.0);
    std::printf("%-14s %8s %8s %8s %8s %8s   answers\n", "kind", "count", "per s", "p50 ms", "p99 ms", "max ms");
    for (const auto &[kind, stats] : run.kinds)
        std::printf("%-14s %8zu %8.1f %8.0f %8.0f %8.0f   %s\n", qPrintable(kind), stats.ms.size(),
                    static_cast<double>(stats.ms.size()) / secondsRun, percentile(stats.ms, 0.5), percentile(stats.ms, 0.99),
                    percentile(stats.ms, 1.0), qPrintable(statusList(stats.statuses)));
    const double healthP99 = percentile(health.ms, 0.99);
    std::printf("%-14s %8zu %8.1f %8.0f %8.0f %8.0f   200 %zu, failed %lld\n", "/v1/health", health.ms.size(),
                static_cast<double>(health.ms.size()) / secondsRun, percentile(health.ms, 0.5), healthP99,
                percentile(health.ms, 1.0), health.ms.size(), static_cast<long long>(health.failures));
    std::printf("/v1/health p99 %.0f ms against the goal of at most 50 ms: %s (reported, not asserted)\n", healthP99,
                healthP99 <= 50 ? "met" : "missed");
    std::printf("notes acknowledged %zu (%lld refused 412 as the exception moved on); audit log: %zu of this run's keys, "
                "%lld missing, %lld twice, %lld at another version; %lld applied with their answer lost for good; "
                "wrong log-ins skipped (16 open from one address) %lld\n",
                run.acknowledged.size(), static_cast<long long>(run.conflicts), audit.size(), static_cast<long long>(missing),
                static_cast<long long>(duplicated), static_cast<long long>(wrongVersion),
                static_cast<long long>(unacknowledgedApplied), static_cast<long long>(logins.skipped));
    if (health.ms.empty())
        run.failures << QStringLiteral("/v1/health never answered");
    if (run.acknowledged.empty())
        run.failures << QStringLiteral("no note was acknowledged");
    if (!run.failures.isEmpty()) {
        for (const QString &failure : std::as_const(run.failures).mid(0, 20))
            std::fprintf(stderr, "bench_server_load: %s\n", qPrintable(failure));
        std::fprintf(stderr, "bench_server_load: %lld failures\n", static_cast<long long>(run.failures.size()));
        return 1;
    }
    std::printf("every acknowledged note is in the audit log exactly once\n");
    return 0;
}
