// The real Secret Service (gnome-keyring in ./test.sh's private D-Bus session): a profile saved
// through the dialog's code path (AppProfileStore::save) lands in the keychain, comes back in a
// fresh store, is visible to secret-tool under QtKeychain's attributes and labelled with the
// product and profile, and is gone after removal; an item written before labels keeps working.
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
    void shouldMoveAnItemWrittenBeforeLabelsUnderItsLabel();
    void shouldRemoveTheLabelledAndTheUnlabelledItem();
    void shouldRemoveKeychainEntriesWithProfile();
    void shouldReportMissingEntryAsNotFound();

private:
    QString m_service;
    QString m_displayName;
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
    m_displayName = SecretStore::defaultDisplayName() + QStringLiteral(" tests");
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
    KeychainSecretStore keychain(m_service, m_displayName);
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
    KeychainSecretStore keychain(m_service, m_displayName);
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
    // QtKeychain's libsecret backend stores the service as "server" and as the label a keychain
    // viewer shows, and the key as "user": each item is named after the product and the profile.
    for (const auto &[key, label] : {std::pair{AppProfileStore::secretKey(QStringLiteral("kc-test")),
                                               QStringLiteral(" tests: kc-test (secret access key)")},
                                     std::pair{AppProfileStore::sessionTokenKey(QStringLiteral("kc-test")),
                                               QStringLiteral(" tests: kc-test (session token)")}}) {
        const QByteArray name = (SecretStore::defaultDisplayName() + label).toUtf8();
        const ToolResult search = secretTool({QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("user"), key});
        QCOMPARE(search.exitCode, 0);
        QVERIFY2(search.out.contains("label = " + name + '\n'), qPrintable(QStringLiteral("no item labelled ") + QString::fromUtf8(name)));
        QVERIFY2(search.out.contains("attribute.server = " + name + '\n'), "the label is not the item's service");
        QVERIFY2(!search.out.contains("attribute.server = " + m_service.toUtf8() + '\n'),
                 "an unlabelled item is left beside the labelled one");
    }
    const QString key = AppProfileStore::secretKey(QStringLiteral("kc-test"));
    KeychainSecretStore keychain(m_service, m_displayName);
    const QString service = keychain.itemService(AppProfileStore::labelFor(key));
    const ToolResult lookup = secretTool({QStringLiteral("lookup"), QStringLiteral("server"), service, QStringLiteral("user"), key});
    QCOMPARE(lookup.exitCode, 0);
    // Binary data is stored base64-encoded (attribute type = base64).
    QVERIFY2(QByteArray::fromBase64(lookup.out.trimmed()) == kSecret || lookup.out.trimmed() == kSecret,
             "secret-tool does not see the secret that was written");
}

void TestSecretStore::shouldMoveAnItemWrittenBeforeLabelsUnderItsLabel()
{
    // Before labels every item was written under the service alone: write one that way.
    const QString key = AppProfileStore::secretKey(QStringLiteral("kc-before-labels"));
    const QString label = AppProfileStore::labelFor(key);
    KeychainSecretStore keychain(m_service, m_displayName);
    {
        QSignalSpy written(keychain.write(key, kSecret), &SecretStoreJob::finished);
        QVERIFY(written.wait(15000));
        QVERIFY(written.first().at(0).value<SecretStoreJob *>()->isOk());
        const ToolResult old = secretTool({QStringLiteral("lookup"), QStringLiteral("server"), m_service, QStringLiteral("user"), key});
        QCOMPARE(old.exitCode, 0);
    }
    // Read with its label: found, and moved under the label.
    SecretStoreJob *read = keychain.read(key, label);
    QSignalSpy finished(read, &SecretStoreJob::finished);
    QVERIFY(finished.wait(15000));
    QCOMPARE(read->status(), SecretStoreJob::Status::Ok);
    QVERIFY2(read->data() == kSecret, "the secret written before labels does not come back");
    const ToolResult search = secretTool({QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("user"), key});
    QVERIFY2(search.out.contains("label = " + keychain.itemService(label).toUtf8() + '\n'), "the item was not moved under its label");
    QVERIFY2(!search.out.contains("attribute.server = " + m_service.toUtf8() + '\n'), "the unlabelled item was left behind");
    // And read again from there.
    SecretStoreJob *again = keychain.read(key, label);
    QSignalSpy finishedAgain(again, &SecretStoreJob::finished);
    QVERIFY(finishedAgain.wait(15000));
    QVERIFY2(again->isOk() && again->data() == kSecret, "the moved item cannot be read under its label");
    QSignalSpy removed(keychain.remove(key, label), &SecretStoreJob::finished);
    QVERIFY(removed.wait(15000));
}

void TestSecretStore::shouldRemoveTheLabelledAndTheUnlabelledItem()
{
    // Should both exist (a copy another version of the app left behind), removal takes both.
    const QString key = AppProfileStore::sessionTokenKey(QStringLiteral("kc-both"));
    const QString label = AppProfileStore::labelFor(key);
    KeychainSecretStore keychain(m_service, m_displayName);
    for (const QString &l : {QString(), label}) {
        // Write the unlabelled one first: a labelled write removes an unlabelled one.
        QSignalSpy written(keychain.write(key, kToken, l), &SecretStoreJob::finished);
        QVERIFY(written.wait(15000));
    }
    QSignalSpy unlabelled(keychain.write(key, kToken), &SecretStoreJob::finished);
    QVERIFY(unlabelled.wait(15000));
    const ToolResult before = secretTool({QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("user"), key});
    QCOMPARE(before.out.count("\nlabel = "), 2);
    QSignalSpy removed(keychain.remove(key, label), &SecretStoreJob::finished);
    QVERIFY(removed.wait(15000));
    QVERIFY(removed.first().at(0).value<SecretStoreJob *>()->isOk());
    const ToolResult after = secretTool({QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("user"), key});
    QVERIFY2(!after.out.contains("label = "), "an item survived the removal");
}

void TestSecretStore::shouldRemoveKeychainEntriesWithProfile()
{
    QSettings settings(m_settingsPath, QSettings::IniFormat);
    KeychainSecretStore keychain(m_service, m_displayName);
    AppProfileStore store(&keychain, &settings);
    QSignalSpy removed(store.remove(QStringLiteral("kc-test")), &AppProfileJob::finished);
    QVERIFY(removed.wait(15000));
    auto *job = removed.first().at(0).value<AppProfileJob *>();
    QVERIFY2(!job->error(), qPrintable(job->error().message()));
    QVERIFY(!store.contains(QStringLiteral("kc-test")));
    for (const QString &key : {AppProfileStore::secretKey(QStringLiteral("kc-test")),
                               AppProfileStore::sessionTokenKey(QStringLiteral("kc-test"))}) {
        const ToolResult search = secretTool({QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("user"), key});
        QVERIFY2(!search.out.contains("label = "), "a keychain entry survived the removal");
    }
}

void TestSecretStore::shouldReportMissingEntryAsNotFound()
{
    KeychainSecretStore keychain(m_service, m_displayName);
    SecretStoreJob *read = keychain.read(QStringLiteral("profile/never-written/secret-access-key"));
    QSignalSpy finished(read, &SecretStoreJob::finished);
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.first().at(0).value<SecretStoreJob *>()->status(), SecretStoreJob::Status::NotFound);
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
