// The real Secret Service (gnome-keyring in ./test.sh's private D-Bus session): a profile saved
// through the dialog's code path (AppProfileStore::save) lands in the keychain, comes back in a
// fresh store, is visible to secret-tool under QtKeychain's attributes, and is gone after removal.
#include "credentials/appprofilestore.h"
#include "secrets/keychainsecretstore.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace desk;

namespace {

const QByteArray kSecret = "kc-test-secret-9f8e7d6c5b4a39281706";
const QByteArray kToken = "kc-test-session-token-FwoGZXIvYXdzEJr";

struct ToolResult
{
    int exitCode = -1;
    QByteArray out;
};

ToolResult secretTool(const QStringList &arguments)
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"), arguments);
    if (!p.waitForFinished(10000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitCode(), p.readAllStandardOutput() + p.readAllStandardError()};
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void shouldRoundTripProfileThroughRealKeychain();
    void shouldReadBackInFreshStoreObject();
    void shouldBeFoundBySecretToolUnderQtKeychainAttributes();
    void shouldRemoveKeychainEntriesWithProfile();
    void shouldReportMissingEntryAsNotFound();

private:
    QString m_service;
    QTemporaryDir m_dir;
    QString m_settingsPath;
};

void TestSecretStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_settingsPath = m_dir.filePath(QStringLiteral("ArtifactDesk.ini"));
    // The app's id plus a suffix, so a run outside ./test.sh cannot touch the app's real entries.
    m_service = SecretStore::defaultService() + QStringLiteral(".tests");
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty(),
             "secret-tool (libsecret-tools) is needed; ./test.sh installs it");
}

void TestSecretStore::cleanupTestCase()
{
    // Nothing this suite wrote holds a secret (the keychain is not a file we look at).
    QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        QVERIFY2(!content.contains(kSecret) && !content.contains(kToken) && !content.contains(kSecret.toBase64()),
                 qPrintable(QStringLiteral("a test secret is in ") + f.fileName()));
    }
}

void TestSecretStore::shouldRoundTripProfileThroughRealKeychain()
{
    QSettings settings(m_settingsPath, QSettings::IniFormat);
    KeychainSecretStore keychain(m_service);
    AppProfileStore store(&keychain, &settings);
    AppProfile profile{QStringLiteral("kc-test"), QStringLiteral("AKIDKEYCHAINTEST"), QStringLiteral("us-east-1"), {}, false};
    QSignalSpy saved(store.save(profile, kSecret, kToken), &AppProfileJob::finished);
    QVERIFY(saved.wait(15000));
    auto *job = saved.first().at(0).value<AppProfileJob *>();
    QVERIFY2(!job->error(), qPrintable(job->error().message()));
    QVERIFY2(!job->isStoredForThisRunOnly(),
             qPrintable(QStringLiteral("the keychain is unavailable (run through ./test.sh): ") + store.keychainMessage()));
    QVERIFY(store.isKeychainAvailable());
    QVERIFY(store.contains(QStringLiteral("kc-test")));
    QVERIFY(store.profile(QStringLiteral("kc-test")).hasSessionToken);
}

void TestSecretStore::shouldReadBackInFreshStoreObject()
{
    QSettings settings(m_settingsPath, QSettings::IniFormat);
    KeychainSecretStore keychain(m_service);
    AppProfileStore store(&keychain, &settings);
    QSignalSpy loaded(store.loadCredentials(QStringLiteral("kc-test")), &AppProfileJob::finished);
    QVERIFY(loaded.wait(15000));
    auto *job = loaded.first().at(0).value<AppProfileJob *>();
    QVERIFY2(!job->error(), qPrintable(job->error().message()));
    AwsCredentials c = job->takeCredentials();
    QCOMPARE(c.accessKeyId, QStringLiteral("AKIDKEYCHAINTEST"));
    QVERIFY2(c.secretAccessKey == kSecret, "the secret read back differs from the one written");
    QVERIFY2(c.sessionToken == kToken, "the session token read back differs from the one written");
    c.clear();
}

void TestSecretStore::shouldBeFoundBySecretToolUnderQtKeychainAttributes()
{
    // QtKeychain's libsecret backend stores service as "server" and key as "user".
    const QString key = AppProfileStore::secretKey(QStringLiteral("kc-test"));
    const ToolResult search = secretTool({QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"), m_service});
    QCOMPARE(search.exitCode, 0);
    QVERIFY2(search.out.contains("attribute.server = " + m_service.toUtf8()), "no item with the service as server");
    QVERIFY2(search.out.contains("attribute.user = " + key.toUtf8()), "no item with the profile's key as user");
    QVERIFY2(search.out.contains("attribute.user = " + AppProfileStore::sessionTokenKey(QStringLiteral("kc-test")).toUtf8()),
             "no item for the session token");
    const ToolResult lookup = secretTool({QStringLiteral("lookup"), QStringLiteral("server"), m_service, QStringLiteral("user"), key});
    QCOMPARE(lookup.exitCode, 0);
    // Binary data is stored base64-encoded (attribute type = base64).
    QVERIFY2(QByteArray::fromBase64(lookup.out.trimmed()) == kSecret || lookup.out.trimmed() == kSecret,
             "secret-tool does not see the secret that was written");
}

void TestSecretStore::shouldRemoveKeychainEntriesWithProfile()
{
    QSettings settings(m_settingsPath, QSettings::IniFormat);
    KeychainSecretStore keychain(m_service);
    AppProfileStore store(&keychain, &settings);
    QSignalSpy removed(store.remove(QStringLiteral("kc-test")), &AppProfileJob::finished);
    QVERIFY(removed.wait(15000));
    auto *job = removed.first().at(0).value<AppProfileJob *>();
    QVERIFY2(!job->error(), qPrintable(job->error().message()));
    QVERIFY(!store.contains(QStringLiteral("kc-test")));
    const ToolResult search = secretTool({QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"), m_service});
    QVERIFY2(!search.out.contains("attribute.user = profile/kc-test/"), "a keychain entry survived the removal");
    const ToolResult lookup = secretTool({QStringLiteral("lookup"), QStringLiteral("server"), m_service, QStringLiteral("user"),
                                          AppProfileStore::secretKey(QStringLiteral("kc-test"))});
    QVERIFY(lookup.exitCode != 0);
}

void TestSecretStore::shouldReportMissingEntryAsNotFound()
{
    KeychainSecretStore keychain(m_service);
    SecretStoreJob *read = keychain.read(QStringLiteral("profile/never-written/secret-access-key"));
    QSignalSpy finished(read, &SecretStoreJob::finished);
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.first().at(0).value<SecretStoreJob *>()->status(), SecretStoreJob::Status::NotFound);
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
