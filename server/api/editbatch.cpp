// SPDX-License-Identifier: MIT
#include "editbatch.h"

#include "editservice.h"
#include "http/problem.h"
#include "storefailurereply.h"

#include "edits/editcatalog.h"
#include "json/jsonwriter.h"
#include "json/parser.h"
#include "store/database.h"
#include "store/qtsqlsupport.h"
#include "store/transaction.h"
#include "sync/representationwriter.h"

#include <QRegularExpression>

namespace ct::server {

namespace {

const char *const ItemMembers[] = {"entity", "id", "op", "if_match", "idempotency_key", "params"};

// One edit of the batch, as the single-edit route would receive it.
struct Item
{
    ApiRequest request;
    EntityKind entity = EntityKind::Exception;
    qint64 id = 0;
    const EditOp *op = nullptr;
    std::optional<ApiReply> refusal; // judged before it reaches the store
};

Item readItem(const ApiRequest &batch, const json::Value &edit, const AuthUser &user)
{
    Item item;
    item.request.method = QByteArrayLiteral("POST");
    item.request.path = batch.path;
    item.request.peer = batch.peer;
    const auto refuse = [&](int status, const char *slug, const QString &detail, const QString &field = {}) {
        Problem p = Problem::make(item.request, status, slug, detail);
        if (!field.isEmpty())
            p.errors << FieldError{field, detail};
        item.refusal = p.reply();
        return item;
    };
    if (!edit.isObject())
        return refuse(400, "validation", QStringLiteral("%1 must be an object").arg(edit.path()), edit.path());
    for (const auto &member : edit.members()) {
        if (std::none_of(std::begin(ItemMembers), std::end(ItemMembers),
                         [&](const char *name) { return member.key == std::string_view(name); }))
            return refuse(400, "validation", QStringLiteral("%1 is not a member of an edit").arg(member.value.path()),
                          member.value.path());
    }
    const std::optional<EntityKind> entity = entityFromCode(edit["entity"].toString());
    if (!edit["entity"].isString() || !entity || *entity == EntityKind::Shipment)
        return refuse(400, "validation", QStringLiteral("%1 must be \"exception\" or \"return\"").arg(edit.pathOf("entity")),
                      edit.pathOf("entity"));
    const std::optional<qint64> id = edit["id"].isNumber() ? edit["id"].toInt() : std::nullopt;
    if (!id || *id < 1)
        return refuse(400, "validation", QStringLiteral("%1 must be a positive integer id").arg(edit.pathOf("id")),
                      edit.pathOf("id"));
    item.entity = *entity;
    item.id = *id;
    const QString opName = edit["op"].toString();
    item.request.path = QStringLiteral("/v1/%1/%2/%3").arg(entityCollection(*entity)).arg(*id).arg(opName);
    item.op = edit["op"].isString() ? EditCatalog::find(*entity, opName) : nullptr;
    if (!item.op)
        return refuse(404, "not-found", QStringLiteral("%1: there is no %2 edit \"%3\"")
                                            .arg(edit.pathOf("op"), entityCode(*entity), opName));
    if (!(item.op->roles & roleBit(user.role)))
        return refuse(403, "forbidden", QStringLiteral("%1 has the role %2; the %3 edit %4 is for: %5")
                                            .arg(user.name, roleCode(user.role), entityCode(*entity), opName,
                                                 roleSetText(item.op->roles)));
    // The same headers and body as the single edit: its checks, messages and fingerprint.
    // In the single edit's order: the key first, then the version.
    static const QRegularExpression ValidKey(QStringLiteral("^[A-Za-z0-9_-]{1,128}$"));
    const json::Value key = edit["idempotency_key"];
    if (!key.isString() || !ValidKey.match(key.toString()).hasMatch())
        return refuse(400, "validation",
                      key.isAbsent() ? QStringLiteral("%1 is required: every edit needs its own key, so a retry never "
                                                      "applies twice").arg(key.path())
                                     : QStringLiteral("%1 must be 1 to 128 letters, digits, '-' or '_'").arg(key.path()),
                      key.path());
    item.request.headers.insert(QByteArrayLiteral("idempotency-key"), key.toString().toUtf8());
    const json::Value ifMatch = edit["if_match"];
    if (ifMatch.isAbsent())
        return refuse(428, "precondition-required",
                      QStringLiteral("%1 is required: the version of the %2 the edit was made on").arg(ifMatch.path(), entityCode(*entity)));
    const std::optional<qint64> version = ifMatch.isNumber() ? ifMatch.toInt() : std::nullopt;
    if (!version || *version < 0)
        return refuse(400, "validation", QStringLiteral("%1 must be the version the edit was made on, an integer")
                                             .arg(ifMatch.path()), ifMatch.path());
    item.request.headers.insert(QByteArrayLiteral("if-match"), '"' + QByteArray::number(*version) + '"');
    const json::Value params = edit["params"];
    if (!params.isAbsent() && !params.isObject())
        return refuse(400, "validation", QStringLiteral("%1 must be an object").arg(edit.pathOf("params")),
                      edit.pathOf("params"));
    item.request.body = params.isAbsent() ? QByteArrayLiteral("{}") : params.minified();
    return item;
}

QByteArray header(const ApiReply &reply, const QByteArray &name)
{
    for (const auto &h : reply.headers)
        if (h.first == name)
            return h.second;
    return {};
}

} // namespace

EditBatch::EditBatch(const Database &database, EditService &edits)
    : m_database(database)
    , m_edits(edits)
{
}

ApiReply EditBatch::apply(const ApiRequest &request, const AuthUser &user, int maxEdits, qint64 nowMs)
{
    json::Parser parser;
    json::Parser::Error parseError;
    const std::optional<json::Value> root = parser.parse(request.body.constData(), request.body.size(), &parseError);
    if (!root) {
        int line = 0, column = 0;
        json::lineAndColumn(request.body.constData(), request.body.size(), parseError.offset, line, column);
        return Problem::invalid(request, {FieldError{QString(), QStringLiteral("the body is not valid JSON: %1 (line %2, column %3)")
                                                                    .arg(parseError.message).arg(line).arg(column)}});
    }
    const json::Value edits = (*root)["edits"];
    if (!root->isObject() || !edits.isArray())
        return Problem::invalid(request, {FieldError{QStringLiteral("edits"),
                                                     QStringLiteral("the body must be an object with an array \"edits\"")}});
    for (const auto &member : root->members())
        if (member.key != std::string_view("edits"))
            return Problem::invalid(request, {FieldError{member.value.path(), QStringLiteral("is not a member of a batch")}});
    if (edits.size() < 1 || edits.size() > maxEdits)
        return Problem::invalid(request, {FieldError{QStringLiteral("edits"),
                                                     QStringLiteral("must hold 1 to %1 edits; it has %2").arg(maxEdits).arg(edits.size())}});

    QString error;
    Transaction transaction(m_database.connection());
    if (!transaction.begin(&error))
        return StoreFailureReply::make(request, error);
    RepresentationWriter representations(m_database);
    json::Writer out;
    out.beginObject().key("results").beginArray();
    int index = 0;
    int applied = 0;
    for (const json::Value &edit : edits.elements()) {
        Item item = readItem(request, edit, user);
        ApiReply reply;
        if (item.refusal) {
            reply = std::move(*item.refusal);
        } else {
            // A savepoint per edit: a refused edit (or one the store failed) leaves nothing.
            if (!execSql(m_database.connection(), QStringLiteral("SAVEPOINT batch_edit"), &error))
                return StoreFailureReply::make(request, error);
            reply = m_edits.applyInTransaction(item.request, user, item.entity, item.id, *item.op, nowMs);
            const bool kept = reply.status == 200
                || execSql(m_database.connection(), QStringLiteral("ROLLBACK TO SAVEPOINT batch_edit"), &error);
            if (!kept || !execSql(m_database.connection(), QStringLiteral("RELEASE SAVEPOINT batch_edit"), &error))
                return StoreFailureReply::make(request, error);
        }
        out.beginObject().key("index").value(index++).key("status").value(reply.status);
        const QByteArray etag = header(reply, "ETag");
        if (!etag.isEmpty())
            out.key("etag").value(QString::fromLatin1(etag));
        if (reply.status == 200) {
            ++applied;
            if (!header(reply, "Idempotent-Replayed").isEmpty())
                out.key("replayed").value(true);
            out.key("data").raw(reply.body);
        } else {
            out.key("problem").raw(reply.body);
            // What the client's replica should now hold, when the entity exists.
            const QByteArray current = item.id > 0 ? representations.document(item.entity, item.id, &error) : QByteArray();
            if (!current.isEmpty())
                out.key("current").raw(current);
        }
        out.endObject();
    }
    out.endArray().key("applied").value(applied).key("refused").value(index - applied).endObject();
    // Nothing is reported applied unless it is stored.
    if (!transaction.commit(&error))
        return StoreFailureReply::make(request, error);
    return ApiReply::json(200, out.take());
}

} // namespace ct::server
