// SPDX-License-Identifier: MIT
#pragma once

#include "clicommand.h"

namespace ct::cli {

// `orders import FILE... --db FILE`: storefront order files into a store, linked to their
// shipments; `orders unlinked --db FILE`: shipments no order claims; `orders conflicts
// --db FILE`: tracking numbers two orders claim (docs/CLI.md, docs/storefronts/).
class OrdersCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("orders"); }
    QString summary() const override;
    QString brief() const override { return QStringLiteral("Import storefront orders; list unlinked shipments"); }
    void describe(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Console &console) const override;

private:
    int import(const QCommandLineParser &parser, const QStringList &files, Console &console) const;
    int unlinked(const QCommandLineParser &parser, Console &console) const;
    int conflicts(const QCommandLineParser &parser, Console &console) const;
};

} // namespace ct::cli
