// SPDX-License-Identifier: MIT
#include "servercommands.h"

#include "edits/editcatalog.h"
#include "json/jsonvalue.h"
#include "json/jsonwriter.h"
#include "json/parser.h"
#include "net/tlstrust.h"
#include "sync/outbox.h"
#include "sync/serverlogin.h"
#include "sync/syncengine.h"

#include <QFile>
#include <QSqlQuery>
#include <QTimeZone>

namespace ct::cli {

namespace {

std::optional<QUrl> serverUrl(const QCommandLineParser &parser, Console &console)
{
    const auto text = parser.value(QStringLiteral("server"));
    const QUrl url(text, QUrl::StrictMode);
    if (text.isEmpty() || !url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        || url.host().isEmpty()) {
        console.err << "controltower-cli: --server needs the server's URL, such as http://127.0.0.1:8787\n";
        return std::nullopt;
    }
    return url;
}

void addServerOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("server"), QStringLiteral("The team server, e.g. http://127.0.0.1:8787."), QStringLiteral("URL")});
}

void addCaFileOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("ca-file"),
                      QStringLiteral("Also trust the certificates in this PEM file for https (e.g. the server's "
                                     "self-signed certificate), for this run."),
                      QStringLiteral("FILE")});
}

// --ca-file's certificates (none when not given); nullopt after a message when unusable.
std::optional<QList<QSslCertificate>> caCertificates(const QCommandLineParser &parser, const char *command,
                                                     Console &console)
{
    if (!parser.isSet(QStringLiteral("ca-file")))
        return QList<QSslCertificate>();
    QString error;
    auto certificates = tls::readCaFile(parser.value(QStringLiteral("ca-file")), &error);
    if (!certificates)
        console.err << "controltower-cli " << command << ": --ca-file " << error << "\n";
    return certificates;
}

} // namespace

QString LoginCommand::summary() const
{
    return QStringLiteral("Logs in to a team server with the password read from standard input and prints "
                          "the bearer token on standard output, for CONTROLTOWER_TOKEN.");
}

void LoginCommand::describe(QCommandLineParser &parser) const
{
    addServerOption(parser);
    parser.addOption({QStringLiteral("user"), QStringLiteral("User name."), QStringLiteral("NAME")});
    addCaFileOption(parser);
}

int LoginCommand::run(const QCommandLineParser &parser, Console &console) const
{
    const auto url = serverUrl(parser, console);
    const auto user = requiredValue(parser, QStringLiteral("user"), console);
    const auto cas = caCertificates(parser, "login", console);
    if (!url || !user || !cas)
        return UsageError;
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        console.err << "controltower-cli login: cannot read the password from standard input\n";
        return UsageError;
    }
    QString password = QString::fromUtf8(input.readLine());
    while (password.endsWith(QLatin1Char('\n')) || password.endsWith(QLatin1Char('\r')))
        password.chop(1);

    ServerLogin login;
    login.setCaCertificates(*cas);
    const ServerLogin::Result result = login.runToEnd(*url, *user, password);
    if (!result.ok()) {
        console.err << "controltower-cli login: " << url->toString() << ": " << result.message
                    << (result.status == ServerLogin::Result::Status::Tls
                            ? QStringLiteral(" (trust the server's certificate with --ca-file FILE)")
                            : QString())
                    << "\n";
        return ServerError;
    }
    console.out << QString::fromLatin1(result.token) << "\n";
    console.err << "logged in as " << *user << " (" << result.role << "); token valid until "
                << QDateTime::fromMSecsSinceEpoch(result.expiresAtMs, QTimeZone::utc()).toString(Qt::ISODate)
                << "\n";
    return Success;
}

QString SyncCommand::summary() const
{
    return QStringLiteral("Pushes the store's queued edits to the team server (each exactly once) and pulls "
                          "the server's changes until caught up. The token comes from the CONTROLTOWER_TOKEN "
                          "environment variable (see 'login'). A store syncs with one server only.");
}

void SyncCommand::describe(QCommandLineParser &parser) const
{
    addServerOption(parser);
    addDbOption(parser);
    parser.addOption({QStringLiteral("page-size"), QStringLiteral("Changes per request (default 1000)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("attempts"), QStringLiteral("Tries per request before giving up (default 8)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("quiet"), QStringLiteral("Only the final line.")});
    addCaFileOption(parser);
}

int SyncCommand::run(const QCommandLineParser &parser, Console &console) const
{
    const auto url = serverUrl(parser, console);
    const auto pageSize = integerValue(parser, QStringLiteral("page-size"), 1, 2000, 1000, console);
    const auto attempts = integerValue(parser, QStringLiteral("attempts"), 1, 100, 8, console);
    const auto cas = caCertificates(parser, "sync", console);
    if (!url || !pageSize || !attempts || !cas)
        return UsageError;
    const QByteArray token = qgetenv("CONTROLTOWER_TOKEN").trimmed();
    if (token.isEmpty()) {
        console.err << "controltower-cli sync: set CONTROLTOWER_TOKEN to a token from "
                       "'controltower-cli login --server URL --user NAME'\n";
        return UsageError;
    }
    bool usage = false;
    auto db = openStore(parser, console, &usage);
    if (!db)
        return usage ? UsageError : StoreError;

    SyncOptions options;
    options.server = *url;
    options.token = token;
    options.pageSize = static_cast<int>(*pageSize);
    options.retry.maxAttempts = static_cast<int>(*attempts);
    options.caCertificates = *cas;
    SyncEngine engine(*db, options);
    const bool quiet = parser.isSet(QStringLiteral("quiet"));
    QObject::connect(&engine, &SyncEngine::stateChanged, &engine, [&](SyncEngine::State state, const QString &detail) {
        if (!quiet && state == SyncEngine::State::Waiting)
            console.err << "sync: " << detail << "\n" << Qt::flush;
    });
    QString message;
    if (!engine.runToEnd(&message)) {
        console.err << "controltower-cli sync: " << message << "\n";
        return ServerError;
    }
    console.out << message << "\n";
    return Success;
}

QString EditCommand::summary() const
{
    QString text = QStringLiteral("Checks an edit, applies it to the local store and queues it for the server, in "
                                  "one transaction; 'sync' pushes it. Parameters are given with --set name=value "
                                  "(repeatable) or --params JSON.\n\nEdits:\n");
    for (const EditOp &op : EditCatalog::all()) {
        QStringList params;
        for (const EditParam &param : op.params)
            params << (param.required ? QString::fromLatin1(param.name) : QStringLiteral("[%1]").arg(QLatin1String(param.name)));
        text += QStringLiteral("  %1 %2 %3\n      %4 (%5)\n")
                    .arg(entityCode(op.entity), QLatin1String(op.name), params.join(QLatin1Char(' ')),
                         QLatin1String(op.summary), roleSetText(op.roles));
    }
    return text;
}

void EditCommand::describe(QCommandLineParser &parser) const
{
    addDbOption(parser);
    parser.addPositionalArgument(QStringLiteral("entity"), QStringLiteral("exception or return"));
    parser.addPositionalArgument(QStringLiteral("id"), QStringLiteral("Its id in the store"));
    parser.addPositionalArgument(QStringLiteral("op"), QStringLiteral("The edit (listed above)"));
    parser.addOption({QStringLiteral("set"), QStringLiteral("A parameter, e.g. date=2026-12-01 (repeatable)."), QStringLiteral("NAME=VALUE")});
    parser.addOption({QStringLiteral("params"), QStringLiteral("All parameters as a JSON object."), QStringLiteral("JSON")});
    parser.addOption({QStringLiteral("actor"), QStringLiteral("Who makes the edit, for the local history (default: $CONTROLTOWER_USER or $USER)."), QStringLiteral("NAME")});
    addNowOption(parser);
}

int EditCommand::run(const QCommandLineParser &parser, Console &console) const
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 3) {
        console.err << "controltower-cli edit: give the entity, its id and the edit, e.g. 'edit exception 42 claim'\n";
        return UsageError;
    }
    const std::optional<EntityKind> entity = entityFromCode(args.at(0));
    bool idOk = false;
    const qint64 id = args.at(1).toLongLong(&idOk);
    const EditOp *op = entity ? EditCatalog::find(*entity, args.at(2)) : nullptr;
    if (!entity || *entity == EntityKind::Shipment || !idOk || id <= 0 || !op) {
        console.err << "controltower-cli edit: " << (!entity || *entity == EntityKind::Shipment ? QStringLiteral("the entity must be exception or return")
                                                   : !idOk || id <= 0 ? QStringLiteral("\"%1\" is not an id").arg(args.at(1))
                                                                      : QStringLiteral("\"%1\" is not an edit of %2s (see --help)").arg(args.at(2), args.at(0)))
                    << "\n";
        return UsageError;
    }
    const auto now = nowValue(parser, console);
    if (!now)
        return UsageError;

    QByteArray params = parser.value(QStringLiteral("params")).toUtf8();
    if (params.isEmpty()) {
        json::Writer out;
        out.beginObject();
        for (const QString &assignment : parser.values(QStringLiteral("set"))) {
            const qsizetype equals = assignment.indexOf(QLatin1Char('='));
            if (equals <= 0) {
                console.err << "controltower-cli edit: --set needs NAME=VALUE, not \"" << assignment << "\"\n";
                return UsageError;
            }
            const QString key = assignment.left(equals);
            const QString value = assignment.mid(equals + 1);
            const QByteArray keyUtf8 = key.toUtf8();
            out.key(keyUtf8.constData());
            const auto param = std::find_if(op->params.begin(), op->params.end(), [&](const EditParam &p) { return key == QLatin1String(p.name); });
            bool number = false;
            const qint64 amount = value.toLongLong(&number);
            if (param != op->params.end() && param->type == ParamType::Amount && number)
                out.value(amount);
            else
                out.value(value);
        }
        out.endObject();
        params = out.take();
    }
    QString actor = parser.value(QStringLiteral("actor"));
    if (actor.isEmpty())
        actor = qEnvironmentVariable("CONTROLTOWER_USER", qEnvironmentVariable("USER", QStringLiteral("local")));

    bool usage = false;
    auto db = openStore(parser, console, &usage);
    if (!db)
        return usage ? UsageError : StoreError;
    Outbox outbox(*db);
    OutboxEntry entry;
    const EditOutcome outcome = outbox.enqueue(*entity, id, *op, params, actor, now->toMSecsSinceEpoch(), &entry);
    if (!outcome.ok()) {
        console.err << "controltower-cli edit: " << entityCode(*entity) << " " << id << " " << op->name << ": ";
        if (!outcome.errors.isEmpty()) {
            QStringList lines;
            for (const FieldError &e : outcome.errors)
                lines << (e.field.isEmpty() ? e.detail : e.field + QStringLiteral(": ") + e.detail);
            console.err << lines.join(QStringLiteral("; "));
        } else {
            console.err << outcome.detail;
        }
        console.err << "\n";
        return outcome.status == EditOutcome::Status::StoreError ? StoreError : DataErrors;
    }
    console.out << "queued edit " << entry.id << " (" << entityCode(*entity) << " " << id << " " << op->name
                << " on version " << entry.baseVersion << ", key " << entry.idempotencyKey << ")\n";
    return Success;
}

QString OutboxCommand::summary() const
{
    return QStringLiteral("Lists the store's edits that wait for the server (pending), that the server refused "
                          "(failed) and that were made on an outdated version (conflict, with both versions "
                          "kept in the store's sync_conflicts table).");
}

void OutboxCommand::describe(QCommandLineParser &parser) const
{
    addDbOption(parser);
    parser.addOption({QStringLiteral("state"), QStringLiteral("pending, failed, conflict, done or all (default: all but done)."), QStringLiteral("STATE")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("One JSON object per line.")});
}

int OutboxCommand::run(const QCommandLineParser &parser, Console &console) const
{
    const QString stateText = parser.value(QStringLiteral("state"));
    const std::optional<OutboxState> state = outboxStateFromCode(stateText);
    if (!stateText.isEmpty() && stateText != QLatin1String("all") && !state) {
        console.err << "controltower-cli outbox: --state must be pending, failed, conflict, dismissed, done or all\n";
        return UsageError;
    }
    bool usage = false;
    auto db = openStore(parser, console, &usage, Database::Mode::ReadOnly);
    if (!db)
        return usage ? UsageError : StoreError;
    QString error;
    const auto entries = Outbox(*db).entries(state, &error);
    if (!entries) {
        console.err << "controltower-cli outbox: " << error << "\n";
        return StoreError;
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    int shown = 0;
    for (const OutboxEntry &e : *entries) {
        if (stateText.isEmpty() && e.state == OutboxState::Done)
            continue;
        ++shown;
        if (json) {
            json::Writer out;
            out.beginObject()
                .key("id").value(e.id)
                .key("state").value(outboxStateCode(e.state))
                .key("entity").value(entityCode(e.entity))
                .key("entity_id").value(e.entityId)
                .key("op").value(e.op)
                .key("params").raw(e.params)
                .key("base_version").value(e.baseVersion)
                .key("attempts").value(e.attempts)
                .key("last_error").value(e.lastError)
                .key("idempotency_key").value(e.idempotencyKey)
                .endObject();
            console.out << QString::fromUtf8(out.data()) << "\n";
        } else {
            console.out << QString::number(e.id).rightJustified(6) << "  " << outboxStateCode(e.state).leftJustified(9)
                        << entityCode(e.entity) << " " << e.entityId << " " << e.op << " " << QString::fromUtf8(e.params)
                        << " (version " << e.baseVersion << ", " << e.attempts << " attempts)"
                        << (e.lastError.isEmpty() ? QString() : QStringLiteral(": ") + e.lastError) << "\n";
        }
    }
    if (!json && shown == 0)
        console.err << "the outbox is empty\n";
    return Success;
}

} // namespace ct::cli
