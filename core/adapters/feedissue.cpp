// SPDX-License-Identifier: MIT
#include "feedissue.h"

namespace ct {

QString FeedIssue::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error: return QStringLiteral("error");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Notice: return QStringLiteral("notice");
    }
    return {};
}

QString FeedIssue::toString() const
{
    QString text = source.isEmpty() ? QStringLiteral("(input)") : source;
    if (record > 0) {
        text += QStringLiteral(": record %1").arg(record);
        if (line > 0)
            text += QStringLiteral(" (line %1)").arg(line);
    }
    if (!field.isEmpty())
        text += QStringLiteral(": ") + field;
    text += QStringLiteral(": ") + severityName(severity) + QStringLiteral(": ") + message;
    return text;
}

} // namespace ct
