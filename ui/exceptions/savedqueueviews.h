// SPDX-License-Identifier: MIT
#pragma once

#include "queue/exceptionqueuefilter.h"
#include "queue/exceptionqueuesort.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ct {

// One saved view of the exception queue: a name, a filter and a sort. Read back from the
// settings as written (the filter's JSON, docs/QUEUE.md); a view whose JSON no longer
// reads (a code an older or newer version does not know) keeps its text and says why,
// and is never dropped.
struct SavedQueueView
{
    QString name;
    QByteArray filterJson;                 // as stored
    std::optional<ExceptionQueueFilter> filter; // nullopt: `problems` says why
    ExceptionQueueSort sort;
    QStringList problems;                  // "types[1]: \"flying\" is not an exception type"
    bool builtIn = false;                  // one of the defaults: not editable, not saved

    static SavedQueueView make(const QString &name, const ExceptionQueueFilter &filter, const ExceptionQueueSort &sort,
                               bool builtIn = false);
};

// The saved views the Exceptions view offers, in order: the defaults first ("My queue",
// then "Unassigned" when someone is signed in; without a sign-in, in standalone mode,
// "All open" takes the place of "My queue"), then the user's own, persisted in the
// settings (AppSettings::ExceptionSavedViews) as a JSON array of {"name", "filter",
// "sort"}.
namespace SavedQueueViews {

QList<SavedQueueView> defaults(bool signedIn);
// The user's views from the settings.
QList<SavedQueueView> load();
void save(const QList<SavedQueueView> &views);
// The settings' text of `views` and back, for tests and the settings.
QByteArray toJson(const QList<SavedQueueView> &views);
QList<SavedQueueView> fromJson(const QByteArray &text);

} // namespace SavedQueueViews

} // namespace ct
