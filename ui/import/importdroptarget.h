// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QStringList>

class QMimeData;
class QWidget;

namespace ct {

// Makes a window take files and folders dropped on it (from a file manager) for import:
// the drag is accepted when it carries local files or folders only, and a drop says which.
class ImportDropTarget final : public QObject
{
    Q_OBJECT

public:
    explicit ImportDropTarget(QWidget *window);

    // The local files and folders `mime` carries, or empty when it carries anything else.
    static QStringList localPaths(const QMimeData *mime);

signals:
    void dropped(const QStringList &paths);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace ct
