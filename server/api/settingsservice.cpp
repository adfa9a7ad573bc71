// SPDX-License-Identifier: MIT
#include "settingsservice.h"

#include "auditentry.h"
#include "policyapprovals.h"
#include "http/problem.h"
#include "storefailurereply.h"
#include "ifmatch.h"
#include "strictjson.h"

#include "json/jsonwriter.h"
#include "store/database.h"
#include "store/qtsqlsupport.h"
#include "store/sqldialect.h"
#include "store/transaction.h"
#include "teamsettings/teamsettingkind.h"
#include "teamsettings/teamsettingsstore.h"

#include <QStringList>

namespace ct::server {

namespace {

ApiReply withEtag(ApiReply reply, qint64 version)
{
    reply.headers << qMakePair(QByteArrayLiteral("ETag"), etagOf(version));
    return reply;
}

} // namespace

SettingsService::SettingsService(const Database &database)
    : m_database(database)
{
}

ApiReply SettingsService::get(const ApiRequest &request, const TeamSettingKind &kind)
{
    QString error;
    const std::optional<TeamSetting> setting = TeamSettingsStore(m_database).read(QString::fromLatin1(kind.name), &error);
    if (!setting)
        return StoreFailureReply::make(request, error);
    return withEtag(ApiReply::json(200, setting->representation()), setting->version);
}

ApiReply SettingsService::put(const ApiRequest &request, const AuthUser &user, const TeamSettingKind &kind, qint64 nowMs)
{
    // A body's media type is checked before any handler; an empty one is checked here.
    if (const std::optional<QString> why = StrictJson::mediaTypeProblem(request.header("content-type")))
        return Problem::make(request, 415, "unsupported-media-type", *why).reply();
    const QByteArray ifMatch = request.header("if-match");
    if (ifMatch.isEmpty())
        return Problem::make(request, 428, "precondition-required",
                             QStringLiteral("saving team settings needs an If-Match header with the version they were "
                                            "edited on (the ETag of GET %1; \"0\" when never saved)").arg(request.path))
            .reply();
    const std::optional<qint64> baseVersion = parseIfMatch(ifMatch);
    if (!baseVersion)
        return malformedIfMatch(request, ifMatch);

    Transaction transaction(m_database.connection());
    QString error;
    if (!transaction.begin(&error))
        return StoreFailureReply::make(request, error);
    // Servers sharing a PostgreSQL store save one setting one after another, each checking
    // the version the one before wrote (docs/SERVER.md, "Several servers").
    if (m_database.dialect().isPostgres()
        && !execSql(m_database.connection(),
                    QStringLiteral("SELECT pg_advisory_xact_lock(%1, hashtext('%2'))").arg(SettingLockKey).arg(QLatin1String(kind.name)),
                    &error))
        return StoreFailureReply::make(request, error);
    TeamSettingsStore store(m_database);
    const TeamSettingsStore::PutOutcome outcome = store.put(QString::fromLatin1(kind.name), request.body, *baseVersion, user.name, nowMs);
    switch (outcome.status) {
    case TeamSettingsStore::PutOutcome::Status::Saved:
        break;
    case TeamSettingsStore::PutOutcome::Status::Invalid: {
        // The document as a whole is named by the empty field, as in every 400.
        QStringList parts;
        for (const FieldError &e : outcome.errors)
            parts << (e.field.isEmpty() ? QString(QStringLiteral("the document ") + e.detail)
                                        : QString(e.field + QLatin1Char(' ') + e.detail));
        Problem p = Problem::make(request, 400, "validation",
                                  QStringLiteral("the %1 settings were not saved (version %2 stays in force): %3")
                                      .arg(QLatin1String(kind.name)).arg(outcome.setting.version)
                                      .arg(parts.join(QStringLiteral("; "))));
        p.errors = outcome.errors;
        return p.reply();
    }
    case TeamSettingsStore::PutOutcome::Status::VersionMismatch: {
        Problem p = Problem::make(request, 412, "version-mismatch",
                                  outcome.detail + QStringLiteral(". Their version is in \"current\"."));
        p.current = outcome.setting.representation();
        return withEtag(p.reply(), outcome.setting.version);
    }
    case TeamSettingsStore::PutOutcome::Status::UnknownSetting: // the route names a known kind
    case TeamSettingsStore::PutOutcome::Status::StoreError:
        return StoreFailureReply::make(request, outcome.detail);
    }

    json::Writer params;
    params.beginObject().key("name").value(QString::fromLatin1(kind.name)).endObject();
    const AuditEntry entry{nowMs,
                           user,
                           QStringLiteral("setting"),
                           outcome.setting.id,
                           QStringLiteral("put"),
                           params.take(),
                           {FieldChange{QStringLiteral("document"),
                                        outcome.before.isDefault() ? QByteArrayLiteral("null") : outcome.before.document,
                                        outcome.setting.document}},
                           QString(),
                           outcome.before.version,
                           outcome.setting.version};
    if (!entry.append(m_database, &error) || !transaction.commit(&error))
        return StoreFailureReply::make(request, error);
    // A new return policy may approve returns the old one left to agents (never the other
    // way). The setting is saved whatever happens here; a failed run is made again at the
    // next exception refresh.
    if (QLatin1String(kind.name) == QLatin1String("return_policy")) {
        QString approvalError;
        PolicyApprovals(m_database).run(nowMs, &approvalError);
    }
    return withEtag(ApiReply::json(200, outcome.setting.representation()), outcome.setting.version);
}

} // namespace ct::server
