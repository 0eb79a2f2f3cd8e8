#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace desk {

// The language of the user interface. Installs Artifact Desk's catalogue (the strings of core/
// and ui/, embedded under :/i18n) and Qt's own (standard buttons, the command line's help) on the
// application. With no language named it follows the system: QLocale::system().uiLanguages()
// in order (LANGUAGE, then LC_ALL, LC_MESSAGES, LANG); English, the language of the source,
// ends the search as any other language would. "pseudo" is the pseudo-locale (every string
// longer and accented) for finding clipped text and strings that never went through tr().
class Translations
{
    Q_DECLARE_TR_FUNCTIONS(Translations)

public:
    struct Result
    {
        QString language;   // the language now shown: "en", "de", "pseudo"
        QString error;      // the language asked for has no catalogue; English is shown
    };

    static QString pseudoLanguage() { return QStringLiteral("pseudo"); }
    // "en" and every catalogue built in ("de", "pseudo").
    static QStringList available();
    // language: empty for the system's languages; otherwise "de", "de_AT", "de-DE", "en" or
    // "pseudo", which also becomes the default QLocale (dates and numbers follow it). Replaces
    // what an earlier call installed.
    static Result install(const QString &language = {});
    // Back to the source strings (English).
    static void remove();
};

} // namespace desk
