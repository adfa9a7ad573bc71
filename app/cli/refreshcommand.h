// SPDX-License-Identifier: MIT
#pragma once

#include "clicommand.h"

namespace ct::cli {

// `refresh --db FILE`: re-runs the exception rules as of now (time-based conditions).
class RefreshCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("refresh"); }
    QString summary() const override;
    QString brief() const override { return QStringLiteral("Re-run the exception rules as of now"); }
    void describe(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Console &console) const override;
};

} // namespace ct::cli
