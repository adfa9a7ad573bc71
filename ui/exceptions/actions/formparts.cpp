// SPDX-License-Identifier: MIT
#include "formparts.h"

#include "widgets/statuspalette.h"

#include <QCoreApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

namespace ct::FormParts {

QLabel *errorLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setVisible(false);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, StatusPalette::errorText());
    label->setPalette(palette);
    return label;
}

QLabel *notice(const QString &objectName, const QString &text, QWidget *parent, bool error)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setFrameShape(QFrame::StyledPanel);
    label->setMargin(8);
    label->setAutoFillBackground(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::Window, palette.color(QPalette::AlternateBase));
    if (error)
        palette.setColor(QPalette::WindowText, StatusPalette::errorText());
    label->setPalette(palette);
    return label;
}

bool confirmDiscard(QWidget *parent, const QString &title, const QString &question, const QString &detail)
{
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("discardQuestion"));
    box.setInformativeText(detail);
    QPushButton *discard = box.addButton(QCoreApplication::translate("FormParts", "&Discard"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discard"));
    QPushButton *keep = box.addButton(QCoreApplication::translate("FormParts", "&Keep Editing"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepEditing"));
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    return box.clickedButton() == discard;
}

} // namespace ct::FormParts
