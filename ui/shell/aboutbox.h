// SPDX-License-Identifier: MIT
#pragma once

#include <QMessageBox>

namespace ct {

// Help > About: the version, the store, and the data the app ships with their sources,
// licences and the attribution they ask for (docs/DATA-SOURCES.md): the map's borders,
// cities and postal code centroids, the country codes and time zones.
class AboutBox final : public QMessageBox
{
    Q_OBJECT

public:
    AboutBox(const QString &storePath, QWidget *parent = nullptr);

    // The box's text (rich text): what it says, without a window.
    static QString aboutText(const QString &version, const QString &storePath);
};

} // namespace ct
