// SPDX-License-Identifier: MIT
#pragma once

#include "clicommand.h"

namespace ct::cli {

// `predict backtest --db FILE [--split INSTANT | --train-days N] [--min-samples N]
// [--holidays FILE] [--json]`: the delivery-date model's out-of-sample accuracy on the
// store's own history (docs/PREDICTION.md, "Backtest"). `predict refit --db FILE [--now T]
// [--min-samples N] [--holidays FILE] [--rules FILE]`: fits the model on the whole history,
// stores it and re-estimates every shipment on its way ("Refit").
class PredictCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("predict"); }
    QString summary() const override;
    QString brief() const override { return QStringLiteral("Delivery-date model: its backtest, its refit"); }
    void describe(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Console &console) const override;

private:
    int backtest(const QCommandLineParser &parser, Console &console) const;
    int refit(const QCommandLineParser &parser, Console &console) const;
};

} // namespace ct::cli
