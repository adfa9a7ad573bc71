// SPDX-License-Identifier: MIT
#pragma once

#include "mappingadapter.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace ct {

class AdapterRegistry;

// The carrier mappings of a folder (the user's `mappings` folder in the data directory,
// or `--mappings DIR`): every `*.json` file checked (MappingCheck), in name order. A file
// with an error is reported and skipped, the others are loaded; a format id another file
// or a built-in format already has is an error for the later file.
class MappingFolder final
{
public:
    struct Loaded
    {
        std::vector<std::unique_ptr<MappingAdapter>> adapters;
        // One line per problem: "acme.json: line 12, column 17: events.time.format: error: ...".
        QStringList messages;
        QStringList loadedFiles;
        QStringList skippedFiles;
    };

    static Loaded load(const QString &directory);
    // The user's folder: `mappings` in the desktop application's data folder
    // (~/.local/share/Control Tower/Control Tower/mappings on Linux), the same for the
    // desktop and the command-line tool.
    static QString userDirectory();
    // The built-in formats and then the folder's mappings (built-in formats are tried
    // first), into `registry`; returns what loading said.
    static Loaded installInto(AdapterRegistry &registry, const QString &directory);
    // The built-in formats and the folder's mappings as AdapterRegistry::installed().
    static Loaded install(const QString &directory);
};

} // namespace ct
