// SPDX-License-Identifier: MIT
#include "mappingproblem.h"

namespace ct::mapping {

QString MappingProblem::toString(const QString &file) const
{
    QString text = file;
    if (line > 0)
        text += QStringLiteral(": line %1, column %2").arg(line).arg(column);
    if (!field.isEmpty())
        text += QStringLiteral(": ") + field;
    text += severity == Severity::Error ? QStringLiteral(": error: ") : QStringLiteral(": warning: ");
    return text + message;
}

} // namespace ct::mapping
