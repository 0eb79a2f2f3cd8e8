// No Secret Service: the session bus points nowhere. The store says "keychain unavailable"
// within 2 s, the profile stays usable for this run, and nothing is written in plain text.
#include "credentials/appprofilestore.h"
#include "secrets/keychainsecretstore.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace desk;

namespace {

const QByteArray kSecret = "nokc-secret-0a1b2c3d4e5f6a7b8c9d";

QStringList filesContainingSecret(const QString &dir)
{
    QStringList hits;
    if (dir.isEmpty() || !QFileInfo::exists(dir))
        return hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly)) {
            const QByteArray content = f.readAll();
            if (content.contains(kSecret) || content.contains(kSecret.toBase64()))
                hits.append(f.fileName());
        }
    }
    return hits;
}

} // namespace

class TestSecretStoreNoKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldReportUnavailableWithinTwoSeconds();
    void shouldKeepSecretForThisRunOnly();
    void shouldWriteNoPlaintextAnywhere();

private:
    QTemporaryDir m_dir;
};

void TestSecretStoreNoKeychain::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QCOMPARE(qgetenv("DBUS_SESSION_BUS_ADDRESS"), QByteArray("unix:path=/nonexistent/artifact-desk-no-bus"));
}

void TestSecretStoreNoKeychain::shouldReportUnavailableWithinTwoSeconds()
{
    KeychainSecretStore keychain(SecretStore::defaultService() + QStringLiteral(".tests"));
    QElapsedTimer timer;
    timer.start();
    SecretStoreJob *write = keychain.write(QStringLiteral("profile/nokc/secret-access-key"), kSecret);
    QSignalSpy finished(write, &SecretStoreJob::finished);
    QVERIFY(finished.wait(2000));
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    auto *job = finished.first().at(0).value<SecretStoreJob *>();
    QCOMPARE(job->status(), SecretStoreJob::Status::Unavailable);
    QVERIFY2(job->errorString().contains(QLatin1String("keychain is not available")), qPrintable(job->errorString()));
    QVERIFY(!job->errorString().contains(QString::fromLatin1(kSecret)));
}

void TestSecretStoreNoKeychain::shouldKeepSecretForThisRunOnly()
{
    QSettings settings(m_dir.filePath(QStringLiteral("ArtifactDesk.ini")), QSettings::IniFormat);
    KeychainSecretStore keychain(SecretStore::defaultService() + QStringLiteral(".tests"));
    AppProfileStore store(&keychain, &settings);
    QSignalSpy banner(&store, &AppProfileStore::keychainAvailabilityChanged);
    QElapsedTimer timer;
    timer.start();
    QSignalSpy saved(store.save({QStringLiteral("nokc"), QStringLiteral("AKIDNOKC"), QStringLiteral("us-east-1"), {}, false},
                                kSecret, std::nullopt),
                     &AppProfileJob::finished);
    QVERIFY(saved.wait(2000));
    QVERIFY(timer.elapsed() < 2000);
    auto *job = saved.first().at(0).value<AppProfileJob *>();
    QVERIFY2(!job->error(), qPrintable(job->error().message()));
    QVERIFY(job->isStoredForThisRunOnly());
    QCOMPARE(banner.size(), 1);
    QCOMPARE(banner.first().at(0).toBool(), false);
    QVERIFY(!store.keychainMessage().isEmpty());

    // Still usable in this run: the app works without a keychain.
    QSignalSpy loaded(store.loadCredentials(QStringLiteral("nokc")), &AppProfileJob::finished);
    QVERIFY(loaded.wait(2000));
    AwsCredentials c = loaded.first().at(0).value<AppProfileJob *>()->takeCredentials();
    QVERIFY2(c.secretAccessKey == kSecret, "the secret was not kept for this run");

    // The next run has to ask again: the read fails as "keychain unavailable", not "not found".
    AppProfileStore nextRun(&keychain, &settings);
    QSignalSpy again(nextRun.loadCredentials(QStringLiteral("nokc")), &AppProfileJob::finished);
    QVERIFY(again.wait(2000));
    QCOMPARE(again.first().at(0).value<AppProfileJob *>()->error().kind(), AwsError::Kind::KeychainUnavailable);
}

void TestSecretStoreNoKeychain::shouldWriteNoPlaintextAnywhere()
{
    QStringList hits = filesContainingSecret(m_dir.path());
    for (const auto location : {QStandardPaths::GenericConfigLocation, QStandardPaths::AppConfigLocation,
                                QStandardPaths::AppDataLocation, QStandardPaths::GenericDataLocation}) {
        hits += filesContainingSecret(QStandardPaths::writableLocation(location));
    }
    // QtKeychain's insecure fallback would write a QSettings file named after the service.
    hits += filesContainingSecret(QDir::homePath() + QStringLiteral("/.config"));
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u' ')));
}

int main(int argc, char *argv[])
{
    // Before anything touches D-Bus: a session bus that does not exist.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/artifact-desk-no-bus");
    QCoreApplication app(argc, argv);
    TestSecretStoreNoKeychain test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretstore_nokeychain.moc"
