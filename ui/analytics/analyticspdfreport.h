// SPDX-License-Identifier: MIT
#pragma once

#include "analyticspage.h"
#include "kpimeasure.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>

namespace ct {

// What a PDF report prints besides the page's numbers.
struct AnalyticsPdfOptions
{
    QDateTime generatedAt;  // printed on every page (UTC)
    QString store;          // the store's file, printed on the first page
    KpiMeasure carrierBars{Kpi::OnTimeRate};
    KpiMeasure laneBars{Kpi::OnTimeRate};
};

// The Analytics page as a PDF (A4, portrait): the filters and the generation time on
// every page; the KPI tiles with their change and the returns summary; the series charts;
// the bars by carrier and by lane; the carrier scorecard, over as many pages as its rows
// need, its header repeated. Charts are Qt Charts drawn as vectors, built like the view's
// (KpiChartBuilder), in a light theme for paper. Written whole or not at all
// (ReportExporter::writeWhole: a temporary file renamed over the target). Needs a
// QApplication (Qt Charts are widgets' graphics items); controltower-report runs it on the
// offscreen platform.
class AnalyticsPdfReport final
{
    Q_DECLARE_TR_FUNCTIONS(ct::AnalyticsPdfReport)

public:
    // Called after each page with the pages done and their total; returning false stops the
    // report (the target is left as it was).
    using Progress = std::function<bool(int done, int total)>;

    // False with `error` (the path and the reason, or "cancelled") when the file could not be
    // written.
    static bool write(const AnalyticsPageResult &page, const AnalyticsPdfOptions &options, const QString &path,
                      QString *error, const Progress &progress = {});
    // How many pages the report of `page` has.
    static int pageCount(const AnalyticsPageResult &page);
};

} // namespace ct
