// SPDX-License-Identifier: MIT
// Edit throughput and store growth over consecutive runs on one store, against a real
// controltower-server process on loopback: C clients post notes as fast as the server
// answers them, each on its own few exceptions (so their histories grow quickly), each
// with a fresh Idempotency-Key and the version the last answer gave, for S seconds; then
// again, R times, without restarting anything. Reports per run: edits, edits/s, and the
// store's growth per edit (pages in use) and that of the idempotency records alone.
// Constant figures from run to run are the point: a store whose records grow with each
// edit's history slows down run after run. Run by hand; CTest runs a short smoke.
#include "benchserver.h"
#include "cputime.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimer>
#include <QUrl>

#include <cstdio>
#include <memory>
#include <vector>

namespace {

const QByteArray Password = "bench password 1";
ct::bench::BenchServer *benchServer = nullptr;

[[noreturn]] void die(const QString &message)
{
    if (benchServer)
        benchServer->die(message);
    std::fprintf(stderr, "bench_edit_runs: %s\n", qPrintable(message));
    std::exit(1);
}

// Waits for a reply on this thread's event loop.
QNetworkReply *wait(QNetworkReply *reply)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    return reply;
}

QNetworkRequest jsonRequest(const QUrl &base, const QString &path, const QByteArray &token)
{
    QUrl url = base;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    return request;
}

// A store's bytes in use, read through its own connection.
struct StoreSize
{
    qint64 used = 0;
    qint64 idempotency = 0; // the records' bodies
};

StoreSize measure(const QString &path)
{
    StoreSize size;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("measure"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            die(QStringLiteral("cannot open %1 to measure it").arg(path));
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("SELECT (SELECT page_count FROM pragma_page_count()) - (SELECT freelist_count FROM "
                                      "pragma_freelist_count()), (SELECT page_size FROM pragma_page_size())"))
            && query.next())
            size.used = query.value(0).toLongLong() * query.value(1).toLongLong();
        if (query.exec(QStringLiteral("SELECT coalesce(sum(length(body)), 0) FROM idempotency")) && query.next())
            size.idempotency = query.value(0).toLongLong();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("measure"));
    return size;
}

// One client: notes on its exceptions, one after another, for as long as `running`.
class Editor final : public QObject
{
public:
    Editor(const QUrl &server, const QByteArray &token, QList<qint64> exceptions, int number)
        : m_server(server), m_token(token), m_exceptions(std::move(exceptions)), m_number(number)
    {
        for (const qint64 id : m_exceptions) {
            QNetworkReply *reply = wait(m_network.get(jsonRequest(m_server, QStringLiteral("/v1/exceptions/%1").arg(id), m_token)));
            m_versions << QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("version")).toInteger();
            reply->deleteLater();
        }
    }

    void start(bool *running)
    {
        m_running = running;
        next();
    }
    bool idle() const { return !m_busy; }
    qint64 applied = 0;
    qint64 failed = 0;

private:
    void next()
    {
        if (!*m_running) {
            m_busy = false;
            return;
        }
        m_busy = true;
        const int slot = static_cast<int>(m_sent++ % m_exceptions.size());
        QNetworkRequest request = jsonRequest(m_server, QStringLiteral("/v1/exceptions/%1/note").arg(m_exceptions.at(slot)), m_token);
        request.setRawHeader("If-Match", '"' + QByteArray::number(m_versions.at(slot)) + '"');
        request.setRawHeader("Idempotency-Key", "bench-" + QByteArray::number(m_number) + '-' + QByteArray::number(m_sent));
        QNetworkReply *reply = m_network.post(request, "{\"text\":\"bench note " + QByteArray::number(m_sent) + "\"}");
        QObject::connect(reply, &QNetworkReply::finished, this, [this, reply, slot] {
            reply->deleteLater();
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200) {
                ++applied;
                m_versions[slot] = reply->rawHeader("ETag").replace('"', "").toLongLong();
            } else {
                ++failed;
            }
            next();
        });
    }

    QUrl m_server;
    QByteArray m_token;
    QList<qint64> m_exceptions;
    QList<qint64> m_versions;
    int m_number;
    QNetworkAccessManager m_network;
    qint64 m_sent = 0;
    bool *m_running = nullptr;
    bool m_busy = false;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("clients"), QStringLiteral("Clients editing at once (default 20)."), QStringLiteral("C"), QStringLiteral("20")});
    parser.addOption({QStringLiteral("per-client"), QStringLiteral("Exceptions each client edits (default 200)."), QStringLiteral("N"), QStringLiteral("200")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Consecutive runs (default 3)."), QStringLiteral("R"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("seconds"), QStringLiteral("Length of a run (default 30)."), QStringLiteral("S"), QStringLiteral("30")});
    parser.process(app);
    const int clients = parser.value(QStringLiteral("clients")).toInt();
    const int perClient = parser.value(QStringLiteral("per-client")).toInt();
    const int runs = parser.value(QStringLiteral("runs")).toInt();
    const int seconds = parser.value(QStringLiteral("seconds")).toInt();
    if (clients < 1 || perClient < 1 || runs < 1 || seconds < 1)
        die(QStringLiteral("--clients, --per-client, --runs and --seconds must be at least 1"));

    ct::bench::BenchServer server("bench_edit_runs", R"({"listen": "127.0.0.1:0", "password_iterations": 1000,
                                              "requests_per_second": 1000000, "request_burst": 1000000})");
    benchServer = &server;
    server.createUser(QStringLiteral("bench"), QStringLiteral("agent"), Password);
    server.start({QStringLiteral("--demo"), QString::number(std::max(200, clients * perClient * 10))});
    const QUrl url = server.url();
    const QString store = server.store();

    QNetworkAccessManager network;
    QNetworkReply *signedIn = wait(network.post(jsonRequest(url, QStringLiteral("/v1/auth/token"), {}),
                                                "{\"username\":\"bench\",\"password\":\"" + Password + "\"}"));
    const QByteArray token = QJsonDocument::fromJson(signedIn->readAll()).object().value(QStringLiteral("token")).toString().toLatin1();
    if (token.isEmpty())
        die(QStringLiteral("login failed"));
    QList<qint64> exceptions;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("ids"));
        db.setDatabaseName(store);
        if (!db.open())
            die(QStringLiteral("cannot read the store"));
        QSqlQuery ids(db);
        ids.exec(QStringLiteral("SELECT id FROM exceptions ORDER BY id LIMIT %1").arg(clients * perClient));
        while (ids.next())
            exceptions << ids.value(0).toLongLong();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("ids"));
    if (exceptions.size() < clients * perClient)
        die(QStringLiteral("the demo store has %1 exceptions, %2 are needed").arg(exceptions.size()).arg(clients * perClient));
    std::vector<std::unique_ptr<Editor>> editors;
    for (int c = 0; c < clients; ++c)
        editors.push_back(std::make_unique<Editor>(url, token, exceptions.mid(c * perClient, perClient), c));

    std::printf("%d runs of %d s, %d clients, %d exceptions each\n", runs, seconds, clients, perClient);
    std::printf("run   edits   edits/s   server CPU/edit   store growth/edit   idempotency/edit   refused\n");
    for (int run = 1; run <= runs; ++run) {
        const StoreSize before = measure(store);
        qint64 appliedBefore = 0, failedBefore = 0;
        for (const auto &editor : editors) {
            appliedBefore += editor->applied;
            failedBefore += editor->failed;
        }
        const qint64 cpuBefore = ct::bench::cpuMs(server.pid());
        bool running = true;
        QElapsedTimer clock;
        clock.start();
        for (const auto &editor : editors)
            editor->start(&running);
        QTimer::singleShot(seconds * 1000, &app, [&] { running = false; });
        while (running || std::any_of(editors.begin(), editors.end(), [](const auto &e) { return !e->idle(); }))
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
        const qint64 elapsedMs = clock.elapsed();
        qint64 applied = -appliedBefore, failed = -failedBefore;
        for (const auto &editor : editors) {
            applied += editor->applied;
            failed += editor->failed;
        }
        const StoreSize after = measure(store);
        const double perEdit = applied > 0 ? static_cast<double>(after.used - before.used) / static_cast<double>(applied) : 0;
        const double recordPerEdit = applied > 0 ? static_cast<double>(after.idempotency - before.idempotency) / static_cast<double>(applied) : 0;
        const double cpuPerEdit = applied > 0 ? static_cast<double>(ct::bench::cpuMs(server.pid()) - cpuBefore) / static_cast<double>(applied) : 0;
        std::printf("%3d %7lld %9.0f %14.2f ms %15.0f B %15.0f B %9lld\n", run, static_cast<long long>(applied),
                    applied * 1000.0 / static_cast<double>(elapsedMs), cpuPerEdit, perEdit, recordPerEdit,
                    static_cast<long long>(failed));
        std::fflush(stdout);
    }
    editors.clear();
    server.stop();
    benchServer = nullptr;
    return 0;
}
