#include "ui/translations.h"

#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace desk {

namespace {

const QString &catalogueFolder()
{
    static const QString folder = QStringLiteral(":/i18n");
    return folder;
}

QString cataloguePath(const QString &language)
{
    return catalogueFolder() + QStringLiteral("/artifact-desk_") + language + QStringLiteral(".qm");
}

QList<QPointer<QTranslator>> &installed()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

bool installFile(const QString &file)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(file) || !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return false;
    }
    installed().append(translator);
    return true;
}

// "de-AT" -> {"de_AT", "de"}: the catalogue for the country first, then for the language.
QStringList candidatesFor(const QString &uiLanguage)
{
    QString name = uiLanguage;
    name.replace(u'-', u'_');
    const QString base = name.section(u'_', 0, 0);
    return name == base ? QStringList{name} : QStringList{name, base};
}

// The first of `uiLanguages` that is English or has a catalogue; empty when none is.
QString chooseLanguage(const QStringList &uiLanguages)
{
    for (const QString &uiLanguage : uiLanguages) {
        for (const QString &candidate : candidatesFor(uiLanguage)) {
            if (candidate == QLatin1String("en") || QFile::exists(cataloguePath(candidate)))
                return candidate;
        }
    }
    return {};
}

} // namespace

QStringList Translations::available()
{
    QStringList languages{QStringLiteral("en")};
    const QStringList files = QDir(catalogueFolder())
                                  .entryList({QStringLiteral("artifact-desk_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        languages << file.mid(int(qstrlen("artifact-desk_"))).chopped(3);
    return languages;
}

Translations::Result Translations::install(const QString &language)
{
    remove();
    Result result;
    result.language = QStringLiteral("en");
    if (language == pseudoLanguage()) {
        if (installFile(cataloguePath(language)))
            result.language = language;
        else
            result.error = tr("The pseudo-locale is not built in.");
        return result;
    }

    QString chosen;
    if (language.isEmpty()) {
        chosen = chooseLanguage(QLocale::system().uiLanguages());
    } else {
        const QLocale locale(language);
        chosen = locale.language() == QLocale::C ? QString() : chooseLanguage({language, locale.name()});
        if (chosen.isEmpty()) {
            result.error = tr("There is no translation for \"%1\"; the languages are: %2.")
                               .arg(language, available().join(QStringLiteral(", ")));
            return result;
        }
        QLocale::setDefault(locale);
    }
    if (chosen.isEmpty() || chosen == QLatin1String("en"))
        return result;
    installFile(cataloguePath(chosen));
    result.language = chosen;
    // Qt's own strings (OK, Cancel, Show Details..., the command line's help) when Qt has them.
    const QString qtFolder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    const QString qtFile = QStringLiteral("qtbase_") + chosen + QStringLiteral(".qm");
    if (QFile::exists(QDir(qtFolder).filePath(qtFile)))
        installFile(QDir(qtFolder).filePath(qtFile));
    return result;
}

void Translations::remove()
{
    for (const QPointer<QTranslator> &translator : std::as_const(installed())) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installed().clear();
}

} // namespace desk
