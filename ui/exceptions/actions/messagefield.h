// SPDX-License-Identifier: MIT
#pragma once

#include "actionfield.h"

#include <QHash>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace ct {

// The message of a contact_customer edit: the channel (e-mail, SMS, WhatsApp), one of
// that channel's templates (core/templates), and a preview of it filled with the
// shipment's fields, selectable to copy. A placeholder the shipment has no value for
// stays as written in the preview; the form refuses the template then.
class MessageField final : public ActionField
{
    Q_OBJECT

public:
    // `fields`: MessageTemplates::fieldsOf the shipment the preview shows.
    MessageField(const QHash<QString, QString> &fields, QWidget *parent);

    QString channel() const;    // "sms"
    QString templateId() const; // "ndr_missed_sms"
    void choose(const QString &channel, const QString &templateId); // not an edit
    QString preview() const;

    void writeParams(QJsonObject &params) const override;
    QWidget *focusTarget() const override;

private:
    void fillTemplates();
    void updatePreview();

    QHash<QString, QString> m_fields;
    QComboBox *m_channel;
    QComboBox *m_template;
    QPlainTextEdit *m_preview;
    bool m_settingUp = false;
};

} // namespace ct
