// SPDX-License-Identifier: MIT
#pragma once

#include "actionfield.h"

#include <QDate>

class QDateEdit;
class QLabel;

namespace ct {

// A calendar date for the carrier (a re-attempt, a new delivery date): never before
// `earliest` (today by the app's clock), the weekday shown, and, under it, the days the
// carrier does not deliver on (geo/carrierdeliverydays.h), which the form refuses.
class DateField final : public ActionField
{
    Q_OBJECT

public:
    DateField(const QString &param, QDate earliest, QWidget *parent);

    void setDate(QDate date); // not an edit: the form's starting value
    QDate date() const;
    // "UPS does not deliver on Sundays." under the field; empty for none.
    void setHint(const QString &hint);

    void writeParams(QJsonObject &params) const override;
    QWidget *focusTarget() const override;

protected:
    void showErrors(const QList<FieldError> &errors) override;

private:
    QString m_param;
    QDateEdit *m_edit;
    QLabel *m_hint;
    bool m_settingUp = false;
};

} // namespace ct
