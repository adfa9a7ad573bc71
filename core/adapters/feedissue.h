// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace ct {

// Something a feed got wrong, located as precisely as the input allows.
struct FeedIssue
{
    enum class Severity : quint8 {
        Error,   // data was rejected: a malformed record, a bad field, an unreadable file
        Warning, // data was accepted with a caveat: unknown code, conflicting summary
        Notice,  // nothing wrong with the data: the carrier does not know a tracking number
    };

    Severity severity = Severity::Error;
    QString source;  // file path or feed name
    int record = 0;  // 1-based position of the record in the source; 0 for the source itself
    int line = 0;    // line where the record starts; 0 when unknown
    QString field;   // JSON path inside the record, e.g. "trackResults[0].scanEvents[2].date"
    QString message;

    // "feed.json: record 3 (line 17): trackResults[0].date: invalid date \"2026-13-01\""
    QString toString() const;
    static QString severityName(Severity severity); // "error", "warning", "notice"
};

} // namespace ct
