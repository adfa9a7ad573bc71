// SPDX-License-Identifier: MIT
#pragma once

#include "orders/csvordermapping.h"

#include <QStringList>

#include <functional>

class QWidget;

namespace ct {

class CsvMappingDialog;

// Before File > Import Files… starts: each file named (not the files in a folder) that is a
// CSV in no format this build knows gets the mapping dialog, opened on the mapping saved
// for its header (AppSettings::OrderCsvMappings) or a guess. A mapping confirmed with
// Import is saved for that header; Skip leaves the file to the import, which reports it
// not read (a saved mapping of its header stays saved, and is not used this time). The import then reads such files, and those in folders with a saved header, by
// the mappings returned.
class CsvMappingPrompt final
{
public:
    // How a dialog is answered: exec() by default; tests drive it.
    using Answer = std::function<bool(CsvMappingDialog &)>;

    static CsvOrderMappingBook ask(const QStringList &paths, QWidget *parent, const Answer &answer = {});
    // Whether a file's first bytes are a CSV that needs a mapping: not a storefront's known
    // format, at least two columns.
    static bool needsMapping(const QByteArray &head);
};

} // namespace ct
