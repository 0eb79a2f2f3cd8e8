// The window at 1024 x 700, the external-connection picker, the Credentials dialog, the welcome
// page and every message box, in the pseudo-locale (every string about 40% longer and accented)
// and in German: no text cut off, no widget over another or past its parent's edge, no toolbar
// item pushed into the overflow, no string the translation missed, no Alt+letter given twice.
// Each problem names the widget, its text and the pixels it needs and has (LayoutInspector).

#include "layoutinspector.h"
#include "credentials/ssologinjob.h"
#include "ui/ssodialogprompt.h"
#include "uitestsupport.h"

#include "ui/activitypanel.h"
#include "ui/credentialsdialog.h"
#include "ui/externalconnectiondialog.h"
#include "ui/inventorypanel.h"
#include "ui/messagewidget.h"
#include "ui/mfadialogprompt.h"
#include "ui/repositorydetailsview.h"
#include "ui/translations.h"
#include "ui/welcomepage.h"

#include "aws/awscredentials.h"
#include "credentials/appprofilestore.h"
#include "sandbox/sandboxdemoseed.h"
#include "secrets/memorysecretstore.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <utility>

using namespace desk;
using desk::test::LayoutInspector;
using desk::test::SandboxFixture;

namespace {

const QSize kScreen(1024, 700);

RepositoryRef demoRepository(const QString &domain, const QString &repository)
{
    return RepositoryRef{domain, SandboxConfig::defaultAccount(), repository};
}

// Runs `open`, which shows a modal dialog and returns when it closes; `look` sees the dialog
// while it is open. False when no dialog came.
bool whileModal(const std::function<void()> &open, const std::function<void(QDialog *)> &look)
{
    bool seen = false;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible() || seen)
            return;
        seen = true;
        poll.stop();
        look(dialog);
        dialog->reject();
    });
    poll.start();
    open();
    poll.stop();
    return seen;
}

} // namespace

class TestTranslatedLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();

    void shouldFindTextThatDoesNotFit();
    void shouldFitTheMainWindow();
    void shouldFitThePicker_data();
    void shouldFitThePicker();
    void shouldFitTheCredentialsDialog();
    void shouldFitTheSsoDialogs();
    void shouldFitTheWelcomePage();
    void shouldFitTheMessageBoxes();

private:
    // Notes what the inspector finds in `top`; expectNoProblems() fails with all of it.
    void look(QWidget *top, const QString &where);
    void expectNoProblems();
    void startWindow();

    QString m_language;
    QStringList m_problems;
    LayoutInspector m_inspector;
    SandboxFixture m_fx;
};

void TestTranslatedLayout::initTestCase_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("pseudo") << Translations::pseudoLanguage();
    QTest::newRow("de") << QStringLiteral("de");
}

namespace {
QtMessageHandler g_previousHandler = nullptr;
void dropOffscreenNoise(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message != QLatin1String("This plugin does not support propagateSizeHints()"))
        g_previousHandler(type, context, message);
}
} // namespace

void TestTranslatedLayout::initTestCase()
{
    g_previousHandler = qInstallMessageHandler(dropOffscreenNoise);
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setStyle(QStringLiteral("Fusion"));
}

void TestTranslatedLayout::init()
{
    QFETCH_GLOBAL(QString, language);
    if (language != m_language) {
        const Translations::Result installed = Translations::install(language);
        QVERIFY2(installed.error.isEmpty(), qPrintable(installed.error));
        QCOMPARE(installed.language, language);
        const bool pseudo = language == Translations::pseudoLanguage();
        const QString error = m_inspector.loadCatalogue(
            QStringLiteral(DESK_TRANSLATIONS_DIR "/artifact-desk_de.ts"), pseudo);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_language = language;
    }
}

void TestTranslatedLayout::cleanup()
{
    m_problems.clear();
    m_fx.stop();
}

void TestTranslatedLayout::look(QWidget *top, const QString &where)
{
    QStringList problems = m_inspector.inspect(top);
    // DESK_LAYOUT_SHOTS=DIR keeps a picture of each view looked at, to see what a problem looks like.
    if (const QString shots = qEnvironmentVariable("DESK_LAYOUT_SHOTS"); !shots.isEmpty()) {
        QString name = m_language + u'-' + where;
        name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]+")), QStringLiteral("-"));
        top->grab().save(QDir(shots).filePath(name + QStringLiteral(".png")));
    }
    if (top->isWindow() && (top->width() > kScreen.width() || top->height() > kScreen.height()))
        problems.prepend(QStringLiteral("%1 is %2 x %3 px, larger than the %4 x %5 screen")
                             .arg(LayoutInspector::describe(top)).arg(top->width()).arg(top->height())
                             .arg(kScreen.width()).arg(kScreen.height()));
    if (!problems.isEmpty())
        m_problems << QStringLiteral("%1, %2 problem(s):\n    %3").arg(where).arg(problems.size())
                          .arg(problems.join(QStringLiteral("\n    ")));
}

void TestTranslatedLayout::expectNoProblems()
{
    // QTest cuts a failure message short; the whole list goes to the log first.
    const QStringList problems = std::exchange(m_problems, {});
    if (!problems.isEmpty())
        qInfo().noquote() << QStringLiteral("In %1:\n  ").arg(m_language) + problems.join(QStringLiteral("\n  "));
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 view(s) with problems in %2, listed above")
                                                .arg(problems.size()).arg(m_language)));
}

void TestTranslatedLayout::startWindow()
{
    const QString error = m_fx.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_fx.window->resize(kScreen);
    QTRY_VERIFY_WITH_TIMEOUT(!m_fx.window->isInventoryLoading(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_fx.window->client()->pendingRequests(), 10000);
    QCOMPARE(m_fx.window->size(), kScreen);
}

void TestTranslatedLayout::shouldFindTextThatDoesNotFit()
{
    // The inspector itself: a label, a button and a check box too narrow for their text, two
    // widgets on top of each other and an untranslated string are each reported.
    QWidget top;
    top.setObjectName(QStringLiteral("top"));
    top.resize(400, 200);
    auto *label = new QLabel(QStringLiteral("A sentence far too long for forty pixels"), &top);
    label->setObjectName(QStringLiteral("narrowLabel"));
    label->setGeometry(0, 0, 40, 20);
    auto *button = new QPushButton(QStringLiteral("&Associate External Connection"), &top);
    button->setObjectName(QStringLiteral("narrowButton"));
    button->setGeometry(0, 30, 60, 30);
    auto *check = new QCheckBox(QStringLiteral("Replace the connection"), &top);
    check->setObjectName(QStringLiteral("narrowCheck"));
    check->setGeometry(0, 70, 50, 20);
    auto *over = new QLabel(QStringLiteral("x"), &top);
    over->setObjectName(QStringLiteral("overlappingLabel"));
    over->setGeometry(20, 40, 30, 20);
    auto *wrapped = new QLabel(QStringLiteral("Wrapped text that needs several lines at this width"), &top);
    wrapped->setObjectName(QStringLiteral("shortWrappedLabel"));
    wrapped->setWordWrap(true);
    wrapped->setGeometry(100, 0, 80, 18);
    auto *untranslated = new QLabel(QStringLiteral("Domain owner:"), &top);
    untranslated->setObjectName(QStringLiteral("untranslatedLabel"));
    untranslated->setGeometry(200, 100, 190, 30);
    top.show();
    LayoutInspector inspector;
    inspector.setUntranslatedSources({QStringLiteral("Domain owner:")});
    const QString problems = inspector.inspect(&top).join(u'\n');
    for (const char *expected : {"narrowLabel: \"A sentence far too long for forty pixels\" is cut off",
                                 "narrowButton: \"&Associate External Connection\" is cut off",
                                 "narrowCheck: \"Replace the connection\" is cut off",
                                 "overlap in top", "shortWrappedLabel", "cut off at the bottom",
                                 "untranslatedLabel: text \"Domain owner:\" is not translated"})
        QVERIFY2(problems.contains(QLatin1String(expected)), qPrintable(QStringLiteral("no \"%1\" in:\n%2")
                                                                             .arg(QLatin1String(expected), problems)));
    // And a layout that fits has nothing to say.
    QWidget fits;
    auto *ok = new QLabel(QStringLiteral("Fits"), &fits);
    ok->setGeometry(0, 0, 100, 30);
    fits.resize(120, 40);
    fits.show();
    QCOMPARE(inspector.inspect(&fits), QStringList());
}

void TestTranslatedLayout::shouldFitTheMainWindow()
{
    startWindow();
    QVERIFY(m_fx.window->selectRepository(demoRepository(QStringLiteral("acme-prod"), QStringLiteral("backend-jvm"))));
    QTRY_VERIFY_WITH_TIMEOUT(m_fx.window->detailsView()->isRepositoryLoaded(), 10000);
    look(m_fx.window.get(), QStringLiteral("the window, a repository with upstreams"));

    QVERIFY(m_fx.window->selectRepository(demoRepository(QStringLiteral("acme-prod"), QStringLiteral("npm-store"))));
    QTRY_VERIFY_WITH_TIMEOUT(m_fx.window->detailsView()->isRepositoryLoaded(), 10000);
    look(m_fx.window.get(), QStringLiteral("the window, a repository with an external connection"));

    QVERIFY(m_fx.window->selectRepository(demoRepository(QStringLiteral("acme-experiments"), QStringLiteral("scratch"))));
    QTRY_VERIFY_WITH_TIMEOUT(m_fx.window->detailsView()->isRepositoryLoaded(), 10000);
    look(m_fx.window.get(), QStringLiteral("the window, a repository with neither"));

    QVERIFY(m_fx.window->selectDomain(SandboxConfig::defaultAccount(), QStringLiteral("acme-prod")));
    QTRY_VERIFY_WITH_TIMEOUT(!m_fx.window->client()->pendingRequests(), 10000);
    look(m_fx.window.get(), QStringLiteral("the window, a domain"));

    // The activity panel open, and an error in the banner with Retry and Details, beside a
    // repository's actions.
    QVERIFY(m_fx.window->selectRepository(demoRepository(QStringLiteral("acme-prod"), QStringLiteral("npm-store"))));
    QTRY_VERIFY_WITH_TIMEOUT(m_fx.window->detailsView()->isRepositoryLoaded(), 10000);
    m_fx.window->activityDock()->show();
    AwsError denied(AwsError::Kind::AccessDenied, QStringLiteral("User is not authorized"));
    denied.setOperation(QStringLiteral("AssociateExternalConnection")).setHttpStatus(403)
        .setCode(QStringLiteral("AccessDeniedException"));
    m_fx.window->banner()->showMessage(denied.userMessage(), MessageWidget::Type::Error, denied.details(), true);
    look(m_fx.window.get(), QStringLiteral("the window, activity panel and an error banner"));

    // A filter that matches nothing.
    auto *filter = m_fx.window->findChild<QLineEdit *>(QStringLiteral("domainFilterEdit"));
    QVERIFY(filter);
    QTest::keyClicks(filter, QStringLiteral("no-such-repository"));
    look(m_fx.window.get(), QStringLiteral("the window, a filter that matches nothing"));
    expectNoProblems();
}

void TestTranslatedLayout::shouldFitThePicker_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("repository");
    QTest::addColumn<QString>("choose");
    QTest::newRow("plain") << QStringLiteral("acme-experiments") << QStringLiteral("scratch") << QStringLiteral("public:pypi");
    QTest::newRow("upstreams") << QStringLiteral("acme-prod") << QStringLiteral("web-frontend") << QStringLiteral("public:npmjs");
    QTest::newRow("replace") << QStringLiteral("acme-prod") << QStringLiteral("npm-store") << QStringLiteral("public:pypi");
    QTest::newRow("shared domain") << QStringLiteral("partner-shared") << QStringLiteral("partner-maven")
                                   << QStringLiteral("public:maven-central");
    QTest::newRow("no match") << QStringLiteral("acme-experiments") << QStringLiteral("scratch") << QString();
}

void TestTranslatedLayout::shouldFitThePicker()
{
    QFETCH(QString, domain);
    QFETCH(QString, repository);
    QFETCH(QString, choose);
    startWindow();
    const QString owner = domain == QLatin1String("partner-shared") ? SandboxDemoSeed::partnerAccount()
                                                                     : SandboxConfig::defaultAccount();
    QVERIFY(m_fx.window->selectRepository(RepositoryRef{domain, owner, repository}));
    QTRY_VERIFY_WITH_TIMEOUT(m_fx.window->detailsView()->isRepositoryLoaded(), 10000);
    bool opened = false;
    m_fx.prompter->onDialog = [&](QDialog *dialog) {
        opened = true;
        auto *picker = qobject_cast<ExternalConnectionDialog *>(dialog);
        QVERIFY(picker);
        if (choose.isEmpty()) {
            QTest::keyClicks(picker->findChild<QLineEdit *>(QStringLiteral("connectionSearchEdit")),
                             QStringLiteral("no such registry at all"));
        } else {
            QVERIFY(picker->selectConnection(choose));
        }
        auto *replace = picker->findChild<QCheckBox *>(QStringLiteral("replaceCheck"));
        if (replace && replace->isVisible())
            replace->setChecked(true);
        look(dialog, QStringLiteral("the picker on %1/%2").arg(domain, repository));
    };
    m_fx.window->associateAction()->trigger();
    QVERIFY(opened);
    expectNoProblems();
}

void TestTranslatedLayout::shouldFitTheCredentialsDialog()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(QStringLiteral("ArtifactDesk.ini")), QSettings::IniFormat);
    MemorySecretStore secrets;
    AppProfileStore store(&secrets, &settings);
    QNetworkAccessManager network;
    CredentialsDialog dialog(&store, &network);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    look(&dialog, QStringLiteral("the Credentials dialog, a new profile"));

    // A saved profile selected, and the keychain missing (its banner).
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    auto *key = dialog.findChild<QLineEdit *>(QStringLiteral("accessKeyIdEdit"));
    auto *secret = dialog.findChild<QLineEdit *>(QStringLiteral("secretAccessKeyEdit"));
    auto *save = dialog.findChild<QPushButton *>(QStringLiteral("saveButton"));
    QVERIFY(name && key && secret && save);
    QTest::keyClicks(name, QStringLiteral("production-administrators"));
    QTest::keyClicks(key, QStringLiteral("AKIDEXAMPLE"));
    QTest::keyClicks(secret, QStringLiteral("not-a-real-secret"));
    secrets.setBehaviour(MemorySecretStore::Behaviour::Unavailable);
    save->click();
    QTRY_VERIFY_WITH_TIMEOUT(save->isEnabled(), 5000);
    look(&dialog, QStringLiteral("the Credentials dialog, a profile saved without a keychain"));
    expectNoProblems();
}

void TestTranslatedLayout::shouldFitTheSsoDialogs()
{
    SsoSettings settings;
    settings.profile = QStringLiteral("production-administrators");
    settings.sessionName = QStringLiteral("corporate-identity-center");
    settings.startUrl = QStringLiteral("https://d-1234567890.awsapps.com/start");
    settings.region = QStringLiteral("eu-central-1");
    QNetworkAccessManager network;
    CodeArtifactClient client(&network);
    auto *job = new SsoLoginJob(&client, settings, QString());
    SsoSignInDialog signIn(job, {}, false);
    signIn.show();
    QVERIFY(QTest::qWaitForWindowExposed(&signIn));
    look(&signIn, QStringLiteral("the sign-in dialog, asking for a code"));
    Q_EMIT job->verificationReady(QStringLiteral("WXYZ-BCDF"),
                                  QStringLiteral("https://device.sso.eu-central-1.amazonaws.com/?user_code=WXYZ-BCDF"), 600);
    QCoreApplication::processEvents();
    look(&signIn, QStringLiteral("the sign-in dialog, showing the code"));
    signIn.close();
    delete job;

    const QList<SsoAccount> accounts{{QStringLiteral("111122223333"), QStringLiteral("Production workloads"), {}},
                                     {QStringLiteral("444455556666"), QStringLiteral("Shared services"), {}}};
    const QList<SsoRole> roles{{QStringLiteral("AWSAdministratorAccess"), QStringLiteral("111122223333")},
                               {QStringLiteral("ArtifactReadOnly"), QStringLiteral("111122223333")},
                               {QStringLiteral("ArtifactAdmin"), QStringLiteral("444455556666")}};
    SsoRolePickerDialog picker(settings, accounts, roles);
    picker.setExistingProfiles({QStringLiteral("production-administrators")});
    picker.show();
    QVERIFY(QTest::qWaitForWindowExposed(&picker));
    QVERIFY(picker.selectRole(QStringLiteral("111122223333"), QStringLiteral("ArtifactReadOnly")));
    picker.findChild<QCheckBox *>(QStringLiteral("ssoSaveProfile"))->setChecked(true);
    picker.findChild<QLineEdit *>(QStringLiteral("ssoProfileName"))->setText(QStringLiteral("production-administrators"));
    look(&picker, QStringLiteral("the role picker, a taken profile name"));
    expectNoProblems();
}

void TestTranslatedLayout::shouldFitTheWelcomePage()
{
    QNetworkAccessManager network;
    CodeArtifactClient client(&network);
    client.setEnvironment(QProcessEnvironment());
    client.setRegion(QStringLiteral("us-east-1"));
    client.setCredentialsProvider(std::make_shared<StaticCredentialsProvider>(AwsCredentials()));
    MainWindow window(&client);
    window.setPrompter(std::make_shared<desk::test::TestPrompter>());
    window.resize(kScreen);
    window.show();
    window.start();
    QVERIFY(window.isWelcomeShown());
    QCOMPARE(window.size(), kScreen);
    look(&window, QStringLiteral("the welcome page"));

    auto *otherWays = window.findChild<QAbstractButton *>(QStringLiteral("otherWaysButton"));
    QVERIFY(otherWays);
    otherWays->click();
    QTRY_VERIFY(window.welcomePage()->isCredentialsHelpVisible());
    look(&window, QStringLiteral("the welcome page, other ways to sign in"));
    expectNoProblems();
}

void TestTranslatedLayout::shouldFitTheMessageBoxes()
{
    startWindow();
    QWidget *window = m_fx.window.get();

    // Help > About.
    auto *about = window->findChild<QAction *>(QStringLiteral("aboutAction"));
    QVERIFY(about);
    QVERIFY(whileModal([&] { about->trigger(); },
                       [&](QDialog *box) { look(box, QStringLiteral("the About box")); }));

    // The confirmations the repository actions ask, shown as the app shows them.
    QVERIFY(m_fx.window->selectRepository(demoRepository(QStringLiteral("acme-prod"), QStringLiteral("npm-store"))));
    QTRY_VERIFY_WITH_TIMEOUT(m_fx.window->detailsView()->isRepositoryLoaded(), 10000);
    m_fx.prompter->confirmAnswer = false;
    m_fx.window->disassociateAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_fx.prompter->confirmTexts.size(), 1, 10000);
    m_fx.prompter->onDialog = [](QDialog *dialog) {
        auto *picker = qobject_cast<ExternalConnectionDialog *>(dialog);
        QVERIFY(picker && picker->selectConnection(QStringLiteral("public:pypi")));
        picker->findChild<QCheckBox *>(QStringLiteral("replaceCheck"))->setChecked(true);
        picker->findChild<QPushButton *>(QStringLiteral("associateOkButton"))->click();
    };
    m_fx.window->associateAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_fx.prompter->confirmTexts.size(), 2, 10000);
    Prompter prompter;
    for (qsizetype i = 0; i < m_fx.prompter->confirmTexts.size(); ++i) {
        const QString title = m_fx.prompter->confirmTitles.at(i);
        QVERIFY(whileModal(
            [&] {
                prompter.confirm(window, title, m_fx.prompter->confirmTexts.at(i), m_fx.prompter->confirmAcceptTexts.at(i));
            },
            [&](QDialog *box) { look(box, QStringLiteral("the confirmation \"%1\"").arg(title)); }));
    }

    // A failed action's error box, its details shown.
    AwsError denied(AwsError::Kind::AccessDenied, QStringLiteral("User is not authorized to perform this action"));
    denied.setOperation(QStringLiteral("AssociateExternalConnection")).setHttpStatus(403)
        .setCode(QStringLiteral("AccessDeniedException")).setRequestId(QStringLiteral("0c8f2b1e-5d7a-4e9b-8f3c-2a1b0c9d8e7f"));
    const QString title = QCoreApplication::translate("desk::RepositoryActions", "Could Not Associate %1")
                              .arg(QStringLiteral("public:maven-gradleplugins"));
    const QString context = QCoreApplication::translate("desk::RepositoryActions",
                                                        "Artifact Desk read the repository again: %1 now has %2.")
                                .arg(QStringLiteral("npm-store"),
                                     QCoreApplication::translate("desk::RepositoryActions", "no external connection"));
    QVERIFY(whileModal([&] { prompter.showError(window, title, denied, context, true); },
                       [&](QDialog *box) {
                           look(box, QStringLiteral("the error box"));
                           auto *messageBox = qobject_cast<QMessageBox *>(box);
                           QVERIFY(messageBox);
                           for (QAbstractButton *button : messageBox->buttons()) {
                               if (messageBox->buttonRole(button) == QMessageBox::ActionRole)
                                   button->click();   // Show Details...
                           }
                           look(box, QStringLiteral("the error box with its details"));
                       }));

    // The MFA code prompt.
    MfaDialogPrompt mfa(window);
    QObject context2;
    mfa.requestCode(QStringLiteral("production-administrators"), QStringLiteral("arn:aws:iam::123456789012:mfa/admin"),
                    &context2, [](const QString &) {});
    auto *mfaDialog = window->findChild<QDialog *>(QStringLiteral("mfaDialog"));
    QVERIFY(mfaDialog);
    QVERIFY(QTest::qWaitForWindowExposed(mfaDialog));
    look(mfaDialog, QStringLiteral("the MFA code prompt"));
    mfaDialog->reject();
    expectNoProblems();
}

QTEST_MAIN(TestTranslatedLayout)
#include "tst_translatedlayout.moc"
