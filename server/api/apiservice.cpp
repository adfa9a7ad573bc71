// SPDX-License-Identifier: MIT
#include "apiservice.h"

#include "http/problem.h"
#include "opaquecursor.h"
#include "store/serverschema.h"

#include "edits/editcatalog.h"
#include "json/jsonwriter.h"
#include "json/parser.h"
#include "store/database.h"
#include "store/qtsqlsupport.h"
#include "store/schemamigrator.h"
#include "sync/representationwriter.h"
#include "teamsettings/teamsettingkind.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <cmath>

namespace ct::server {

namespace {

enum class Handler : quint8 { Health, Token, Me, Changes, Entity, Edit, Audit, ListUsers, CreateUser, GetSetting, PutSetting };

} // namespace

struct ApiService::Route
{
    QByteArray method;
    QStringList segments; // "{id}" matches a positive integer
    RoleSet roles;        // 0: no token needed
    Handler handler;
    EntityKind entity = EntityKind::Shipment;
    const EditOp *op = nullptr;
    const TeamSettingKind *setting = nullptr; // GetSetting, PutSetting

    QString pattern() const { return QStringLiteral("/") + segments.join(QLatin1Char('/')); }
};

const QList<ApiService::Route> &ApiService::routeTable()
{
    static const QList<Route> table = [] {
        const RoleSet readers = AllRoles;
        const RoleSet auditors = roleBit(Role::Manager) | roleBit(Role::Analyst) | roleBit(Role::Admin);
        const RoleSet admins = roleBit(Role::Admin);
        QList<Route> routes{
            {"GET", {QStringLiteral("v1"), QStringLiteral("health")}, 0, Handler::Health},
            {"POST", {QStringLiteral("v1"), QStringLiteral("auth"), QStringLiteral("token")}, 0, Handler::Token},
            {"GET", {QStringLiteral("v1"), QStringLiteral("me")}, readers, Handler::Me},
            {"GET", {QStringLiteral("v1"), QStringLiteral("changes")}, readers, Handler::Changes},
            {"GET", {QStringLiteral("v1"), QStringLiteral("audit")}, auditors, Handler::Audit},
            {"GET", {QStringLiteral("v1"), QStringLiteral("users")}, admins, Handler::ListUsers},
            {"POST", {QStringLiteral("v1"), QStringLiteral("users")}, admins, Handler::CreateUser},
        };
        for (EntityKind kind : {EntityKind::Shipment, EntityKind::Exception, EntityKind::Return})
            routes.append({"GET", {QStringLiteral("v1"), entityCollection(kind), QStringLiteral("{id}")}, readers,
                           Handler::Entity, kind});
        for (const EditOp &op : EditCatalog::all())
            routes.append({"POST", {QStringLiteral("v1"), entityCollection(op.entity), QStringLiteral("{id}"),
                                    QString::fromLatin1(op.name)},
                           op.roles, Handler::Edit, op.entity, &op});
        // Team settings: everyone reads, the kind's writers save (docs/API.md).
        for (const TeamSettingKind &kind : TeamSettingKinds::all()) {
            const QStringList path{QStringLiteral("v1"), QStringLiteral("settings"), QString::fromLatin1(kind.name)};
            routes.append({"GET", path, readers, Handler::GetSetting, EntityKind::Shipment, nullptr, &kind});
            routes.append({"PUT", path, kind.writers, Handler::PutSetting, EntityKind::Shipment, nullptr, &kind});
        }
        return routes;
    }();
    return table;
}

QStringList ApiService::routes()
{
    QStringList lines;
    for (const Route &route : routeTable())
        lines << QString::fromLatin1(route.method) + QLatin1Char(' ') + route.pattern() + QLatin1Char('\t')
                + (route.roles == 0 ? QStringLiteral("none") : QString(roleSetText(route.roles)).remove(QLatin1Char(' ')));
    lines.sort();
    return lines;
}

ApiService::ApiService(const Database &database, const ServerConfig &config, Clock clock)
    : m_database(database)
    , m_config(config)
    , m_clock(std::move(clock))
    , m_auth(database, config.passwordIterations, config.tokenLifetimeMs)
    , m_feed(database)
    , m_edits(database)
    , m_settings(database)
{
    m_monotonic.start();
    QSqlQuery query(database.connection());
    if (query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'server_id'")) && query.next())
        m_serverId = query.value(0).toString();
}

qint64 ApiService::throttle(QHash<QString, TokenBucket> &buckets, const QString &key, double rate, double burst)
{
    const qint64 now = m_monotonic.elapsed();
    if (buckets.size() > 10'000)
        buckets.clear(); // a flood of distinct clients: start over rather than grow without bound
    auto it = buckets.find(key);
    if (it == buckets.end())
        it = buckets.insert(key, TokenBucket(rate, burst, now));
    return it->tryTake(now);
}

ApiReply ApiService::handle(const ApiRequest &request)
{
    const QStringList segments = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const Route *match = nullptr;
    QByteArrayList allowed;
    qint64 id = 0;
    for (const Route &route : routeTable()) {
        if (route.segments.size() != segments.size())
            continue;
        bool matches = true;
        qint64 routeId = 0;
        for (qsizetype i = 0; i < segments.size() && matches; ++i) {
            if (route.segments.at(i) == QLatin1String("{id}")) {
                bool ok = false;
                routeId = segments.at(i).toLongLong(&ok);
                matches = ok && routeId > 0;
            } else {
                matches = route.segments.at(i) == segments.at(i);
            }
        }
        if (!matches)
            continue;
        if (route.method != request.method) {
            allowed << route.method;
            continue;
        }
        match = &route;
        id = routeId;
        break;
    }
    if (!match) {
        if (!allowed.isEmpty()) {
            ApiReply reply = Problem::make(request, 405, "method-not-allowed",
                                        QStringLiteral("%1 is not allowed on %2; use %3")
                                            .arg(QString::fromLatin1(request.method), request.path,
                                                 QString::fromLatin1(allowed.join(", ")))).reply();
            reply.headers << qMakePair(QByteArrayLiteral("Allow"), allowed.join(", "));
            return reply;
        }
        return Problem::make(request, 404, "not-found",
                          QStringLiteral("there is no endpoint %1 (the API is under /v1; see docs/api/openapi.yaml)")
                              .arg(request.path)).reply();
    }
    if (request.body.size() > m_config.maxBodyBytes)
        return Problem::make(request, 413, "payload-too-large",
                          QStringLiteral("the request body has %1 bytes; the limit is %2")
                              .arg(request.body.size()).arg(m_config.maxBodyBytes)).reply();

    const QByteArray authorization = request.header("authorization");
    const qint64 waitMs = throttle(m_requestBuckets,
                                   authorization.isEmpty() ? QStringLiteral("addr:") + request.peer
                                                           : QString::fromLatin1(authorization.right(24)),
                                   m_config.requestsPerSecond, m_config.requestBurst);
    if (waitMs > 0) {
        const qint64 seconds = std::max<qint64>(1, (waitMs + 999) / 1000);
        return Problem::rateLimited(request, seconds, QStringLiteral("too many requests; try again in %1 s").arg(seconds));
    }

    AuthUser user;
    if (match->roles != 0) {
        QString reason;
        const std::optional<AuthUser> authenticated = m_auth.authenticate(authorization, m_clock(), &reason);
        if (!authenticated) {
            ApiReply reply = Problem::make(request, 401, "unauthorized", reason).reply();
            reply.headers << qMakePair(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer realm=\"controltower\""));
            return reply;
        }
        user = *authenticated;
        if (!(match->roles & roleBit(user.role)))
            return Problem::make(request, 403, "forbidden",
                              QStringLiteral("%1 has the role %2; %3 %4 is for: %5")
                                  .arg(user.name, roleCode(user.role), QString::fromLatin1(request.method),
                                       match->pattern(), roleSetText(match->roles))).reply();
    }
    if (request.method == "POST" && !request.body.isEmpty()
        && !request.header("content-type").startsWith("application/json"))
        return Problem::make(request, 415, "unsupported-media-type",
                          QStringLiteral("send the body as Content-Type: application/json")).reply();

    switch (match->handler) {
    case Handler::Health:
        return health();
    case Handler::Token:
        return token(request);
    case Handler::Me:
        return me(user);
    case Handler::Changes:
        return changes(request);
    case Handler::Entity:
        return entity(request, match->entity, id);
    case Handler::Edit:
        return m_edits.apply(request, user, match->entity, id, *match->op, m_clock());
    case Handler::Audit:
        return m_edits.audit(request);
    case Handler::ListUsers:
        return listUsers(request);
    case Handler::CreateUser:
        return createUser(request);
    case Handler::GetSetting:
        return m_settings.get(request, *match->setting);
    case Handler::PutSetting:
        return m_settings.put(request, user, *match->setting, m_clock());
    }
    return Problem::make(request, 500, "internal", QStringLiteral("unhandled route")).reply();
}

ApiReply ApiService::health()
{
    json::Writer out;
    out.beginObject()
        .key("status").value("ok")
        .key("server_id").value(m_serverId)
        .key("schema_version").value(SchemaMigrator::latestVersion())
        .key("server_schema_version").value(ServerSchema::latestVersion())
        .key("version").value(QCoreApplication::applicationVersion())
        .endObject();
    return ApiReply::json(200, out.take());
}

namespace {

// The body as a JSON object, or a 400 problem saying where it is broken.
std::optional<json::Value> parseBody(json::Parser &parser, const ApiRequest &request, ApiReply *problem)
{
    json::Parser::Error error;
    std::optional<json::Value> body = parser.parse(request.body.constData(), request.body.size(), &error);
    if (!body || !body->isObject()) {
        int line = 0, column = 0;
        if (!body)
            json::lineAndColumn(request.body.constData(), request.body.size(), error.offset, line, column);
        // The body as a whole is named by the empty field.
        *problem = Problem::invalid(request, {FieldError{QString(), body ? QStringLiteral("the body must be a JSON object")
                                                                           : QStringLiteral("the body is not valid JSON: %1 (line %2, column %3)")
                                                                                 .arg(error.message).arg(line).arg(column)}});
        return std::nullopt;
    }
    return body;
}

// Required string members; a 400 naming every missing or mistyped field.
bool requireStrings(const ApiRequest &request, const json::Value &body, std::initializer_list<const char *> names,
                    ApiReply *problem)
{
    QList<FieldError> errors;
    for (const char *name : names) {
        if (!body[name].isString() || body[name].toString().isEmpty())
            errors << FieldError{QString::fromLatin1(name), body[name].isAbsent() ? QStringLiteral("is required")
                                                                                 : QStringLiteral("must be a non-empty string")};
    }
    if (errors.isEmpty())
        return true;
    *problem = Problem::invalid(request, errors);
    return false;
}

} // namespace

ApiReply ApiService::token(const ApiRequest &request)
{
    const qint64 waitMs = throttle(m_loginBuckets, request.peer, m_config.loginsPerMinute / 60.0,
                                   std::max(1.0, std::floor(m_config.loginsPerMinute / 2)));
    if (waitMs > 0) {
        const qint64 seconds = std::max<qint64>(1, (waitMs + 999) / 1000);
        return Problem::rateLimited(request, seconds,
                                    QStringLiteral("too many log-in attempts from this address; try again in %1 s").arg(seconds));
    }
    json::Parser parser;
    ApiReply problem;
    const std::optional<json::Value> body = parseBody(parser, request, &problem);
    if (!body || !requireStrings(request, *body, {"username", "password"}, &problem))
        return problem;
    QString error;
    const auto issued = m_auth.login((*body)["username"].toString(), (*body)["password"].toString(), m_clock(), &error);
    if (!issued) {
        if (!error.isEmpty())
            return Problem::make(request, 500, "internal", error).reply();
        ApiReply reply = Problem::make(request, 401, "unauthorized", QStringLiteral("wrong user name or password")).reply();
        reply.headers << qMakePair(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer realm=\"controltower\""));
        return reply;
    }
    json::Writer out;
    out.beginObject()
        .key("token").value(issued->token)
        .key("token_type").value("Bearer")
        .key("expires_at_ms").value(issued->expiresAtMs)
        .key("user").beginObject().key("name").value(issued->user.name).key("role").value(roleCode(issued->user.role)).endObject()
        .endObject();
    return ApiReply::json(200, out.take());
}

ApiReply ApiService::me(const AuthUser &user)
{
    json::Writer out;
    out.beginObject().key("name").value(user.name).key("role").value(roleCode(user.role)).endObject();
    return ApiReply::json(200, out.take());
}

ApiReply ApiService::changes(const ApiRequest &request)
{
    const QString cursor = request.query.queryItemValue(QStringLiteral("cursor"));
    const std::optional<qint64> sequence = decodeCursor("c1", cursor);
    QList<FieldError> errors;
    if (!sequence)
        errors << FieldError{QStringLiteral("cursor"),
                             QStringLiteral("\"%1\" is not a cursor this server issued; start again without one").arg(cursor)};
    int limit = m_config.feedPageDefault;
    const QString limitText = request.query.queryItemValue(QStringLiteral("limit"));
    if (!limitText.isEmpty()) {
        bool ok = false;
        limit = limitText.toInt(&ok);
        if (!ok || limit < 1 || limit > m_config.feedPageMax)
            errors << FieldError{QStringLiteral("limit"),
                                 QStringLiteral("must be an integer from 1 to %1").arg(m_config.feedPageMax)};
    }
    if (!errors.isEmpty())
        return Problem::invalid(request, errors);
    QString error;
    QByteArray body = m_feed.page(m_serverId, *sequence, limit, &error);
    if (body.isEmpty())
        return Problem::make(request, 500, "internal", error).reply();
    return ApiReply::json(200, std::move(body));
}

ApiReply ApiService::entity(const ApiRequest &request, EntityKind kind, qint64 id)
{
    RepresentationWriter writer(m_database);
    QString error;
    QByteArray body = writer.document(kind, id, &error);
    if (body.isEmpty()) {
        if (!error.isEmpty())
            return Problem::make(request, 500, "internal", error).reply();
        return Problem::make(request, 404, "not-found", QStringLiteral("there is no %1 %2").arg(entityCode(kind)).arg(id)).reply();
    }
    json::Parser parser;
    const auto parsed = parser.parse(body.constData(), body.size());
    ApiReply reply = ApiReply::json(200, std::move(body));
    if (parsed)
        reply.headers << qMakePair(QByteArrayLiteral("ETag"),
                                   '"' + QByteArray::number((*parsed)["version"].toInt().value_or(0)) + '"');
    return reply;
}

ApiReply ApiService::listUsers(const ApiRequest &request)
{
    QString error;
    const auto users = m_auth.users(&error);
    if (!users)
        return Problem::make(request, 500, "internal", error).reply();
    json::Writer out;
    out.beginObject().key("users").beginArray();
    for (const UserInfo &user : *users)
        out.beginObject()
            .key("name").value(user.name)
            .key("role").value(roleCode(user.role))
            .key("created_at_ms").value(user.createdAtMs)
            .key("disabled").value(user.disabled)
            .endObject();
    out.endArray().endObject();
    return ApiReply::json(200, out.take());
}

ApiReply ApiService::createUser(const ApiRequest &request)
{
    json::Parser parser;
    ApiReply problem;
    const std::optional<json::Value> body = parseBody(parser, request, &problem);
    if (!body || !requireStrings(request, *body, {"name", "role", "password"}, &problem))
        return problem;
    const std::optional<Role> role = roleFromCode((*body)["role"].toString());
    if (!role) {
        return Problem::invalid(request, {FieldError{QStringLiteral("role"), QStringLiteral("must be agent, manager, analyst or admin")}});
    }
    QString error;
    const QString name = (*body)["name"].toString();
    if (!m_auth.createUser(name, *role, (*body)["password"].toString(), m_clock(), &error)) {
        const bool exists = error.contains(QLatin1String("already exists"));
        Problem p = Problem::make(request, exists ? 409 : 400, exists ? "conflict" : "validation", error);
        if (!exists)
            p.errors << FieldError{error.contains(QLatin1String("password")) ? QStringLiteral("password") : QStringLiteral("name"), error};
        return p.reply();
    }
    json::Writer out;
    out.beginObject().key("name").value(name).key("role").value(roleCode(*role)).endObject();
    return ApiReply::json(201, out.take());
}

} // namespace ct::server
