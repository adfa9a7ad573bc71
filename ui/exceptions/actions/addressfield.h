// SPDX-License-Identifier: MIT
#pragma once

#include "actionfield.h"

#include "domain/shipmentrecord.h"

#include <QHash>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace ct {

// A corrected address (the update_address edit): the country from ISO 3166, then the
// lines, city, state and a postal code in that country's format (geo/postalcodes.h),
// whose shape and example show in the empty field; a country without postal codes
// has none to give. Each part's error shows under it.
class AddressField final : public ActionField
{
    Q_OBJECT

public:
    explicit AddressField(QWidget *parent);

    // The parcel's destination as the store has it (no street: carriers send none).
    void setAddress(const Address &address); // not an edit
    QString country() const;

    void writeParams(QJsonObject &params) const override;
    QWidget *focusTarget() const override;

protected:
    void showErrors(const QList<FieldError> &errors) override;

private:
    QLineEdit *addLine(QFormLayout *form, const QString &part, const QString &label, int maxLength);
    void countryChanged();

    QComboBox *m_country;
    QHash<QString, QLineEdit *> m_parts;  // line1, line2, city, state, postal
    QHash<QString, QLabel *> m_errors;    // by part, and "country"
    QLabel *m_postalNote;
    bool m_settingUp = false;
};

} // namespace ct
