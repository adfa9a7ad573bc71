// SPDX-License-Identifier: MIT
#include "analyticspdfreport.h"

#include "carrierscorecardmodel.h"
#include "kpichartbuilder.h"
#include "kpiformat.h"
#include "reports/reportexporter.h"
#include "widgets/displaytext.h"

#include <QChart>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

namespace ct {

namespace {

// The device works at 96 dots per inch, the resolution Qt Charts lays its text out at, so
// a chart drawn 1:1 keeps its proportions; PDF coordinates are fractional, so the page stays
// vector art.
constexpr int Dpi = 96;
constexpr qreal Margin = 48;     // half an inch
constexpr qreal FooterHeight = 28;
constexpr qreal RowHeight = 22;  // scorecard rows
constexpr int TileColumns = 3;

const QColor Ink(0x20, 0x20, 0x20);
const QColor Muted(0x66, 0x66, 0x66);
const QColor Rule(0xcc, 0xcc, 0xcc);
const QColor Better(0x1a, 0x7f, 0x37);
const QColor Worse(0xb7, 0x1c, 0x1c);

QFont font(qreal points, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

struct Page
{
    enum class Kind { Summary, Trends, Bars, Scorecard };
    Kind kind = Kind::Summary;
    int firstRow = 0; // Scorecard
    int rows = 0;
};

// The rows of the scorecard one page holds below its title and header.
int scorecardRowsPerPage(qreal pageHeight)
{
    const qreal usable = pageHeight - 2 * Margin - FooterHeight - 70 /* header line, title */ - RowHeight;
    return std::max(1, int(usable / RowHeight));
}

QList<Page> plan(const AnalyticsPageResult &result, qreal pageHeight)
{
    QList<Page> pages{{Page::Kind::Summary}, {Page::Kind::Trends}, {Page::Kind::Bars}};
    const int carriers = static_cast<int>(KpiChartBuilder::keysByVolume(result.current, AnalyticsPage::ByCarrier).size());
    const int perPage = scorecardRowsPerPage(pageHeight);
    int first = 0;
    do {
        const int rows = std::min(perPage, carriers - first);
        pages.append({Page::Kind::Scorecard, first, rows});
        first += perPage;
    } while (first < carriers);
    return pages;
}

class PdfPages
{
public:
    PdfPages(QPainter &painter, const QRectF &page, const AnalyticsPageResult &result, const AnalyticsPdfOptions &options,
             int total)
        : m_p(painter), m_page(page), m_result(result), m_options(options), m_total(total),
          m_report(std::make_shared<KpiReport>(result.current))
    {
        m_body = page.adjusted(Margin, Margin, -Margin, -Margin - FooterHeight);
    }

    void draw(const Page &page, int number)
    {
        m_y = m_body.top();
        header(number == 1);
        switch (page.kind) {
        case Page::Kind::Summary: summary(); break;
        case Page::Kind::Trends: trends(); break;
        case Page::Kind::Bars: bars(); break;
        case Page::Kind::Scorecard: scorecard(page); break;
        }
        footer(number);
    }

private:
    qreal text(const QRectF &box, const QString &s, const QFont &f, const QColor &c, int flags = Qt::AlignLeft | Qt::TextWordWrap)
    {
        m_p.setFont(f);
        m_p.setPen(c);
        QRectF used;
        m_p.drawText(box, flags, s, &used);
        return used.height();
    }
    void line(const QString &s, const QFont &f, const QColor &c, qreal after = 4)
    {
        m_y += text(QRectF(m_body.left(), m_y, m_body.width(), m_body.bottom() - m_y), s, f, c) + after;
    }
    void section(const QString &title)
    {
        m_y += 6;
        line(title, font(12, true), Ink, 2);
        m_p.setPen(QPen(Rule, 1));
        m_p.drawLine(QPointF(m_body.left(), m_y), QPointF(m_body.right(), m_y));
        m_y += 8;
    }

    // When the report was made, in UTC as its days are.
    QString generatedText() const
    {
        return QLocale().toString(m_options.generatedAt.toUTC(), DisplayText::dateFormat() + QStringLiteral(" HH:mm 'UTC'"));
    }

    void header(bool first)
    {
        const QString scope = m_result.filters.describe(AnalyticsPage::today(m_result.nowMs));
        if (first) {
            line(AnalyticsPdfReport::tr("Control Tower — KPI report"), font(18, true), Ink, 2);
            line(scope, font(10.5), Ink, 6);
            const QString generated = generatedText();
            line(AnalyticsPdfReport::tr("Generated %1. Compared with the previous %2 days: %3.")
                     .arg(generated)
                     .arg(m_result.range.from.daysTo(m_result.range.to) + 1)
                     .arg(KpiFormat::rangeLabel(m_result.previousRange)),
                 font(8.5), Muted, 1);
            const QString source = m_result.source == KpiSource::Rollups
                                       ? AnalyticsPdfReport::tr("from the KPI rollups")
                                       : AnalyticsPdfReport::tr("from the store's events (the rollups are not current)");
            line(AnalyticsPdfReport::tr("Store: %1; figures %2. Every KPI is defined in docs/KPIS.md; days are UTC days.")
                     .arg(QFileInfo(m_options.store).fileName(), source),
                 font(8.5), Muted, 8);
            return;
        }
        line(AnalyticsPdfReport::tr("KPI report · %1").arg(scope), font(8.5), Muted, 4);
    }

    void footer(int number)
    {
        const QRectF box(m_body.left(), m_page.bottom() - Margin - FooterHeight + 10, m_body.width(), FooterHeight - 10);
        m_p.setPen(QPen(Rule, 1));
        m_p.drawLine(box.topLeft() - QPointF(0, 4), box.topRight() - QPointF(0, 4));
        const QString generated = generatedText();
        text(box, AnalyticsPdfReport::tr("Control Tower KPI report · generated %1").arg(generated), font(7.5), Muted,
             Qt::AlignLeft | Qt::AlignTop);
        text(box, AnalyticsPdfReport::tr("Page %1 of %2").arg(number).arg(m_total), font(7.5), Muted,
             Qt::AlignRight | Qt::AlignTop);
    }

    void summary()
    {
        section(AnalyticsPdfReport::tr("KPIs over %1").arg(KpiFormat::rangeLabel(m_result.range)));
        const QList<KpiMeasure> tiles = AnalyticsPage::tiles();
        const qreal gap = 8;
        const qreal w = (m_body.width() - gap * (TileColumns - 1)) / TileColumns;
        const qreal h = 78;
        const QString previous = AnalyticsPdfReport::tr("previous period");
        for (int i = 0; i < tiles.size(); ++i) {
            const KpiMeasure &m = tiles.at(i);
            const QRectF box(m_body.left() + (i % TileColumns) * (w + gap), m_y + (i / TileColumns) * (h + gap), w, h);
            m_p.setPen(QPen(Rule, 1));
            m_p.setBrush(QColor(0xf7, 0xf7, 0xf7));
            m_p.drawRoundedRect(box, 4, 4);
            const QRectF in = box.adjusted(8, 6, -8, -6);
            const KpiCell *now = m_result.current.find(m.kpi, AnalyticsPage::Summary, m_result.range.from);
            const KpiCell *before = m_result.previous.find(m.kpi, 0, m_result.previousRange.from);
            qreal y = in.top();
            y += text(QRectF(in.left(), y, in.width(), 14), KpiFormat::label(m), font(8), Muted, Qt::AlignLeft | Qt::TextSingleLine);
            const bool has = KpiFormat::number(now, m.stat).has_value();
            y += text(QRectF(in.left(), y, in.width(), 24), KpiFormat::value(now, m.stat), font(15, true), has ? Ink : Muted,
                      Qt::AlignLeft | Qt::TextSingleLine);
            const KpiFormat::Change change = KpiFormat::change(now, before, m.stat);
            if (!change.text.isEmpty()) {
                const QColor c = change.known && change.sign != 0 ? (change.better ? Better : Worse) : Muted;
                y += text(QRectF(in.left(), y, in.width(), 13),
                          AnalyticsPdfReport::tr("%1 vs %2").arg(change.text, previous), font(7.5), c,
                          Qt::AlignLeft | Qt::TextSingleLine);
            }
            QString detail = now ? KpiFormat::counts(*now) : QString();
            if (m.kpi == Kpi::OnTimeRate) {
                const KpiCell *edd = m_result.current.find(Kpi::EddCoverage, AnalyticsPage::Summary, m_result.range.from);
                detail = AnalyticsPdfReport::tr("EDD coverage %1").arg(KpiFormat::value(edd));
            } else if (m.stat == KpiStat::P50) {
                detail = AnalyticsPdfReport::tr("P90 %1 · mean %2")
                             .arg(KpiFormat::value(now, KpiStat::P90), KpiFormat::value(now, KpiStat::Value));
            }
            text(QRectF(in.left(), y, in.width(), in.bottom() - y), detail, font(7.5), Muted,
                 Qt::AlignLeft | Qt::TextSingleLine);
        }
        m_y += ((tiles.size() + TileColumns - 1) / TileColumns) * (h + gap) + 4;
        returns();
    }

    void returns()
    {
        section(AnalyticsPdfReport::tr("Returns"));
        const QDate from = m_result.range.from;
        const auto cell = [&](Kpi k) { return m_result.current.find(k, AnalyticsPage::Summary, from); };
        const KpiCell *rate = cell(Kpi::ReturnRate);
        QString rateLine = AnalyticsPdfReport::tr("%1: %2").arg(KpiFormat::label(Kpi::ReturnRate), KpiFormat::value(rate));
        if (rate && rate->value)
            rateLine += QStringLiteral(" (%1)").arg(KpiFormat::counts(*rate));
        line(rateLine, font(9.5), Ink, 2);
        QStringList mix;
        for (Kpi k : {Kpi::RefundShare, Kpi::ExchangeShare, Kpi::StoreCreditShare})
            mix << QStringLiteral("%1 %2").arg(KpiFormat::label(k), KpiFormat::value(cell(k)));
        line(AnalyticsPdfReport::tr("Resolutions: %1").arg(mix.join(QStringLiteral(" · "))), font(9.5), Ink, 2);
        QStringList retained;
        for (const KpiCell &c : m_result.current.cells) {
            if (c.kpi == Kpi::RetainedRevenueShare && c.grouping == AnalyticsPage::Summary && !c.part.isEmpty() && c.value)
                retained << AnalyticsPdfReport::tr("%1 of %2 (%3)")
                                .arg(DisplayText::money(c.numerator, c.part), DisplayText::money(c.denominator, c.part),
                                     KpiFormat::value(&c));
        }
        line(AnalyticsPdfReport::tr("%1: %2")
                 .arg(KpiFormat::label(Kpi::RetainedRevenueShare),
                      retained.isEmpty() ? KpiFormat::noData() : retained.join(QStringLiteral("; "))),
             font(9.5), Ink, 2);
    }

    void chart(const KpiChartSpec &spec, const QRectF &box)
    {
        KpiChart built = KpiChartBuilder::build(spec, *m_report, KpiChartStyle::paper());
        QGraphicsScene scene;
        scene.addItem(built.chart); // the scene owns the chart now
        built.chart->setGeometry(QRectF(QPointF(0, 0), box.size()));
        scene.setSceneRect(QRectF(QPointF(0, 0), box.size()));
        scene.render(&m_p, box, scene.sceneRect());
        if (built.empty)
            text(box, KpiFormat::noData(), font(11), Muted, Qt::AlignCenter);
        m_p.setPen(QPen(Rule, 1));
        m_p.setBrush(Qt::NoBrush);
        m_p.drawRect(box);
    }

    void trends()
    {
        section(AnalyticsPdfReport::tr("Trends by %1").arg(KpiFormat::granularityNoun(m_result.filters.granularity)));
        const QList<KpiChartFamily> families = AnalyticsPage::families();
        const qreal gap = 10;
        const qreal h = (m_body.bottom() - m_y - gap * (families.size() - 1)) / families.size();
        for (int i = 0; i < families.size(); ++i) {
            KpiChartSpec spec;
            spec.title = families.at(i).title;
            spec.grouping = AnalyticsPage::Series;
            spec.granularity = m_result.filters.granularity;
            spec.measures = families.at(i).measures;
            chart(spec, QRectF(m_body.left(), m_y + i * (h + gap), m_body.width(), h));
        }
    }

    void bars()
    {
        section(AnalyticsPdfReport::tr("By carrier and by lane"));
        const qreal gap = 12;
        const qreal h = (m_body.bottom() - m_y - gap) / 2;
        KpiChartSpec carriers;
        carriers.kind = KpiChartSpec::Kind::Bars;
        carriers.title = AnalyticsPdfReport::tr("%1 by carrier").arg(KpiFormat::label(m_options.carrierBars));
        carriers.grouping = AnalyticsPage::ByCarrier;
        carriers.cut = KpiCut::Carrier;
        carriers.measures = {m_options.carrierBars};
        chart(carriers, QRectF(m_body.left(), m_y, m_body.width(), h));
        KpiChartSpec lanes = carriers;
        lanes.title = AnalyticsPdfReport::tr("%1 by lane (the 12 lanes with most shipments)").arg(KpiFormat::label(m_options.laneBars));
        lanes.grouping = AnalyticsPage::ByLane;
        lanes.cut = KpiCut::Lane;
        lanes.measures = {m_options.laneBars};
        chart(lanes, QRectF(m_body.left(), m_y + h + gap, m_body.width(), h));
    }

    void scorecard(const Page &page)
    {
        section(page.firstRow == 0 ? AnalyticsPdfReport::tr("Carrier scorecard")
                                   : AnalyticsPdfReport::tr("Carrier scorecard (continued)"));
        CarrierScorecardModel model;
        model.setReport(m_report, AnalyticsPage::ByCarrier);
        const int columns = model.columnCount();
        // The carrier's column takes what the numbers leave.
        const qreal number = (m_body.width() * 0.78) / (columns - 1);
        const qreal first = m_body.width() - number * (columns - 1);
        const auto columnBox = [&](int c, qreal y) {
            const qreal x = m_body.left() + (c == 0 ? 0 : first + (c - 1) * number);
            return QRectF(x + 3, y, (c == 0 ? first : number) - 6, RowHeight);
        };
        for (int c = 0; c < columns; ++c) {
            const int align = c == 0 ? Qt::AlignLeft : Qt::AlignRight;
            text(columnBox(c, m_y), model.headerData(c, Qt::Horizontal).toString(), font(8, true), Ink,
                 align | Qt::AlignVCenter | Qt::TextWordWrap);
        }
        m_y += RowHeight;
        m_p.setPen(QPen(Rule, 1));
        m_p.drawLine(QPointF(m_body.left(), m_y), QPointF(m_body.right(), m_y));
        if (model.rowCount() == 0) {
            line(AnalyticsPdfReport::tr("No carrier had shipments in this range."), font(9), Muted);
            return;
        }
        for (int r = page.firstRow; r < page.firstRow + page.rows; ++r) {
            if ((r - page.firstRow) % 2 == 1) {
                m_p.setPen(Qt::NoPen);
                m_p.setBrush(QColor(0xf4, 0xf4, 0xf4));
                m_p.drawRect(QRectF(m_body.left(), m_y, m_body.width(), RowHeight));
            }
            for (int c = 0; c < columns; ++c) {
                const QModelIndex i = model.index(r, c);
                const QString s = i.data().toString();
                const bool none = s == KpiFormat::noData();
                text(columnBox(c, m_y), s, font(8.5), none ? Muted : Ink,
                     (c == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter | Qt::TextSingleLine);
            }
            m_y += RowHeight;
        }
        m_y += 8;
        line(AnalyticsPdfReport::tr("Shipments: tracked shipments whose first event falls in the range. On time, first "
                                    "attempt, NDR and RTO are shares of the shipments each KPI judges (docs/KPIS.md); "
                                    "transit in calendar days."),
             font(7.5), Muted);
    }

    QPainter &m_p;
    QRectF m_page;
    QRectF m_body;
    const AnalyticsPageResult &m_result;
    const AnalyticsPdfOptions &m_options;
    int m_total;
    std::shared_ptr<KpiReport> m_report;
    qreal m_y = 0;
};

QPageLayout a4()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0));
}

qreal a4Height()
{
    return a4().fullRectPixels(Dpi).height();
}

} // namespace

int AnalyticsPdfReport::pageCount(const AnalyticsPageResult &page)
{
    return static_cast<int>(plan(page, a4Height()).size());
}

bool AnalyticsPdfReport::write(const AnalyticsPageResult &page, const AnalyticsPdfOptions &options, const QString &path,
                               QString *error, const Progress &progress)
{
    return ReportExporter::writeWhole(
        path,
        [&](const QString &temporaryPath, QString *why) {
            QPdfWriter writer(temporaryPath);
            writer.setResolution(Dpi);
            writer.setPageLayout(a4());
            writer.setTitle(tr("Control Tower KPI report, %1").arg(KpiFormat::rangeLabel(page.range)));
            writer.setCreator(QStringLiteral("Control Tower"));
            QPainter painter;
            if (!painter.begin(&writer)) {
                *why = tr("cannot start a PDF there");
                return false;
            }
            painter.setRenderHint(QPainter::Antialiasing);
            const QRectF rect(0, 0, writer.width(), writer.height());
            const QList<Page> pages = plan(page, rect.height());
            PdfPages draw(painter, rect, page, options, static_cast<int>(pages.size()));
            for (int i = 0; i < pages.size(); ++i) {
                if (i > 0 && !writer.newPage()) {
                    *why = tr("cannot add a page");
                    return false;
                }
                draw.draw(pages.at(i), i + 1);
                if (progress && !progress(i + 1, static_cast<int>(pages.size()))) {
                    painter.end();
                    *why = tr("cancelled");
                    return false;
                }
            }
            if (!painter.end()) {
                *why = tr("the PDF could not be finished");
                return false;
            }
            return true;
        },
        error);
}

} // namespace ct
