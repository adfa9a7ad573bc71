// SPDX-License-Identifier: MIT
#include "applanguage.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

#include <algorithm>
#include <memory>

namespace ct::AppLanguage {

namespace {

const QString System = QStringLiteral("system");
const QString English = QStringLiteral("en");

std::unique_ptr<QTranslator> g_qt;
std::unique_ptr<QTranslator> g_app;

QString languageOf(const QString &code)
{
    // "pt_BR" -> "pt": what QLocale::system().name() is compared on.
    return code.section(QLatin1Char('_'), 0, 0);
}

} // namespace

QString nativeName(const QString &choice)
{
    if (choice == System) {
        // The C locale (no LANG at all) speaks English.
        const QLocale system = QLocale::system();
        const QString code = system.language() == QLocale::C ? English
                             : system.language() == QLocale::Portuguese && system.territory() == QLocale::Brazil
                                 ? QStringLiteral("pt_BR")
                                 : languageOf(system.name());
        return QCoreApplication::translate("ct::AppLanguage", "System (%1)").arg(nativeName(code));
    }
    // Written here rather than taken from QLocale::nativeLanguageName(), which says
    // "português" and "español" in lower case and "Deutsch (Deutschland)"-style names
    // only with the territory.
    if (choice == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (choice == QLatin1String("en"))
        return QStringLiteral("English");
    if (choice == QLatin1String("es"))
        return QStringLiteral("Español");
    if (choice == QLatin1String("fr"))
        return QStringLiteral("Français");
    if (choice == QLatin1String("hi"))
        return QStringLiteral("हिन्दी");
    if (choice == QLatin1String("pt_BR"))
        return QStringLiteral("Português (Brasil)");
    const QLocale locale(choice);
    if (locale.language() == QLocale::C)
        return choice;
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name.isEmpty() ? choice : name;
}

QStringList choices(const QString &directory)
{
    QStringList codes{English};
    const QStringList files = QDir(directory).entryList({QStringLiteral("controltower_*.qm")}, QDir::Files);
    for (const QString &file : files) {
        const QString code = file.mid(13, file.size() - 13 - 3);
        if (!codes.contains(code))
            codes.append(code);
    }
    std::sort(codes.begin(), codes.end(),
              [](const QString &a, const QString &b) { return nativeName(a).localeAwareCompare(nativeName(b)) < 0; });
    codes.prepend(System);
    return codes;
}

bool isChoice(const QString &choice, const QString &directory)
{
    return choices(directory).contains(choice);
}

QLocale localeFor(const QString &choice)
{
    const QLocale system = QLocale::system();
    if (choice == System || choice.isEmpty())
        return system;
    const QLocale chosen(choice);
    const bool sameLanguage = system.language() == chosen.language()
                              && (!choice.contains(QLatin1Char('_')) || system.territory() == chosen.territory());
    return sameLanguage ? system : chosen;
}

QString install(const QString &choice, const QString &directory)
{
    const QLocale locale = localeFor(choice);
    QLocale::setDefault(locale);
    for (auto *translator : {&g_qt, &g_app}) {
        if (*translator) {
            QCoreApplication::removeTranslator(translator->get());
            translator->reset();
        }
    }
    // "system" speaks the system's language only where a translation exists.
    const bool english = choice == English || (choice != System && !isChoice(choice, directory));
    g_qt = std::make_unique<QTranslator>();
    if (!english
        && g_qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(g_qt.get());
    else
        g_qt.reset();
    g_app = std::make_unique<QTranslator>();
    const bool loaded = (!english && g_app->load(locale, QStringLiteral("controltower"), QStringLiteral("_"), directory))
                        || g_app->load(QStringLiteral("controltower_en"), directory);
    if (!loaded) {
        g_app.reset();
        return {};
    }
    QCoreApplication::installTranslator(g_app.get());
    return g_app->filePath();
}

} // namespace ct::AppLanguage
