// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace ct {

// The language the app speaks: the translations that exist (translations/, built into
// `:/i18n`), their names in their own language, and putting one into effect. The choice
// is "system" (the system's language when a translation exists, else English) or a
// translation's code ("de", "pt_BR"): Preferences > Language (the `appearance/language`
// setting) or `--lang`, read at start.
namespace AppLanguage {

// "system" first, then "en" and each translation in `directory`, in the order of their
// native names.
QStringList choices(const QString &directory = QStringLiteral(":/i18n"));
// Whether `choice` is one of choices().
bool isChoice(const QString &choice, const QString &directory = QStringLiteral(":/i18n"));
// "Deutsch", "Español", "Français", "हिन्दी", "Português (Brasil)", "English"; for "system",
// the system's language: "System (Deutsch)".
QString nativeName(const QString &choice);
// The locale dates, numbers and currencies follow for `choice`: the system's own when it
// speaks that language (so de_CH keeps Swiss formats), else the language's main locale.
QLocale localeFor(const QString &choice);

// Puts `choice` into effect: QLocale::setDefault(localeFor(choice)), Qt's own catalogue
// and the app's translation from `directory` (English's numerus forms when the language
// has none), replacing what an earlier call installed. Widgets made before keep their
// text: the window is built after this (at start, or new in a test). Returns the app
// translation's file, empty when none loaded.
QString install(const QString &choice, const QString &directory = QStringLiteral(":/i18n"));

} // namespace AppLanguage

} // namespace ct
