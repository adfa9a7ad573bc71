// SPDX-License-Identifier: MIT
#include "returnpolicydraft.h"

#include "returnpolicyeditcommand.h"

#include "json/jsonindent.h"
#include "teamsettings/teamsettingkind.h"

#include <QRegularExpression>
#include <QUndoStack>

namespace ct {

ReturnPolicyDraft::ReturnPolicyDraft(QObject *parent)
    : TeamSettingDraft(parent)
    , m_undo(new QUndoStack(this))
{
}

void ReturnPolicyDraft::load(const TeamSetting &setting)
{
    m_base = setting;
    const std::optional<ReturnPolicy> policy = setting.isDefault() ? ReturnPolicy::defaults()
                                                                   : ReturnPolicy::fromJson(setting.document, nullptr);
    m_readable = policy.has_value();
    m_policy = policy.value_or(ReturnPolicy::defaults());
    m_basePolicy = m_policy;
    m_baseDocument = m_policy.toJson();
    m_text.reset();
    m_undo->clear();
    check();
    Q_EMIT changed();
}

ReturnPolicyDraft::State ReturnPolicyDraft::state() const
{
    return State{m_policy, m_text};
}

void ReturnPolicyDraft::restore(const State &state)
{
    m_policy = state.policy;
    m_text = state.text;
    check();
    Q_EMIT changed();
}

void ReturnPolicyDraft::push(const State &before, const QString &field)
{
    const State after = state();
    if (after.policy.toJson() == before.policy.toJson() && after.text == before.text)
        return;
    // "windows[2].days" reads "window 3 days" on the Undo button.
    QString words = field;
    static const QRegularExpression Index(QStringLiteral("s?\\[(\\d+)\\]"));
    for (QRegularExpressionMatch m = Index.match(words); m.hasMatch(); m = Index.match(words))
        words.replace(m.capturedStart(), m.capturedLength(),
                      m.captured(1).isEmpty() ? QString() : QStringLiteral(" %1").arg(m.captured(1).toInt() + 1));
    words.replace(QLatin1String("[]"), QString()).replace(QLatin1Char('_'), QLatin1Char(' ')).replace(QLatin1Char('.'), QLatin1Char(' '));
    const QString what = field == QLatin1String("json") ? tr("Edit the JSON")
                         : field.isEmpty()               ? tr("Change the policy")
                                                         : tr("Change %1").arg(words.replace(QLatin1String("currency:"), QString()));
    m_undo->push(new ReturnPolicyEditCommand(*this, before, after, field, what));
}

void ReturnPolicyDraft::edit(const QString &field, const std::function<void(ReturnPolicy &)> &change)
{
    if (m_text)
        return; // the form waits for the JSON view's text to read
    const State before = state();
    change(m_policy);
    // A changed policy is a new version of it; changed back, it is the loaded one again.
    ReturnPolicy asLoaded = m_policy;
    asLoaded.version = m_basePolicy.version;
    if (asLoaded.toJson() == m_baseDocument)
        m_policy.version = m_basePolicy.version;
    else if (m_policy.version <= m_basePolicy.version)
        m_policy.version = m_basePolicy.version + 1;
    check();
    push(before, field);
    Q_EMIT changed();
}

void ReturnPolicyDraft::setText(const QString &text)
{
    if (text == this->text())
        return;
    const State before = state();
    if (std::optional<ReturnPolicy> policy = ReturnPolicy::fromJson(text.toUtf8(), nullptr)) {
        m_policy = *policy;
        m_text.reset();
    } else {
        m_text = text;
    }
    check();
    push(before, QStringLiteral("json"));
    Q_EMIT changed();
}

QString ReturnPolicyDraft::text() const
{
    return m_text ? *m_text : QString::fromUtf8(json::indented(m_policy.toJson()));
}

QByteArray ReturnPolicyDraft::document() const
{
    return m_text ? m_text->toUtf8() : m_policy.toJson();
}

bool ReturnPolicyDraft::isDirty() const
{
    return m_text.has_value() || m_policy.toJson() != m_baseDocument;
}

bool ReturnPolicyDraft::takeDocument(const QByteArray &document)
{
    const std::optional<ReturnPolicy> policy = ReturnPolicy::fromJson(document, nullptr);
    if (!policy)
        return false;
    const State before = state();
    m_policy = *policy;
    // Saved over a colleague's version, it is the next one after theirs.
    if (m_policy.toJson() != m_baseDocument && m_policy.version <= m_basePolicy.version)
        m_policy.version = m_basePolicy.version + 1;
    m_text.reset();
    check();
    push(before, {});
    Q_EMIT changed();
    return true;
}

void ReturnPolicyDraft::check()
{
    m_errors.clear();
    TeamSettingKinds::find(u"return_policy")->normalize(document(), &m_errors);
}

} // namespace ct
