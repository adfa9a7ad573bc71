// SPDX-License-Identifier: MIT
#pragma once

#include "clicommand.h"

namespace ct::cli {

// `normalize FILE...`: prints every shipment in the canonical form, one JSON per line.
class NormalizeCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("normalize"); }
    QString summary() const override;
    QString brief() const override { return QStringLiteral("Print feed files in the canonical form (nothing stored)"); }
    void describe(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Console &console) const override;
};

} // namespace ct::cli
