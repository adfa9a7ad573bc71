// SPDX-License-Identifier: MIT
#pragma once

#include "clicommand.h"

namespace ct::cli {

// `allocate`: a carrier for an order with its trace, and the settings it is chosen by
// (docs/CLI.md, "allocate"; docs/ALLOCATION.md):
//   allocate --db FILE --from POSTAL,CC[,REGION] --to POSTAL,CC[,REGION] --weight KG [--cod]
//            [--value AMOUNT CUR] [--promised DATE] [--now INSTANT] [--json] [--record [--order REF]]
//   allocate rates import FILE --db FILE      the rate card (CSV)
//   allocate rates show --db FILE
//   allocate policy set FILE --db FILE        the allocation policy (JSON)
//   allocate policy show --db FILE
//   allocate scorecard --db FILE [--now INSTANT]
//   allocate whatif POLICY-FILE --db FILE [--days N] [--weight KG] [--now INSTANT] [--json]
class AllocateCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("allocate"); }
    QString summary() const override;
    QString brief() const override { return QStringLiteral("Carrier for an order, rate card and allocation policy"); }
    void describe(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Console &console) const override;

private:
    int recommend(const QCommandLineParser &parser, Console &console) const;
    int importRates(const QCommandLineParser &parser, const QString &file, Console &console) const;
    int setPolicy(const QCommandLineParser &parser, const QString &file, Console &console) const;
    int saveSetting(const QCommandLineParser &parser, const char *setting, const QByteArray &document,
                    const QString &what, Console &console) const;
    int show(const QCommandLineParser &parser, const char *setting, Console &console) const;
    int scorecard(const QCommandLineParser &parser, Console &console) const;
    int whatIf(const QCommandLineParser &parser, const QString &file, Console &console) const;
};

} // namespace ct::cli
