// SPDX-License-Identifier: MIT
#pragma once

#include "feeds/carrierfeedconfig.h"
#include "feeds/feedprobe.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace ct {

class CarrierFeeds;

// Add or edit one carrier feed: its name, first page, schedule and rate limit, and its
// credential. A saved credential is never shown again: the form says where it is kept and
// offers to replace it. Where no keychain service runs, the form says a credential is kept
// for this session only. Test asks the feed once with what the form holds and shows the
// answer (FeedProbe). Saving checks the values with core's reader of the feeds file (the
// reason at the form) and asks before a feed that is plain HTTP off this computer.
class CarrierFeedEditor final : public QDialog
{
    Q_OBJECT

public:
    // `existing`: the feed to edit; nullopt to add one.
    CarrierFeedEditor(CarrierFeeds &feeds, std::optional<CarrierFeedConfig> existing, QWidget *parent = nullptr);
    ~CarrierFeedEditor() override;

    // Whether `url` is plain HTTP to another computer (credentials and data unencrypted).
    static bool isInsecure(const QUrl &url);

private:
    // The feed as the form has it; nullopt with the reason shown when a value is wrong.
    std::optional<CarrierFeedConfig> readForm();
    // The credential to save: nullopt keeps the saved one.
    std::optional<QString> typedCredential() const;
    bool confirmInsecure(const QUrl &url);
    void save();
    void test();
    void showProbe(const FeedProbe::Answer &answer);
    void showError(const QString &text);

    CarrierFeeds &m_feeds;
    std::optional<CarrierFeedConfig> m_existing;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QSpinBox *m_pollMinutes;
    QDoubleSpinBox *m_rate;
    QDoubleSpinBox *m_burst;
    QSpinBox *m_timeout;
    QLabel *m_credentialState;
    QPushButton *m_replace;
    QLineEdit *m_credential;
    QLabel *m_keychainNote;
    QLabel *m_error;
    QPushButton *m_test;
    QLabel *m_probeResult;
    QDialogButtonBox *m_buttons;
    bool m_waitingForProbe = false;
};

} // namespace ct
