// The Credentials dialog, driven by objectName: add a profile (secret masked), test it against
// the sandbox's STS (account and ARN shown), edit, remove (keychain entries go), the keychain
// banner when there is no keychain, and the profile switcher listing where each profile comes from.
#include "credentialtestsandbox.h"
#include "credentials/profilemanager.h"
#include "ui/credentialsdialog.h"
#include "ui/messagewidget.h"
#include "ui/profileswitcher.h"
#include "ui/prompter.h"
#include "credentials/appprofilestore.h"
#include "secrets/memorysecretstore.h"
#include "testpictures.h"

#include <QApplication>
#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace desk;

namespace {

class ScriptedPrompter : public Prompter
{
public:
    bool confirm(QWidget *, const QString &, const QString &text, const QString &, DefaultAnswer) override
    {
        asked.append(text);
        return answer;
    }
    QStringList asked;
    bool answer = true;
};

template<typename T>
T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

} // namespace

class TestCredentialsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void shouldMaskSecretFields();
    void shouldAddProfileWithSecretInStoreOnly();
    void shouldTestCredentialsAgainstStsAndShowAccountAndArn();
    void shouldShowTestFailureForWrongSecret();
    void shouldEditWithoutRetypingSecret();
    void shouldCheckTheNameBeforeTesting();
    void shouldAskBeforeClosingOverAnUnsavedSecret();
    void shouldRemoveProfileAndItsKeychainEntries();
    void shouldShowBannerWhenKeychainUnavailable();
    void shouldListProfilesWithOriginInSwitcher();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    MemorySecretStore m_secrets;
    std::unique_ptr<AppProfileStore> m_store;
    QNetworkAccessManager m_network;
    test::CredentialTestSandbox m_sandbox;
    QUrl m_sandboxUrl;
};

void TestCredentialsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("ArtifactDesk.ini")), QSettings::IniFormat);
    m_store = std::make_unique<AppProfileStore>(&m_secrets, m_settings.get());
    QVERIFY2(QFile::exists(test::CredentialTestSandbox::program()), qPrintable(test::CredentialTestSandbox::program()));
    m_sandboxUrl = m_sandbox.start();
    QVERIFY(m_sandboxUrl.isValid());
}

void TestCredentialsDialog::cleanupTestCase()
{
    // No file this suite wrote holds the sandbox secret.
    QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains(test::CredentialTestSandbox::secretAccessKey()),
                 qPrintable(QStringLiteral("a secret is in ") + f.fileName()));
    }
}

void TestCredentialsDialog::shouldMaskSecretFields()
{
    CredentialsDialog dialog(m_store.get(), &m_network);
    QCOMPARE(child<QLineEdit>(&dialog, "secretAccessKeyEdit")->echoMode(), QLineEdit::Password);
    QCOMPARE(child<QLineEdit>(&dialog, "sessionTokenEdit")->echoMode(), QLineEdit::Password);
    QCOMPARE(child<QLineEdit>(&dialog, "accessKeyIdEdit")->echoMode(), QLineEdit::Normal);
    QVERIFY(!child<QPushButton>(&dialog, "saveButton")->isEnabled());
}

void TestCredentialsDialog::shouldAddProfileWithSecretInStoreOnly()
{
    CredentialsDialog dialog(m_store.get(), &m_network);
    dialog.show();
    QSignalSpy saved(&dialog, &CredentialsDialog::profileSaved);
    QTest::keyClicks(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("sandbox"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "accessKeyIdEdit"), test::CredentialTestSandbox::accessKeyId());
    QTest::keyClicks(child<QLineEdit>(&dialog, "secretAccessKeyEdit"),
                     QString::fromLatin1(test::CredentialTestSandbox::secretAccessKey()));
    child<QComboBox>(&dialog, "regionCombo")->setCurrentText(QStringLiteral("us-east-1"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "endpointEdit"), m_sandboxUrl.toString());
    auto *save = child<QPushButton>(&dialog, "saveButton");
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(saved.first().at(0).toString(), QStringLiteral("sandbox"));
    // The fields are cleared; the secret is in the store, not in the settings.
    QVERIFY(child<QLineEdit>(&dialog, "secretAccessKeyEdit")->text().isEmpty());
    QVERIFY(m_secrets.contains(AppProfileStore::secretKey(QStringLiteral("sandbox"))));
    // Labelled with the profile, so a keychain viewer can tell the item from the others.
    QCOMPARE(m_secrets.labelOf(AppProfileStore::secretKey(QStringLiteral("sandbox"))),
             QStringLiteral("sandbox (secret access key)"));
    QCOMPARE(m_store->profile(QStringLiteral("sandbox")).endpointUrl, m_sandboxUrl.toString());
    QCOMPARE(child<QListView>(&dialog, "profileList")->model()->rowCount(), 1);
    m_settings->sync();
    QFile f(m_settings->fileName());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY2(!f.readAll().contains(test::CredentialTestSandbox::secretAccessKey()), "the secret is in the settings file");
}

void TestCredentialsDialog::shouldTestCredentialsAgainstStsAndShowAccountAndArn()
{
    CredentialsDialog dialog(m_store.get(), &m_network);
    dialog.show();
    dialog.selectProfile(QStringLiteral("sandbox"));
    QSignalSpy succeeded(&dialog, &CredentialsDialog::testSucceeded);
    auto *testButton = child<QPushButton>(&dialog, "testButton");
    QVERIFY(testButton->isEnabled());   // the stored secret is used: no retyping
    QTest::mouseClick(testButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(succeeded.size(), 1, 20000);
    // STS, then one CodeArtifact call: both are reported.
    QTRY_COMPARE_WITH_TIMEOUT(child<MessageWidget>(&dialog, "resultBanner")->text(),
                              QStringLiteral("These credentials work: STS knows them (account 111122223333), and "
                                             "CodeArtifact answered ListDomains."),
                              20000);
    test::savePicture(&dialog, QStringLiteral("credentials-tested"));
    QCOMPARE(child<MessageWidget>(&dialog, "resultBanner")->type(), MessageWidget::Type::Positive);
    const QString identity = child<QLabel>(&dialog, "identityLabel")->text();
    QVERIFY2(identity.contains(QLatin1String("111122223333")), qPrintable(identity));
    QVERIFY2(identity.contains(QLatin1String("arn:aws:iam::111122223333:user/sandbox-admin")), qPrintable(identity));
}

void TestCredentialsDialog::shouldCheckTheNameBeforeTesting()
{
    CredentialsDialog dialog(m_store.get(), &m_network);
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("has spaces"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "accessKeyIdEdit"), test::CredentialTestSandbox::accessKeyId());
    QTest::keyClicks(child<QLineEdit>(&dialog, "secretAccessKeyEdit"), QStringLiteral("definitely-wrong-secret"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "endpointEdit"), m_sandboxUrl.toString());
    QSignalSpy requests(&m_network, &QNetworkAccessManager::finished);
    QTest::mouseClick(child<QPushButton>(&dialog, "testButton"), Qt::LeftButton);
    auto *result = child<MessageWidget>(&dialog, "resultBanner");
    QCOMPARE(result->type(), MessageWidget::Type::Error);
    QVERIFY2(result->text().contains(QLatin1String("has spaces")) || result->text().contains(QLatin1String("name")),
             qPrintable(result->text()));
    QTest::qWait(200);
    QCOMPARE(requests.size(), 0);   // nothing was sent
    QVERIFY(child<QLineEdit>(&dialog, "nameEdit")->hasFocus());
    child<QLineEdit>(&dialog, "secretAccessKeyEdit")->clear();
}

void TestCredentialsDialog::shouldAskBeforeClosingOverAnUnsavedSecret()
{
    ScriptedPrompter prompter;
    CredentialsDialog dialog(m_store.get(), &m_network, &prompter);
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("draft"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "secretAccessKeyEdit"), QStringLiteral("typed-not-saved"));
    // Cancel keeps the dialog and what was typed.
    prompter.answer = false;
    dialog.close();
    QCOMPARE(prompter.asked.size(), 1);
    QVERIFY2(prompter.asked.constFirst().contains(QLatin1String("draft")), qPrintable(prompter.asked.constFirst()));
    QVERIFY(!prompter.asked.constFirst().contains(QLatin1String("typed-not-saved")));
    QVERIFY(dialog.isVisible());
    QCOMPARE(child<QLineEdit>(&dialog, "secretAccessKeyEdit")->text(), QStringLiteral("typed-not-saved"));
    // Discard closes it and wipes the field.
    prompter.answer = true;
    dialog.close();
    QCOMPARE(prompter.asked.size(), 2);
    QVERIFY(!dialog.isVisible());
    QVERIFY(child<QLineEdit>(&dialog, "secretAccessKeyEdit")->text().isEmpty());
    // Nothing typed: no question.
    dialog.show();
    dialog.close();
    QCOMPARE(prompter.asked.size(), 2);
}

void TestCredentialsDialog::shouldShowTestFailureForWrongSecret()
{
    CredentialsDialog dialog(m_store.get(), &m_network);
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("wrong"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "accessKeyIdEdit"), test::CredentialTestSandbox::accessKeyId());
    QTest::keyClicks(child<QLineEdit>(&dialog, "secretAccessKeyEdit"), QStringLiteral("definitely-wrong-secret"));
    child<QComboBox>(&dialog, "regionCombo")->setCurrentText(QStringLiteral("us-east-1"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "endpointEdit"), m_sandboxUrl.toString());
    QTest::mouseClick(child<QPushButton>(&dialog, "testButton"), Qt::LeftButton);
    auto *result = child<MessageWidget>(&dialog, "resultBanner");
    // It speaks of the credentials under test, not of those the window uses.
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QLatin1String("The credentials being tested did not pass")), 20000);
    test::savePicture(&dialog, QStringLiteral("credentials-test-failed"));
    QCOMPARE(result->type(), MessageWidget::Type::Error);
    QVERIFY(result->isVisible());
    // The service's code (STS calls it SignatureDoesNotMatch) and request id are one click away,
    // the secret nowhere.
    QVERIFY2(result->details().contains(QLatin1String("SignatureDoesNotMatch")), qPrintable(result->details()));
    QVERIFY2(result->details().contains(QLatin1String("Request ID")), qPrintable(result->details()));
    QVERIFY(!result->text().contains(QLatin1String("definitely-wrong-secret")));
    QVERIFY(!result->details().contains(QLatin1String("definitely-wrong-secret")));
    QVERIFY(child<QLabel>(&dialog, "statusLabel")->text().isEmpty());
    QVERIFY(child<QLabel>(&dialog, "identityLabel")->text().isEmpty());
}

void TestCredentialsDialog::shouldEditWithoutRetypingSecret()
{
    CredentialsDialog dialog(m_store.get(), &m_network);
    dialog.show();
    dialog.selectProfile(QStringLiteral("sandbox"));
    QCOMPARE(child<QLineEdit>(&dialog, "nameEdit")->text(), QStringLiteral("sandbox"));
    QVERIFY(child<QLineEdit>(&dialog, "secretAccessKeyEdit")->text().isEmpty());
    child<QComboBox>(&dialog, "regionCombo")->setCurrentText(QStringLiteral("us-west-2"));
    QSignalSpy saved(&dialog, &CredentialsDialog::profileSaved);
    QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(m_store->profile(QStringLiteral("sandbox")).region, QStringLiteral("us-west-2"));
    QVERIFY(m_secrets.contains(AppProfileStore::secretKey(QStringLiteral("sandbox"))));
}

void TestCredentialsDialog::shouldRemoveProfileAndItsKeychainEntries()
{
    ScriptedPrompter prompter;
    CredentialsDialog dialog(m_store.get(), &m_network, &prompter);
    dialog.show();
    dialog.selectProfile(QStringLiteral("sandbox"));
    QSignalSpy removed(&dialog, &CredentialsDialog::profileRemoved);
    prompter.answer = false;
    QTest::mouseClick(child<QPushButton>(&dialog, "removeProfileButton"), Qt::LeftButton);
    QCOMPARE(prompter.asked.size(), 1);
    QVERIFY(m_store->contains(QStringLiteral("sandbox")));
    prompter.answer = true;
    QTest::mouseClick(child<QPushButton>(&dialog, "removeProfileButton"), Qt::LeftButton);
    QTRY_COMPARE(removed.size(), 1);
    QVERIFY(!m_store->contains(QStringLiteral("sandbox")));
    QVERIFY(m_secrets.keys().isEmpty());
    QCOMPARE(child<QListView>(&dialog, "profileList")->model()->rowCount(), 0);
}

void TestCredentialsDialog::shouldShowBannerWhenKeychainUnavailable()
{
    MemorySecretStore missing;
    missing.setBehaviour(MemorySecretStore::Behaviour::Unavailable);
    QSettings settings(m_dir.filePath(QStringLiteral("nokeychain.ini")), QSettings::IniFormat);
    AppProfileStore store(&missing, &settings);
    CredentialsDialog dialog(&store, &m_network);
    dialog.show();
    auto *banner = child<MessageWidget>(&dialog, "keychainBanner");
    QVERIFY(!banner->isVisible());
    QTest::keyClicks(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("temp"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "accessKeyIdEdit"), QStringLiteral("AKIDTEMP"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "secretAccessKeyEdit"), QStringLiteral("temp-secret-for-this-run"));
    QSignalSpy saved(&dialog, &CredentialsDialog::profileSaved);
    QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 3000);
    QTRY_VERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QLatin1String("this run only")));
    auto *result = child<MessageWidget>(&dialog, "resultBanner");
    QVERIFY(result->text().contains(QLatin1String("this run only")));
    QCOMPARE(result->type(), MessageWidget::Type::Warning);
    settings.sync();
    QFile f(settings.fileName());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY2(!f.readAll().contains("temp-secret-for-this-run"), "the secret went to a file without a keychain");
}

void TestCredentialsDialog::shouldListProfilesWithOriginInSwitcher()
{
    QFile config(m_dir.filePath(QStringLiteral("config")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("[profile dev]\nregion = eu-west-1\n[profile sso]\nsso_session = corp\n");
    config.close();
    QProcessEnvironment env;
    env.insert(QStringLiteral("AWS_CONFIG_FILE"), config.fileName());
    env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), m_dir.filePath(QStringLiteral("no-credentials")));
    QSignalSpy saved(m_store->save({QStringLiteral("mine"), QStringLiteral("AKIDMINE"), {}, {}, false},
                                   QByteArray("mine-secret"), std::nullopt),
                     &AppProfileJob::finished);
    QVERIFY(saved.wait());

    ProfileManager manager(&m_network, m_store.get(), m_settings.get());
    manager.setEnvironment(env);
    manager.reload();
    ProfileSwitcher switcher(&manager);
    switcher.show();
    auto *combo = child<QComboBox>(&switcher, "profileCombo");
    QStringList texts;
    for (int i = 0; i < combo->count(); ++i)
        texts.append(combo->itemText(i));
    QVERIFY2(texts.contains(QStringLiteral("dev — AWS config file")), qPrintable(texts.join(u'|')));
    QVERIFY2(texts.contains(QStringLiteral("mine — Artifact Desk (keychain)")), qPrintable(texts.join(u'|')));
    const int sso = texts.indexOf(QStringLiteral("sso — AWS config file"));
    QVERIFY(sso >= 0);
    // Its [sso-session corp] section is missing: the tooltip says so.
    QVERIFY(combo->itemData(sso, Qt::ToolTipRole).toString().contains(QLatin1String("[sso-session corp]")));

    // Choosing a profile activates it; the manager tells the window.
    QSignalSpy activated(&manager, &ProfileManager::activated);
    QSignalSpy chosen(&switcher, &ProfileSwitcher::profileChosen);
    const int mine = texts.indexOf(QStringLiteral("mine — Artifact Desk (keychain)"));
    combo->setCurrentIndex(mine);
    Q_EMIT combo->activated(mine);
    QCOMPARE(chosen.size(), 1);
    QVERIFY(activated.wait());
    QCOMPARE(manager.active().id, QStringLiteral("app:mine"));
    QCOMPARE(switcher.currentId(), QStringLiteral("app:mine"));
    QSignalSpy manage(&switcher, &ProfileSwitcher::manageRequested);
    QTest::mouseClick(child<QWidget>(&switcher, "manageProfilesButton"), Qt::LeftButton);
    QCOMPARE(manage.size(), 1);
}

QTEST_MAIN(TestCredentialsDialog)
#include "tst_credentialsdialog.moc"
