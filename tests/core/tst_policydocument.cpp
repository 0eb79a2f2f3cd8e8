// The policy editor's checks (PolicyDocument) and the common statements (PolicyTemplates).

#include "base/policydocument.h"
#include "base/policytemplates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace desk;

class TestPolicyDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void shouldCheckSyntaxAndStructure_data();
    void shouldCheckSyntaxAndStructure();
    void shouldPointAtTheLineAndColumnOfASyntaxError();
    void shouldPrettyPrintAndLeaveWhatDoesNotParse();
    void shouldFillATemplateWithTheAccount_data();
    void shouldFillATemplateWithTheAccount();
    void shouldAddToAnExistingPolicyAndReplaceTheSameStatement();
    void shouldRefuseABadAccountOrADocumentThatDoesNotParse();
};

void TestPolicyDocument::shouldCheckSyntaxAndStructure_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("mentions");
    const QString statement = QStringLiteral("{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"arn:aws:iam::123456789012:root\"}, "
                                             "\"Action\": \"codeartifact:ReadFromRepository\", \"Resource\": \"*\"}");
    QTest::newRow("valid, one statement object")
        << QStringLiteral("{\"Version\": \"2012-10-17\", \"Statement\": %1}").arg(statement) << true << QStringLiteral("one statement");
    QTest::newRow("valid, two statements")
        << QStringLiteral("{\"Version\": \"2012-10-17\", \"Statement\": [%1, %1]}").arg(statement) << true << QStringLiteral("2 statements");
    QTest::newRow("empty") << QStringLiteral("  \n") << false << QStringLiteral("empty");
    QTest::newRow("syntax") << QStringLiteral("{\"Version\": \"2012-10-17\",}") << false << QStringLiteral("Line 1, column");
    QTest::newRow("not an object") << QStringLiteral("[]") << false << QStringLiteral("JSON object");
    QTest::newRow("no version") << QStringLiteral("{\"Statement\": [%1]}").arg(statement) << false << QStringLiteral("Version");
    QTest::newRow("no statement") << QStringLiteral("{\"Version\": \"2012-10-17\"}") << false << QStringLiteral("Statement");
    QTest::newRow("empty statements") << QStringLiteral("{\"Version\": \"2012-10-17\", \"Statement\": []}") << false
                                      << QStringLiteral("Statement");
    QTest::newRow("bad effect")
        << QStringLiteral("{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"allow\", \"Principal\": \"*\", \"Action\": \"x\"}]}")
        << false << QStringLiteral("Effect");
    QTest::newRow("second without principal")
        << QStringLiteral("{\"Version\": \"2012-10-17\", \"Statement\": [%1, {\"Effect\": \"Deny\", \"Action\": \"x\"}]}").arg(statement)
        << false << QStringLiteral("Statement 2 has no \"Principal\"");
    QTest::newRow("no action")
        << QStringLiteral("{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Deny\", \"Principal\": \"*\"}]}") << false
        << QStringLiteral("Action");
    QString tooLong = QStringLiteral("{\"Version\": \"2012-10-17\", \"Statement\": [%1]}").arg(statement);
    tooLong.insert(1, QString(7200, u' '));
    QTest::newRow("too long") << tooLong << false << QStringLiteral("7168");
}

void TestPolicyDocument::shouldCheckSyntaxAndStructure()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QString, mentions);
    const PolicyDocument::Check check = PolicyDocument::check(text);
    QCOMPARE(check.ok, ok);
    QVERIFY2(check.message.contains(mentions), qPrintable(check.message));
}

void TestPolicyDocument::shouldPointAtTheLineAndColumnOfASyntaxError()
{
    // The missing comma is on line 3; "ü" before it counts as one column, not two bytes.
    const QString text = QStringLiteral("{\n  \"Version\": \"2012-10-17\",\n  \"Sid\": \"\u00fc\" \"Statement\": []\n}");
    const PolicyDocument::Check check = PolicyDocument::check(text);
    QVERIFY(!check.ok);
    QCOMPARE(check.line, 3);
    const int expectedColumn = int(QStringLiteral("  \"Sid\": \"\u00fc\" ").size()) + 1;
    QVERIFY2(qAbs(check.column - expectedColumn) <= 1, qPrintable(QStringLiteral("column %1").arg(check.column)));
    // Byte 6 of "ab\ncüd" is the "d": after "cü", which is two characters (three bytes).
    QCOMPARE(PolicyDocument::lineAndColumn(QStringLiteral("ab\nc\u00fcd"), 6), std::make_pair(2, 3));
}

void TestPolicyDocument::shouldPrettyPrintAndLeaveWhatDoesNotParse()
{
    const QString pretty = PolicyDocument::prettyPrinted(QStringLiteral("{\"Version\":\"2012-10-17\",\"Statement\":[]}"));
    QVERIFY(pretty.contains(u'\n'));
    QCOMPARE(QJsonDocument::fromJson(pretty.toUtf8()).object().value(QLatin1String("Version")).toString(),
             QStringLiteral("2012-10-17"));
    QCOMPARE(PolicyDocument::prettyPrinted(QStringLiteral("{broken")), QStringLiteral("{broken"));
}

void TestPolicyDocument::shouldFillATemplateWithTheAccount_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("action");
    QTest::newRow("read repository") << int(PolicyTemplates::Kind::ReadRepository) << QStringLiteral("codeartifact:ReadFromRepository");
    QTest::newRow("use domain") << int(PolicyTemplates::Kind::UseDomainRepositories) << QStringLiteral("codeartifact:CreateRepository");
    QTest::newRow("read domain") << int(PolicyTemplates::Kind::ReadDomain) << QStringLiteral("codeartifact:GetAuthorizationToken");
}

void TestPolicyDocument::shouldFillATemplateWithTheAccount()
{
    QFETCH(int, kind);
    QFETCH(QString, action);
    const QString account = QStringLiteral("210987654321");
    const PolicyTemplates::Result result = PolicyTemplates::apply({}, PolicyTemplates::Kind(kind), account);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QVERIFY(PolicyDocument::check(result.text).ok);
    const QJsonObject policy = QJsonDocument::fromJson(result.text.toUtf8()).object();
    const QJsonArray statements = policy.value(QLatin1String("Statement")).toArray();
    QCOMPARE(statements.size(), 1);
    const QJsonObject statement = statements.first().toObject();
    QCOMPARE(statement.value(QLatin1String("Principal")).toObject().value(QLatin1String("AWS")).toString(),
             QStringLiteral("arn:aws:iam::210987654321:root"));
    QVERIFY(statement.value(QLatin1String("Action")).toArray().contains(action));
    QCOMPARE(statement.value(QLatin1String("Effect")).toString(), QStringLiteral("Allow"));
}

void TestPolicyDocument::shouldAddToAnExistingPolicyAndReplaceTheSameStatement()
{
    const PolicyTemplates::Result first =
        PolicyTemplates::apply({}, PolicyTemplates::Kind::ReadDomain, QStringLiteral("111111111111"));
    const PolicyTemplates::Result second =
        PolicyTemplates::apply(first.text, PolicyTemplates::Kind::ReadDomain, QStringLiteral("222222222222"));
    const PolicyTemplates::Result again =
        PolicyTemplates::apply(second.text, PolicyTemplates::Kind::ReadDomain, QStringLiteral("222222222222"));
    QCOMPARE(QJsonDocument::fromJson(second.text.toUtf8()).object().value(QLatin1String("Statement")).toArray().size(), 2);
    QCOMPARE(QJsonDocument::fromJson(again.text.toUtf8()).object().value(QLatin1String("Statement")).toArray().size(), 2);
    QVERIFY(again.text.contains(QLatin1String("111111111111")));
}

void TestPolicyDocument::shouldRefuseABadAccountOrADocumentThatDoesNotParse()
{
    QVERIFY(!PolicyTemplates::apply({}, PolicyTemplates::Kind::ReadRepository, QStringLiteral("12345")).error.isEmpty());
    QVERIFY(!PolicyTemplates::apply({}, PolicyTemplates::Kind::ReadRepository, QStringLiteral("12345678901a")).error.isEmpty());
    const PolicyTemplates::Result broken =
        PolicyTemplates::apply(QStringLiteral("{\"Version\": "), PolicyTemplates::Kind::ReadRepository, QStringLiteral("123456789012"));
    QVERIFY(!broken.error.isEmpty());
    QVERIFY(broken.text.isEmpty());
}

QTEST_GUILESS_MAIN(TestPolicyDocument)
#include "tst_policydocument.moc"
