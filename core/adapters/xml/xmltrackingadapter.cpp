// SPDX-License-Identifier: MIT
#include "xmltrackingadapter.h"

namespace ct::xml {

bool XmlDocumentRoot::acceptsNamespace(QStringView namespaceUri) const
{
    for (const QString &accepted : namespaceUris) {
        if (accepted.endsWith(QLatin1Char('*')) ? namespaceUri.startsWith(QStringView(accepted).chopped(1))
                                                : namespaceUri == accepted)
            return true;
    }
    return false;
}

QString XmlDocumentRoot::expectedNamespaces() const
{
    QStringList names;
    for (const QString &accepted : namespaceUris)
        names.append(accepted.isEmpty() ? QStringLiteral("none") : QStringLiteral("\"%1\"").arg(accepted));
    return names.join(QStringLiteral(" or "));
}

} // namespace ct::xml
