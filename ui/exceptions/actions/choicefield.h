// SPDX-License-Identifier: MIT
#pragma once

#include "actionfield.h"

#include <QList>
#include <QPair>

class QComboBox;

namespace ct {

// One value from a fixed list (a resolution's reason): labels for people, codes in the
// parameters. It starts on a prompt with no value, so the choice is the user's.
class ChoiceField final : public ActionField
{
    Q_OBJECT

public:
    // `choices`: (code, label) in the order shown.
    ChoiceField(const QString &param, const QString &prompt, const QList<QPair<QString, QString>> &choices,
                QWidget *parent);

    QString code() const; // empty while the prompt shows
    void setCode(const QString &code); // not an edit

    void writeParams(QJsonObject &params) const override;
    QWidget *focusTarget() const override;

private:
    QString m_param;
    QComboBox *m_box;
    bool m_settingUp = false;
};

} // namespace ct
