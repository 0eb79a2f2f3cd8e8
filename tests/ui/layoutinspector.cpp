#include "layoutinspector.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QAbstractScrollArea>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitterHandle>
#include <QStackedWidget>
#include <QStyle>
#include <QStyleOption>
#include <QTabBar>
#include <QTextDocument>
#include <QToolBar>
#include <QToolButton>
#include <QXmlStreamReader>
#include <QtMath>

namespace desk::test {

namespace {

QString quoted(const QString &text)
{
    QString shown = text;
    shown.replace(u'\n', QStringLiteral("\\n"));
    if (shown.size() > 90)
        shown = shown.left(87) + QStringLiteral("...");
    return u'"' + shown + u'"';
}

bool isRich(const QLabel *label)
{
    return label->textFormat() == Qt::RichText
           || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
}

// The text as a reader sees it: a mnemonic's & is not drawn.
int mnemonicFlags(const QWidget *w)
{
    if (const auto *label = qobject_cast<const QLabel *>(w))
        return label->buddy() ? Qt::TextShowMnemonic : 0;
    return Qt::TextShowMnemonic;
}

// The mnemonic letter of `text` ("Re&gion:" -> "G"); empty when it has none.
QString mnemonicOf(const QString &text)
{
    const QKeySequence key = QKeySequence::mnemonic(text);
    return key.isEmpty() ? QString() : key.toString(QKeySequence::PortableText);
}

bool isScrollViewport(const QWidget *w)
{
    return w && w->objectName() == QLatin1String("qt_scrollarea_viewport");
}

bool isInternal(const QWidget *w)
{
    return qobject_cast<const QScrollBar *>(w) || qobject_cast<const QSplitterHandle *>(w)
           || w->objectName().startsWith(QLatin1String("qt_scrollarea_"));
}

// Shown on the screen `top` is on: visible, not inside another window (a popup).
bool isShown(const QWidget *w, const QWidget *top)
{
    return w->window() == top && w->isVisibleTo(top) && !w->geometry().isEmpty();
}

} // namespace

void LayoutInspector::setUntranslatedSources(const QStringList &sources)
{
    m_untranslated.clear();
    static const QRegularExpression placeholder(QStringLiteral("%L?(?:\\d{1,2}|n)"));
    for (const QString &source : sources) {
        QString literal = source;
        literal.remove(placeholder);
        int letters = 0;
        for (const QChar c : std::as_const(literal))
            letters += c.isLetter() ? 1 : 0;
        if (letters < 3)   // "%1 (%2)", "%1 ms": any text would match
            continue;
        QString pattern;
        qsizetype at = 0;
        for (auto it = placeholder.globalMatch(source); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            pattern += QRegularExpression::escape(source.mid(at, m.capturedStart() - at)) + QStringLiteral("(.*)");
            at = m.capturedEnd();
        }
        pattern += QRegularExpression::escape(source.mid(at));
        m_untranslated << QRegularExpression(QRegularExpression::anchoredPattern(pattern),
                                             QRegularExpression::DotMatchesEverythingOption);
    }
}

QString LayoutInspector::loadCatalogue(const QString &tsFile, bool everyString)
{
    QFile file(tsFile);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read %1: %2").arg(tsFile, file.errorString());
    QStringList sources;
    QXmlStreamReader xml(&file);
    QString source;
    QStringList translations;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("message")) {
            source.clear();
            translations.clear();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.isStartElement()
                   && (xml.name() == QLatin1String("translation") || xml.name() == QLatin1String("numerusform"))) {
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!text.isEmpty())
                translations << text;
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            const bool differs = std::any_of(translations.cbegin(), translations.cend(),
                                             [&](const QString &t) { return t != source; });
            if (everyString || differs)
                sources << source;
        }
    }
    if (xml.hasError())
        return QStringLiteral("%1: %2").arg(tsFile, xml.errorString());
    setUntranslatedSources(sources);
    return {};
}

QString LayoutInspector::describe(const QWidget *widget)
{
    QString name = widget->objectName();
    if (name.isEmpty() || name.startsWith(QLatin1String("qt_"))) {
        QString owner;
        for (const QWidget *p = widget->parentWidget(); p; p = p->parentWidget()) {
            if (!p->objectName().isEmpty() && !p->objectName().startsWith(QLatin1String("qt_"))) {
                owner = p->objectName();
                break;
            }
        }
        name = QString::fromLatin1(widget->metaObject()->className())
               + (name.isEmpty() ? QString() : u'#' + name) + QStringLiteral(" in ") + owner;
    }
    return name;
}

QStringList LayoutInspector::inspect(QWidget *top) const
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
    QStringList problems;
    inspectWidget(top, problems);
    checkChildren(top, problems);
    for (QWidget *w : top->findChildren<QWidget *>()) {
        if (!isShown(w, top))
            continue;
        inspectWidget(w, problems);
        checkChildren(w, problems);
    }
    checkMnemonics(top, problems);
    problems.removeDuplicates();
    return problems;
}

void LayoutInspector::checkUntranslated(const QWidget *w, const QString &what, const QString &text,
                                        QStringList &problems) const
{
    // Qt's own parts (a dock's Close button) speak Qt's catalogue.
    if (text.trimmed().isEmpty() || w->objectName().startsWith(QLatin1String("qt_")))
        return;
    for (const QRegularExpression &source : m_untranslated) {
        if (source.match(text).hasMatch()) {
            problems << QStringLiteral("%1: %2 %3 is not translated").arg(describe(w), what, quoted(text));
            return;
        }
    }
}

void LayoutInspector::inspectWidget(QWidget *w, QStringList &problems) const
{
    const QString name = describe(w);
    auto report = [&](const QString &text, const QString &what) {
        problems << QStringLiteral("%1: %2 %3").arg(name, quoted(text), what);
    };
    if (w->isWindow())
        checkUntranslated(w, QStringLiteral("window title"), w->windowTitle(), problems);
    checkUntranslated(w, QStringLiteral("tooltip"), w->toolTip(), problems);
    checkUntranslated(w, QStringLiteral("accessible name"), w->accessibleName(), problems);

    if (auto *label = qobject_cast<QLabel *>(w)) {
        const QString text = label->text();
        if (text.isEmpty())
            return;
        checkUntranslated(w, QStringLiteral("text"), text, problems);
        const QRect room = label->contentsRect().adjusted(label->margin(), label->margin(), -label->margin(),
                                                          -label->margin());
        QTextDocument document;
        document.setDefaultFont(label->font());
        document.setDocumentMargin(0);
        if (isRich(label))
            document.setHtml(text);
        else
            document.setPlainText(text);
        if (label->wordWrap()) {
            const int needHeight = label->heightForWidth(label->width());
            if (needHeight > label->height())
                report(text, QStringLiteral("is cut off at the bottom: needs %1 px high at %2 px wide, has %3 px")
                                 .arg(needHeight).arg(label->width()).arg(label->height()));
            document.setTextWidth(room.width());
            const int needWidth = qCeil(document.idealWidth());
            if (needWidth > room.width())
                report(text, QStringLiteral("has a word wider than the label: needs %1 px, has %2 px")
                                 .arg(needWidth).arg(room.width()));
        } else {
            QSize need;
            if (isRich(label))
                need = QSize(qCeil(document.idealWidth()), qCeil(document.size().height()));
            else
                need = label->fontMetrics().size(mnemonicFlags(label), text);
            if (need.width() > room.width() || need.height() > room.height())
                report(text, QStringLiteral("is cut off: needs %1 x %2 px, has %3 x %4 px")
                                 .arg(need.width()).arg(need.height()).arg(room.width()).arg(room.height()));
        }
        return;
    }

    if (auto *button = qobject_cast<QAbstractButton *>(w)) {
        const QString text = button->text();
        // OK, Cancel, Close: Qt's own words, from Qt's catalogue (or none, in the pseudo-locale).
        auto *buttons = qobject_cast<QDialogButtonBox *>(button->parentWidget());
        if (!buttons || buttons->standardButton(button) == QDialogButtonBox::NoButton)
            checkUntranslated(w, QStringLiteral("text"), text, problems);
        auto *tool = qobject_cast<QToolButton *>(button);
        if (text.isEmpty() || (tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly))
            return;
        if (auto *push = qobject_cast<QPushButton *>(button)) {
            QStyleOptionButton option;
            option.initFrom(push);
            option.text = text;
            option.icon = push->icon();
            option.iconSize = push->iconSize();
            if (push->menu())
                option.features |= QStyleOptionButton::HasMenu;
            if (push->isFlat())
                option.features |= QStyleOptionButton::Flat;
            const QRect room = push->style()->subElementRect(QStyle::SE_PushButtonContents, &option, push);
            int need = push->fontMetrics().size(Qt::TextShowMnemonic, text).width();
            if (!push->icon().isNull())
                need += push->iconSize().width() + 4;
            if (push->menu())
                need += push->style()->pixelMetric(QStyle::PM_MenuButtonIndicator, &option, push);
            if (need > room.width())
                report(text, QStringLiteral("is cut off: needs %1 px for text and icon, the button has %2 px inside")
                                 .arg(need).arg(room.width()));
            return;
        }
        const QSize need = button->sizeHint();
        if (need.width() > button->width() || need.height() > button->height())
            report(text, QStringLiteral("is cut off: needs %1 x %2 px, has %3 x %4 px")
                             .arg(need.width()).arg(need.height()).arg(button->width()).arg(button->height()));
        return;
    }

    if (auto *box = qobject_cast<QGroupBox *>(w)) {
        const QString title = box->title();
        checkUntranslated(w, QStringLiteral("title"), title, problems);
        if (title.isEmpty())
            return;
        QStyleOptionGroupBox option;
        option.initFrom(box);
        option.text = title;
        option.lineWidth = 1;
        option.textAlignment = box->alignment();
        option.subControls = QStyle::SC_GroupBoxFrame | QStyle::SC_GroupBoxLabel;
        if (box->isCheckable())
            option.subControls |= QStyle::SC_GroupBoxCheckBox;
        const QRect label = box->style()->subControlRect(QStyle::CC_GroupBox, &option, QStyle::SC_GroupBoxLabel, box);
        const int need = box->fontMetrics().size(Qt::TextShowMnemonic, title).width();
        if (label.left() < 0 || label.right() > box->rect().right() || label.width() < need)
            report(title, QStringLiteral("(group title) is cut off: needs %1 px from x=%2, the box is %3 px wide")
                              .arg(need).arg(label.left()).arg(box->width()));
        return;
    }

    if (auto *edit = qobject_cast<QLineEdit *>(w)) {
        checkUntranslated(w, QStringLiteral("placeholder"), edit->placeholderText(), problems);
        if (!edit->text().isEmpty() || edit->placeholderText().isEmpty())
            return;
        QStyleOptionFrame option;
        option.initFrom(edit);
        option.lineWidth = edit->hasFrame() ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit) : 0;
        QRect room = edit->style()->subElementRect(QStyle::SE_LineEditContents, &option, edit);
        room = room.marginsRemoved(edit->textMargins()).adjusted(2, 0, -2, 0);   // QLineEdit's own margin
        for (QWidget *side : edit->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
            if (!side->isVisible())
                continue;
            if (side->geometry().center().x() < room.center().x())
                room.setLeft(std::max(room.left(), side->geometry().right() + 1));
            else
                room.setRight(std::min(room.right(), side->geometry().left() - 1));
        }
        const int need = edit->fontMetrics().horizontalAdvance(edit->placeholderText());
        if (need > room.width())
            report(edit->placeholderText(), QStringLiteral("(placeholder) is cut off: needs %1 px, has %2 px")
                                                .arg(need).arg(room.width()));
        return;
    }

    if (auto *combo = qobject_cast<QComboBox *>(w)) {
        for (int i = 0; i < combo->count(); ++i)
            checkUntranslated(w, QStringLiteral("item"), combo->itemText(i), problems);
        checkUntranslated(w, QStringLiteral("placeholder"), combo->placeholderText(), problems);
        if (combo->isEditable())
            return;   // its line edit is looked at on its own
        const QString text = combo->currentIndex() < 0 ? combo->placeholderText() : combo->currentText();
        if (text.isEmpty())
            return;
        QStyleOptionComboBox option;
        option.initFrom(combo);
        option.editable = false;
        option.frame = combo->hasFrame();
        option.currentText = text;
        option.currentIcon = combo->itemIcon(combo->currentIndex());
        option.iconSize = combo->iconSize();
        const QRect room = combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
        int need = combo->fontMetrics().horizontalAdvance(text);
        if (!option.currentIcon.isNull())
            need += combo->iconSize().width() + 4;
        if (need > room.width())
            report(text, QStringLiteral("(combo box) is cut off: needs %1 px, has %2 px").arg(need).arg(room.width()));
        return;
    }

    if (auto *header = qobject_cast<QHeaderView *>(w)) {
        QAbstractItemModel *model = header->model();
        if (!model || header->orientation() != Qt::Horizontal)
            return;
        const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        for (int i = 0; i < header->count(); ++i) {
            if (header->isSectionHidden(i))
                continue;
            const QString text = model->headerData(i, Qt::Horizontal, Qt::DisplayRole).toString();
            checkUntranslated(w, QStringLiteral("column"), text, problems);
            if (text.isEmpty())
                continue;
            int need = header->fontMetrics().horizontalAdvance(text) + 2 * margin;
            if (header->isSortIndicatorShown() && header->sortIndicatorSection() == i)
                need += header->height() / 2 + margin;
            if (need > header->sectionSize(i))
                report(text, QStringLiteral("(column %1) is cut off: needs %2 px, the section has %3 px")
                                 .arg(i).arg(need).arg(header->sectionSize(i)));
        }
        return;
    }

    if (auto *tabs = qobject_cast<QTabBar *>(w)) {
        const int space = tabs->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, tabs);
        for (int i = 0; i < tabs->count(); ++i) {
            const QString text = tabs->tabText(i);
            checkUntranslated(w, QStringLiteral("tab"), text, problems);
            int need = tabs->fontMetrics().size(Qt::TextShowMnemonic, text).width() + space;
            if (!tabs->tabIcon(i).isNull())
                need += tabs->iconSize().width() + 4;
            if (need > tabs->tabRect(i).width())
                report(text, QStringLiteral("(tab) is cut off: needs %1 px, has %2 px").arg(need).arg(tabs->tabRect(i).width()));
        }
        return;
    }

    if (auto *area = qobject_cast<QScrollArea *>(w); area && area->widget()
                                                        && area->horizontalScrollBarPolicy() == Qt::ScrollBarAsNeeded) {
        // A page laid out for a width it does not get: its right part is only seen by scrolling.
        const int need = area->widget()->minimumSizeHint().width();
        const int room = area->viewport()->width();
        if (area->horizontalScrollBar()->isVisible() || need > room)
            problems << QStringLiteral("%1: the page needs %2 px wide, the view has %3 px (a horizontal scroll bar)")
                            .arg(name).arg(need).arg(room);
        return;
    }

    if (auto *toolBar = qobject_cast<QToolBar *>(w)) {
        auto *extension = toolBar->findChild<QWidget *>(QStringLiteral("qt_toolbar_ext_button"));
        if (extension && extension->isVisible()) {
            QStringList hidden;
            for (QAction *action : toolBar->actions()) {
                QWidget *item = toolBar->widgetForAction(action);
                if (item && !item->isVisible() && !action->isSeparator())
                    hidden << (item->objectName().isEmpty() ? action->text() : item->objectName());
            }
            problems << QStringLiteral("%1: the toolbar does not fit in %2 px; it hides %3 behind its extension button")
                            .arg(name).arg(toolBar->width()).arg(hidden.join(QStringLiteral(", ")));
        }
    }
}

void LayoutInspector::checkChildren(QWidget *parent, QStringList &problems) const
{
    if (qobject_cast<QStackedWidget *>(parent) || qobject_cast<QComboBox *>(parent))
        return;
    const bool scrolling = isScrollViewport(parent) || qobject_cast<QAbstractScrollArea *>(parent);
    QList<QWidget *> children;
    for (QWidget *child : parent->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (child->isWindow() || !isShown(child, parent->window()) || isInternal(child))
            continue;
        children << child;
        if (!scrolling && !parent->rect().contains(child->geometry())) {
            const QRect g = child->geometry();
            problems << QStringLiteral("%1 reaches past the edge of %2: it is at %3,%4 %5 x %6 in %7 x %8")
                            .arg(describe(child), describe(parent))
                            .arg(g.x()).arg(g.y()).arg(g.width()).arg(g.height())
                            .arg(parent->width()).arg(parent->height());
        }
    }
    if (scrolling)
        return;
    for (qsizetype i = 0; i < children.size(); ++i) {
        for (qsizetype j = i + 1; j < children.size(); ++j) {
            const QRect a = children.at(i)->geometry();
            const QRect b = children.at(j)->geometry();
            if (a.intersects(b)) {
                const QRect both = a.intersected(b);
                problems << QStringLiteral("%1 and %2 overlap in %3: %4 x %5 px at %6,%7")
                                .arg(describe(children.at(i)), describe(children.at(j)), describe(parent))
                                .arg(both.width()).arg(both.height()).arg(both.x()).arg(both.y());
            }
        }
    }
}

void LayoutInspector::checkMnemonics(QWidget *top, QStringList &problems) const
{
    // Alt+letter in the window: buttons, buddy labels, group titles and, in a main window, the menus.
    QMap<QString, QStringList> owners;
    auto note = [&](const QString &text, const QString &who) {
        const QString key = mnemonicOf(text);
        if (!key.isEmpty())
            owners[key] << QStringLiteral("%1 %2").arg(who, quoted(text));
    };
    QList<QMenu *> menus;
    if (auto *window = qobject_cast<QMainWindow *>(top); window && window->menuWidget()) {
        for (QAction *action : window->menuBar()->actions()) {
            note(action->text(), QStringLiteral("menu"));
            if (action->menu())
                menus << action->menu();
        }
    }
    for (QWidget *w : top->findChildren<QWidget *>()) {
        // A disabled button's Alt+letter is its own as soon as it is enabled.
        if (!isShown(w, top))
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            if (!qobject_cast<QToolBar *>(button->parentWidget()))
                note(button->text(), describe(w));
        } else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy()) {
            note(label->text(), describe(w));
        } else if (auto *box = qobject_cast<QGroupBox *>(w)) {
            note(box->title(), describe(w));
        }
        if (w->contextMenuPolicy() == Qt::ActionsContextMenu && !w->actions().isEmpty()) {
            QMap<QString, QStringList> items;
            for (QAction *action : w->actions()) {
                if (!action->isSeparator() && !mnemonicOf(action->text()).isEmpty())
                    items[mnemonicOf(action->text())] << quoted(action->text());
            }
            for (auto it = items.cbegin(); it != items.cend(); ++it) {
                if (it.value().size() > 1)
                    problems << QStringLiteral("%1's context menu: %2 is given to %3")
                                    .arg(describe(w), it.key(), it.value().join(QStringLiteral(" and ")));
            }
        }
    }
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it.value().size() > 1)
            problems << QStringLiteral("%1: %2 is given to %3")
                            .arg(describe(top), it.key(), it.value().join(QStringLiteral(" and ")));
    }
    for (QMenu *menu : std::as_const(menus)) {
        QMap<QString, QStringList> items;
        for (QAction *action : menu->actions()) {
            checkUntranslated(menu, QStringLiteral("menu item"), action->text(), problems);
            if (!action->isSeparator() && !mnemonicOf(action->text()).isEmpty())
                items[mnemonicOf(action->text())] << quoted(action->text());
        }
        for (auto it = items.cbegin(); it != items.cend(); ++it) {
            if (it.value().size() > 1)
                problems << QStringLiteral("menu %1: %2 is given to %3")
                                .arg(quoted(menu->title()), it.key(), it.value().join(QStringLiteral(" and ")));
        }
    }
}

} // namespace desk::test
