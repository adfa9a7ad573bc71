// SPDX-License-Identifier: MIT
#include "savedqueueviews.h"

#include "json/parser.h"
#include "settings/appsettings.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ct {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ct::SavedQueueViews", text);
}

QStringList described(const QList<FieldError> &errors)
{
    QStringList out;
    for (const FieldError &e : errors)
        out << (e.field.isEmpty() ? e.detail : e.field + QStringLiteral(": ") + e.detail);
    return out;
}
} // namespace

SavedQueueView SavedQueueView::make(const QString &name, const ExceptionQueueFilter &filter,
                                    const ExceptionQueueSort &sort, bool builtIn)
{
    SavedQueueView view;
    view.name = name;
    view.filter = filter;
    view.filterJson = filter.toJson();
    view.sort = sort;
    view.builtIn = builtIn;
    return view;
}

namespace SavedQueueViews {

QList<SavedQueueView> defaults(bool signedIn)
{
    // The queue's own order by default: the next deadline first.
    const ExceptionQueueSort bySla{QueueSortColumn::SlaDue, false};
    ExceptionQueueFilter mine;
    mine.assignedToMe = true;
    ExceptionQueueFilter unassigned;
    unassigned.unassigned = true;
    QList<SavedQueueView> views;
    if (signedIn)
        views << SavedQueueView::make(tr("My queue"), mine, bySla, true);
    else
        views << SavedQueueView::make(tr("All open"), ExceptionQueueFilter(), bySla, true);
    views << SavedQueueView::make(tr("Unassigned"), unassigned, bySla, true);
    if (signedIn)
        views << SavedQueueView::make(tr("All open"), ExceptionQueueFilter(), bySla, true);
    return views;
}

QByteArray toJson(const QList<SavedQueueView> &views)
{
    QJsonArray array;
    for (const SavedQueueView &view : views) {
        if (view.builtIn)
            continue;
        QJsonObject object;
        object.insert(QStringLiteral("name"), view.name);
        // The filter's own text when it no longer reads, so nothing of it is lost.
        const QByteArray filterText = view.filter ? view.filter->toJson() : view.filterJson;
        const QJsonDocument filter = QJsonDocument::fromJson(filterText);
        if (filter.isObject())
            object.insert(QStringLiteral("filter"), filter.object());
        else
            object.insert(QStringLiteral("filter_text"), QString::fromUtf8(filterText));
        object.insert(QStringLiteral("sort"), QJsonDocument::fromJson(view.sort.toJson()).object());
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QList<SavedQueueView> fromJson(const QByteArray &text)
{
    QList<SavedQueueView> views;
    if (text.trimmed().isEmpty())
        return views;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (!document.isArray()) {
        // Keep what is there visible: one view saying the settings could not be read.
        SavedQueueView broken;
        broken.name = tr("Saved views");
        broken.filterJson = text;
        broken.problems << tr("the saved views cannot be read: %1")
                               .arg(document.isNull() ? parseError.errorString() : tr("not a list"));
        views << broken;
        return views;
    }
    for (const QJsonValue &item : document.array()) {
        const QJsonObject object = item.toObject();
        SavedQueueView view;
        view.name = object.value(QStringLiteral("name")).toString();
        if (view.name.isEmpty())
            view.name = tr("(unnamed view)");
        view.filterJson = object.contains(QStringLiteral("filter_text"))
                              ? object.value(QStringLiteral("filter_text")).toString().toUtf8()
                              : QJsonDocument(object.value(QStringLiteral("filter")).toObject()).toJson(QJsonDocument::Compact);
        QList<FieldError> errors;
        view.filter = ExceptionQueueFilter::fromJson(view.filterJson, &errors);
        view.problems = described(errors);
        const QByteArray sortText =
            QJsonDocument(object.value(QStringLiteral("sort")).toObject()).toJson(QJsonDocument::Compact);
        json::Parser parser;
        if (const auto sortValue = parser.parse(sortText.constData(), sortText.size())) {
            QList<FieldError> sortErrors;
            if (const auto sort = ExceptionQueueSort::fromJson(*sortValue, &sortErrors))
                view.sort = *sort;
            for (const QString &problem : described(sortErrors))
                view.problems << tr("sort: %1").arg(problem);
        }
        views << view;
    }
    return views;
}

QList<SavedQueueView> load()
{
    return fromJson(AppSettings::ExceptionSavedViews.value());
}

void save(const QList<SavedQueueView> &views)
{
    AppSettings::ExceptionSavedViews.setValue(toJson(views));
}

} // namespace SavedQueueViews

} // namespace ct
