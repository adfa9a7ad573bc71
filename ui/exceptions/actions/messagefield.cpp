// SPDX-License-Identifier: MIT
#include "messagefield.h"

#include "templates/messagetemplates.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace ct {

MessageField::MessageField(const QHash<QString, QString> &fields, QWidget *parent)
    : ActionField({QStringLiteral("template"), QStringLiteral("channel")}, parent)
    , m_fields(fields)
    , m_channel(new QComboBox(this))
    , m_template(new QComboBox(this))
    , m_preview(new QPlainTextEdit(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_channel->setObjectName(QStringLiteral("channel"));
    for (MessageChannel channel : AllMessageChannels)
        m_channel->addItem(messageChannelLabel(channel), messageChannelCode(channel));
    m_template->setObjectName(QStringLiteral("template"));
    form->addRow(tr("C&hannel"), m_channel);
    form->addRow(tr("&Template"), m_template);
    layout->addLayout(form);
    m_preview->setObjectName(QStringLiteral("messagePreview"));
    m_preview->setReadOnly(true);
    m_preview->setTabChangesFocus(true);
    m_preview->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_preview->setMinimumHeight(m_preview->fontMetrics().lineSpacing() * 11 + 12);
    auto *previewLabel = new QLabel(tr("Preview"), this);
    previewLabel->setBuddy(m_preview);
    layout->addWidget(previewLabel);
    layout->addWidget(m_preview, 1);
    layout->addWidget(errorLabel());
    connect(m_channel, &QComboBox::currentIndexChanged, this, [this] {
        fillTemplates();
        if (!m_settingUp)
            markEdited();
    });
    connect(m_template, &QComboBox::currentIndexChanged, this, [this] {
        updatePreview();
        if (!m_settingUp)
            markEdited();
    });
    fillTemplates();
}

void MessageField::fillTemplates()
{
    const bool wasSettingUp = std::exchange(m_settingUp, true);
    m_template->clear();
    const auto channel = messageChannelFromCode(this->channel());
    for (const MessageTemplate &t : MessageTemplates::forChannel(channel.value_or(MessageChannel::Email)))
        m_template->addItem(t.name, t.id);
    m_settingUp = wasSettingUp;
    updatePreview();
}

void MessageField::updatePreview()
{
    const auto found = MessageTemplates::find(templateId());
    if (!found) {
        m_preview->clear();
        return;
    }
    const RenderedMessage message = MessageTemplates::render(*found, m_fields);
    m_preview->setPlainText(message.subject.isEmpty() ? message.body
                                                      : tr("Subject: %1").arg(message.subject) + QStringLiteral("\n\n") + message.body);
}

QString MessageField::channel() const
{
    return m_channel->currentData().toString();
}

QString MessageField::templateId() const
{
    return m_template->currentData().toString();
}

void MessageField::choose(const QString &channel, const QString &templateId)
{
    m_settingUp = true;
    m_channel->setCurrentIndex(qMax(0, m_channel->findData(channel)));
    m_template->setCurrentIndex(qMax(0, m_template->findData(templateId)));
    m_settingUp = false;
    updatePreview();
}

QString MessageField::preview() const
{
    return m_preview->toPlainText();
}

void MessageField::writeParams(QJsonObject &params) const
{
    params.insert(QStringLiteral("template"), templateId());
    params.insert(QStringLiteral("channel"), channel());
}

QWidget *MessageField::focusTarget() const
{
    return m_template;
}

} // namespace ct
