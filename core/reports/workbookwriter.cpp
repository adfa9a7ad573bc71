// SPDX-License-Identifier: MIT
#include "workbookwriter.h"

#include <xlsxwriter.h>

#include <algorithm>

namespace ct {

namespace {

struct Formats
{
    lxw_format *header = nullptr;
    lxw_format *integer = nullptr;
    lxw_format *number = nullptr;
    lxw_format *percent = nullptr;
    lxw_format *date = nullptr;
    lxw_format *noData = nullptr;
};

Formats formatsOf(lxw_workbook *wb)
{
    Formats f;
    f.header = workbook_add_format(wb);
    format_set_bold(f.header);
    format_set_text_wrap(f.header);
    format_set_align(f.header, LXW_ALIGN_VERTICAL_TOP);
    format_set_bottom(f.header, LXW_BORDER_THIN);
    f.integer = workbook_add_format(wb);
    format_set_num_format(f.integer, "#,##0");
    f.number = workbook_add_format(wb);
    format_set_num_format(f.number, "#,##0.00");
    f.percent = workbook_add_format(wb);
    format_set_num_format(f.percent, "0.0%");
    f.date = workbook_add_format(wb);
    format_set_num_format(f.date, "yyyy-mm-dd");
    f.noData = workbook_add_format(wb);
    format_set_italic(f.noData);
    format_set_font_color(f.noData, LXW_COLOR_GRAY);
    return f;
}

lxw_error writeCell(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, ReportColumnType type, const ReportValue &value,
                    const Formats &f)
{
    if (std::holds_alternative<std::monostate>(value))
        return worksheet_write_string(ws, row, col, "no data", f.noData);
    if (const auto *text = std::get_if<QString>(&value))
        return worksheet_write_string(ws, row, col, text->toUtf8().constData(), nullptr);
    if (const auto *date = std::get_if<QDate>(&value)) {
        if (!date->isValid())
            return worksheet_write_string(ws, row, col, "no data", f.noData);
        lxw_datetime dt{date->year(), date->month(), date->day(), 0, 0, 0.0};
        return worksheet_write_datetime(ws, row, col, &dt, f.date);
    }
    const double number = std::holds_alternative<qint64>(value) ? double(std::get<qint64>(value)) : std::get<double>(value);
    lxw_format *format = nullptr;
    switch (type) {
    case ReportColumnType::Integer: format = f.integer; break;
    case ReportColumnType::Percent: format = f.percent; break;
    case ReportColumnType::Date: format = f.date; break;
    case ReportColumnType::Number:
    case ReportColumnType::Text: format = std::holds_alternative<qint64>(value) ? f.integer : f.number; break;
    }
    return worksheet_write_number(ws, row, col, number, format);
}

// Text columns as wide as their texts; number and date columns narrow, their long headers
// wrapped.
double widthOf(const ReportTable &table, int column)
{
    if (table.columns.at(column).type != ReportColumnType::Text)
        return double(std::clamp<qsizetype>(table.columns.at(column).name.size() / 2 + 3, 12, 18));
    qsizetype chars = table.columns.at(column).name.size() + 3; // room for the filter button
    const qsizetype sample = std::min<qsizetype>(table.rows.size(), 200);
    for (qsizetype r = 0; r < sample; ++r) {
        const ReportValue &v = table.rows.at(r).at(column);
        if (const auto *text = std::get_if<QString>(&v))
            chars = std::max(chars, text->size() + 1);
    }
    return double(std::clamp<qsizetype>(chars, 8, 80));
}

} // namespace

bool WorkbookWriter::write(const QList<ReportTable> &tables, const QString &path, QString *error)
{
    const QByteArray file = path.toUtf8();
    lxw_workbook *wb = workbook_new(file.constData());
    if (!wb) {
        if (error)
            *error = QStringLiteral("cannot create the workbook %1").arg(path);
        return false;
    }
    const Formats f = formatsOf(wb);
    QString problem;
    for (const ReportTable &table : tables) {
        const QByteArray name = table.name.toUtf8();
        if (const lxw_error e = workbook_validate_sheet_name(wb, name.constData()); e != LXW_NO_ERROR) {
            problem = QStringLiteral("the sheet name \"%1\" cannot be used: %2").arg(table.name, QString::fromUtf8(lxw_strerror(e)));
            break;
        }
        lxw_worksheet *ws = workbook_add_worksheet(wb, name.constData());
        if (!ws) {
            problem = QStringLiteral("cannot add the sheet \"%1\"").arg(table.name);
            break;
        }
        worksheet_set_row(ws, 0, 48, nullptr);
        for (int c = 0; c < table.columns.size(); ++c) {
            worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), widthOf(table, c), nullptr);
            worksheet_write_string(ws, 0, static_cast<lxw_col_t>(c), table.columns.at(c).name.toUtf8().constData(), f.header);
        }
        for (qsizetype r = 0; r < table.rows.size() && problem.isEmpty(); ++r) {
            const QList<ReportValue> &row = table.rows.at(r);
            for (int c = 0; c < table.columns.size() && c < row.size(); ++c) {
                const lxw_error e = writeCell(ws, static_cast<lxw_row_t>(r + 1), static_cast<lxw_col_t>(c),
                                              table.columns.at(c).type, row.at(c), f);
                if (e != LXW_NO_ERROR) {
                    problem = QStringLiteral("sheet \"%1\", row %2, column \"%3\": %4")
                                  .arg(table.name)
                                  .arg(r + 2)
                                  .arg(table.columns.at(c).name, QString::fromUtf8(lxw_strerror(e)));
                    break;
                }
            }
        }
        if (!problem.isEmpty())
            break;
        worksheet_freeze_panes(ws, 1, 0);
        if (!table.columns.isEmpty())
            worksheet_autofilter(ws, 0, 0, static_cast<lxw_row_t>(table.rows.size()),
                                 static_cast<lxw_col_t>(table.columns.size() - 1));
    }
    const lxw_error closed = workbook_close(wb); // frees the workbook, whatever happened
    if (problem.isEmpty() && closed != LXW_NO_ERROR)
        problem = QStringLiteral("cannot write the workbook %1: %2").arg(path, QString::fromUtf8(lxw_strerror(closed)));
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    return true;
}

} // namespace ct
