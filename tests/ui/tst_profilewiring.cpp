// The main window with credential profiles wired in, as artifact-desk builds it: no credentials
// gives the welcome page; "Add AWS Credentials" opens the credentials dialog; saving a profile
// activates it and the inventory loads from the sandbox over real HTTP; a missing keychain is
// said in a banner and nothing secret is written to the settings file.

#include "testsupport.h"
#include "uitestsupport.h"

#include "credentials/profilemanager.h"
#include "ui/connectionbar.h"
#include "ui/credentialsdialog.h"
#include "ui/messagewidget.h"
#include "ui/profileswitcher.h"
#include "models/inventorymodel.h"
#include "credentials/appprofilestore.h"
#include "secrets/memorysecretstore.h"
#include "ui/welcomepage.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSaveFile>
#include <QScopeGuard>
#include <QSettings>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace desk;
using desk::test::child;

class TestProfileWiring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void shouldGoFromWelcomeToInventoryThroughTheCredentialsDialog();
    void shouldSayWhenTheKeychainIsMissing();
    void shouldGoBetweenSandboxAndProfilesFromTheSwitcher();
    void shouldOfferProfilesFromTheToolbarOnTheWelcomePage();
    void shouldShowTheProfileNameWholeInANarrowWindow();
    void shouldSeeProfilesAddedToTheAwsFilesWhileRunning();
    void shouldOpenTheDialogEachTimeWithoutToggling();
    void shouldNameTheProfilesThereWhenTheOneAskedForIsNot();
    void shouldSayWhyAnAwsFileCannotBeRead();

private:
    // Profiles and a window as at the app's start (--profile cliProfile, if given): the welcome
    // page (nothing is found).
    void startApp(const QString &cliProfile = {});
    void fillAndSave(CredentialsDialog *dialog, const QString &name);

    test::SandboxFixture m_fixture;
    QTemporaryDir m_dir;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<AppProfileStore> m_store;
    std::unique_ptr<ProfileManager> m_profiles;
    std::unique_ptr<MainWindow> m_window;
};

void TestProfileWiring::init()
{
    QVERIFY(m_dir.isValid());
    QCOMPARE(m_fixture.start({}, false), QString());
    m_secrets = std::make_unique<MemorySecretStore>();
    // Settings of its own for each test: no profile or "last used" carried over from another.
    m_settings = std::make_unique<QSettings>(
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".ini")), QSettings::IniFormat);
    m_fixture.prompter = std::make_shared<test::TestPrompter>();
    startApp();
}

void TestProfileWiring::startApp(const QString &cliProfile)
{
    // As the app starts: its profiles (none found), then the window on the welcome page.
    m_window.reset();
    m_profiles.reset();
    m_fixture.client->setCredentialsProvider(nullptr);
    m_store = std::make_unique<AppProfileStore>(m_secrets.get(), m_settings.get());
    m_profiles = std::make_unique<ProfileManager>(m_fixture.network.get(), m_store.get(), m_settings.get());
    // Nothing from this machine: no environment keys, no ~/.aws files.
    QProcessEnvironment env;
    env.insert(QStringLiteral("AWS_CONFIG_FILE"), m_dir.filePath(QStringLiteral("no-config")));
    env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), m_dir.filePath(QStringLiteral("no-credentials")));
    m_profiles->setEnvironment(env);
    m_profiles->setCommandLine(cliProfile, {}, {});
    m_profiles->reload();

    m_window = std::make_unique<MainWindow>(m_fixture.client.get());
    m_window->setPrompter(m_fixture.prompter);
    m_window->setProfiles(m_profiles.get(), m_store.get(), m_fixture.network.get());
    m_window->show();
    QSignalSpy failed(m_profiles.get(), &ProfileManager::activationFailed);
    m_profiles->activateInitial();
    QTRY_COMPARE(failed.count(), 1);
    QTRY_VERIFY(m_window->isWelcomeShown());
}

void TestProfileWiring::cleanup()
{
    m_window.reset();
    m_profiles.reset();
    m_store.reset();
    m_settings.reset();
    m_secrets.reset();
    m_fixture = {};
}

void TestProfileWiring::fillAndSave(CredentialsDialog *dialog, const QString &name)
{
    QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), name);
    QTest::keyClicks(child<QLineEdit>(dialog, "accessKeyIdEdit"), SandboxConfig::defaultAccessKeyId());
    QTest::keyClicks(child<QLineEdit>(dialog, "secretAccessKeyEdit"), QString::fromLatin1(SandboxConfig::defaultSecretAccessKey()));
    child<QComboBox>(dialog, "regionCombo")->setCurrentText(QStringLiteral("us-east-1"));
    QTest::keyClicks(child<QLineEdit>(dialog, "endpointEdit"), m_fixture.endpoint.url);
    auto *save = child<QPushButton>(dialog, "saveButton");
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
}

void TestProfileWiring::shouldGoFromWelcomeToInventoryThroughTheCredentialsDialog()
{
    QTest::mouseClick(child<QPushButton>(m_window->welcomePage(), "addCredentialsButton"), Qt::LeftButton);
    CredentialsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<CredentialsDialog *>(QStringLiteral("credentialsDialog"))) != nullptr);
    QTRY_VERIFY(dialog->isVisible());

    QSignalSpy inventory(m_window.get(), &MainWindow::inventoryFinished);
    fillAndSave(dialog, QStringLiteral("team-sandbox"));
    // Saving a profile while nothing is connected uses it: the inventory loads from the sandbox.
    QTRY_VERIFY_WITH_TIMEOUT(inventory.count() >= 1, 15000);
    QVERIFY(inventory.last().first().toBool());
    QVERIFY(!m_window->isWelcomeShown());
    // Every repository of every domain the caller can see, counted from the sandbox's own state.
    const SandboxState &state = m_fixture.server->state();
    qsizetype expected = 0;
    for (const DomainSummary &d : state.listDomains(SandboxConfig::defaultAccount()))
        expected += state.domains().value(SandboxState::domainKey(d.owner, d.name)).repositories.size();
    QVERIFY(expected > 0);
    QCOMPARE(qsizetype(m_window->inventoryModel()->repositoryCount()), expected);

    // The connection bar offers the profile switcher, showing the active profile.
    auto *switcher = child<QWidget>(m_window->connectionBar(), "profileSwitcher");
    QVERIFY(switcher);
    QTRY_VERIFY(switcher->isVisible());
    QTRY_VERIFY(child<QComboBox>(switcher, "profileCombo")->currentText().contains(QStringLiteral("team-sandbox")));

    // The CLI command names no secret; the settings file holds the profile but not the secret.
    QVERIFY(m_window->selectFirstRepository());
    m_window->copyCliCommand();
    // The AWS CLI does not know an Artifact Desk profile: the copied text says so on its first
    // line, and how to give it one, rather than silently leave --profile out.
    const QStringList copied = m_window->lastCliCommand().split(u'\n');
    QCOMPARE(copied.size(), 3);
    QVERIFY2(copied.at(0).startsWith(QLatin1String("# ")) && copied.at(0).contains(QLatin1String("profile team-sandbox")),
             qPrintable(copied.at(0)));
    QVERIFY2(copied.at(1).startsWith(QLatin1String("# ")) && copied.at(1).endsWith(QLatin1String("aws configure --profile team-sandbox")),
             qPrintable(copied.at(1)));
    QVERIFY2(copied.at(2).startsWith(QStringLiteral("aws codeartifact ")), qPrintable(copied.at(2)));
    QVERIFY2(copied.at(2).endsWith(QStringLiteral(" --profile team-sandbox")), qPrintable(copied.at(2)));
    QVERIFY2(!m_window->lastCliCommand().contains(QString::fromLatin1(SandboxConfig::defaultSecretAccessKey())),
             "the CLI command contains the secret access key");
    m_settings->sync();
    QFile settings(m_settings->fileName());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    const QByteArray written = settings.readAll();
    QVERIFY(written.contains("team-sandbox"));
    QVERIFY2(!written.contains(SandboxConfig::defaultSecretAccessKey()), "the settings file contains the secret");
}

void TestProfileWiring::shouldSayWhenTheKeychainIsMissing()
{
    m_secrets->setBehaviour(MemorySecretStore::Behaviour::Unavailable);
    // File → Credentials… opens the dialog (the menu's way, next to the switcher's key button).
    auto *action = m_window->findChild<QAction *>(QStringLiteral("credentialsAction"));
    QVERIFY(action && action->isEnabled());
    action->trigger();
    CredentialsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<CredentialsDialog *>(QStringLiteral("credentialsDialog"))) != nullptr);
    QSignalSpy inventory(m_window.get(), &MainWindow::inventoryFinished);
    fillAndSave(dialog, QStringLiteral("no-keychain"));
    // Kept for this session: the app still connects, and says the secret was not saved.
    QTRY_VERIFY_WITH_TIMEOUT(inventory.count() >= 1, 15000);
    QTRY_VERIFY(m_window->banner()->isVisible());
    QVERIFY(m_window->banner()->text().contains(QStringLiteral("keychain")));
    m_settings->sync();
    QFile settings(m_settings->fileName());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    QVERIFY2(!settings.readAll().contains(SandboxConfig::defaultSecretAccessKey()), "the settings file contains the secret");

    // Nothing claims the keychain holds it: the switcher's list and the dialog say where it is.
    const ProfileEntry entry = m_profiles->entry(ProfileManager::appId(QStringLiteral("no-keychain")));
    QVERIFY2(entry.originText.contains(QLatin1String("this session only")), qPrintable(entry.originText));
    QVERIFY(!entry.originText.contains(QLatin1String("keychain")));
    QVERIFY(!m_profiles->active().description.contains(QLatin1String("(keychain)")));
    auto *list = child<QListView>(dialog, "profileList");
    list->setCurrentIndex(list->model()->index(0, 0));
    auto *secret = child<QLineEdit>(dialog, "secretAccessKeyEdit");
    QVERIFY2(secret->placeholderText().contains(QLatin1String("session only")), qPrintable(secret->placeholderText()));
    dialog->close();

    // After a restart with the keychain still away: the secret is gone, and the welcome page says
    // why and offers the way forward (the Credentials dialog), not "no credentials were found".
    startApp();
    auto *error = m_window->welcomePage()->findChild<MessageWidget *>(QStringLiteral("welcomeMessage"));
    QVERIFY(error && error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("keychain is not available")), qPrintable(error->text()));
    QVERIFY2(error->text().contains(QLatin1String("Credentials")), qPrintable(error->text()));
    QVERIFY2(!error->text().contains(QLatin1String("No AWS credentials were found")), qPrintable(error->text()));
    QVERIFY(child<QPushButton>(m_window->welcomePage(), "addCredentialsButton")->isVisible());
}

void TestProfileWiring::shouldGoBetweenSandboxAndProfilesFromTheSwitcher()
{
    // An app profile that reaches the fixture's sandbox as if it were AWS.
    AppProfile profile{QStringLiteral("team"), SandboxConfig::defaultAccessKeyId(), QStringLiteral("us-east-1"),
                       m_fixture.endpoint.url, false};
    QSignalSpy saved(m_store->save(profile, QByteArray(SandboxConfig::defaultSecretAccessKey()), std::nullopt),
                     &AppProfileJob::finished);
    QVERIFY(saved.wait());
    int started = 0;
    const SandboxEndpoint endpoint = m_fixture.endpoint;
    m_window->setSandboxStarter([&] {
        ++started;
        return endpoint;
    });
    auto *switcher = child<ProfileSwitcher>(m_window->connectionBar(), "profileSwitcher");
    QComboBox *combo = switcher->combo();
    auto choose = [&](const QString &id) {
        const int row = combo->findData(id, Qt::UserRole + 1);
        QVERIFY2(row >= 0, qPrintable(id));
        combo->setCurrentIndex(row);
        Q_EMIT combo->activated(row);
    };

    // On the welcome page nothing is in use, and the switcher says that rather than nothing.
    QCOMPARE(combo->currentIndex(), -1);
    QCOMPARE(combo->placeholderText(), QStringLiteral("Not connected"));

    // From the welcome page into the sandbox: the switcher says so.
    QSignalSpy inventory(m_window.get(), &MainWindow::inventoryFinished);
    QTest::mouseClick(child<QPushButton>(m_window->welcomePage(), "trySandboxButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(inventory.count(), 1, 15000);
    QCOMPARE(started, 1);
    QTRY_VERIFY(switcher->isVisible());
    QCOMPARE(switcher->currentId(), ProfileSwitcher::sandboxId());
    QCOMPARE(combo->currentText(), QStringLiteral("Sandbox (demo)"));
    QVERIFY(m_window->windowTitle().contains(QLatin1String("Sandbox")));

    // To the profile: out of the sandbox, on the profile's own endpoint and keys.
    choose(ProfileManager::appId(QStringLiteral("team")));
    QTRY_COMPARE_WITH_TIMEOUT(inventory.count(), 2, 15000);
    QVERIFY(inventory.last().first().toBool());
    QCOMPARE(switcher->currentId(), ProfileManager::appId(QStringLiteral("team")));
    QVERIFY(!m_window->windowTitle().contains(QLatin1String("Sandbox")));
    QVERIFY(m_fixture.client->credentialsProvider()->name().contains(QLatin1String("team")));

    // And back: the sandbox entry starts (or returns to) the sandbox.
    choose(ProfileSwitcher::sandboxId());
    QTRY_COMPARE_WITH_TIMEOUT(inventory.count(), 3, 15000);
    QCOMPARE(started, 2);
    QCOMPARE(switcher->currentId(), ProfileSwitcher::sandboxId());
    QVERIFY(m_window->windowTitle().contains(QLatin1String("Sandbox")));

    // A profile that cannot be used (its secret is gone): the window stays on the sandbox, the
    // switcher says so, and a banner says why.
    m_secrets->setBehaviour(MemorySecretStore::Behaviour::Unavailable);
    QSignalSpy failed(m_profiles.get(), &ProfileManager::activationFailed);
    choose(ProfileManager::appId(QStringLiteral("team")));
    if (failed.isEmpty())
        QVERIFY(failed.wait(10000));
    QCOMPARE(switcher->currentId(), ProfileSwitcher::sandboxId());
    QVERIFY(m_window->windowTitle().contains(QLatin1String("Sandbox")));
    QTRY_VERIFY(m_window->banner()->isVisible());
}

void TestProfileWiring::shouldShowTheProfileNameWholeInANarrowWindow()
{
    // The name an admin reported cut off ("sandbox-standalone — Artif").
    const QString name = QStringLiteral("sandbox-standalone");
    AppProfile profile{name, SandboxConfig::defaultAccessKeyId(), QStringLiteral("us-east-1"), m_fixture.endpoint.url, false};
    QSignalSpy saved(m_store->save(profile, QByteArray(SandboxConfig::defaultSecretAccessKey()), std::nullopt),
                     &AppProfileJob::finished);
    QVERIFY(saved.wait());
    QSignalSpy inventory(m_window.get(), &MainWindow::inventoryFinished);
    m_profiles->activate(ProfileManager::appId(name));
    QTRY_COMPARE_WITH_TIMEOUT(inventory.count(), 1, 15000);
    auto *switcher = child<ProfileSwitcher>(m_window->connectionBar(), "profileSwitcher");
    QComboBox *combo = switcher->combo();
    // The list says where the profile comes from; the closed box shows its name.
    QVERIFY2(combo->currentText().startsWith(name + QStringLiteral(" \u2014 ")), qPrintable(combo->currentText()));
    QCOMPARE(switcher->shownName(), name);
    for (int width : {1280, 960, 800}) {
        m_window->resize(width, 600);
        QCoreApplication::sendPostedEvents();
        QTRY_COMPARE(m_window->width(), width);
        auto fieldWidth = [combo] {
            QStyleOptionComboBox option;
            option.initFrom(combo);
            option.editable = false;
            option.frame = true;
            return combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo).width();
        };
        // Once the toolbar has settled.
        QTRY_VERIFY2(combo->fontMetrics().horizontalAdvance(name) <= fieldWidth(),
                     qPrintable(QStringLiteral("%1 px: %2 px of name in a %3 px box").arg(width)
                                    .arg(combo->fontMetrics().horizontalAdvance(name)).arg(fieldWidth())));
    }
}

void TestProfileWiring::shouldSeeProfilesAddedToTheAwsFilesWhileRunning()
{
    const QString config = m_dir.filePath(QStringLiteral("no-config"));   // what init() points AWS_CONFIG_FILE at
    auto cleanup = qScopeGuard([&] { QFile::remove(config); });
    auto *switcher = child<ProfileSwitcher>(m_window->connectionBar(), "profileSwitcher");
    auto listed = [&](const QString &name) {
        return switcher->combo()->findData(ProfileManager::sharedId(name), Qt::UserRole + 1) >= 0;
    };
    QVERIFY(!listed(QStringLiteral("added-later")));

    // Written while the app runs, as `aws configure` does: the switcher offers it.
    {
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[profile added-later]\nregion = eu-west-1\naws_access_key_id = AKIDLATER\n"
                   "aws_secret_access_key = not-a-real-secret-at-all\n");
    }
    QTRY_VERIFY_WITH_TIMEOUT(listed(QStringLiteral("added-later")), 5000);

    // Replaced the way editors save (a new file renamed over the old one): followed too.
    {
        QSaveFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[profile renamed]\nregion = eu-west-1\naws_access_key_id = AKIDLATER\n"
                   "aws_secret_access_key = not-a-real-secret-at-all\n");
        QVERIFY(file.commit());
    }
    QTRY_VERIFY_WITH_TIMEOUT(listed(QStringLiteral("renamed")), 5000);
    QVERIFY(!listed(QStringLiteral("added-later")));

    // And once more after the replace (the watch follows the new file).
    {
        QFile file(config);
        QVERIFY(file.open(QIODevice::Append));
        file.write("\n[profile third]\nregion = eu-west-1\naws_access_key_id = AKIDTHIRD\n"
                   "aws_secret_access_key = not-a-real-secret-at-all\n");
    }
    QTRY_VERIFY_WITH_TIMEOUT(listed(QStringLiteral("third")), 5000);

    // Refresh (F5, which is off on the welcome page, so called here as F5 calls it) reads them as
    // well, for a file system that does not tell: the watch waits a minute here.
    m_profiles->setReloadDelayMs(60000);
    QFile::remove(config);
    QTest::qWait(200);
    QVERIFY(listed(QStringLiteral("third")));
    m_window->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!listed(QStringLiteral("renamed")) && !listed(QStringLiteral("third")), 5000);
}

void TestProfileWiring::shouldOfferProfilesFromTheToolbarOnTheWelcomePage()
{
    // Nothing is connected: the region and identity are off, but the switcher and its key button
    // are a way forward, so they work.
    ConnectionBar *bar = m_window->connectionBar();
    QVERIFY(!bar->regionCombo()->isEnabled());
    auto *switcher = m_window->findChild<ProfileSwitcher *>(QStringLiteral("profileSwitcher"));
    QVERIFY(switcher && switcher->combo()->isEnabled());
    auto *manage = child<QToolButton>(switcher, "manageProfilesButton");
    QVERIFY(manage->isEnabled());
    QTest::mouseClick(manage, Qt::LeftButton);
    CredentialsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<CredentialsDialog *>(QStringLiteral("credentialsDialog"))) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    dialog->close();
}

void TestProfileWiring::shouldOpenTheDialogEachTimeWithoutToggling()
{
    auto *add = child<QPushButton>(m_window->welcomePage(), "addCredentialsButton");
    QVERIFY(!add->isCheckable());
    for (int round = 0; round < 2; ++round) {
        QTest::mouseClick(add, Qt::LeftButton);
        CredentialsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<CredentialsDialog *>(QStringLiteral("credentialsDialog"))) != nullptr);
        QTRY_VERIFY(dialog->isVisible());
        // The environment-variable help does not open behind the dialog.
        QVERIFY(!m_window->welcomePage()->isCredentialsHelpVisible());
        dialog->close();
        QTRY_VERIFY(!m_window->findChild<CredentialsDialog *>(QStringLiteral("credentialsDialog")));
    }
    // The other ways are a disclosure of their own.
    auto *other = child<QToolButton>(m_window->welcomePage(), "otherWaysButton");
    QTest::mouseClick(other, Qt::LeftButton);
    QVERIFY(m_window->welcomePage()->isCredentialsHelpVisible());
    QTest::mouseClick(other, Qt::LeftButton);
    QVERIFY(!m_window->welcomePage()->isCredentialsHelpVisible());
}

void TestProfileWiring::shouldNameTheProfilesThereWhenTheOneAskedForIsNot()
{
    const QString config = m_dir.filePath(QStringLiteral("no-config"));   // what startApp() points AWS_CONFIG_FILE at
    auto cleanup = qScopeGuard([&] { QFile::remove(config); });
    {
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[profile dev]\nregion = eu-west-1\n\n[profile prod]\nregion = us-east-1\n");
    }
    startApp(QStringLiteral("typo"));   // artifact-desk --profile typo
    const QString said = child<MessageWidget>(m_window->welcomePage(), "welcomeMessage")->text();
    QVERIFY2(said.contains(QLatin1String("\"typo\"")) && said.contains(QLatin1String("dev"))
                 && said.contains(QLatin1String("prod")),
             qPrintable(said));
}

void TestProfileWiring::shouldSayWhyAnAwsFileCannotBeRead()
{
    // ~/.aws/credentials is a FIFO nobody writes to, and there is no other profile: the window
    // still opens, and says what is wrong with the file rather than nothing.
    const QString credentials = m_dir.filePath(QStringLiteral("no-credentials"));
    auto cleanup = qScopeGuard([&] { QFile::remove(credentials); });
    const QString made = test::makeUnusableSharedFile(QStringLiteral("fifo"), credentials);
    QVERIFY2(made.isEmpty(), qPrintable(made));
    startApp();
    const QString said = child<MessageWidget>(m_window->welcomePage(), "welcomeMessage")->text();
    QVERIFY2(said.contains(credentials) && said.contains(QLatin1String("named pipe (FIFO)")), qPrintable(said));
}

QTEST_MAIN(TestProfileWiring)
#include "tst_profilewiring.moc"
