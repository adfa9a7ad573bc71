// SPDX-License-Identifier: MIT
#include "carrierfeedfile.h"

#include "json/jsonindent.h"
#include "settings/appsettings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace ct {

QString CarrierFeedFile::defaultPath()
{
    const QString configured = AppSettings::CarrierFeedsFile.value();
    if (!configured.isEmpty())
        return configured;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/carrier-feeds.json");
}

std::optional<QList<CarrierFeedConfig>> CarrierFeedFile::load(const QString &path, QString *error)
{
    if (!QFileInfo::exists(path))
        return QList<CarrierFeedConfig>();
    return CarrierFeedConfig::fromFile(path, error);
}

bool CarrierFeedFile::save(const QString &path, const QList<CarrierFeedConfig> &feeds, QString *error)
{
    QJsonObject root;
    if (QFile existing(path); existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("%1: cannot be read: %2").arg(path, existing.errorString());
            return false;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(existing.readAll(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            *error = QStringLiteral("%1: not saved, because the file is not a JSON object (%2) and would be lost")
                         .arg(path, parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                                  : QStringLiteral("another value"));
            return false;
        }
        root = document.object();
    }
    root.insert(QStringLiteral("carrier_feeds"), QJsonDocument::fromJson(CarrierFeedConfig::toJson(feeds)).array());

    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = QStringLiteral("%1: the folder cannot be made").arg(path);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("%1: cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    file.write(json::indented(QJsonDocument(root).toJson(QJsonDocument::Compact)));
    file.write("\n");
    if (!file.commit()) {
        *error = QStringLiteral("%1: cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace ct
