// SPDX-License-Identifier: MIT
#pragma once

#include "actionfield.h"

#include <QDateTime>

class QDateTimeEdit;

namespace ct {

// An instant (a snooze's end): edited in the user's time zone, written in UTC with its
// offset ("2026-06-17T18:00:00Z"); after `now` and at most `latest`, with buttons for
// the usual choices (in 1 or 4 hours, tomorrow at 09:00, in 3 days).
class InstantField final : public ActionField
{
    Q_OBJECT

public:
    InstantField(const QString &param, const QDateTime &now, const QDateTime &latest, QWidget *parent);

    void setInstant(const QDateTime &at); // not an edit: the form's starting value
    QDateTime instant() const;            // UTC

    void writeParams(QJsonObject &params) const override;
    QWidget *focusTarget() const override;

private:
    void choose(const QDateTime &at);

    QString m_param;
    QDateTime m_now;
    QDateTimeEdit *m_edit;
    bool m_settingUp = false;
};

} // namespace ct
