// IAM Identity Center in the real window: choosing an SSO profile with no sign-in opens the
// sign-in dialog with the code, opens the sign-in page (the test plays the browser and approves
// on the sandbox's page), closes by itself and the inventory loads; Cancel ends the sign-in and
// says so; a session without a role opens the account and role picker, which saves the choice as
// a profile only when asked.
#include "uitestsupport.h"

#include "credentials/profilemanager.h"
#include "testpictures.h"
#include "testsupport.h"
#include "ui/ssodialogprompt.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUrlQuery>

using namespace desk;
using desk::test::child;

class TestSsoSignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void shouldSignInFromTheWindowAndLoadTheInventory();
    void shouldEndTheSignInOnCancel();
    void shouldChooseARoleAndSaveItAsAProfile();

private:
    test::SandboxFixture m_fixture;
    QTemporaryDir m_home;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileManager> m_profiles;
    std::unique_ptr<SsoDialogPrompt> m_prompt;
    QList<QUrl> m_opened;
    bool m_approve = true;
};

void TestSsoSignIn::init()
{
    QVERIFY(m_home.isValid());
    SandboxConfig config;
    config.ssoPollIntervalSeconds = 1;
    QCOMPARE(m_fixture.start(config, true), QString());
    const QString url = m_fixture.endpoint.url;
    QFile::remove(m_home.filePath(QStringLiteral("config")));
    QDir(m_home.filePath(QStringLiteral(".aws"))).removeRecursively();
    QFile configFile(m_home.filePath(QStringLiteral("config")));
    QVERIFY(configFile.open(QIODevice::WriteOnly));
    configFile.write("[profile corp-admin]\nsso_session = corp\nsso_account_id = 111122223333\nsso_role_name = ArtifactAdmin\n"
                     "region = us-east-1\nendpoint_url = " + url.toUtf8() + "\n\n"
                     "[profile corp]\nsso_session = corp\nregion = us-east-1\nendpoint_url = " + url.toUtf8() + "\n\n"
                     "[sso-session corp]\nsso_start_url = https://corp.awsapps.example/start\nsso_region = us-east-1\n"
                     "sso_registration_scopes = sso:account:access\n");
    configFile.close();
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("AWS_CONFIG_FILE"), configFile.fileName());
    env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), m_home.filePath(QStringLiteral("no-credentials")));
    env.insert(QStringLiteral("AWS_ENDPOINT_URL_SSO_OIDC"), url);
    env.insert(QStringLiteral("AWS_ENDPOINT_URL_SSO"), url);

    m_settings = std::make_unique<QSettings>(
        m_home.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".ini")), QSettings::IniFormat);
    m_profiles = std::make_unique<ProfileManager>(m_fixture.network.get(), nullptr, m_settings.get());
    m_profiles->setEnvironment(env);
    m_prompt = std::make_unique<SsoDialogPrompt>(m_fixture.window.get());
    m_opened.clear();
    m_approve = true;
    m_prompt->setUrlOpener([this](const QUrl &page) {
        m_opened << page;
        if (m_approve)
            QTimer::singleShot(200, this, [page] { QVERIFY(test::decideSsoSignIn(page, QStringLiteral("approve"))); });
        return true;
    });
    m_profiles->setSsoPrompt(m_prompt.get());
    m_profiles->reload();
    m_fixture.window->setProfiles(m_profiles.get(), nullptr, m_fixture.network.get());
    m_fixture.window->resize(1100, 700);
    m_fixture.window->show();
}

void TestSsoSignIn::cleanup()
{
    m_fixture.stop();
    m_prompt.reset();
    m_profiles.reset();
    m_settings.reset();
}

void TestSsoSignIn::shouldSignInFromTheWindowAndLoadTheInventory()
{
    QPointer<SsoSignInDialog> dialog;
    QString codeShown;
    connect(m_prompt.get(), &SsoDialogPrompt::signInShown, this, [&](SsoSignInDialog *d) { dialog = d; });
    m_approve = false;   // look at the dialog first
    QSignalSpy activated(m_profiles.get(), &ProfileManager::activated);
    m_profiles->activate(ProfileManager::sharedId(QStringLiteral("corp-admin")));
    QTRY_VERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QTRY_VERIFY(!dialog->userCode().isEmpty());
    codeShown = dialog->userCode();
    QCOMPARE(child<QLabel>(dialog, "ssoUserCode")->text(), codeShown);
    // The page was opened at once, with the code in its link; the code is the one shown.
    QCOMPARE(m_opened.size(), 1);
    QCOMPARE(QUrlQuery(m_opened.first()).queryItemValue(QStringLiteral("user_code")), codeShown);
    QVERIFY(child<QLabel>(dialog, "ssoSignInIntro")->text().contains(QLatin1String("https://corp.awsapps.example/start")));
    QVERIFY(child<QLabel>(dialog, "ssoSignInStatus")->text().contains(QLatin1String("left")));
    auto *open = child<QPushButton>(dialog, "ssoOpenPage");
    QVERIFY(open->isEnabled());
    QVERIFY(open->isDefault());
    test::savePicture(dialog, QStringLiteral("sso-sign-in"));

    // Open Sign-In Page opens it again; then the person approves in the browser.
    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(m_opened.size(), 2);
    QVERIFY(dialog->isVisible());
    QVERIFY(test::decideSsoSignIn(m_opened.last(), QStringLiteral("approve")));
    QTRY_COMPARE_WITH_TIMEOUT(activated.count(), 1, 15000);
    QTRY_VERIFY(!dialog);   // closed by itself
    QTRY_VERIFY_WITH_TIMEOUT(!m_fixture.window->isWelcomeShown(), 10000);
    QVERIFY(m_profiles->active().description.contains(QLatin1String("IAM Identity Center")));
    QVERIFY(QFile::exists(m_home.filePath(QStringLiteral(".aws/sso/cache/ee0bfd2552fbd840c02cc48b6e823320543c450f.json"))));
}

void TestSsoSignIn::shouldEndTheSignInOnCancel()
{
    m_approve = false;
    QPointer<SsoSignInDialog> dialog;
    connect(m_prompt.get(), &SsoDialogPrompt::signInShown, this, [&](SsoSignInDialog *d) { dialog = d; });
    QSignalSpy failed(m_profiles.get(), &ProfileManager::activationFailed);
    int tokenPolls = 0;
    connect(m_fixture.server, &SandboxServer::requestHandled, this, [&tokenPolls](const QString &operation) {
        if (operation == QLatin1String("CreateToken"))
            ++tokenPolls;
    });
    m_profiles->activate(ProfileManager::sharedId(QStringLiteral("corp-admin")));
    QTRY_VERIFY(dialog);
    QTRY_VERIFY(!dialog->userCode().isEmpty());
    QTest::mouseClick(child<QPushButton>(dialog, "ssoCancel"), Qt::LeftButton);
    QTRY_COMPARE(failed.count(), 1);
    QTRY_VERIFY(!dialog);
    const AwsError error = failed.first().at(1).value<AwsError>();
    QVERIFY2(error.userMessage().contains(QLatin1String("cancelled")), qPrintable(error.userMessage()));
    // Nothing polls after Cancel.
    const int polls = tokenPolls;
    QTest::qWait(2500);
    QCOMPARE(tokenPolls, polls);
}

void TestSsoSignIn::shouldChooseARoleAndSaveItAsAProfile()
{
    QPointer<SsoRolePickerDialog> picker;
    connect(m_prompt.get(), &SsoDialogPrompt::rolePickerShown, this, [&](SsoRolePickerDialog *d) { picker = d; });
    QSignalSpy activated(m_profiles.get(), &ProfileManager::activated);
    m_profiles->activate(ProfileManager::sharedId(QStringLiteral("corp")));
    QTRY_VERIFY_WITH_TIMEOUT(picker, 15000);
    auto *buttons = picker->findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());   // nothing chosen yet
    auto *tree = child<QTreeWidget>(picker, "ssoRoleTree");
    QVERIFY(tree->topLevelItemCount() >= 2);   // the sandbox's account and the partner's
    QVERIFY(picker->selectRole(QStringLiteral("111122223333"), QStringLiteral("ReadOnly")));
    QVERIFY(ok->isEnabled());
    child<QCheckBox>(picker, "ssoSaveProfile")->setChecked(true);
    auto *name = child<QLineEdit>(picker, "ssoProfileName");
    QVERIFY(!name->text().isEmpty());   // a name is suggested
    name->setText(QStringLiteral("corp"));   // taken
    QVERIFY(!ok->isEnabled());
    name->setText(QStringLiteral("corp-readonly"));
    QVERIFY(ok->isEnabled());
    test::savePicture(picker, QStringLiteral("sso-role-picker"));
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(activated.count(), 1, 15000);
    QFile config(m_home.filePath(QStringLiteral("config")));
    QVERIFY(config.open(QIODevice::ReadOnly));
    QVERIFY(config.readAll().contains("[profile corp-readonly]\nsso_session = corp\nsso_account_id = 111122223333\n"
                                      "sso_role_name = ReadOnly\n"));
}

QTEST_MAIN(TestSsoSignIn)
#include "tst_ssosignin.moc"
