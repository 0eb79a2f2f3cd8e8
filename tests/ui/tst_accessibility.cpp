// Accessible names, objectNames and keyboard reach of the real window and dialogs: what a screen
// reader says for each control, and that nothing needs a mouse.

#include "testpictures.h"
#include "uitestsupport.h"

#include "ui/activitypanel.h"
#include "ui/repositorydetailsview.h"
#include "ui/credentialsdialog.h"
#include "aws/awscredentials.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace desk;
using desk::test::SandboxFixture;

namespace {

// The controls a user operates: buttons, fields, lists, combo boxes.
bool isControl(const QWidget *w)
{
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w)
           || qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractItemView *>(w)
           || qobject_cast<const QPlainTextEdit *>(w);
}

QString describe(const QWidget *w)
{
    const QWidget *parent = w->parentWidget();
    return QStringLiteral("%1 \"%2\" (in %3 \"%4\", tooltip \"%5\")")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
             parent ? QString::fromLatin1(parent->metaObject()->className()) : QString(),
             parent ? parent->objectName() : QString(), w->toolTip());
}

// Every visible control of `top`: an objectName (tests and tools find it by that) and a name a
// screen reader can say (its text, its label's text, or an accessibleName).
QStringList unnamedControls(QWidget *top)
{
    QStringList problems;
    for (QWidget *w : top->findChildren<QWidget *>()) {
        if (!isControl(w) || !w->isVisibleTo(top))
            continue;
        // Qt's own parts of composite widgets (a combo's line edit, a dock's float button, a
        // view's viewport) are named by their owner.
        if (w->objectName().startsWith(QLatin1String("qt_")) || qobject_cast<QComboBox *>(w->parentWidget())
            || qobject_cast<QLineEdit *>(w->parentWidget()) || qobject_cast<QAbstractItemView *>(w->parentWidget()))
            continue;
        if (w->objectName().isEmpty())
            problems << QStringLiteral("%1 has no objectName").arg(describe(w));
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty())
            problems << QStringLiteral("%1 has no accessible name").arg(describe(w));
    }
    return problems;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void shouldNameEveryControlOfTheMainWindow();
    void shouldNameEveryControlOfThePicker();
    void shouldNameEveryControlOfTheCredentialsDialog();
    void shouldNameEveryControlOfTheWelcomePage();
    void shouldReachEveryActionFromTheKeyboard();
    void shouldTabFromFilterToTreeToActions();

private:
    SandboxFixture m_fx;
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestAccessibility::init()
{
    m_fx = SandboxFixture();
    const QString error = m_fx.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(!m_fx.window->isInventoryLoading(), 20000);
    QVERIFY(m_fx.window->selectFirstRepository());
    QTRY_VERIFY_WITH_TIMEOUT(m_fx.window->detailsView()->isRepositoryLoaded(), 10000);
}

void TestAccessibility::cleanup()
{
    m_fx.stop();
}

void TestAccessibility::shouldNameEveryControlOfTheMainWindow()
{
    // The activity dock too, which is hidden by default.
    auto *dock = m_fx.window->findChild<QDockWidget *>();
    QVERIFY(dock);
    dock->show();
    const QStringList problems = unnamedControls(m_fx.window.get());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
}

void TestAccessibility::shouldNameEveryControlOfThePicker()
{
    QStringList problems;
    bool opened = false;
    m_fx.prompter->onDialog = [&](QDialog *dialog) {
        opened = true;
        problems = unnamedControls(dialog);
    };
    m_fx.window->associateAction()->trigger();
    QVERIFY(opened);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
}

void TestAccessibility::shouldNameEveryControlOfTheCredentialsDialog()
{
    CredentialsDialog dialog(nullptr, m_fx.network.get());
    dialog.show();
    const QStringList problems = unnamedControls(&dialog);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
}

void TestAccessibility::shouldNameEveryControlOfTheWelcomePage()
{
    // A window without credentials shows the welcome page; its help part open too.
    CodeArtifactClient client(m_fx.network.get());
    client.setEnvironment(QProcessEnvironment());
    client.setRegion(QStringLiteral("us-east-1"));
    client.setCredentialsProvider(std::make_shared<StaticCredentialsProvider>(AwsCredentials()));
    MainWindow window(&client);
    window.show();
    window.start();
    QVERIFY(window.isWelcomeShown());
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("addCredentialsButton")), Qt::LeftButton);
    const QStringList problems = unnamedControls(&window);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
}

void TestAccessibility::shouldReachEveryActionFromTheKeyboard()
{
    // Every menu has a mnemonic, and every action in it is reachable through the menu; the
    // actions a user repeats also have a shortcut.
    QStringList problems;
    for (QAction *menuAction : m_fx.window->menuBar()->actions()) {
        if (!menuAction->text().contains(u'&'))
            problems << QStringLiteral("menu \"%1\" has no mnemonic").arg(menuAction->text());
        QMenu *menu = menuAction->menu();
        if (!menu)
            continue;
        for (QAction *action : menu->actions()) {
            if (action->isSeparator() || action->menu())
                continue;
            if (!action->text().contains(u'&') && action->shortcut().isEmpty())
                problems << QStringLiteral("\"%1\" has neither a mnemonic nor a shortcut").arg(action->text());
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    for (QAction *action : {m_fx.window->associateAction(), m_fx.window->disassociateAction()})
        QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->text()));
}

void TestAccessibility::shouldTabFromFilterToTreeToActions()
{
    // Tab order: filter, then the tree, then the repository's actions, as the eye reads them.
    QStringList chain;
    QWidget *start = m_fx.window->findChild<QLineEdit *>(QStringLiteral("domainFilterEdit"));
    QVERIFY(start);
    QWidget *w = start;
    do {
        if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) && !w->objectName().isEmpty())
            chain << w->objectName();
        w = w->nextInFocusChain();
    } while (w && w != start && chain.size() < 200);
    const qsizetype filter = chain.indexOf(QStringLiteral("domainFilterEdit"));
    const qsizetype tree = chain.indexOf(QStringLiteral("inventoryTree"));
    const qsizetype associate = chain.indexOf(QStringLiteral("associateButton"));
    QVERIFY2(filter == 0 && tree > filter && associate > tree, qPrintable(chain.join(u',')));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
