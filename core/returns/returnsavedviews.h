// SPDX-License-Identifier: MIT
#pragma once

#include "returnqueuefilter.h"
#include "returnqueuerow.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ct {

// One saved view of the returns queue: a name, a filter and a sort. Read back as written;
// a view whose filter no longer reads keeps its text and says why (`problems`, each with
// its JSON path), and is never dropped.
struct ReturnSavedView
{
    QString name;
    QByteArray filterJson;
    std::optional<ReturnQueueFilter> filter; // nullopt: `problems` says why
    ReturnQueueSort sort;
    QStringList problems;
    bool builtIn = false;

    static ReturnSavedView make(const QString &name, const ReturnQueueFilter &filter, const ReturnQueueSort &sort,
                                bool builtIn = false);
};

// The returns queue's views (docs/RETURNS.md, "Saved views"): the defaults ("To decide",
// "Needs review", "Back at the warehouse", "All returns"), then the user's own, kept in
// the settings as a JSON array of {"name", "filter", "sort": {"column", "descending"}}.
namespace ReturnSavedViews {

QList<ReturnSavedView> defaults();
QByteArray toJson(const QList<ReturnSavedView> &views);
// Views that cannot be read are kept with their problems; a document that is not a JSON
// array gives none (and `error` says why).
QList<ReturnSavedView> fromJson(const QByteArray &text, QString *error = nullptr);
QString sortColumnCode(ReturnSortColumn column); // "requested_at", "value", "status", "rma", "verdict"
std::optional<ReturnSortColumn> sortColumnFromCode(QStringView code);

} // namespace ReturnSavedViews

} // namespace ct
