// SPDX-License-Identifier: MIT
#pragma once

#include "actionfield.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace ct {

// A phone number in E.164 (the update_phone edit): it starts with the destination
// country's calling code (geo/callingcodes.h); a number typed the national way gets its
// E.164 form suggested, to take with one key; a number of another country than the
// destination's is pointed out (customers do have foreign phones, so it is not refused).
// Spaces, dots, hyphens and brackets may be typed: the parameter is "+" and digits.
class PhoneField final : public ActionField
{
    Q_OBJECT

public:
    PhoneField(const QString &destinationCountry, const QString &phoneOnOrder, QWidget *parent);

    QString number() const; // as sent: "+" and digits
    QString suggestion() const; // empty when none shows

    void writeParams(QJsonObject &params) const override;
    QWidget *focusTarget() const override;

private:
    void update();

    QString m_country;
    QLineEdit *m_edit;
    QLabel *m_suggestion;
    QPushButton *m_use;
    QLabel *m_otherCountry;
    QString m_suggested;
};

} // namespace ct
