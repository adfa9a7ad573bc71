// SPDX-License-Identifier: MIT
#include "teamsetting.h"

#include "json/jsonvalue.h"
#include "json/jsonwriter.h"

namespace ct {

QByteArray TeamSetting::representation() const
{
    json::Writer out;
    out.beginObject()
        .key("id").value(id)
        .key("name").value(name)
        .key("version").value(version)
        .key("updated_at_ms").value(updatedAtMs)
        .key("updated_by").value(updatedBy)
        .key("document").raw(document)
        .endObject();
    return out.take();
}

std::optional<TeamSetting> TeamSetting::fromRepresentation(const json::Value &data, QString *error)
{
    const auto fail = [&](const json::Value &at, const char *what) {
        if (error)
            *error = QStringLiteral("%1: %2, found %3").arg(at.path(), QLatin1String(what), at.typeName());
        return std::nullopt;
    };
    if (!data.isObject())
        return fail(data, "expected a team setting (an object)");
    TeamSetting s;
    const std::optional<qint64> id = data["id"].isNumber() ? data["id"].toInt() : std::nullopt;
    if (!id || *id < 0)
        return fail(data["id"], "expected the setting's id");
    s.id = *id;
    if (!data["name"].isString() || data["name"].toString().isEmpty())
        return fail(data["name"], "expected the setting's name");
    s.name = data["name"].toString();
    const std::optional<qint64> version = data["version"].isNumber() ? data["version"].toInt() : std::nullopt;
    if (!version || *version < 0)
        return fail(data["version"], "expected the setting's version");
    s.version = *version;
    s.updatedAtMs = data["updated_at_ms"].isNumber() ? data["updated_at_ms"].toInt().value_or(0) : 0;
    s.updatedBy = data["updated_by"].isString() ? data["updated_by"].toString() : QString();
    if (!data["document"].isObject())
        return fail(data["document"], "expected the setting's document (an object)");
    s.document = data["document"].minified();
    return s;
}

} // namespace ct
