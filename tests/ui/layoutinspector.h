#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

class QWidget;

namespace desk::test {

// Looks at a window or dialog as a translator's reader would: text that does not fit where it
// is (labels, buttons, check boxes, group titles, placeholders, combo boxes, tabs, header
// sections), widgets drawn over their siblings or past their parent's edge, a toolbar that
// had to hide items, text a translation did not reach, and a mnemonic given twice. Each
// problem is one line naming the widget (objectName, or its class and the nearest named
// ancestor), the text, and the pixels needed and available.
class LayoutInspector
{
public:
    // The catalogue's source strings whose translation differs from them: shown as they are,
    // such a string did not go through the translation (a wrong context, or a string changed
    // without updating the catalogue). Placeholders (%1) match any text.
    void setUntranslatedSources(const QStringList &sources);
    // Reads `tsFile`; with `everyString`, every source string counts (the pseudo-locale
    // translates all of them), otherwise those whose translation differs. Empty on success.
    QString loadCatalogue(const QString &tsFile, bool everyString);

    QStringList inspect(QWidget *top) const;

    static QString describe(const QWidget *widget);

private:
    void inspectWidget(QWidget *w, QStringList &problems) const;
    void checkUntranslated(const QWidget *w, const QString &what, const QString &text, QStringList &problems) const;
    void checkChildren(QWidget *parent, QStringList &problems) const;
    void checkMnemonics(QWidget *top, QStringList &problems) const;

    QList<QRegularExpression> m_untranslated;
};

} // namespace desk::test
