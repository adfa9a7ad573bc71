// SPDX-License-Identifier: MIT
#include "apiservice.h"

#include "http/problem.h"
#include "opaquecursor.h"
#include "storefailurereply.h"
#include "strictjson.h"
#include "store/serverschema.h"

#include "edits/editcatalog.h"
#include "json/jsonwriter.h"
#include "json/parser.h"
#include "store/database.h"
#include "store/qtsqlsupport.h"
#include "store/schemamigrator.h"
#include "store/sqldialect.h"
#include "store/storefailure.h"
#include "sync/representationwriter.h"
#include "teamsettings/teamsettingkind.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlQuery>


namespace ct::server {

namespace {

enum class Handler : quint8 { Health, Token, Me, Changes, Entity, Edit, EditBatch, Audit, ListUsers, CreateUser, GetSetting, PutSetting,
                              Notify, GetNotification, ShipmentMessages, GetOptOuts, SetOptOut };

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
            // Every role that may make some edit; each edit's own roles are checked per item.
            {"POST", {QStringLiteral("v1"), QStringLiteral("edits")}, roleBit(Role::Agent) | roleBit(Role::Manager) | roleBit(Role::Admin),
             Handler::EditBatch},
        };
        for (EntityKind kind : {EntityKind::Shipment, EntityKind::Exception, EntityKind::Return})
            routes.append({"GET", {QStringLiteral("v1"), entityCollection(kind), QStringLiteral("{id}")}, readers,
                           Handler::Entity, kind});
        for (const EditOp &op : EditCatalog::all())
            routes.append({"POST", {QStringLiteral("v1"), entityCollection(op.entity), QStringLiteral("{id}"),
                                    QString::fromLatin1(op.name)},
                           op.roles, Handler::Edit, op.entity, &op});
        // Customer notifications (docs/NOTIFICATIONS.md): those who contact customers queue them and set opt-outs.
        const RoleSet contacts = roleBit(Role::Agent) | roleBit(Role::Manager) | roleBit(Role::Admin);
        routes.append({"POST", {QStringLiteral("v1"), QStringLiteral("notifications")}, contacts, Handler::Notify});
        routes.append({"GET", {QStringLiteral("v1"), QStringLiteral("notifications"), QStringLiteral("{id}")}, readers,
                       Handler::GetNotification});
        routes.append({"GET", {QStringLiteral("v1"), QStringLiteral("shipments"), QStringLiteral("{id}"), QStringLiteral("messages")},
                       readers, Handler::ShipmentMessages});
        routes.append({"GET", {QStringLiteral("v1"), QStringLiteral("opt-outs")}, contacts, Handler::GetOptOuts});
        routes.append({"POST", {QStringLiteral("v1"), QStringLiteral("opt-outs")}, contacts, Handler::SetOptOut});
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

ApiService::ApiService(const Database &database, const ServerConfig &config, Clock clock,
                       std::shared_ptr<ClientLimiter> limiter)
    : m_database(database)
    , m_config(config)
    , m_clock(std::move(clock))
    , m_limiter(limiter ? std::move(limiter) : std::make_shared<ClientLimiter>(config))
    , m_auth(database, config.passwordIterations, config.tokenLifetimeMs)
    , m_feed(database)
    , m_edits(database)
    , m_batch(database, m_edits)
    , m_settings(database)
    , m_notifications(database, config.notifications)
    , m_sharedBuckets(database.dialect().isPostgres() ? std::make_unique<SharedTokenBuckets>(database) : nullptr)
{
    QSqlQuery query(database.connection());
    if (query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'server_id'")) && query.next())
        m_serverId = query.value(0).toString();
}

struct ApiService::Match
{
    const Route *route = nullptr;
    qint64 id = 0;
    std::optional<ApiReply> refusal;
};

namespace {

// An id as the API writes it: a positive decimal integer without sign, spaces or leading
// zeros, as a qint64. "01", "+1", "1%00abc" are not ids; overflowing digits are
// `*overflow` (canonical, but no entity can have that id).
std::optional<qint64> canonicalId(const QString &segment, bool *overflow)
{
    if (segment.isEmpty() || segment.front() == QLatin1Char('0'))
        return std::nullopt;
    for (const QChar c : segment)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    bool ok = false;
    const qint64 id = segment.toLongLong(&ok);
    if (!ok)
        *overflow = true;
    return ok ? std::optional<qint64>(id) : std::nullopt;
}

} // namespace

ApiService::Match ApiService::match(const ApiRequest &request)
{
    // "/v1/me" -> {"v1", "me"}; an empty segment ("//", a trailing "/") matches no route.
    const QStringList segments = request.path.startsWith(QLatin1Char('/')) ? request.path.mid(1).split(QLatin1Char('/'))
                                                                           : QStringList();
    QByteArrayList allowed;
    bool overflow = false;
    for (const Route &route : routeTable()) {
        if (route.segments.size() != segments.size())
            continue;
        bool matches = true;
        qint64 routeId = 0;
        for (qsizetype i = 0; i < segments.size() && matches; ++i) {
            if (route.segments.at(i) == QLatin1String("{id}")) {
                const std::optional<qint64> id = canonicalId(segments.at(i), &overflow);
                matches = id.has_value();
                routeId = id.value_or(0);
            } else {
                matches = route.segments.at(i) == segments.at(i);
            }
        }
        if (!matches)
            continue;
        // HEAD is GET without the body (RFC 9110, 9.3.2).
        if (route.method == request.method || (request.method == "HEAD" && route.method == "GET"))
            return Match{&route, routeId, std::nullopt};
        allowed << route.method;
        if (route.method == "GET")
            allowed << QByteArrayLiteral("HEAD");
    }
    if (!allowed.isEmpty()) {
        ApiReply reply = Problem::make(request, 405, "method-not-allowed",
                                       QStringLiteral("%1 is not allowed on %2; use %3")
                                           .arg(QString::fromLatin1(request.method), Problem::shown(request.path),
                                                QString::fromLatin1(allowed.join(", ")))).reply();
        reply.headers << qMakePair(QByteArrayLiteral("Allow"), allowed.join(", "));
        return Match{nullptr, 0, std::move(reply)};
    }
    return Match{nullptr, 0,
                 Problem::make(request, 404, "not-found",
                               overflow ? QStringLiteral("there is no entity with that id (ids go up to 9223372036854775807)")
                                        : QStringLiteral("there is no endpoint %1 (the API is under /v1; see docs/api/openapi.yaml; "
                                                         "ids are decimal integers without leading zeros)")
                                              .arg(Problem::shown(request.path))).reply()};
}

std::optional<ApiService::Purged> ApiService::purgeExpired(QString *error)
{
    constexpr int Batch = 1000;
    const qint64 now = m_clock();
    Purged purged;
    qint64 loginFailures = 0; // rows of servers sharing a PostgreSQL store, forgotten as in memory
    qint64 buckets = 0;
    const struct
    {
        qint64 *count;
        QString sql;
        qint64 before;
    } targets[] = {
        {&purged.idempotencyRecords,
         QStringLiteral("DELETE FROM idempotency WHERE key IN (SELECT key FROM idempotency WHERE created_at_ms < ? LIMIT %1)").arg(Batch),
         now - m_config.idempotencyRetentionMs},
        {&purged.tokens,
         QStringLiteral("DELETE FROM tokens WHERE token_hash IN (SELECT token_hash FROM tokens WHERE expires_at_ms <= ? LIMIT %1)")
             .arg(Batch),
         now},
        {&loginFailures,
         QStringLiteral("DELETE FROM login_failures WHERE (scope, key) IN (SELECT scope, key FROM login_failures "
                        "WHERE forget_at_ms <= ? LIMIT %1)").arg(Batch),
         now},
        // Rate buckets full again: as good as none (SharedTokenBuckets).
        {&buckets, SharedTokenBuckets::purgeSql(Batch), now},
    };
    for (const auto &target : targets) {
        QSqlQuery remove(m_database.connection());
        if (!prepare(remove, target.sql, error))
            return std::nullopt;
        const qsizetype placeholders = target.sql.count(QLatin1Char('?'));
        for (int deleted = Batch; deleted == Batch;) {
            for (qsizetype i = 0; i < placeholders; ++i)
                bind(remove, static_cast<int>(i), target.before);
            if (!execPrepared(remove, error))
                return std::nullopt;
            deleted = remove.numRowsAffected();
            *target.count += std::max(0, deleted);
        }
    }
    return purged;
}

ApiService::Lane ApiService::laneFor(const ApiRequest &request)
{
    const Match found = match(request);
    if (!found.route)
        return Lane::Inline;
    switch (found.route->handler) {
    case Handler::Health:
        return Lane::Inline;
    case Handler::Token:
    case Handler::CreateUser:
        return Lane::Login;
    case Handler::Edit:
    case Handler::EditBatch:
    case Handler::PutSetting:
    case Handler::Notify:
    case Handler::SetOptOut:
        return Lane::Write;
    case Handler::Me:
    case Handler::Entity:
    case Handler::GetSetting:
    case Handler::GetNotification:
    case Handler::ShipmentMessages:
    case Handler::GetOptOuts:
        // One row each: never behind a queue of change-feed pages.
        return Lane::Lookup;
    case Handler::Changes:
    case Handler::Audit:
    case Handler::ListUsers:
        break;
    }
    return Lane::Read;
}

qint64 ApiService::bodyLimit(const Route &route) const
{
    // GET (and HEAD) take no body; POST (edits) and PUT (team settings) do.
    if (route.handler == Handler::EditBatch)
        return m_config.maxBatchBodyBytes;
    return route.method == "POST" || route.method == "PUT" ? m_config.maxBodyBytes : 0;
}

std::optional<ApiReply> ApiService::tooLarge(const ApiRequest &request, const Route &route, qint64 bytes) const
{
    const qint64 limit = bodyLimit(route);
    if (bytes <= limit)
        return std::nullopt;
    if (limit == 0)
        return Problem::make(request, 413, "payload-too-large",
                             QStringLiteral("%1 %2 takes no request body").arg(QString::fromLatin1(request.method), route.pattern()))
            .reply();
    return Problem::make(request, 413, "payload-too-large",
                         QStringLiteral("the request body has %1 bytes; the limit is %2").arg(bytes).arg(limit)).reply();
}

std::optional<ApiReply> ApiService::admit(const ApiRequest &head, qint64 declaredLength, qint64 *bodyLimit) const
{
    Match found = match(head);
    if (!found.route)
        return std::move(found.refusal);
    *bodyLimit = this->bodyLimit(*found.route);
    // A chunked body (-1) is measured as it arrives; one chunk is enough for a GET.
    return tooLarge(head, *found.route, declaredLength < 0 ? (*bodyLimit == 0 ? 1 : 0) : declaredLength);
}

ApiReply ApiService::handle(const ApiRequest &request)
{
    // A store failure answered for this request is one it met (StoreFailureReply).
    StoreFailure::clear();
    Match found = match(request);
    if (!found.route)
        return std::move(*found.refusal);
    if (request.method == "HEAD") {
        // Answered exactly as GET (the front leaves the body out).
        ApiRequest get = request;
        get.method = QByteArrayLiteral("GET");
        return handle(get, *found.route, found.id);
    }
    return handle(request, *found.route, found.id);
}

std::optional<ApiReply> ApiService::refuseOverRate(const ApiRequest &request, const Route &route)
{
    // A token is counted by its hash: the store's rows must not hold a usable part of it.
    const QByteArray authorization = request.header("authorization");
    const QString key = authorization.isEmpty()
        ? QStringLiteral("address:") + request.peer
        : QStringLiteral("token:") + QString::fromLatin1(QCryptographicHash::hash(authorization, QCryptographicHash::Sha256).toHex());
    const qint64 now = m_clock();
    qint64 waitMs = 0;
    if (m_sharedBuckets && route.handler != Handler::Health) {
        QString error;
        const std::optional<qint64> wait = m_sharedBuckets->take(SharedTokenBuckets::Kind::Requests, key, m_config.requestsPerSecond,
                                                                 m_config.requestBurst, now, &error);
        if (!wait)
            return StoreFailureReply::make(request, QStringLiteral("request limits: %1").arg(error));
        waitMs = *wait;
    } else {
        waitMs = m_limiter->takeRequest(key, now);
    }
    if (waitMs <= 0)
        return std::nullopt;
    const qint64 seconds = std::max<qint64>(1, (waitMs + 999) / 1000);
    return Problem::rateLimited(request, seconds, QStringLiteral("too many requests; try again in %1 s").arg(seconds));
}

ApiReply ApiService::handle(const ApiRequest &request, const Route &route, qint64 id)
{
    const Route *match = &route;
    if (std::optional<ApiReply> refusal = tooLarge(request, *match, request.body.size()))
        return std::move(*refusal);

    if (std::optional<ApiReply> refusal = refuseOverRate(request, *match))
        return std::move(*refusal);

    const QByteArray authorization = request.header("authorization");

    AuthUser user;
    if (match->roles != 0) {
        QString reason;
        QString storeError;
        const std::optional<AuthUser> authenticated = m_auth.authenticate(authorization, m_clock(), &reason, &storeError);
        if (!storeError.isEmpty())
            return StoreFailureReply::make(request, storeError);
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
    if ((request.method == "POST" || request.method == "PUT") && !request.body.isEmpty()) {
        if (const std::optional<QString> why = StrictJson::mediaTypeProblem(request.header("content-type")))
            return Problem::make(request, 415, "unsupported-media-type", *why).reply();
        if (const std::optional<FieldError> invalid = StrictJson::check(request.body))
            return Problem::invalid(request, {*invalid});
    }

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
    case Handler::EditBatch:
        if (m_config.maxBatchEdits == 0)
            return Problem::make(request, 404, "not-found",
                                 QStringLiteral("this server takes no edit batches (max_batch_edits is 0); send each edit "
                                                "to its own route")).reply();
        return m_batch.apply(request, user, m_config.maxBatchEdits, m_clock());
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
    case Handler::Notify:
        return m_notifications.enqueue(request, user, m_clock());
    case Handler::GetNotification:
        return m_notifications.get(request, id);
    case Handler::ShipmentMessages:
        return m_notifications.shipmentMessages(request, id);
    case Handler::GetOptOuts:
        return m_notifications.optOuts(request);
    case Handler::SetOptOut:
        return m_notifications.setOptOut(request, user, m_clock());
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

namespace {

ApiReply loginRefusal(const ApiRequest &request, const ClientLimiter::LoginAdmission &admission)
{
    const qint64 seconds = std::max<qint64>(1, (admission.waitMs + 999) / 1000);
    const QString why = admission.block == ClientLimiter::LoginBlock::AddressRate
        ? QStringLiteral("too many log-in attempts from this address")
        : admission.block == ClientLimiter::LoginBlock::AddressLockout
        ? QStringLiteral("too many failed log-ins from this address")
        : QStringLiteral("too many failed log-ins for this user name");
    return Problem::rateLimited(request, seconds, QStringLiteral("%1; try again in %2 s").arg(why).arg(seconds));
}

} // namespace

std::optional<ApiReply> ApiService::refuseLoginAtFront(ApiRequest &request) const
{
    const Match found = match(request);
    if (!found.route || found.route->handler != Handler::Token)
        return std::nullopt;
    const ClientLimiter::LoginAdmission admission = m_limiter->admitLoginAtFront(request.peer, m_clock());
    if (admission.block != ClientLimiter::LoginBlock::None)
        return loginRefusal(request, admission);
    request.loginRateTaken = true;
    return std::nullopt;
}

ApiReply ApiService::token(const ApiRequest &request)
{
    json::Parser parser;
    ApiReply problem;
    const std::optional<json::Value> body = parseBody(parser, request, &problem);
    if (!body || !requireStrings(request, *body, {"username", "password"}, &problem))
        return problem;
    const QString name = (*body)["username"].toString();
    // Servers sharing a PostgreSQL store share the failures too (docs/SERVER.md, "Several servers").
    const Database *shared = m_database.dialect().isPostgres() ? &m_database : nullptr;
    QString limitError;
    if (m_sharedBuckets) {
        // The attempt rate per address, counted across every server; this process's own
        // bucket is taken too (by the front, or by admitLogin below), as a store-free first check.
        const std::optional<qint64> wait = m_sharedBuckets->take(SharedTokenBuckets::Kind::Logins, request.peer,
                                                                 m_config.loginRatePerSecond(), m_config.loginBurst(), m_clock(),
                                                                 &limitError);
        if (!wait)
            return StoreFailureReply::make(request, QStringLiteral("log-in limits: %1").arg(limitError));
        if (*wait > 0)
            return loginRefusal(request, {ClientLimiter::LoginBlock::AddressRate, *wait});
    }
    const ClientLimiter::LoginAdmission admission = m_limiter->admitLogin(request.peer, name, m_clock(), shared, &limitError,
                                                                          request.loginRateTaken);
    if (!limitError.isEmpty())
        return StoreFailureReply::make(request, limitError);
    if (admission.block != ClientLimiter::LoginBlock::None)
        return loginRefusal(request, admission);
    QString error;
    const auto issued = m_auth.login(name, (*body)["password"].toString(), m_clock(), &error);
    if (!issued) {
        if (!error.isEmpty())
            return StoreFailureReply::make(request, error);
        ApiReply reply = Problem::make(request, 401, "unauthorized", QStringLiteral("wrong user name or password")).reply();
        reply.headers << qMakePair(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer realm=\"controltower\""));
        return reply;
    }
    m_limiter->loginSucceeded(request.peer, name, shared);
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
        return StoreFailureReply::make(request, error);
    return ApiReply::json(200, std::move(body));
}

ApiReply ApiService::entity(const ApiRequest &request, EntityKind kind, qint64 id)
{
    RepresentationWriter writer(m_database);
    QString error;
    QByteArray body = writer.document(kind, id, &error);
    if (body.isEmpty()) {
        if (!error.isEmpty())
            return StoreFailureReply::make(request, error);
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
        return StoreFailureReply::make(request, error);
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
    bool storeFailed = false;
    if (!m_auth.createUser(name, *role, (*body)["password"].toString(), m_clock(), &error, &storeFailed)) {
        if (storeFailed)
            return StoreFailureReply::make(request, error);
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
