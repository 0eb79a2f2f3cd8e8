// ExternalConnectionModel and its filter, under QAbstractItemModelTester.

#include "base/externalconnection.h"
#include "models/externalconnectionfiltermodel.h"
#include "models/externalconnectionmodel.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTest>

using namespace desk;

class TestExternalConnectionModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void shouldListCoresOneTable();
    void shouldFilterBySearchText_data();
    void shouldFilterBySearchText();
    void shouldFilterByFormat();
};

void TestExternalConnectionModel::shouldListCoresOneTable()
{
    ExternalConnectionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto &all = ExternalConnections::all();
    QCOMPARE(model.rowCount(), int(all.size()));
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.index(row, ExternalConnectionModel::NameColumn).data().toString(), all.at(row).name);
        QCOMPARE(model.index(row, ExternalConnectionModel::FormatColumn).data().toString(), all.at(row).packageFormat);
        QCOMPARE(model.index(row, ExternalConnectionModel::DescriptionColumn).data().toString(), all.at(row).description());
        QCOMPARE(model.index(row, 0).data(ExternalConnectionModel::DisplayNameRole).toString(), all.at(row).displayName);
        QCOMPARE(model.rowOf(all.at(row).name), row);
    }
    QCOMPARE(model.rowOf(QStringLiteral("public:nothing")), -1);
    QStringList formats;
    for (const auto &info : all) {
        if (!formats.contains(info.packageFormat))
            formats << info.packageFormat;
    }
    QCOMPARE(model.packageFormats(), formats);
}

void TestExternalConnectionModel::shouldFilterBySearchText_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("name") << QStringLiteral("pypi");
    QTest::newRow("case") << QStringLiteral("NPM");
    QTest::newRow("display name") << QStringLiteral("Clojars");
    QTest::newRow("format") << QStringLiteral("maven");
    QTest::newRow("two words") << QStringLiteral("android google");
    QTest::newRow("none") << QStringLiteral("zzz-nothing");
}

void TestExternalConnectionModel::shouldFilterBySearchText()
{
    QFETCH(QString, text);
    ExternalConnectionModel model;
    ExternalConnectionFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setFilterText(text);
    // The expected rows, computed from the table: every word somewhere in the row.
    QStringList expected;
    for (const auto &info : ExternalConnections::all()) {
        const QString all = info.name + u' ' + info.packageFormat + u' ' + info.displayName + u' ' + info.description();
        bool match = true;
        for (const QString &word : text.split(u' ', Qt::SkipEmptyParts))
            match = match && all.contains(word, Qt::CaseInsensitive);
        if (match)
            expected << info.name;
    }
    QStringList shown;
    for (int row = 0; row < filter.rowCount(); ++row)
        shown << filter.index(row, 0).data(ExternalConnectionModel::NameRole).toString();
    QCOMPARE(shown, expected);
    if (text == QLatin1String("pypi"))
        QCOMPARE(shown, QStringList{QStringLiteral("public:pypi")});
}

void TestExternalConnectionModel::shouldFilterByFormat()
{
    ExternalConnectionModel model;
    ExternalConnectionFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setPackageFormat(QStringLiteral("maven"));
    int mavens = 0;
    for (const auto &info : ExternalConnections::all())
        mavens += info.packageFormat == QLatin1String("maven") ? 1 : 0;
    QVERIFY(mavens > 1);
    QCOMPARE(filter.rowCount(), mavens);
    filter.setFilterText(QStringLiteral("clojure"));
    QCOMPARE(filter.rowCount(), 1);
    filter.setPackageFormat(QStringLiteral("npm"));
    QCOMPARE(filter.rowCount(), 0);
    filter.setPackageFormat({});
    filter.setFilterText({});
    QCOMPARE(filter.rowCount(), model.rowCount());
}

QTEST_GUILESS_MAIN(TestExternalConnectionModel)
#include "tst_externalconnectionmodel.moc"
