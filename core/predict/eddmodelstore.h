// SPDX-License-Identifier: MIT
#pragma once

#include "eddmodel.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace ct {
class Database;
}

namespace ct::predict {

// A fitted delivery-date model as the store keeps it (table edd_models).
struct StoredEddModel
{
    qint64 version = 0;      // 1, 2, ...: what shipments.edd_model_version names
    qint64 fittedAtMs = 0;   // when the refit ran
    qint64 asOfMs = 0;       // learnt from deliveries before this instant
    QByteArray calendarJson; // the DeliveryCalendar file it was fitted with ('' = the built-in table)
    std::shared_ptr<const EddModel> model;
};

// Reads and writes the store's fitted delivery-date models (docs/PREDICTION.md, "Stored
// predictions"): the latest version is the one ingest estimates with. Runs on the
// caller's connection, inside the caller's transaction when there is one.
class EddModelStore final
{
public:
    // The store has the tables (schema 20 on).
    static constexpr int FirstSchemaVersion = 19;
    // Versions kept: older ones are deleted when a new one is saved.
    static constexpr int KeptVersions = 3;

    // The latest version number; 0 when none was ever stored; nullopt with `error` on failure.
    static std::optional<qint64> latestVersion(const Database &database, QString *error);
    // The latest model; a model with version 0 (and no tables) when none is stored;
    // nullopt with `error` when the store cannot be read or the stored model is damaged.
    static std::optional<StoredEddModel> latest(const Database &database, QString *error);
    // Stores `model` as the next version and returns it.
    static std::optional<qint64> save(const Database &database, const EddModel &model, const QByteArray &calendarJson,
                                      qint64 fittedAtMs, qint64 asOfMs, QString *error);
};

} // namespace ct::predict
