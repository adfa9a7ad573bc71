// SPDX-License-Identifier: MIT
#include "returnsavedviews.h"

#include "json/jsonvalue.h"
#include "json/jsonwriter.h"
#include "json/parser.h"

#include <QCoreApplication>

namespace ct {

namespace {

constexpr const char *SortCodes[ReturnSortColumnCount] = {"requested_at", "value", "status", "rma", "verdict"};

QString tr(const char *text)
{
    return QCoreApplication::translate("ct::ReturnSavedViews", text);
}

} // namespace

ReturnSavedView ReturnSavedView::make(const QString &name, const ReturnQueueFilter &filter, const ReturnQueueSort &sort,
                                      bool builtIn)
{
    return ReturnSavedView{name, filter.toJson(), filter, sort, {}, builtIn};
}

namespace ReturnSavedViews {

QString sortColumnCode(ReturnSortColumn column)
{
    return QString::fromLatin1(SortCodes[static_cast<int>(column)]);
}

std::optional<ReturnSortColumn> sortColumnFromCode(QStringView code)
{
    for (int i = 0; i < ReturnSortColumnCount; ++i) {
        if (code == QLatin1String(SortCodes[i]))
            return static_cast<ReturnSortColumn>(i);
    }
    return std::nullopt;
}

QList<ReturnSavedView> defaults()
{
    ReturnQueueFilter toDecide;
    toDecide.statuses = {ReturnStatus::Requested};
    ReturnQueueFilter review = toDecide;
    review.verdicts = {ReturnEligibility::NeedsReview};
    ReturnQueueFilter warehouse;
    warehouse.statuses = {ReturnStatus::Received, ReturnStatus::Inspected};
    return {ReturnSavedView::make(tr("To decide"), toDecide, {}, true),
            ReturnSavedView::make(tr("Needs review"), review, {}, true),
            ReturnSavedView::make(tr("Back at the warehouse"), warehouse, {}, true),
            ReturnSavedView::make(tr("All returns"), {}, {ReturnSortColumn::RequestedAt, true}, true)};
}

QByteArray toJson(const QList<ReturnSavedView> &views)
{
    json::Writer w;
    w.beginArray();
    for (const ReturnSavedView &v : views) {
        if (v.builtIn)
            continue;
        w.beginObject().key("name").value(v.name).key("filter").raw(v.filterJson);
        w.key("sort").beginObject().key("column").value(sortColumnCode(v.sort.column)).key("descending").value(v.sort.descending).endObject();
        w.endObject();
    }
    w.endArray();
    return w.take();
}

QList<ReturnSavedView> fromJson(const QByteArray &text, QString *error)
{
    QList<ReturnSavedView> out;
    if (text.trimmed().isEmpty())
        return out;
    json::Parser parser;
    const auto root = parser.parse(text.constData(), text.size());
    if (!root || !root->isArray()) {
        if (error)
            *error = tr("the saved views are not a JSON array");
        return out;
    }
    int index = 0;
    for (const json::Value &e : root->elements()) {
        ReturnSavedView v;
        v.name = e["name"].toString().trimmed();
        if (v.name.isEmpty())
            v.name = tr("View %1").arg(index + 1);
        const json::Value filter = e["filter"];
        QList<FieldError> errors;
        if (filter.isObject()) {
            v.filterJson = filter.minified(); // kept as written for a view that no longer reads
            v.filter = ReturnQueueFilter::fromJson(filter, &errors);
        } else {
            errors << FieldError{QStringLiteral("filter"), tr("must be an object")};
        }
        for (const FieldError &problem : std::as_const(errors))
            v.problems << (problem.field.isEmpty() ? problem.detail : problem.field + QStringLiteral(": ") + problem.detail);
        if (!v.problems.isEmpty())
            v.filter.reset();
        const json::Value sort = e["sort"];
        if (const auto column = sortColumnFromCode(sort["column"].toString()))
            v.sort.column = *column;
        v.sort.descending = sort["descending"].toBool().value_or(false);
        out << v;
        ++index;
    }
    return out;
}

} // namespace ReturnSavedViews

} // namespace ct
