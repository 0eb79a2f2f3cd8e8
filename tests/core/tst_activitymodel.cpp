// ActivityModel, under QAbstractItemModelTester.

#include "models/activityfiltermodel.h"
#include "models/activitymodel.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTest>

using namespace desk;

namespace {
RequestRecord record(const QString &operation, int status, int attempts, const QString &requestId, bool ok)
{
    RequestRecord r;
    r.started = QDateTime::currentDateTime();
    r.operation = operation;
    r.service = QStringLiteral("codeartifact");
    r.target = QStringLiteral("acme/web");
    r.method = QStringLiteral("GET");
    r.url = QStringLiteral("https://codeartifact.us-east-1.amazonaws.com/v1/repository?domain=acme");
    r.httpStatus = status;
    r.durationMs = 42;
    r.attempts = attempts;
    r.requestId = requestId;
    r.succeeded = ok;
    if (!ok) {
        r.errorCode = QStringLiteral("ThrottlingException");
        r.errorMessage = QStringLiteral("AWS is throttling requests.");
    }
    return r;
}
} // namespace

class TestActivityModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void shouldShowEveryColumn();
    void shouldCopyRowsAsText();
    void shouldDropOldestBeyondMaximum();
    void shouldNameTheIamActionOfTheOperation();
    void shouldFilterByOperationStatusAndText();
    void shouldDescribeOneRequestInFull();
};

void TestActivityModel::shouldShowEveryColumn()
{
    ActivityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addRecord(record(QStringLiteral("DescribeRepository"), 200, 1, QStringLiteral("id-1"), true));
    model.addRecord(record(QStringLiteral("ListDomains"), 429, 3, QStringLiteral("id-2"), false));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, ActivityModel::OperationColumn).data().toString(), QStringLiteral("DescribeRepository"));
    QCOMPARE(model.index(0, ActivityModel::TargetColumn).data().toString(), QStringLiteral("acme/web"));
    QCOMPARE(model.index(0, ActivityModel::StatusColumn).data().toString(), QStringLiteral("200"));
    QCOMPARE(model.index(0, ActivityModel::DurationColumn).data().toString(), QStringLiteral("42 ms"));
    QCOMPARE(model.index(0, ActivityModel::RetriesColumn).data().toString(), QStringLiteral("0"));
    QCOMPARE(model.index(0, ActivityModel::RequestIdColumn).data().toString(), QStringLiteral("id-1"));
    QCOMPARE(model.index(1, ActivityModel::StatusColumn).data().toString(), QStringLiteral("429 ThrottlingException"));
    QCOMPARE(model.index(1, ActivityModel::RetriesColumn).data().toString(), QStringLiteral("2"));
    QCOMPARE(model.index(1, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("AWS is throttling requests."));
    QCOMPARE(model.failedCount(), 1);
    QVERIFY(!model.index(0, ActivityModel::TimeColumn).data().toString().isEmpty());
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestActivityModel::shouldCopyRowsAsText()
{
    ActivityModel model;
    model.addRecord(record(QStringLiteral("DescribeRepository"), 200, 1, QStringLiteral("id-1"), true));
    model.addRecord(record(QStringLiteral("ListDomains"), 200, 1, QStringLiteral("id-2"), true));
    const QStringList all = model.toText().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(all.size(), 3);
    QVERIFY(all.at(0).startsWith(QLatin1String("Time\tOperation\tTarget\tStatus\tDuration\tRetries\tRequest ID")));
    QVERIFY(all.at(2).contains(QLatin1String("\tListDomains\t")));
    const QStringList one = model.toText({1}).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(one.size(), 2);
    QVERIFY(one.at(1).endsWith(QLatin1String("id-2")));
}

void TestActivityModel::shouldDropOldestBeyondMaximum()
{
    ActivityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMaximumRecords(3);
    for (int i = 0; i < 5; ++i)
        model.addRecord(record(QStringLiteral("Op%1").arg(i), 200, 1, QString::number(i), true));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, ActivityModel::OperationColumn).data().toString(), QStringLiteral("Op2"));
    model.setMaximumRecords(1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, ActivityModel::OperationColumn).data().toString(), QStringLiteral("Op4"));
}

void TestActivityModel::shouldNameTheIamActionOfTheOperation()
{
    ActivityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    RequestRecord named = record(QStringLiteral("AssociateExternalConnection"), 403, 1, QStringLiteral("id-9"), false);
    named.iamAction = QStringLiteral("codeartifact:AssociateExternalConnection");
    model.addRecord(named);
    model.addRecord(record(QStringLiteral("ListDomains"), 200, 1, QStringLiteral("id-10"), true));
    const QString tip = model.index(0, ActivityModel::OperationColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.startsWith(QLatin1String("IAM action: codeartifact:AssociateExternalConnection\n")), qPrintable(tip));
    QVERIFY(tip.endsWith(named.errorMessage));
    QCOMPARE(model.index(0, ActivityModel::OperationColumn).data(ActivityModel::IamActionRole).toString(), named.iamAction);
    // Only the Operation column names it; a record without one shows what it always did.
    QCOMPARE(model.index(0, ActivityModel::TargetColumn).data(Qt::ToolTipRole).toString(), named.errorMessage);
    QVERIFY(!model.index(1, ActivityModel::OperationColumn).data(Qt::ToolTipRole).toString().contains(QLatin1String("IAM")));
}

void TestActivityModel::shouldFilterByOperationStatusAndText()
{
    ActivityModel model;
    ActivityFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addRecord(record(QStringLiteral("DescribeRepository"), 200, 1, QStringLiteral("id-1"), true));
    model.addRecord(record(QStringLiteral("ListDomains"), 429, 3, QStringLiteral("id-2"), false));
    model.addRecord(record(QStringLiteral("ListDomains"), 200, 1, QStringLiteral("id-3"), true));
    RequestRecord other = record(QStringLiteral("AssociateExternalConnection"), 403, 1, QStringLiteral("id-4"), false);
    other.target = QStringLiteral("partner/maven");
    other.errorCode = QStringLiteral("AccessDeniedException");
    other.errorMessage = QStringLiteral("You are not allowed to perform codeartifact:AssociateExternalConnection.");
    model.addRecord(other);
    QCOMPARE(model.operations(),
             (QStringList{QStringLiteral("AssociateExternalConnection"), QStringLiteral("DescribeRepository"),
                          QStringLiteral("ListDomains")}));
    auto ids = [&filter] {
        QStringList out;
        for (int row = 0; row < filter.rowCount(); ++row)
            out << filter.index(row, ActivityModel::RequestIdColumn).data().toString();
        return out;
    };
    QCOMPARE(ids(), (QStringList{QStringLiteral("id-1"), QStringLiteral("id-2"), QStringLiteral("id-3"), QStringLiteral("id-4")}));
    QVERIFY(!filter.isFiltering());

    filter.setOperation(QStringLiteral("ListDomains"));
    QCOMPARE(ids(), (QStringList{QStringLiteral("id-2"), QStringLiteral("id-3")}));
    filter.setStatus(ActivityFilterModel::Status::Failed);
    QCOMPARE(ids(), QStringList{QStringLiteral("id-2")});
    filter.setStatus(ActivityFilterModel::Status::Succeeded);
    QCOMPARE(ids(), QStringList{QStringLiteral("id-3")});
    filter.setOperation({});
    filter.setStatus(ActivityFilterModel::Status::All);
    // Text in a column (the target), any case.
    filter.setText(QStringLiteral("  PARTNER "));
    QCOMPARE(ids(), QStringList{QStringLiteral("id-4")});
    QVERIFY(filter.isFiltering());
    // Text only in the error's sentence.
    filter.setText(QStringLiteral("not allowed"));
    QCOMPARE(ids(), QStringList{QStringLiteral("id-4")});
    // Text of the status column.
    filter.setText(QStringLiteral("429"));
    QCOMPARE(ids(), QStringList{QStringLiteral("id-2")});
    filter.setText(QStringLiteral("nothing like this"));
    QCOMPARE(filter.rowCount(), 0);
    // New requests are filtered as they come.
    filter.setText(QStringLiteral("id-5"));
    model.addRecord(record(QStringLiteral("ListRepositoriesInDomain"), 200, 1, QStringLiteral("id-5"), true));
    QCOMPARE(ids(), QStringList{QStringLiteral("id-5")});
    filter.setText({});
    QCOMPARE(filter.rowCount(), 5);
}

void TestActivityModel::shouldDescribeOneRequestInFull()
{
    ActivityModel model;
    RequestRecord r = record(QStringLiteral("AssociateExternalConnection"), 403, 2, QStringLiteral("req-77"), false);
    r.started = QDateTime(QDate(2026, 11, 27), QTime(10, 15, 30, 250), Qt::UTC);
    r.iamAction = QStringLiteral("codeartifact:AssociateExternalConnection");
    r.method = QStringLiteral("POST");
    r.errorCode = QStringLiteral("AccessDeniedException");
    r.errorMessage = QStringLiteral("You are not allowed to perform codeartifact:AssociateExternalConnection on acme/web.");
    model.addRecord(r);
    const QString text = model.detailText(0);
    for (const QString &line : {QStringLiteral("Time: 2026-11-27T10:15:30.250Z"),
                                QStringLiteral("Operation: AssociateExternalConnection"),
                                QStringLiteral("IAM action: codeartifact:AssociateExternalConnection"),
                                QStringLiteral("Target: acme/web"),
                                QStringLiteral("Request: POST https://codeartifact.us-east-1.amazonaws.com/v1/repository?domain=acme"),
                                QStringLiteral("Result: failed"), QStringLiteral("HTTP status: 403"),
                                QStringLiteral("Error code: AccessDeniedException"),
                                QStringLiteral("Error: You are not allowed to perform codeartifact:AssociateExternalConnection on acme/web."),
                                QStringLiteral("Duration: 42 ms"), QStringLiteral("Attempts: 2"),
                                QStringLiteral("Request ID: req-77")})
        QVERIFY2(text.split(u'\n').contains(line), qPrintable(line + QStringLiteral("\n---\n") + text));
    QCOMPARE(model.detailText(1), QString());
    QCOMPARE(model.detailText(-1), QString());
}

QTEST_GUILESS_MAIN(TestActivityModel)
#include "tst_activitymodel.moc"
