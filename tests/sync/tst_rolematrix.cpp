// SPDX-License-Identifier: MIT
// Who may do what, by behaviour: every principal (no token, an expired token, each role)
// against every endpoint of the server and every edit of the catalog, over real HTTP on
// loopback. The expected matrix below is written by hand from docs/API.md's role table,
// not derived from the route table or the edit catalog, so a role changed by accident in
// either (or a role check skipped in the server) fails here.
// The server's store is SQLite, or PostgreSQL when CT_TEST_BACKEND=postgresql (a
// throwaway cluster, support/postgrescluster.h). The server's clock is the test's: it
// starts at the suite's fixed instant and moves only when the test moves it.
#include "syncsupport.h"

#include "auth/authservice.h"
#include "support/postgrescluster.h"
#include "support/testclock.h"

#include "domain/timestamp.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <array>

using namespace ct;
using namespace ct::server;
using namespace ct::synctest;

namespace {

// Who sends the request; the columns of the matrix, in this order.
enum Principal { NoToken, ExpiredToken, AgentRole, ManagerRole, AnalystRole, AdminRole, PrincipalCount };

const char *const PrincipalNames[PrincipalCount] = {"no token", "expired token", "agent", "manager", "analyst", "admin"};
// Who each principal is signed in as (initTestCase); empty without a token of one's own.
const char *const UserNames[PrincipalCount] = {"", "", "maria", "meg", "ana", "root"};

// The state the row's entity is put in first, so that the edit is allowed and a
// permitted role really gets 200.
enum class Needs : quint8 {
    Nothing,
    OpenException,
    UnmarkedAttempt, // an open failed attempt whose latest attempt is not marked fake
    RequestedReturn, // approve, reject
    ApprovedReturn,  // exchange, store_credit
    ReceivedReturn,  // inspect, refund
    SettingVersion,  // a team setting's PUT: If-Match is the version it stands at
};

struct Endpoint
{
    const char *method;
    const char *path; // {shipment}, {exception}, {return}: the entity; {tomorrow}, {password} in bodies
    const char *body; // a valid request: every required parameter, well formed
    Needs needs;
    std::array<int, PrincipalCount> expected;
};

// The expected answer of each principal to a valid request, by hand. One line per
// endpoint or edit; a new edit kind is one more line (and fails everyRouteHasARow until
// it has one).
// clang-format off
const Endpoint Matrix[] = {
    //                                                                                                                       no tok  expired agent manager analyst admin
    {"GET",  "/v1/health",                             "",                                                   Needs::Nothing,         {200, 200, 200, 200, 200, 200}},
    {"POST", "/v1/auth/token",                         R"({"username":"omar","password":"{password}"})",     Needs::Nothing,         {200, 200, 200, 200, 200, 200}},
    {"GET",  "/v1/me",                                 "",                                                   Needs::Nothing,         {401, 401, 200, 200, 200, 200}},
    {"GET",  "/v1/changes",                            "",                                                   Needs::Nothing,         {401, 401, 200, 200, 200, 200}},
    {"GET",  "/v1/shipments/{shipment}",               "",                                                   Needs::Nothing,         {401, 401, 200, 200, 200, 200}},
    {"GET",  "/v1/exceptions/{exception}",             "",                                                   Needs::Nothing,         {401, 401, 200, 200, 200, 200}},
    {"GET",  "/v1/returns/{return}",                   "",                                                   Needs::Nothing,         {401, 401, 200, 200, 200, 200}},
    {"GET",  "/v1/audit",                              "",                                                   Needs::Nothing,         {401, 401, 403, 200, 200, 200}},
    {"GET",  "/v1/users",                              "",                                                   Needs::Nothing,         {401, 401, 403, 403, 403, 200}},
    {"POST", "/v1/users",                              R"({"name":"new.agent","role":"agent","password":"{password}"})", Needs::Nothing, {401, 401, 403, 403, 403, 201}},
    // A batch: roles that may make some edit; each edit's roles are checked per item
    // (batchItems below). Here its one edit is stale, which is a result, not a refusal.
    {"POST", "/v1/edits", R"({"edits":[{"entity":"exception","id":{exception},"op":"note","if_match":0,"idempotency_key":"matrix-batch","params":{"text":"x"}}]})",
                                                                                                                         Needs::Nothing,         {401, 401, 200, 200, 403, 200}},
    // Exception edits: agents, managers and admins; refund: managers and admins.
    {"POST", "/v1/exceptions/{exception}/assign",      R"({"assignee":"omar"})",                             Needs::OpenException,   {401, 401, 200, 200, 403, 200}},
    {"POST", "/v1/exceptions/{exception}/claim",       "",                                                   Needs::OpenException,   {401, 401, 200, 200, 403, 200}},
    {"POST", "/v1/exceptions/{exception}/status",      R"({"status":"resolved"})",                           Needs::OpenException,   {401, 401, 200, 200, 403, 200}},
    {"POST", "/v1/exceptions/{exception}/note",        R"({"text":"Called the customer"})",                  Needs::OpenException,   {401, 401, 200, 200, 403, 200}},
    {"POST", "/v1/exceptions/{exception}/reattempt",   R"({"date":"{tomorrow}"})",                           Needs::OpenException,   {401, 401, 200, 200, 403, 200}},
    {"POST", "/v1/exceptions/{exception}/update_address", R"({"address":{"line1":"1 Congress Ave","city":"Austin","state":"TX","postal":"78701","country":"US"}})", Needs::OpenException, {401, 401, 200, 200, 403, 200}},
    {"POST", "/v1/exceptions/{exception}/update_phone", R"({"phone":"+15125550100"})",                       Needs::OpenException,   {401, 401, 200, 200, 403, 200}},
    {"POST", "/v1/exceptions/{exception}/reschedule",  R"({"date":"{tomorrow}"})",                           Needs::OpenException,   {401, 401, 200, 200, 403, 200}},
    {"POST", "/v1/exceptions/{exception}/convert_to_pickup", R"({"pickup_point_id":"PP-1042","name":"Corner shop"})", Needs::OpenException, {401, 401, 200, 200, 403, 200}},
    {"POST", "/v1/exceptions/{exception}/return_to_origin", "",                                              Needs::OpenException,   {401, 401, 200, 200, 403, 200}},
    {"POST", "/v1/exceptions/{exception}/reship",      R"({"reason":"Lost in transit"})",                    Needs::OpenException,   {401, 401, 200, 200, 403, 200}},
    {"POST", "/v1/exceptions/{exception}/refund",      R"({"amount_cents":500,"currency":"USD"})",           Needs::OpenException,   {401, 401, 403, 200, 403, 200}},
    {"POST", "/v1/exceptions/{exception}/contact_customer", R"({"template":"ndr_follow_up","channel":"sms"})", Needs::OpenException, {401, 401, 200, 200, 403, 200}},
    {"POST", "/v1/exceptions/{exception}/snooze",      R"({"until":"{later}"})",                             Needs::OpenException,   {401, 401, 200, 200, 403, 200}},
    {"POST", "/v1/exceptions/{attempt}/mark_fake_attempt", R"({"date":"{tomorrow}"})",                       Needs::UnmarkedAttempt, {401, 401, 200, 200, 403, 200}},
    // Return edits: agents, managers and admins; refund and store credit: managers and admins.
    {"POST", "/v1/returns/{return}/approve",           "",                                                   Needs::RequestedReturn, {401, 401, 200, 200, 403, 200}},
    {"POST", "/v1/returns/{return}/reject",            R"({"reason":"Outside the return window"})",          Needs::RequestedReturn, {401, 401, 200, 200, 403, 200}},
    {"POST", "/v1/returns/{return}/exchange",          R"({"note":"Size M instead"})",                       Needs::ApprovedReturn,  {401, 401, 200, 200, 403, 200}},
    {"POST", "/v1/returns/{return}/refund",            R"({"amount_cents":1})",                              Needs::ReceivedReturn,  {401, 401, 403, 200, 403, 200}},
    {"POST", "/v1/returns/{return}/store_credit",      R"({"amount_cents":1})",                              Needs::ApprovedReturn,  {401, 401, 403, 200, 403, 200}},
    {"POST", "/v1/returns/{return}/inspect",           R"({"grade":"good"})",                                Needs::ReceivedReturn,  {401, 401, 200, 200, 403, 200}},
    // Customer notifications (docs/NOTIFICATIONS.md): those who contact customers queue them
    // (the second request with the key is a replay) and set opt-outs; everyone reads the logs.
    {"POST", "/v1/notifications",                      R"({"shipment_id":{shipment},"template":"shipped","channel":"email","idempotency_key":"matrix-notify"})",
                                                                                                                         Needs::Nothing,         {401, 401, 201, 200, 403, 200}},
    {"GET",  "/v1/notifications/{notification}",       "",                                                   Needs::Nothing,         {401, 401, 200, 200, 200, 200}},
    {"GET",  "/v1/shipments/{shipment}/messages",      "",                                                   Needs::Nothing,         {401, 401, 200, 200, 200, 200}},
    {"GET",  "/v1/opt-outs",                           "",                                                   Needs::Nothing,         {401, 401, 200, 200, 403, 200}},
    {"POST", "/v1/opt-outs",                           R"({"channel":"sms","address":"+15125550100"})",       Needs::Nothing,         {401, 401, 200, 200, 403, 200}},
    // Team settings: everyone reads them; managers and admins save them.
    {"GET",  "/v1/settings/assignment",                "",                                                   Needs::Nothing,         {401, 401, 200, 200, 200, 200}},
    {"PUT",  "/v1/settings/assignment",                R"({"agents":[{"name":"maria"}]})",                   Needs::SettingVersion,  {401, 401, 403, 200, 403, 200}},
    {"GET",  "/v1/settings/return_policy",             "",                                                   Needs::Nothing,         {401, 401, 200, 200, 200, 200}},
    {"PUT",  "/v1/settings/return_policy",             R"({"version":1,"grace_days":4})",                    Needs::SettingVersion,  {401, 401, 403, 200, 403, 200}},
    {"GET",  "/v1/settings/allocation_policy",         "",                                                   Needs::Nothing,         {401, 401, 200, 200, 200, 200}},
    {"PUT",  "/v1/settings/allocation_policy",         R"({"version":1})",                                   Needs::SettingVersion,  {401, 401, 403, 200, 403, 200}},
    {"GET",  "/v1/settings/rate_card",                 "",                                                   Needs::Nothing,         {401, 401, 200, 200, 200, 200}},
    {"PUT",  "/v1/settings/rate_card",                 R"({"source":"r.csv","csv":""})",                     Needs::SettingVersion,  {401, 401, 403, 200, 403, 200}},
    {"GET",  "/v1/settings/notification_templates",    "",                                                   Needs::Nothing,         {401, 401, 200, 200, 200, 200}},
    {"PUT",  "/v1/settings/notification_templates",    R"({"templates":[]})",                                Needs::SettingVersion,  {401, 401, 403, 200, 403, 200}},
    {"GET",  "/v1/settings/automation",                "",                                                   Needs::Nothing,         {401, 401, 200, 200, 200, 200}},
    {"PUT",  "/v1/settings/automation",                R"({"version":1,"rules":[]})",                        Needs::SettingVersion,  {401, 401, 403, 200, 403, 200}},
};
// clang-format on

// "/v1/exceptions/{exception}/claim" -> "/v1/exceptions/{id}/claim", as ApiService::routes() names it.
QString routePattern(const char *path)
{
    QString p = QString::fromLatin1(path);
    for (const char *name : {"{shipment}", "{exception}", "{attempt}", "{return}", "{notification}"})
        p.replace(QLatin1String(name), QLatin1String("{id}"));
    return p;
}

bool isEdit(const Endpoint &e)
{
    return e.needs != Needs::Nothing;
}

} // namespace

class TestRoleMatrix : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PostgresCluster> m_postgres;
    std::unique_ptr<TestServer> m_server;
    qint64 m_nowMs = ct::test::fixedNowMs(); // the server's clock
    std::array<QByteArray, PrincipalCount> m_tokens;
    qint64 m_shipment = 0;
    qint64 m_exception = 0;
    qint64 m_attempt = 0; // a failed-attempt exception
    qint64 m_return = 0;
    int m_keys = 0;

    qint64 lifetimeMs() const { return testConfig().tokenLifetimeMs; }

    QByteArray loginAt(qint64 atMs, const char *user)
    {
        const qint64 saved = m_nowMs;
        m_nowMs = atMs;
        const QByteArray token = login(m_server->url, user);
        m_nowMs = saved;
        return token;
    }

    QString expand(const char *text) const
    {
        QString s = QString::fromLatin1(text);
        s.replace(QLatin1String("{shipment}"), QString::number(m_shipment));
        s.replace(QLatin1String("{exception}"), QString::number(m_exception));
        s.replace(QLatin1String("{attempt}"), QString::number(m_attempt));
        s.replace(QLatin1String("{later}"), ct::test::fixedNow().addSecs(2 * 3600).toString(Qt::ISODate));
        s.replace(QLatin1String("{return}"), QString::number(m_return));
        if (s.contains(QLatin1String("{notification}")))
            s.replace(QLatin1String("{notification}"),
                      QString::number(scalar(*m_server->db, QStringLiteral("SELECT coalesce(min(id), 0) FROM notifications"))));
        s.replace(QLatin1String("{tomorrow}"), ct::test::fixedNow().date().addDays(1).toString(Qt::ISODate));
        s.replace(QLatin1String("{password}"), Password);
        return s;
    }

    QString table(const Endpoint &e) const
    {
        return QString::fromLatin1(e.path).startsWith(QLatin1String("/v1/returns")) ? QStringLiteral("returns")
                                                                                     : QStringLiteral("exceptions");
    }

    qint64 entityId(const Endpoint &e) const
    {
        return table(e) == QLatin1String("returns") ? m_return : e.needs == Needs::UnmarkedAttempt ? m_attempt : m_exception;
    }

    qint64 version(const Endpoint &e) const
    {
        if (e.needs == Needs::SettingVersion)
            return scalar(*m_server->db, QStringLiteral("SELECT coalesce(max(version), 0) FROM team_settings WHERE name = '%1'")
                                             .arg(lastSegment(e)));
        return scalar(*m_server->db, QStringLiteral("SELECT version FROM %1 WHERE id = %2").arg(table(e)).arg(entityId(e)));
    }

    static QString lastSegment(const Endpoint &e) { return QString::fromLatin1(e.path).section(QLatin1Char('/'), -1); }

    // Puts the row's entity in the state its edit needs (the version stays as it is).
    bool prepare(const Endpoint &e)
    {
        int returnStatus = -1;
        switch (e.needs) {
        case Needs::Nothing:
        case Needs::SettingVersion:
            return true;
        case Needs::OpenException:
            return QSqlQuery(m_server->db->connection())
                .exec(QStringLiteral("UPDATE exceptions SET status = 0, resolution = 0, resolved_at_ms = NULL "
                                     "WHERE id = %1").arg(m_exception));
        case Needs::UnmarkedAttempt:
            return QSqlQuery(m_server->db->connection())
                .exec(QStringLiteral("UPDATE exceptions SET status = 0, resolution = 0, resolved_at_ms = NULL, "
                                     "fake_attempt_at_ms = NULL WHERE id = %1").arg(m_attempt));
        case Needs::RequestedReturn: returnStatus = 0; break;
        case Needs::ApprovedReturn: returnStatus = 1; break;
        case Needs::ReceivedReturn: returnStatus = 5; break;
        }
        return QSqlQuery(m_server->db->connection())
            .exec(QStringLiteral("UPDATE returns SET status = %1, resolution = 0 WHERE id = %2").arg(returnStatus).arg(m_return));
    }

    // The people's entries: a saved return policy may be followed by the policy's own
    // approvals (actor "policy", role "system"; PolicyApprovals), which are not the request's.
    qint64 auditRows() const
    {
        return scalar(*m_server->db, QStringLiteral("SELECT count(*) FROM audit_log WHERE role <> 'system'"));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_postgres = startBackend(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString store = newServerStore(m_postgres.get(), m_dir.filePath(QStringLiteral("server.db")));
        // A server that sends e-mail (none is sent: no dispatcher runs in the test).
        ServerConfig config = testConfig();
        config.notifications.smtp.url = QStringLiteral("smtp://127.0.0.1:9");
        config.notifications.smtp.fromAddress = QStringLiteral("orders@shop.test");
        m_server = startServer(store, 300, config, nullptr, [this] { return m_nowMs; });
        QVERIFY2(AuthService(*m_server->db, testConfig().passwordIterations, lifetimeMs())
                     .createUser(QStringLiteral("root"), Role::Admin, Password, 0, &error),
                 qPrintable(error));
        m_shipment = scalar(*m_server->db, QStringLiteral("SELECT min(id) FROM shipments"));
        m_exception = scalar(*m_server->db, QStringLiteral("SELECT min(id) FROM exceptions"));
        m_attempt = scalar(*m_server->db, QStringLiteral("SELECT min(id) FROM exceptions WHERE type = 0"));
        m_return = scalar(*m_server->db, QStringLiteral("SELECT min(id) FROM returns"));
        QVERIFY2(m_shipment > 0 && m_exception > 0 && m_return > 0, "the demo data has a shipment, an exception and a return");

        m_tokens[AgentRole] = login(m_server->url, "maria");
        m_tokens[ManagerRole] = login(m_server->url, "meg");
        m_tokens[AnalystRole] = login(m_server->url, "ana");
        m_tokens[AdminRole] = login(m_server->url, "root");
        // An admin's token issued one lifetime ago: it expires exactly now. An admin, so
        // that nothing but the expiry can explain a refusal.
        m_tokens[ExpiredToken] = loginAt(m_nowMs - lifetimeMs(), "root");
        for (int p = ExpiredToken; p < PrincipalCount; ++p)
            QVERIFY2(!m_tokens[p].isEmpty(), PrincipalNames[p]);
    }

    void cleanupTestCase()
    {
        m_server.reset();
        m_postgres.reset();
    }

    // Every route the server has is a row of the matrix, and every row a route: a new
    // endpoint or edit kind needs its expected answers written down here.
    void everyRouteHasARow()
    {
        QStringList routes;
        for (const QString &line : ApiService::routes())
            routes << line.section(QLatin1Char('\t'), 0, 0);
        QStringList rows;
        for (const Endpoint &e : Matrix)
            rows << QString::fromLatin1(e.method) + QLatin1Char(' ') + routePattern(e.path);
        rows.sort();
        for (const QString &route : std::as_const(routes))
            QVERIFY2(rows.contains(route), qPrintable(QStringLiteral("%1 has no row in the role matrix").arg(route)));
        for (const QString &row : std::as_const(rows))
            QVERIFY2(routes.contains(row), qPrintable(QStringLiteral("%1 is in the matrix but not served").arg(row)));
        QCOMPARE(rows.size(), routes.size());
    }

    void matrix_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("principal");
        for (int row = 0; row < static_cast<int>(std::size(Matrix)); ++row) {
            for (int p = 0; p < PrincipalCount; ++p) {
                const Endpoint &e = Matrix[row];
                QTest::addRow("%s %s as %s", e.method, e.path, PrincipalNames[p]) << row << p;
            }
        }
    }

    void matrix()
    {
        QFETCH(int, row);
        QFETCH(int, principal);
        const Endpoint &e = Matrix[row];
        const int expected = e.expected[static_cast<size_t>(principal)];
        QVERIFY(prepare(e));
        const qint64 versionBefore = isEdit(e) ? version(e) : 0;
        const qint64 auditBefore = auditRows();
        QList<QPair<QByteArray, QByteArray>> headers;
        if (isEdit(e))
            headers << qMakePair(QByteArrayLiteral("If-Match"), '"' + QByteArray::number(versionBefore) + '"')
                    << qMakePair(QByteArrayLiteral("Idempotency-Key"), "matrix-" + QByteArray::number(++m_keys));

        const HttpAnswer answer = request(m_server->url, e.method, expand(e.path), m_tokens[static_cast<size_t>(principal)],
                                          expand(e.body).toUtf8(), headers);
        QVERIFY2(answer.status == expected,
                 qPrintable(QStringLiteral("expected %1, got %2: %3").arg(expected).arg(answer.status)
                                .arg(QString::fromUtf8(answer.body.left(300)))));

        if (expected == 401 || expected == 403) {
            // A refusal is an RFC 9457 problem, and nothing happened.
            QCOMPARE(answer.header("Content-Type"), QByteArray("application/problem+json"));
            const QString slug = expected == 401 ? QStringLiteral("unauthorized") : QStringLiteral("forbidden");
            QCOMPARE(answer.json.value(QStringLiteral("type")).toString(), QStringLiteral("urn:controltower:problem:") + slug);
            QCOMPARE(answer.json.value(QStringLiteral("title")).toString(),
                     expected == 401 ? QStringLiteral("Unauthorized") : QStringLiteral("Forbidden"));
            QCOMPARE(answer.json.value(QStringLiteral("status")).toInt(), expected);
            const QString detail = answer.json.value(QStringLiteral("detail")).toString();
            if (expected == 401) {
                QVERIFY(answer.header("WWW-Authenticate").startsWith("Bearer"));
                QVERIFY2(detail.contains(principal == ExpiredToken ? QLatin1String("expired") : QLatin1String("bearer token")),
                         qPrintable(detail));
            } else {
                // Names the user's role and who may.
                QVERIFY2(detail.contains(QLatin1String(PrincipalNames[principal])), qPrintable(detail));
            }
            if (isEdit(e))
                QCOMPARE(version(e), versionBefore);
            QCOMPARE(auditRows(), auditBefore);
            return;
        }
        QVERIFY2(answer.header("Content-Type").startsWith("application/json"), answer.header("Content-Type").constData());
        QVERIFY2(!answer.json.isEmpty(), answer.body.left(300).constData());
        if (isEdit(e)) {
            // Applied: a new version, and who did it in the audit log.
            QCOMPARE(version(e), versionBefore + 1);
            QCOMPARE(answer.header("ETag"), '"' + QByteArray::number(versionBefore + 1) + '"');
            QCOMPARE(auditRows(), auditBefore + 1);
            QCOMPARE(scalar(*m_server->db, QStringLiteral("SELECT count(*) FROM audit_log WHERE id = (SELECT max(id) FROM audit_log "
                                                          "WHERE role <> 'system') AND role = '%1' AND op = '%2'")
                                               .arg(QLatin1String(PrincipalNames[principal]),
                                                    e.needs == Needs::SettingVersion ? QStringLiteral("put") : lastSegment(e))),
                     qint64(1));
            // A decision is the user's own: whoever makes it, it is never the policy's.
            if (e.needs == Needs::RequestedReturn)
                QCOMPARE(scalar(*m_server->db, QStringLiteral("SELECT count(*) FROM returns WHERE id = %1 AND decided_by = '%2'")
                                                   .arg(m_return).arg(QLatin1String(UserNames[principal]))),
                         qint64(1));
        }
    }

    // No user can act as the system actor: the name the return policy approves under
    // ("policy", in any case) is refused for a new user, over the API and on the command
    // line alike (AuthService), so "policy" in the audit log and in decided_by is always
    // the policy.
    void nobodyCanBeThePolicy_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("policy") << QStringLiteral("policy");
        QTest::newRow("Policy") << QStringLiteral("Policy");
        QTest::newRow("POLICY") << QStringLiteral("POLICY");
    }

    void nobodyCanBeThePolicy()
    {
        QFETCH(QString, name);
        const QByteArray body = QStringLiteral(R"({"name":"%1","role":"admin","password":"%2"})").arg(name, Password).toUtf8();
        const HttpAnswer answer = request(m_server->url, "POST", QStringLiteral("/v1/users"), m_tokens[AdminRole], body);
        QCOMPARE(answer.status, 400);
        QVERIFY2(answer.json.value(QStringLiteral("detail")).toString().contains(
                     QStringLiteral("user name \"%1\" is reserved for the return policy").arg(name)),
                 answer.body.constData());
        QCOMPARE(scalar(*m_server->db, QStringLiteral("SELECT count(*) FROM users WHERE lower(name) = 'policy'")), qint64(0));
    }

    // Every edit of the matrix inside POST /v1/edits: a principal the batch route refuses
    // gets its 401 or 403 for the whole request; the others get 200 and, for the edit,
    // the status the single route gives them (403 for an agent's refund).
    void batchItems_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("principal");
        for (int row = 0; row < static_cast<int>(std::size(Matrix)); ++row) {
            for (int p = 0; p < PrincipalCount; ++p) {
                const Endpoint &e = Matrix[row];
                // Entity edits only (team settings are PUTs, not batch items).
                if (isEdit(e) && std::string_view(e.method) == "POST")
                    QTest::addRow("batch %s as %s", e.path, PrincipalNames[p]) << row << p;
            }
        }
    }

    void batchItems()
    {
        QFETCH(int, row);
        QFETCH(int, principal);
        const Endpoint &e = Matrix[row];
        const int expected = e.expected[static_cast<size_t>(principal)];
        QVERIFY(prepare(e));
        const qint64 versionBefore = version(e);
        const qint64 auditBefore = auditRows();
        const QString path = QString::fromLatin1(e.path);
        const QString body = expand(e.body);
        const QString edit = QStringLiteral(R"({"entity":"%1","id":%2,"op":"%3","if_match":%4,"idempotency_key":"batch-%5","params":%6})")
                                 .arg(table(e) == QLatin1String("returns") ? QStringLiteral("return") : QStringLiteral("exception"))
                                 .arg(entityId(e))
                                 .arg(path.section(QLatin1Char('/'), -1))
                                 .arg(versionBefore)
                                 .arg(++m_keys)
                                 .arg(body.isEmpty() ? QStringLiteral("{}") : body);
        const HttpAnswer answer = request(m_server->url, "POST", QStringLiteral("/v1/edits"), m_tokens[static_cast<size_t>(principal)],
                                          QStringLiteral("{\"edits\":[%1]}").arg(edit).toUtf8());
        const int requestStatus = principal == NoToken || principal == ExpiredToken ? 401 : principal == AnalystRole ? 403 : 200;
        QVERIFY2(answer.status == requestStatus, qPrintable(QStringLiteral("expected %1, got %2: %3").arg(requestStatus)
                                                                .arg(answer.status).arg(QString::fromUtf8(answer.body.left(300)))));
        if (requestStatus == 200) {
            const QJsonObject result = answer.json.value(QStringLiteral("results")).toArray().at(0).toObject();
            QVERIFY2(result.value(QStringLiteral("status")).toInt() == expected, qPrintable(QString::fromUtf8(answer.body.left(400))));
            if (expected == 403) {
                const QJsonObject problem = result.value(QStringLiteral("problem")).toObject();
                QCOMPARE(problem.value(QStringLiteral("type")).toString(), QStringLiteral("urn:controltower:problem:forbidden"));
                QVERIFY2(problem.value(QStringLiteral("detail")).toString().contains(QLatin1String(PrincipalNames[principal])),
                         qPrintable(problem.value(QStringLiteral("detail")).toString()));
                QCOMPARE(problem.value(QStringLiteral("instance")).toString(), expand(e.path));
                // The refused edit's entity as the server has it, for the client's replica.
                QCOMPARE(result.value(QStringLiteral("current")).toObject().value(QStringLiteral("version")).toInteger(), versionBefore);
            }
        }
        const bool applied = requestStatus == 200 && expected == 200;
        QCOMPARE(version(e), versionBefore + (applied ? 1 : 0));
        QCOMPARE(auditRows(), auditBefore + (applied ? 1 : 0));
    }

    // A token is good until one millisecond before its lifetime is over.
    void tokenExpiresAtTheEndOfItsLifetime_data()
    {
        QTest::addColumn<qint64>("sinceLoginMs");
        QTest::addColumn<int>("status");
        QTest::newRow("lifetime - 1 ms") << lifetimeMs() - 1 << 200;
        QTest::newRow("lifetime") << lifetimeMs() << 401;
        QTest::newRow("lifetime + 1 ms") << lifetimeMs() + 1 << 401;
    }

    void tokenExpiresAtTheEndOfItsLifetime()
    {
        QFETCH(qint64, sinceLoginMs);
        QFETCH(int, status);
        const qint64 loginMs = ct::test::fixedNowMs() - 7 * MsPerDay;
        const QByteArray token = loginAt(loginMs, "maria");
        QVERIFY(!token.isEmpty());
        const qint64 saved = m_nowMs;
        m_nowMs = loginMs + sinceLoginMs;
        const HttpAnswer answer = request(m_server->url, "GET", QStringLiteral("/v1/me"), token);
        m_nowMs = saved;
        QCOMPARE(answer.status, status);
        if (status == 401)
            QVERIFY2(answer.json.value(QStringLiteral("detail")).toString().contains(QLatin1String("expired")),
                     answer.body.constData());
    }
};

QTEST_GUILESS_MAIN(TestRoleMatrix)

#include "tst_rolematrix.moc"
