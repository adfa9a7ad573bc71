// SPDX-License-Identifier: MIT
#include "returndecisiondialog.h"

#include "orders/minorunits.h"
#include "returnqueuemodel.h"

#include "actions/editprecheck.h"
#include "edits/editcatalog.h"
#include "json/jsonwriter.h"
#include "orders/minorunits.h"
#include "widgets/displaytext.h"
#include "widgets/statuspalette.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace ct {

namespace {

using K = ReturnDecision::Kind;

QString title(K kind)
{
    switch (kind) {
    case K::Approve: return ReturnDecisionDialog::tr("Approve Return");
    case K::Reject: return ReturnDecisionDialog::tr("Reject Return");
    case K::Exchange: return ReturnDecisionDialog::tr("Exchange");
    case K::Refund: return ReturnDecisionDialog::tr("Refund");
    case K::StoreCredit: return ReturnDecisionDialog::tr("Store Credit");
    case K::Inspect: return ReturnDecisionDialog::tr("Record Inspection");
    }
    return {};
}

const char *const Grades[] = {"as_new", "good", "damaged", "unsellable"};

QString gradeLabel(const char *grade)
{
    const QString code = QLatin1String(grade);
    if (code == QLatin1String("as_new"))
        return ReturnDecisionDialog::tr("A — as new");
    if (code == QLatin1String("good"))
        return ReturnDecisionDialog::tr("B — good");
    if (code == QLatin1String("damaged"))
        return ReturnDecisionDialog::tr("C — damaged");
    return ReturnDecisionDialog::tr("D — unsellable");
}

} // namespace

bool ReturnDecisionDialog::needsForm(K kind, const QList<ReturnQueueRow> &rows)
{
    if (kind != K::Approve)
        return true;
    return std::any_of(rows.begin(), rows.end(),
                       [](const ReturnQueueRow &r) { return ReturnDecision::overridesVerdict(K::Approve, r.eligibility); });
}

ReturnDecisionDialog::ReturnDecisionDialog(K kind, const QList<ReturnQueueRow> &rows, const ReturnPolicy &policy,
                                           std::optional<Role> role, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_rows(rows)
    , m_policy(policy)
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("returnDecisionDialog"));
    setWindowTitle(title(kind));
    const EditOp *op = EditCatalog::find(EntityKind::Return, QString::fromLatin1(ReturnDecision::op(kind)));
    m_roleProblem = EditPrecheck::roleProblem(*op, role);
    m_overrides = std::any_of(rows.begin(), rows.end(),
                              [kind](const ReturnQueueRow &r) { return ReturnDecision::overridesVerdict(kind, r.eligibility); });

    auto *form = new QFormLayout;
    const ReturnQueueRow &first = rows.constFirst();
    auto *what = new QLabel(rows.size() == 1 ? tr("%1 · %2 · %3 · %4")
                                                   .arg(first.rma, first.customerName, DisplayText::money(first.amountCents, first.currency),
                                                        ReturnQueueModel::verdictText(first))
                                             : tr("%n returns", nullptr, static_cast<int>(rows.size())),
                            this);
    what->setObjectName(QStringLiteral("decisionSubject"));
    what->setWordWrap(true);
    form->addRow(what);

    if (kind == K::Reject || m_overrides) {
        m_reason = new QLineEdit(this);
        m_reason->setObjectName(QStringLiteral("decisionReason"));
        m_reason->setMaxLength(480);
        if (kind == K::Reject && !m_overrides && rows.size() == 1 && first.eligibility == ReturnEligibility::Ineligible)
            m_reason->setText(first.verdictDetail); // the policy's own words, to send or change
        form->addRow(m_overrides ? tr("Why override the policy?") : tr("Reason"), m_reason);
        if (m_overrides) {
            auto *note = new QLabel(kind == K::Reject ? tr("The policy found this return eligible. Your reason is recorded "
                                                           "with the decision as a policy override.")
                                                      : tr("The policy refused this return (%1). Your reason is recorded "
                                                           "with the decision as a policy override.")
                                                            .arg(first.verdictDetail),
                                    this);
            note->setObjectName(QStringLiteral("overrideNote"));
            note->setWordWrap(true);
            form->addRow(note);
        }
    }
    if (kind == K::Exchange) {
        m_variant = new QLineEdit(this);
        m_variant->setObjectName(QStringLiteral("exchangeVariant"));
        QStringList had;
        for (const ReturnItem &item : first.items) {
            if (!item.variant.isEmpty())
                had << item.variant;
        }
        m_variant->setPlaceholderText(had.isEmpty() ? tr("the variant to send, e.g. Black / L")
                                                    : tr("they had %1").arg(had.join(QStringLiteral(", "))));
        form->addRow(tr("Send instead"), m_variant);
    }
    if (kind == K::Refund || kind == K::StoreCredit) {
        m_amount = new QDoubleSpinBox(this);
        m_amount->setObjectName(QStringLiteral("decisionAmount"));
        // The currency's own decimals: none for the yen, three for the dinar.
        const int exponent = exponentOr2(first.currency);
        m_amount->setDecimals(exponent);
        m_amount->setSuffix(QLatin1Char(' ') + first.currency);
        const double full = majorUnits(defaultAmount(first), exponent);
        m_amount->setRange(majorUnits(1, exponent),
                           kind == K::Refund && first.amountCents > 0 ? majorUnits(first.amountCents, exponent) : 1e7);
        m_amount->setValue(full);
        if (rows.size() > 1) {
            m_amount->setEnabled(false);
            m_amount->setSpecialValueText(QString());
            form->addRow(tr("Amount"), new QLabel(kind == K::Refund ? tr("each return's full value")
                                                                    : tr("each return's value with the %1 % bonus")
                                                                          .arg(policy.exchangeFirst.storeCreditBonusPercent),
                                                  this));
        } else {
            form->addRow(tr("Amount"), m_amount);
            if (kind == K::StoreCredit)
                form->addRow(new QLabel(tr("Includes the policy's %1 % store-credit bonus.")
                                            .arg(policy.exchangeFirst.storeCreditBonusPercent),
                                        this));
            else
                form->addRow(new QLabel(tr("Less than the value is a partial refund."), this));
        }
    }
    if (kind == K::Inspect) {
        m_grade = new QComboBox(this);
        m_grade->setObjectName(QStringLiteral("inspectionGrade"));
        for (const char *grade : Grades)
            m_grade->addItem(gradeLabel(grade), QLatin1String(grade));
        m_disposition = new QLabel(this);
        m_disposition->setObjectName(QStringLiteral("disposition"));
        form->addRow(tr("Grade"), m_grade);
        form->addRow(tr("Disposition"), m_disposition);
        connect(m_grade, &QComboBox::currentIndexChanged, this, &ReturnDecisionDialog::validate);
    }
    m_problem->setObjectName(QStringLiteral("decisionProblem"));
    m_problem->setWordWrap(true);
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, StatusPalette::errorText());
    m_problem->setPalette(palette);
    for (QLineEdit *field : {m_reason, m_variant}) {
        if (field)
            connect(field, &QLineEdit::textChanged, this, &ReturnDecisionDialog::validate);
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    setMinimumWidth(440);
    validate();
}

qint64 ReturnDecisionDialog::defaultAmount(const ReturnQueueRow &row) const
{
    const qint64 value = row.eligibleValueCents > 0 ? row.eligibleValueCents : row.amountCents;
    return m_kind == K::StoreCredit ? ReturnDecision::storeCreditCents(value, m_policy.exchangeFirst.storeCreditBonusPercent)
                                    : value;
}

void ReturnDecisionDialog::validate()
{
    if (m_grade) {
        const auto disposition = ReturnDecision::disposition(m_grade->currentData().toString());
        m_disposition->setText(disposition ? ReturnDecision::dispositionLabel(*disposition) : QString());
    }
    QString problem = m_roleProblem;
    if (!problem.isEmpty() && (m_kind == K::Refund || m_kind == K::StoreCredit))
        problem = tr("This needs a manager: %1.").arg(problem);
    else if (problem.isEmpty() && m_reason && m_reason->text().trimmed().isEmpty())
        problem = m_overrides ? tr("Say why the policy's verdict is overridden.") : tr("Give the reason.");
    else if (problem.isEmpty() && m_variant && m_variant->text().trimmed().isEmpty())
        problem = tr("Say which variant to send.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void ReturnDecisionDialog::showRefusal(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(true);
}

QByteArray ReturnDecisionDialog::params(const ReturnQueueRow &row) const
{
    const QString reason = m_reason ? m_reason->text().trimmed() : QString();
    const bool overrides = ReturnDecision::overridesVerdict(m_kind, row.eligibility);
    const QString overrideNote = overrides ? tr("Policy override: %1").arg(reason) : QString();
    json::Writer w;
    w.beginObject();
    switch (m_kind) {
    case K::Approve:
        if (overrides)
            w.key("note").value(overrideNote);
        break;
    case K::Reject: w.key("reason").value(overrides ? overrideNote : reason); break;
    case K::Exchange: {
        QString note = tr("Exchange for %1").arg(m_variant->text().trimmed());
        if (overrides)
            note += QStringLiteral("; ") + overrideNote;
        w.key("note").value(note);
        break;
    }
    case K::Refund:
    case K::StoreCredit: {
        const qint64 amount = m_rows.size() == 1
            ? qint64(std::llround(m_amount->value() / majorUnits(1, exponentOr2(row.currency))))
            : defaultAmount(row);
        w.key("amount_cents").value(amount);
        if (overrides)
            w.key("note").value(overrideNote);
        break;
    }
    case K::Inspect: w.key("grade").value(m_grade->currentData().toString()); break;
    }
    w.endObject();
    return w.take();
}

} // namespace ct
