// SPDX-License-Identifier: MIT
#pragma once

#include "clicommand.h"

namespace ct::cli {

// `demo --shipments N --db FILE [--seed S]`: fills a store with generated demo data.
class DemoCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override;
    QString brief() const override { return QStringLiteral("Fill a store with generated demo data"); }
    void describe(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Console &console) const override;
};

} // namespace ct::cli
