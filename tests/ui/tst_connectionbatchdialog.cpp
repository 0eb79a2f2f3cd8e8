// Connecting many repositories at once (issue 10's batch) in the real window against the
// in-process sandbox: twenty repositories selected in the tree with Shift+click, one public
// registry, through one new store repository; the results table shows 18 done and the two the
// service refused (ten upstreams already) with the reason; after the admin makes room, "Retry
// Failed" connects those two and sends nothing for the others. The batch copied as AWS CLI
// commands is run by the AWS CLI v2 and does the same.

#include "sandboxtestserver.h"
#include "testpictures.h"
#include "uitestsupport.h"

#include "ui/connectbatchaction.h"
#include "ui/connectionbatchdialog.h"
#include "ui/inventorypanel.h"
#include "ui/mainwindow.h"
#include "ui/repositorydetailsview.h"

#include "api/codeartifactclient.h"
#include "api/repositoryjobs.h"
#include "controllers/connectionbatchmodel.h"
#include "controllers/inventorycontroller.h"
#include "models/activitymodel.h"
#include "models/inventorymodel.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace desk;
using desk::test::child;
using desk::test::savePicture;
using State = ConnectionBatch::State;

namespace {

QString team(int i)
{
    return QStringLiteral("team-%1").arg(i, 2, 10, QLatin1Char('0'));
}

} // namespace

class TestConnectionBatchDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void shouldConnectTwentyAndRetryTheTwoThatFailed();
    void shouldCopyTheBatchAsCommandsTheAwsCliRuns();
    void shouldTakeEveryRepositoryOfASelectedDomain();

private:
    RepositoryRef ref(const QString &repository) const { return {QStringLiteral("batch"), SandboxConfig::defaultAccount(), repository}; }
    // Selects team-01 ... team-`last` in the tree: a click on the first, Shift+click on the last.
    void selectTeams(int last);
    QStringList sandboxUpstreams(const QString &repository) const;
    int requestsNamed(const QString &operation) const;
    int mutations() const;

    QTemporaryDir m_dir;
    test::SandboxFixture m_fx;
};

void TestConnectionBatchDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestConnectionBatchDialog::init()
{
    const QString stateFile = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".json"));
    const QString seeded = test::writeSandboxState(
        stateFile, {test::teamsDomain(QStringLiteral("batch"), 20, {QStringLiteral("team-07"), QStringLiteral("team-13")})});
    QVERIFY2(seeded.isEmpty(), qPrintable(seeded));
    SandboxConfig config;
    config.stateFile = stateFile;
    m_fx = test::SandboxFixture();
    m_fx.backgroundDescribing = false;   // the dialog reads the domain itself; these tests count requests
    const QString error = m_fx.start(config);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(!m_fx.window->isInventoryLoading(), 20000);
}

void TestConnectionBatchDialog::cleanup()
{
    m_fx.stop();
}

void TestConnectionBatchDialog::selectTeams(int last)
{
    QVERIFY(m_fx.window->selectRepository(ref(team(1))));
    QTreeView *tree = m_fx.window->inventoryPanel()->treeView();
    auto *filter = qobject_cast<QAbstractProxyModel *>(tree->model());
    QVERIFY(filter);
    const QModelIndex proxy = filter->mapFromSource(m_fx.window->inventoryModel()->repositoryIndex(ref(team(last))));
    QVERIFY(proxy.isValid());
    tree->scrollTo(proxy);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, Qt::ShiftModifier, tree->visualRect(proxy).center());
    // The details of the row clicked last are read once the selection rests: let that request end
    // first, so that the requests in flight afterwards are the batch's.
    QTRY_VERIFY_WITH_TIMEOUT(m_fx.window->detailsView()->isRepositoryLoaded()
                                 && m_fx.window->detailsView()->repository().name == team(last),
                             10000);
}

QStringList TestConnectionBatchDialog::sandboxUpstreams(const QString &repository) const
{
    const QString caller = SandboxConfig::defaultAccount();
    QStringList names;
    for (const UpstreamRepositoryInfo &u :
         m_fx.server->state().describeRepository(caller, QStringLiteral("batch"), caller, repository).value.upstreams)
        names << u.repositoryName;
    return names;
}

int TestConnectionBatchDialog::requestsNamed(const QString &operation) const
{
    int n = 0;
    for (const RequestRecord &r : m_fx.window->activityModel()->records())
        n += r.operation == operation ? 1 : 0;
    return n;
}

int TestConnectionBatchDialog::mutations() const
{
    int n = 0;
    for (const RequestRecord &r : m_fx.window->activityModel()->records())
        n += Operations::find(r.operation) && Operations::find(r.operation)->mutates ? 1 : 0;
    return n;
}

void TestConnectionBatchDialog::shouldConnectTwentyAndRetryTheTwoThatFailed()
{
    selectTeams(20);
    ConnectBatchAction *action = m_fx.window->connectBatchAction();
    QVERIFY(action->isEnabled());
    QCOMPARE(action->selectedRepositories().size(), 20);
    QCOMPARE(action->selectedRepositories().first().name, team(1));
    QCOMPARE(action->selectedRepositories().last().name, team(20));

    int peak = 0;
    connect(m_fx.client.get(), &CodeArtifactClient::pendingRequestsChanged, this,
            [&peak](int pending) { peak = std::max(peak, pending); });
    bool sawDialog = false;
    int mutationsBeforeRetry = -1;
    m_fx.prompter->onDialog = [&](QDialog *d) {
        auto *dialog = qobject_cast<ConnectionBatchDialog *>(d);
        QVERIFY(dialog);
        sawDialog = true;
        auto *start = child<QPushButton>(dialog, "startBatchButton");
        QVERIFY(!start->isEnabled());   // no registry chosen yet
        auto *combo = child<QComboBox>(dialog, "registryCombo");
        combo->setFocus();
        combo->setCurrentIndex(combo->findData(QStringLiteral("public:npmjs")));
        // The domain's repositories are read first (a store may exist): then Connect is offered.
        QTRY_VERIFY_WITH_TIMEOUT(start->isEnabled(), 10000);
        const ConnectionBatch planned = dialog->batch();
        QCOMPARE(planned.rows.size(), 21);
        QVERIFY(planned.rows.first().isStore);
        QCOMPARE(planned.rows.first().repository.repository, QStringLiteral("npm-store"));
        QCOMPARE(mutations(), 0);   // nothing sent before Connect
        savePicture(dialog, QStringLiteral("batch-planned"));

        start->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 30000);
        const ConnectionBatch ran = dialog->batch();
        QCOMPARE(ran.count(State::Done), 18);
        QCOMPARE(ran.count(State::Failed), 2);
        auto *view = child<QTreeView>(dialog, "batchResultsView");
        const QAbstractItemModel *model = view->model();
        for (int row = 1; row <= 20; ++row) {
            const QString name = model->index(row, ConnectionBatchModel::RepositoryColumn).data().toString();
            const QString state = model->index(row, ConnectionBatchModel::StateColumn).data().toString();
            const QString details = model->index(row, ConnectionBatchModel::DetailsColumn).data().toString();
            if (name == team(7) || name == team(13)) {
                QCOMPARE(state, QStringLiteral("Failed: ServiceQuotaExceededException"));
                QVERIFY2(details.contains(QStringLiteral("at most 10 upstream")), qPrintable(details));
            } else {
                QCOMPARE(state, QStringLiteral("Done"));
                QVERIFY2(details.contains(QStringLiteral("npm-store")), qPrintable(details));
            }
        }
        QVERIFY2(dialog->statusText().contains(QStringLiteral("18 connected, 2 failed")), qPrintable(dialog->statusText()));
        auto *retry = child<QPushButton>(dialog, "retryFailedButton");
        QVERIFY(retry->isVisible() && retry->isEnabled());
        savePicture(dialog, QStringLiteral("batch-two-failed"));

        // The admin makes room in the two (one upstream fewer), then retries.
        for (const QString &name : {team(7), team(13)}) {
            QStringList upstreams = sandboxUpstreams(name);
            upstreams.removeLast();
            auto *update = new UpdateRepositoryJob(m_fx.client.get(), ref(name), std::nullopt, upstreams);
            QSignalSpy done(update, &Job::finished);
            update->start();
            QVERIFY(done.wait(10000));
        }
        mutationsBeforeRetry = mutations();
        retry->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 30000);
        QCOMPARE(dialog->batch().count(State::Done), 20);
        QVERIFY(!retry->isEnabled());
        QVERIFY2(dialog->statusText().contains(QStringLiteral("20 connected")), qPrintable(dialog->statusText()));
        savePicture(dialog, QStringLiteral("batch-retried"));
        child<QPushButton>(dialog, "closeBatchButton")->click();
    };
    action->trigger();
    QVERIFY(sawDialog);
    QVERIFY2(peak <= 4, qPrintable(QString::number(peak)));
    // The retry sent the two updates and nothing else that changes.
    QCOMPARE(mutations() - mutationsBeforeRetry, 2);
    QCOMPARE(requestsNamed(QStringLiteral("CreateRepository")), 1);
    for (int i = 1; i <= 20; ++i)
        QCOMPARE(sandboxUpstreams(team(i)).last(), QStringLiteral("npm-store"));
    // The tree shows what the answers said: the new store with its connection, the upstreams.
    const QModelIndex store = m_fx.window->inventoryModel()->repositoryIndex(ref(QStringLiteral("npm-store")));
    QVERIFY(store.isValid());
    QCOMPARE(store.data(InventoryModel::ExternalConnectionRole).toString(), QStringLiteral("public:npmjs"));
    const QModelIndex first = m_fx.window->inventoryModel()->repositoryIndex(ref(team(1)));
    QCOMPARE(first.data(InventoryModel::UpstreamsRole).toStringList(),
             (QStringList{QStringLiteral("shared"), QStringLiteral("npm-store")}));
}

void TestConnectionBatchDialog::shouldCopyTheBatchAsCommandsTheAwsCliRuns()
{
    selectTeams(5);
    QString copied;
    QString shown;
    m_fx.prompter->onDialog = [&](QDialog *d) {
        auto *dialog = qobject_cast<ConnectionBatchDialog *>(d);
        QVERIFY(dialog);
        QVERIFY(dialog->selectConnection(QStringLiteral("public:pypi")));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->canStart(), 10000);
        shown = dialog->cliScript();
        child<QPushButton>(dialog, "copyBatchCliButton")->click();
        copied = QApplication::clipboard()->text();
        child<QPushButton>(dialog, "closeBatchButton")->click();   // closed without connecting
    };
    m_fx.window->connectBatchAction()->trigger();
    QCOMPARE(copied, shown);
    QCOMPARE(mutations(), 0);
    QVERIFY2(copied.contains(QStringLiteral("\nset -e\n")), qPrintable(copied));
    QCOMPARE(copied.count(QStringLiteral("aws codeartifact update-repository")), 5);
    QVERIFY(!copied.contains(QString::fromLatin1(m_fx.server->config().secretAccessKey)));

    const QString aws = QStringLiteral("/usr/bin/aws");
    if (!QFile::exists(aws))
        QSKIP("/usr/bin/aws (AWS CLI v2) does not exist; ./test.sh installs Debian's awscli");
    QByteArray output;
    QVERIFY2(m_fx.runShell(copied, &output) == 0, output.constData());
    const QString caller = SandboxConfig::defaultAccount();
    QVERIFY(m_fx.server->state()
                .describeRepository(caller, QStringLiteral("batch"), caller, QStringLiteral("pypi-store"))
                .value.hasExternalConnection(QStringLiteral("public:pypi")));
    for (int i = 1; i <= 5; ++i)
        QCOMPARE(sandboxUpstreams(team(i)), (QStringList{QStringLiteral("shared"), QStringLiteral("pypi-store")}));
    QCOMPARE(sandboxUpstreams(team(6)), QStringList{QStringLiteral("shared")});
}

void TestConnectionBatchDialog::shouldTakeEveryRepositoryOfASelectedDomain()
{
    InventoryModel *model = m_fx.window->inventoryModel();
    const QModelIndex domain = model->domainIndex(SandboxConfig::defaultAccount(), QStringLiteral("batch"));
    QVERIFY(m_fx.window->inventoryPanel()->selectSourceIndex(domain));
    ConnectBatchAction *action = m_fx.window->connectBatchAction();
    QTRY_VERIFY(action->isEnabled());
    const QList<RepositoryDescription> selected = action->selectedRepositories();
    QCOMPARE(selected.size(), model->rowCount(domain));
    QCOMPARE(selected.size(), 30);   // shared, lib-1 ... lib-9, team-01 ... team-20
    // Nothing selected: nothing to connect.
    m_fx.window->inventoryPanel()->treeView()->clearSelection();
    QTRY_VERIFY(!action->isEnabled());
}

QTEST_MAIN(TestConnectionBatchDialog)
#include "tst_connectionbatchdialog.moc"
