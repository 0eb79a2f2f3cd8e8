// artifact-desk --export-inventory as a process against the sandbox process (demo seed): the JSON
// is what boto3's describe_repository says for every repository, field by field; the CSV has the
// same rows; "-" writes JSON to stdout; a wrong file name is exit 2 and writes nothing; failed
// requests are exit 1, each on stderr, and the rest is still written whole.
#include "credentialtestsandbox.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using desk::test::CredentialTestSandbox;

class TestExportInventory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldExportWhatTheServiceSaysAsJson();
    void shouldExportTheSameRowsAsCsv();
    void shouldWriteJsonToStdout();
    void shouldRefuseAFileItCannotFormat();
    void shouldWriteWhatWasReadAndSayWhatFailed();
    void shouldExitOneWhenNoCredentialsCanBeUsed();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run exportTo(const QString &file, const QUrl &endpoint, const QStringList &extraArguments = {},
                 bool withKeys = true);
    // What boto3 says: every domain's repositories (shared domains too), each described, keyed "domain/name".
    QJsonObject truthFromBoto3();

    QTemporaryDir m_dir;
    CredentialTestSandbox m_sandbox;
    QUrl m_url;
};

void TestExportInventory::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_url = m_sandbox.start({QStringLiteral("--seed"), QStringLiteral("demo")});
    QVERIFY2(m_url.isValid(), "the sandbox did not start");
}

TestExportInventory::Run TestExportInventory::exportTo(const QString &file, const QUrl &endpoint,
                                                       const QStringList &extraArguments, bool withKeys)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"AWS_PROFILE", "AWS_SESSION_TOKEN", "AWS_ENDPOINT_URL_CODEARTIFACT", "AWS_ENDPOINT_URL_STS",
                             "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.remove(QStringLiteral("AWS_ACCESS_KEY_ID"));
    env.remove(QStringLiteral("AWS_SECRET_ACCESS_KEY"));
    if (withKeys) {
        env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), CredentialTestSandbox::accessKeyId());
        env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QString::fromLatin1(CredentialTestSandbox::secretAccessKey()));
    }
    env.insert(QStringLiteral("AWS_REGION"), QStringLiteral("us-east-1"));
    env.insert(QStringLiteral("AWS_ENDPOINT_URL"), endpoint.toString());
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(desk::test::binDir() + QStringLiteral("/artifact-desk"),
                  QStringList{QStringLiteral("--export-inventory"), file} + extraArguments);
    Run run;
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QJsonObject TestExportInventory::truthFromBoto3()
{
    const QString script = QStringLiteral(
        "import boto3, json, sys\n"
        "c = boto3.client('codeartifact', region_name='us-east-1', endpoint_url=sys.argv[1],\n"
        "                 aws_access_key_id=sys.argv[2], aws_secret_access_key=sys.argv[3])\n"
        "out = {}\n"
        "domains = [d for p in c.get_paginator('list_domains').paginate() for d in p['domains']]\n"
        "for dom in domains:\n"
        "  for page in c.get_paginator('list_repositories_in_domain').paginate(domain=dom['name'], domainOwner=dom['owner']):\n"
        "    for r in page['repositories']:\n"
        "        d = c.describe_repository(domain=r['domainName'], domainOwner=r['domainOwner'],\n"
        "                                  repository=r['name'])['repository']\n"
        "        d['createdTime'] = d['createdTime'].timestamp()\n"
        "        out[r['domainName'] + '/' + r['name']] = d\n"
        "print(json.dumps(out))\n");
    QProcess python;
    python.start(QStringLiteral("python3"), {QStringLiteral("-c"), script, m_url.toString(), CredentialTestSandbox::accessKeyId(),
                                             QString::fromLatin1(CredentialTestSandbox::secretAccessKey())});
    if (!python.waitForFinished(120000) || python.exitCode() != 0) {
        qWarning("%s", python.readAllStandardError().right(2000).constData());
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

void TestExportInventory::shouldExportWhatTheServiceSaysAsJson()
{
    const QString file = m_dir.filePath(QStringLiteral("inventory.json"));
    const Run run = exportTo(file, m_url);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonArray exported = QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("repositories")).toArray();
    const QJsonObject truth = truthFromBoto3();
    QVERIFY2(truth.size() >= 5, "boto3 found too little to compare");
    QCOMPARE(exported.size(), truth.size());
    for (const QJsonValue &value : exported) {
        const QJsonObject ours = value.toObject();
        const QString key = ours.value(QLatin1String("domainName")).toString() + u'/' + ours.value(QLatin1String("name")).toString();
        QVERIFY2(truth.contains(key), qPrintable(key));
        const QJsonObject theirs = truth.value(key).toObject();
        for (const char *member : {"name", "domainName", "domainOwner", "administratorAccount", "description", "arn",
                                   "upstreams", "externalConnections"}) {
            QVERIFY2(ours.value(QLatin1String(member)) == theirs.value(QLatin1String(member))
                         || (theirs.value(QLatin1String(member)).isUndefined() && ours.value(QLatin1String(member)).toString().isEmpty()),
                     qPrintable(key + u' ' + QLatin1String(member)));
        }
        // ISO 8601 UTC, the same instant.
        const QString created = ours.value(QLatin1String("createdTime")).toString();
        QVERIFY2(created.endsWith(u'Z'), qPrintable(created));
        QCOMPARE(QDateTime::fromString(created, Qt::ISODate).toSecsSinceEpoch(),
                 qint64(theirs.value(QLatin1String("createdTime")).toDouble()));
    }
    // At least one repository with upstreams in order and one with a connection were compared.
    bool upstreams = false;
    bool connection = false;
    for (const QJsonValue &value : exported) {
        upstreams = upstreams || value.toObject().value(QLatin1String("upstreams")).toArray().size() > 1;
        connection = connection || !value.toObject().value(QLatin1String("externalConnections")).toArray().isEmpty();
    }
    QVERIFY(upstreams && connection);
}

void TestExportInventory::shouldExportTheSameRowsAsCsv()
{
    const QString file = m_dir.filePath(QStringLiteral("inventory.csv"));
    const Run run = exportTo(file, m_url);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    QCOMPARE(lines.first(), QByteArray("name,domainName,domainOwner,administratorAccount,description,arn,upstreams,"
                                       "externalConnections,createdTime\r"));
    const QJsonObject truth = truthFromBoto3();
    QCOMPARE(lines.size() - 2, truth.size());   // the header, and the empty string after the last CRLF
    // A repository with upstreams: joined by spaces, in order.
    for (auto it = truth.constBegin(); it != truth.constEnd(); ++it) {
        const QJsonArray ups = it.value().toObject().value(QLatin1String("upstreams")).toArray();
        if (ups.size() < 2)
            continue;
        QStringList names;
        for (const QJsonValue &u : ups)
            names << u.toObject().value(QLatin1String("repositoryName")).toString();
        const QByteArray start = it.value().toObject().value(QLatin1String("name")).toString().toUtf8() + ','
            + it.value().toObject().value(QLatin1String("domainName")).toString().toUtf8() + ',';
        bool found = false;
        for (const QByteArray &line : lines)
            found = found || (line.startsWith(start) && line.contains(',' + names.join(u' ').toUtf8() + ','));
        QVERIFY2(found, start.constData());
        return;
    }
    QFAIL("no repository with two upstreams in the demo");
}

void TestExportInventory::shouldWriteJsonToStdout()
{
    const Run run = exportTo(QStringLiteral("-"), m_url);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonArray repositories = QJsonDocument::fromJson(run.out).object().value(QLatin1String("repositories")).toArray();
    QVERIFY(repositories.size() >= 5);
}

void TestExportInventory::shouldRefuseAFileItCannotFormat()
{
    const QString file = m_dir.filePath(QStringLiteral("inventory.txt"));
    const Run run = exportTo(file, m_url);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(".json or .csv"), run.err.constData());
    QVERIFY(!QFile::exists(file));
}

void TestExportInventory::shouldWriteWhatWasReadAndSayWhatFailed()
{
    // A sandbox that fails almost half the requests: some fail even after the client's retries.
    CredentialTestSandbox faulty;
    const QUrl url = faulty.start({QStringLiteral("--seed"), QStringLiteral("demo"), QStringLiteral("--fault"),
                                   QStringLiteral("error500:0.45"), QStringLiteral("--fault-seed"), QStringLiteral("2")});
    QVERIFY(url.isValid());
    const QString file = m_dir.filePath(QStringLiteral("partial.json"));
    QFile::remove(file);
    const Run run = exportTo(file, url);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("could not be"), run.err.constData());
    QVERIFY(!run.err.contains(CredentialTestSandbox::secretAccessKey()));
    if (QFile::exists(file)) {   // the listing itself may have failed: then there is nothing to write
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);   // whole, never half written
        QVERIFY(doc.object().value(QLatin1String("repositories")).isArray());
    }
}

void TestExportInventory::shouldExitOneWhenNoCredentialsCanBeUsed()
{
    // ~/.aws/config has two profiles; the one asked for is neither. Then an IAM Identity Center
    // profile nobody signed in to: the run cannot sign in, so it says so at once.
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("home/.aws"))));
    QFile config(m_dir.filePath(QStringLiteral("home/.aws/config")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("[profile team-dev]\nregion = us-east-1\n\n[profile corp]\nsso_session = corp\n"
                 "sso_account_id = 111122223333\nsso_role_name = Admin\n\n[sso-session corp]\n"
                 "sso_start_url = https://corp.awsapps.example/start\nsso_region = us-east-1\n");
    config.close();
    const QString file = m_dir.filePath(QStringLiteral("nothing.json"));
    Run run = exportTo(file, m_url, {QStringLiteral("--profile"), QStringLiteral("typo")}, false);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("\"typo\"") && run.err.contains("team-dev") && run.err.contains("corp"), run.err.constData());
    run = exportTo(file, m_url, {QStringLiteral("--profile"), QStringLiteral("corp")}, false);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("--export-inventory cannot sign in") && run.err.contains("aws sso login --sso-session corp"),
             run.err.constData());
    QVERIFY(!QFile::exists(file));
    QFile::remove(config.fileName());
}

QTEST_GUILESS_MAIN(TestExportInventory)
#include "tst_exportinventory.moc"
