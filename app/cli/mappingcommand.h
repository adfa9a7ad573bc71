// SPDX-License-Identifier: MIT
#pragma once

#include "clicommand.h"

namespace ct::cli {

// `mapping check FILE` and `mapping try FILE PAYLOAD`: validates a carrier mapping with
// located problems, and reads a payload through it alone (docs/MAPPING-FORMAT.md).
class MappingCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("mapping"); }
    QString summary() const override;
    QString brief() const override { return QStringLiteral("Check a carrier mapping file, or try it on a payload"); }
    void describe(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Console &console) const override;
};

// --mappings DIR for the commands that read feeds: the carrier mappings of DIR (else the
// user's folder) installed beside the built-in formats, each problem on stderr.
void addMappingsOption(QCommandLineParser &parser);
void installMappings(const QCommandLineParser &parser, Console &console);

} // namespace ct::cli
