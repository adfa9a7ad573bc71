// SPDX-License-Identifier: MIT
#pragma once

#include "clicommand.h"

namespace ct::cli {

// `geocode --db FILE`: gives coordinates to the shipments a store has without them (a
// store from before schema 11, a replica written by sync); ingest does it as it goes.
class GeocodeCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("geocode"); }
    QString summary() const override;
    QString brief() const override { return QStringLiteral("Coordinates for shipments without them"); }
    void describe(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Console &console) const override;
};

} // namespace ct::cli
