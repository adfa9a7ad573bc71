// SPDX-License-Identifier: MIT
#include "eddmodelstore.h"

#include "store/database.h"
#include "store/sqlstatement.h"

namespace ct::predict {

std::optional<qint64> EddModelStore::latestVersion(const Database &database, QString *error)
{
    auto q = SqlStatement::prepare(database, QStringLiteral("SELECT MAX(version) FROM edd_models"), error);
    if (!q || !q->exec(error))
        return std::nullopt;
    const qint64 version = q->next() ? q->optionalInt64(0).value_or(0) : 0;
    q->finish();
    return version;
}

std::optional<StoredEddModel> EddModelStore::latest(const Database &database, QString *error)
{
    auto q = SqlStatement::prepare(database,
                                   QStringLiteral("SELECT version, fitted_at_ms, as_of_ms, calendar, body FROM edd_models "
                                                  "ORDER BY version DESC LIMIT 1"),
                                   error);
    if (!q || !q->exec(error))
        return std::nullopt;
    StoredEddModel stored;
    if (!q->next()) {
        q->finish();
        return stored;
    }
    stored.version = q->int64(0);
    stored.fittedAtMs = q->int64(1);
    stored.asOfMs = q->int64(2);
    stored.calendarJson = q->text(3).toUtf8();
    const QByteArray body = q->blob(4);
    q->finish();
    DeliveryCalendar calendar;
    if (!stored.calendarJson.isEmpty() && !calendar.loadJson(stored.calendarJson, error)) {
        *error = QStringLiteral("delivery-date model %1: its calendar: %2").arg(stored.version).arg(*error);
        return std::nullopt;
    }
    std::optional<EddModel> model = EddModel::fromBytes(body, std::move(calendar), error);
    if (!model) {
        *error = QStringLiteral("delivery-date model %1: %2").arg(stored.version).arg(*error);
        return std::nullopt;
    }
    stored.model = std::make_shared<const EddModel>(std::move(*model));
    return stored;
}

std::optional<qint64> EddModelStore::save(const Database &database, const EddModel &model,
                                          const QByteArray &calendarJson, qint64 fittedAtMs, qint64 asOfMs,
                                          QString *error)
{
    const std::optional<qint64> previous = latestVersion(database, error);
    if (!previous)
        return std::nullopt;
    const qint64 version = *previous + 1;
    auto insert = SqlStatement::prepare(database,
                                        QStringLiteral("INSERT INTO edd_models(version, fitted_at_ms, as_of_ms, delivered, "
                                                       "min_samples, calendar, body) VALUES(?,?,?,?,?,?,?)"),
                                        error);
    auto prune = SqlStatement::prepare(database, QStringLiteral("DELETE FROM edd_models WHERE version <= ?"), error);
    if (!insert || !prune)
        return std::nullopt;
    int i = 0;
    insert->bind(i++, version);
    insert->bind(i++, fittedAtMs);
    insert->bind(i++, asOfMs);
    insert->bind(i++, model.deliveredCount());
    insert->bind(i++, model.options().minSamples);
    insert->bind(i++, QString::fromUtf8(calendarJson));
    insert->bindBlob(i++, model.toBytes());
    if (!insert->exec(error))
        return std::nullopt;
    prune->bind(0, version - KeptVersions);
    if (!prune->exec(error))
        return std::nullopt;
    return version;
}

} // namespace ct::predict
