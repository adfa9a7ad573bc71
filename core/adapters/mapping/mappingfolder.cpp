// SPDX-License-Identifier: MIT
#include "mappingfolder.h"

#include "adapters/adapterregistry.h"
#include "mappingadapter.h"
#include "mappingcheck.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QStandardPaths>

namespace ct {

QString MappingFolder::userDirectory()
{
    // The desktop's AppDataLocation (<generic data>/<organization>/<application>), whichever
    // program asks.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
           + QStringLiteral("/Control Tower/Control Tower/mappings");
}

MappingFolder::Loaded MappingFolder::load(const QString &directory)
{
    Loaded loaded;
    const QDir dir(directory);
    if (!dir.exists())
        return loaded;
    QSet<QString> ids;
    const QFileInfoList files = dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QFileInfo &info : files) {
        const QString name = info.fileName();
        MappingCheck::Result result = MappingCheck::checkFile(info.filePath());
        for (const mapping::MappingProblem &p : std::as_const(result.problems))
            loaded.messages.append(p.toString(name));
        if (result.ok() && ids.contains(result.adapter->formatId())) {
            loaded.messages.append(QStringLiteral("%1: format: error: another mapping of this folder already has the id \"%2\"")
                                       .arg(name, result.adapter->formatId()));
            result.adapter.reset();
        }
        if (!result.ok()) {
            loaded.messages.append(QStringLiteral("%1: skipped (not loaded)").arg(name));
            loaded.skippedFiles.append(name);
            continue;
        }
        ids.insert(result.adapter->formatId());
        loaded.loadedFiles.append(name);
        loaded.adapters.push_back(std::move(result.adapter));
    }
    return loaded;
}

MappingFolder::Loaded MappingFolder::installInto(AdapterRegistry &registry, const QString &directory)
{
    registry.addStandardFormats();
    Loaded loaded = load(directory);
    for (auto &adapter : loaded.adapters)
        registry.add(std::move(adapter));
    loaded.adapters.clear();
    return loaded;
}

} // namespace ct

namespace ct {

MappingFolder::Loaded MappingFolder::install(const QString &directory)
{
    auto registry = std::make_unique<AdapterRegistry>();
    Loaded loaded = installInto(*registry, directory);
    AdapterRegistry::install(std::move(registry));
    return loaded;
}

} // namespace ct
