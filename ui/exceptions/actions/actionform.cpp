// SPDX-License-Identifier: MIT
#include "actionform.h"

#include "actions/editprecheck.h"
#include "addressfield.h"
#include "choicefield.h"
#include "datefield.h"
#include "domain/carriers.h"
#include "domain/resolutionreason.h"
#include "geo/carrierdeliverydays.h"
#include "instantfield.h"
#include "json/parser.h"
#include "messagefield.h"
#include "moneyfield.h"
#include "phonefield.h"
#include "templates/messagetemplates.h"
#include "textfield.h"
#include "widgets/displaytext.h"
#include "formparts.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTimeZone>
#include <QVBoxLayout>

namespace ct {

namespace {

bool is(const EditOp *op, const char *name)
{
    return op && qstrcmp(op->name, name) == 0;
}

// Ops whose edit asks something of a carrier.
bool needsCarrier(const EditOp *op)
{
    for (const char *name : {"reattempt", "update_address", "update_phone", "reschedule", "convert_to_pickup",
                             "return_to_origin", "mark_fake_attempt"}) {
        if (is(op, name))
            return true;
    }
    return false;
}

// The catalog speaks to API callers ("must be 1 to 200 characters long (it is 0)"); a
// form says an empty field is required.
FieldError refined(FieldError error)
{
    if (error.detail.endsWith(QLatin1String("(it is 0)")))
        error.detail = QStringLiteral("required");
    else if (error.detail.startsWith(QLatin1String("is required")))
        error.detail = QStringLiteral("required") + error.detail.mid(11);
    return error;
}

} // namespace

ActionForm::ActionForm(ActionFormSetup setup, QWidget *parent)
    : QDialog(parent)
    , m_setup(std::move(setup))
    , m_formError(FormParts::errorLabel(QStringLiteral("formError"), this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("actionForm-%1").arg(QLatin1String(m_setup.op->name)));
    setWindowTitle(m_setup.title);
    setModal(true);
    auto *layout = new QVBoxLayout(this);

    auto *heading = new QLabel(this);
    heading->setObjectName(QStringLiteral("formHeading"));
    heading->setTextFormat(Qt::PlainText);
    QFont bold = heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    heading->setFont(bold);
    heading->setText(m_setup.targets.size() == 1
                         ? tr("%1: %2").arg(m_setup.title, m_setup.targets.first().trackingNumber)
                         : tr("%1: %n exceptions", nullptr, static_cast<int>(m_setup.targets.size())).arg(m_setup.title));
    layout->addWidget(heading);
    auto *line = new QLabel(exceptionLine(), this);
    line->setObjectName(QStringLiteral("formException"));
    line->setWordWrap(true);
    line->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(line);

    if (!m_setup.roleProblem.isEmpty())
        layout->addWidget(FormParts::notice(QStringLiteral("roleProblem"),
                                      tr("You cannot do this: %1.").arg(m_setup.roleProblem), this, true));
    if (const QString notice = standaloneNotice(); !notice.isEmpty())
        layout->addWidget(FormParts::notice(QStringLiteral("standaloneNotice"), notice, this, false));
    if (m_setup.targets.size() > 1) {
        m_bulkNote = new QLabel(this);
        m_bulkNote->setObjectName(QStringLiteral("bulkNote"));
        m_bulkNote->setWordWrap(true);
        layout->addWidget(m_bulkNote);
    }

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    buildFields(form);
    layout->addLayout(form, 1);

    layout->addWidget(m_formError);

    QPushButton *send = m_buttons->addButton(sendText(), QDialogButtonBox::AcceptRole);
    send->setObjectName(QStringLiteral("send"));
    send->setDefault(true);
    send->setEnabled(m_setup.roleProblem.isEmpty());
    m_buttons->addButton(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ActionForm::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ActionForm::reject);
    layout->addWidget(m_buttons);
    // From a text of several lines, where Return starts a new line.
    auto *sendShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(sendShortcut, &QShortcut::activated, this, &ActionForm::accept);

    for (ActionField *field : m_fields)
        connect(field, &ActionField::edited, this, [this] { revalidate(m_showAll); });
    revalidate(false);
    setMinimumWidth(480);
    if (!m_fields.isEmpty())
        m_fields.first()->focusTarget()->setFocus();
    else
        send->setFocus();
}

ActionForm::~ActionForm() = default;

QString ActionForm::exceptionLine() const
{
    if (m_setup.targets.size() != 1) {
        QStringList numbers;
        for (const ExceptionQueueRow &row : m_setup.targets.mid(0, 4))
            numbers << row.trackingNumber;
        if (m_setup.targets.size() > 4)
            numbers << tr("…");
        return numbers.join(QStringLiteral(", "));
    }
    const ExceptionQueueRow &row = m_setup.targets.first();
    QStringList parts{carrierDisplayName(row.carrier)};
    if (!row.customerName.isEmpty())
        parts << row.customerName;
    const QString place = DisplayText::place(row.destinationCity, QString(), QString(), row.destinationCountry);
    if (!place.isEmpty())
        parts << place;
    QString type = exceptionTypeLabel(row.type);
    if (row.reason != NdrReason::None)
        type += QStringLiteral(": ") + ndrReasonLabel(row.reason).toLower();
    parts << type;
    return parts.join(QStringLiteral(" · "));
}

QString ActionForm::standaloneNotice() const
{
    if (!m_setup.standalone)
        return {};
    const QString carrier = m_setup.targets.size() == 1 ? carrierDisplayName(m_setup.targets.first().carrier)
                                                        : tr("the carriers");
    if (needsCarrier(m_setup.op))
        return tr("No team server: this is recorded in the exception's history, not sent to %1. "
                  "Ask the carrier yourself.").arg(carrier);
    if (is(m_setup.op, "contact_customer"))
        return tr("No team server: this is recorded in the exception's history; no message is sent. "
                  "Copy the text below and send it yourself.");
    if (is(m_setup.op, "refund"))
        return tr("No team server: this is recorded in the exception's history; no money moves. "
                  "Refund in your shop's payment system.");
    if (is(m_setup.op, "reship"))
        return tr("No team server: this is recorded in the exception's history; no replacement order is made.");
    return {};
}

QString ActionForm::sendText() const
{
    const bool record = m_setup.standalone;
    const QString opName = QString::fromLatin1(m_setup.op->name);
    const QStringView op = opName;
    if (op == u"assign")
        return tr("Assign");
    if (op == u"note")
        return tr("Add Note");
    if (op == u"reattempt")
        return record ? tr("Record Re-attempt") : tr("Request Re-attempt");
    if (op == u"update_address")
        return record ? tr("Record Address") : tr("Send Address");
    if (op == u"update_phone")
        return record ? tr("Record Phone Number") : tr("Send Phone Number");
    if (op == u"reschedule")
        return record ? tr("Record New Date") : tr("Reschedule");
    if (op == u"convert_to_pickup")
        return record ? tr("Record Redirection") : tr("Redirect");
    if (op == u"return_to_origin")
        return record ? tr("Record Return") : tr("Return to Sender");
    if (op == u"reship")
        return record ? tr("Record Reshipment") : tr("Reship");
    if (op == u"refund")
        return record ? tr("Record Refund") : tr("Refund");
    if (op == u"contact_customer")
        return record ? tr("Record Message") : tr("Send Message");
    if (op == u"status")
        return m_setup.reopening ? tr("Reopen") : tr("Resolve");
    if (op == u"snooze")
        return tr("Snooze");
    if (op == u"mark_fake_attempt")
        return tr("Mark as Fake");
    return tr("Apply");
}

void ActionForm::addField(QFormLayout *form, const QString &label, ActionField *field)
{
    m_fields << field;
    if (label.isEmpty()) {
        form->addRow(field); // a field of its own labels (an address, a message) spans the form
        return;
    }
    form->addRow(label, field);
    if (auto *buddy = qobject_cast<QLabel *>(form->labelForField(field)))
        buddy->setBuddy(field->focusTarget());
}

void ActionForm::buildFields(QFormLayout *form)
{
    const QString opName = QString::fromLatin1(m_setup.op->name);
    const QStringView op = opName;
    const ExceptionQueueRow *first = m_setup.targets.isEmpty() ? nullptr : &m_setup.targets.first();
    const bool single = m_setup.targets.size() == 1;
    const QString carrier = single ? first->carrier : QString();
    // Never before the UTC date the catalog counts from, nor the user's own today.
    const QDate utcToday = QDateTime::fromMSecsSinceEpoch(m_setup.nowMs, QTimeZone::utc()).date();
    const QDate earliest = qMax(utcToday, m_setup.today);
    const auto dateField = [&](const QString &label) {
        auto *date = new DateField(QStringLiteral("date"), earliest, this);
        date->setDate(geo::nextDeliveryDay(carrier, qMax(earliest, m_setup.today.addDays(1))));
        if (single) {
            const QString days = geo::weekdaysText(geo::nonDeliveryDays(carrier));
            if (!days.isEmpty())
                date->setHint(tr("%1 does not deliver on %2.").arg(carrierDisplayName(carrier), days));
        } else {
            date->setHint(tr("Each carrier's own delivery days are checked when it is sent."));
        }
        addField(form, label, date);
    };
    const auto noteField = [&](const QString &label, const QString &placeholder) {
        auto *note = new TextField(QStringLiteral("note"), TextField::Lines::Several, 500, this);
        note->setPlaceholderText(placeholder);
        addField(form, label, note);
    };

    if (op == u"assign") {
        auto *assignee = new TextField(QStringLiteral("assignee"), TextField::Lines::One, 64, this);
        assignee->setPlaceholderText(tr("The team member's user name"));
        if (single && !first->assignee.isEmpty())
            assignee->setText(first->assignee);
        addField(form, tr("&Assignee"), assignee);
    } else if (op == u"note") {
        auto *text = new TextField(QStringLiteral("text"), TextField::Lines::Several, 2000, this);
        text->setPlaceholderText(tr("What happened, what was agreed, what comes next"));
        addField(form, tr("&Note"), text);
    } else if (op == u"reattempt") {
        dateField(tr("&Re-attempt on"));
    } else if (op == u"reschedule") {
        dateField(tr("&Deliver on"));
    } else if (op == u"mark_fake_attempt") {
        dateField(tr("&Re-attempt on"));
        noteField(tr("&Note"), tr("Optional: why the attempt was not made (the customer was home...)"));
    } else if (op == u"update_address") {
        auto *address = new AddressField(this);
        if (m_setup.shipment)
            address->setAddress(m_setup.shipment->destination);
        else if (single)
            address->setAddress(Address{first->destinationCity, QString(), QString(), first->destinationCountry});
        addField(form, QString(), address);
    } else if (op == u"update_phone") {
        addField(form, tr("&Phone"),
                 new PhoneField(single ? first->destinationCountry : QString(),
                                m_setup.shipment ? m_setup.shipment->order.customerPhone : QString(), this));
    } else if (op == u"convert_to_pickup") {
        auto *point = new TextField(QStringLiteral("pickup_point_id"), TextField::Lines::One, 64, this);
        point->setPlaceholderText(tr("The carrier's id of the pickup point"));
        addField(form, tr("&Pickup point"), point);
        auto *name = new TextField(QStringLiteral("name"), TextField::Lines::One, 200, this);
        name->setPlaceholderText(tr("Optional: its name, for the customer"));
        addField(form, tr("N&ame"), name);
    } else if (op == u"reship") {
        auto *reason = new TextField(QStringLiteral("reason"), TextField::Lines::Several, 500, this);
        reason->setPlaceholderText(tr("Optional: why a replacement is sent"));
        addField(form, tr("&Reason"), reason);
    } else if (op == u"refund") {
        auto *money = new MoneyField(single ? first->orderValueCents : 0, single ? first->currency : QString(), this);
        if (single && first->orderValueCents > 0)
            money->setCents(first->orderValueCents);
        addField(form, tr("&Amount"), money);
    } else if (op == u"contact_customer") {
        const QHash<QString, QString> fields = m_setup.shipment ? MessageTemplates::fieldsOf(*m_setup.shipment)
                                                                : QHash<QString, QString>();
        auto *message = new MessageField(fields, this);
        const bool failedAttempt = first && first->type == ExceptionType::FailedAttempt;
        message->choose(QStringLiteral("email"), failedAttempt ? QStringLiteral("ndr_missed_email")
                                                               : QStringLiteral("delay_apology_email"));
        addField(form, QString(), message);
        if (!single && first) {
            auto *whose = new QLabel(tr("The preview is the message for %1; each customer's is filled with their own "
                                        "parcel's fields.").arg(first->trackingNumber), this);
            whose->setObjectName(QStringLiteral("previewWhose"));
            whose->setWordWrap(true);
            whose->setForegroundRole(QPalette::PlaceholderText);
            form->addRow(whose);
        }
    } else if (op == u"status" && !m_setup.reopening) {
        QList<QPair<QString, QString>> reasons;
        for (int i = 1; i < ResolutionReasonCount; ++i) {
            const auto reason = *resolutionReasonFromInt(i);
            reasons.append({resolutionReasonCode(reason), resolutionReasonLabel(reason)});
        }
        addField(form, tr("&Why"), new ChoiceField(QStringLiteral("reason"), tr("Choose why it is resolved"), reasons, this));
        noteField(tr("&Note"), tr("Required when the reason is Other; optional otherwise"));
    } else if (op == u"status") {
        noteField(tr("&Note"), tr("Optional: why it is open again"));
    } else if (op == u"snooze") {
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_setup.nowMs, QTimeZone::utc());
        auto *until = new InstantField(QStringLiteral("until"), now, now.addDays(EditCatalog::MaxSnoozeDays), this);
        until->setInstant(now.addSecs(4 * 3600));
        addField(form, tr("&Until"), until);
        noteField(tr("&Note"), tr("Optional: what it waits for"));
    } else if (op == u"return_to_origin") {
        auto *what = new QLabel(tr("The carrier takes the parcel back to the sender. The customer does not get it; "
                                   "refund or reship once it is back."), this);
        what->setWordWrap(true);
        what->setObjectName(QStringLiteral("returnExplanation"));
        form->addRow(what);
    }
}

QByteArray ActionForm::params() const
{
    QJsonObject params;
    if (is(m_setup.op, "status"))
        params.insert(QStringLiteral("status"), m_setup.reopening ? QStringLiteral("open") : QStringLiteral("resolved"));
    for (const ActionField *field : m_fields)
        field->writeParams(params);
    return QJsonDocument(params).toJson(QJsonDocument::Compact);
}

QList<FieldError> ActionForm::problems() const
{
    QList<FieldError> problems;
    for (const ActionField *field : m_fields)
        problems << field->localProblems();
    const QByteArray json = params();
    json::Parser parser;
    const auto values = parser.parse(json.constData(), json.size());
    for (const FieldError &e : EditCatalog::validate(*m_setup.op, *values, m_setup.nowMs)) {
        const bool local = std::any_of(problems.begin(), problems.end(), [&](const FieldError &p) { return p.field == e.field; });
        if (!local)
            problems << refined(e);
    }
    if (is(m_setup.op, "status") && !m_setup.reopening && (*values)["reason"].isAbsent())
        problems << FieldError{QStringLiteral("reason"), tr("choose why it is resolved")};
    if (m_setup.targets.size() == 1) {
        const QHash<QString, QString> fields = m_setup.shipment ? MessageTemplates::fieldsOf(*m_setup.shipment)
                                                                : QHash<QString, QString>();
        problems << EditPrecheck::shipmentProblems(*m_setup.op, *values, m_setup.targets.first(), fields);
    }
    return problems;
}

void ActionForm::revalidate(bool showAll)
{
    const QList<FieldError> all = problems();
    QStringList general;
    for (ActionField *field : m_fields) {
        QList<FieldError> mine;
        for (const FieldError &e : all) {
            if (field->owns(e.field))
                mine << e;
        }
        field->setErrors(showAll || field->isDirty() ? mine : QList<FieldError>());
    }
    for (const FieldError &e : all) {
        const bool owned = std::any_of(m_fields.begin(), m_fields.end(), [&](const ActionField *f) { return f->owns(e.field); });
        if (!owned)
            general << (e.field.isEmpty() ? e.detail : QStringLiteral("%1: %2").arg(e.field, e.detail));
    }
    if (showAll || !general.isEmpty() || m_formError->isVisible()) {
        m_formError->setText(general.join(QLatin1Char('\n')));
        m_formError->setVisible(!general.isEmpty());
    }
    fitHeight();
    if (m_bulkNote) {
        // Each exception is judged on its own when it is sent: say now which would be refused.
        const QByteArray json = params();
        json::Parser parser;
        const auto values = parser.parse(json.constData(), json.size());
        QStringList refused;
        for (const ExceptionQueueRow &row : m_setup.targets) {
            const QString why = EditPrecheck::notApplicable(*m_setup.op, &*values, row, m_setup.user);
            const QList<FieldError> problems = is(m_setup.op, "contact_customer")
                ? QList<FieldError>() // the message's fields are each shipment's own
                : EditPrecheck::shipmentProblems(*m_setup.op, *values, row, {});
            if (!why.isEmpty())
                refused << QStringLiteral("%1 (%2)").arg(row.trackingNumber, why);
            else if (!problems.isEmpty())
                refused << QStringLiteral("%1 (%2)").arg(row.trackingNumber, problems.first().detail);
        }
        m_bulkNote->setText(refused.isEmpty()
                                ? tr("Applies to each of the %n exceptions; the summary afterwards says which were refused "
                                     "and why.", nullptr, static_cast<int>(m_setup.targets.size()))
                                : tr("%1 of %2 will be refused: %3").arg(refused.size()).arg(m_setup.targets.size())
                                      .arg(refused.join(QStringLiteral("; "))));
    }
}

void ActionForm::fitHeight()
{
    // Error lines come and go under the fields: the form grows to show them whole.
    if (!isVisible() || !layout())
        return;
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : layout()->totalSizeHint().height();
    // Shrinks back too, unless the user has resized the form since.
    if (needed > height() || (height() == m_fittedHeight && needed < height())) {
        resize(width(), needed);
        m_fittedHeight = height();
    }
}

void ActionForm::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    fitHeight();
}

ActionField *ActionForm::field(const QString &param) const
{
    for (ActionField *field : m_fields) {
        if (field->params().contains(param))
            return field;
    }
    return nullptr;
}

QPushButton *ActionForm::sendButton() const
{
    return findChild<QPushButton *>(QStringLiteral("send"));
}

bool ActionForm::isDirty() const
{
    return std::any_of(m_fields.begin(), m_fields.end(), [](const ActionField *f) { return f->isDirty(); });
}

void ActionForm::accept()
{
    if (!m_setup.roleProblem.isEmpty())
        return;
    m_showAll = true;
    revalidate(true);
    for (ActionField *field : m_fields) {
        if (field->hasErrors()) {
            field->focusTarget()->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    if (m_formError->isVisible())
        return;
    Q_EMIT submitted(params());
}

void ActionForm::finish()
{
    QDialog::done(QDialog::Accepted);
}

void ActionForm::showRefusal(const QString &why, const QList<FieldError> &errors)
{
    bool shown = false;
    for (ActionField *field : m_fields) {
        QList<FieldError> mine;
        for (const FieldError &e : errors) {
            if (field->owns(e.field))
                mine << e;
        }
        if (!mine.isEmpty()) {
            field->setErrors(mine);
            if (!shown)
                field->focusTarget()->setFocus(Qt::OtherFocusReason);
            shown = true;
        }
    }
    m_formError->setText(tr("Not done: %1").arg(why));
    m_formError->setVisible(true);
    fitHeight();
}

void ActionForm::reject()
{
    if (isDirty()
        && !FormParts::confirmDiscard(this, m_setup.title, tr("Discard what you typed in “%1”?").arg(m_setup.title),
                                      tr("Nothing has been sent; what you typed is lost.")))
        return;
    QDialog::reject();
}

} // namespace ct
