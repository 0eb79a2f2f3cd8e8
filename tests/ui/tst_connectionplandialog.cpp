// Connecting a repository to a public registry the way AWS recommends, in the real window against
// the in-process sandbox: the picker offers the plans (through a store: new or existing; directly),
// the plan dialog shows its steps and their AWS CLI commands before anything runs, runs them with
// a state each, and after a failure in the second step offers Resume and Undo.

#include "sandboxfaultproxy.h"
#include "testpictures.h"
#include "uitestsupport.h"

#include "ui/connectionplandialog.h"
#include "ui/externalconnectiondialog.h"
#include "ui/repositorydetailsview.h"

#include "controllers/connectionplanmodel.h"
#include "models/activitymodel.h"
#include "models/inventorymodel.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace desk;
using desk::test::child;
using desk::test::savePicture;
using State = ConnectionPlanStep::State;

class TestConnectionPlanDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void shouldConnectThroughANewStore();
    void shouldConnectThroughAnExistingStore();
    void shouldSendADirectAssociateForARepositoryWithUpstreams();
    void shouldResumeAPlanThatFailedInItsSecondStep();
    void shouldUndoAFailedPlanAndLeaveTheDomainAsBefore();
    void shouldCopyThePlanAsCommandsTheAwsCliRuns();

private:
    static RepositoryRef ref(const QString &domain, const QString &repository);
    void selectAndLoad(const RepositoryRef &ref);
    RepositoryDescription inSandbox(const QString &domain, const QString &repository) const;
    SandboxDomain sandboxDomain(const QString &domain) const;
    int requestsNamed(const QString &operation) const;
    // Opens the picker on the selection, chooses `connection` and the route, and accepts it; then
    // `onPlan` drives the plan dialog.
    void connectThroughPicker(const QString &connection, ConnectionPlan::Route route,
                              const std::function<void(ConnectionPlanDialog *)> &onPlan,
                              const std::function<void(ExternalConnectionDialog *)> &checkPicker = {});

    test::SandboxFixture m_fx;
};

void TestConnectionPlanDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestConnectionPlanDialog::init()
{
    m_fx = test::SandboxFixture();
    m_fx.backgroundDescribing = false;   // the picker must find the stores itself
    const QString error = m_fx.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(!m_fx.window->isInventoryLoading(), 20000);
}

void TestConnectionPlanDialog::cleanup()
{
    m_fx.stop();
}

RepositoryRef TestConnectionPlanDialog::ref(const QString &domain, const QString &repository)
{
    return RepositoryRef{domain, SandboxConfig::defaultAccount(), repository};
}

void TestConnectionPlanDialog::selectAndLoad(const RepositoryRef &r)
{
    QVERIFY(m_fx.window->selectRepository(r));
    QTRY_VERIFY_WITH_TIMEOUT(m_fx.window->detailsView()->isRepositoryLoaded(), 10000);
    QCOMPARE(m_fx.window->detailsView()->repository().name, r.repository);
}

RepositoryDescription TestConnectionPlanDialog::inSandbox(const QString &domain, const QString &repository) const
{
    const QString caller = SandboxConfig::defaultAccount();
    return m_fx.server->state().describeRepository(caller, domain, caller, repository).value;
}

SandboxDomain TestConnectionPlanDialog::sandboxDomain(const QString &domain) const
{
    return m_fx.server->state().domains().value(SandboxState::domainKey(SandboxConfig::defaultAccount(), domain));
}

int TestConnectionPlanDialog::requestsNamed(const QString &operation) const
{
    int n = 0;
    for (const RequestRecord &r : m_fx.window->activityModel()->records())
        n += r.operation == operation ? 1 : 0;
    return n;
}

void TestConnectionPlanDialog::connectThroughPicker(const QString &connection, ConnectionPlan::Route route,
                                                    const std::function<void(ConnectionPlanDialog *)> &onPlan,
                                                    const std::function<void(ExternalConnectionDialog *)> &checkPicker)
{
    bool sawPicker = false;
    bool sawPlan = false;
    m_fx.prompter->onDialog = [&](QDialog *dialog) {
        if (auto *picker = qobject_cast<ExternalConnectionDialog *>(dialog)) {
            sawPicker = true;
            QVERIFY(picker->selectConnection(connection));
            if (route == ConnectionPlan::Route::Direct)
                child<QRadioButton>(picker, "directRouteRadio")->click();
            else
                child<QRadioButton>(picker, "storeRouteRadio")->click();
            // The store route waits until the domain's repositories have been read.
            auto *ok = child<QPushButton>(picker, "associateOkButton");
            QTRY_VERIFY_WITH_TIMEOUT(ok->isEnabled(), 10000);
            if (checkPicker)
                checkPicker(picker);
            ok->click();
        } else if (auto *plan = qobject_cast<ConnectionPlanDialog *>(dialog)) {
            sawPlan = true;
            onPlan(plan);
        }
    };
    QSignalSpy finished(m_fx.window.get(), &MainWindow::actionFinished);
    m_fx.window->associateAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QVERIFY(sawPicker);
    QCOMPARE(sawPlan, route == ConnectionPlan::Route::ThroughStore);
}

void TestConnectionPlanDialog::shouldConnectThroughANewStore()
{
    // staging-apps uses acme-staging's npm and pypi stores; nothing in the domain has crates.io.
    const RepositoryRef apps = ref(QStringLiteral("acme-staging"), QStringLiteral("staging-apps"));
    const RepositoryDescription before = inSandbox(apps.domain, apps.repository);
    QVERIFY(!before.upstreams.isEmpty());
    QCOMPARE(inSandbox(apps.domain, QStringLiteral("cargo-store")).name, QString());
    selectAndLoad(apps);

    int stepsShown = 0;
    QString script;
    auto checkPicker = [&](ExternalConnectionDialog *picker) {
        // Upstreams: the store route comes first, with the Console's name for the store.
        QCOMPARE(picker->route(), ConnectionPlan::Route::ThroughStore);
        QCOMPARE(child<QLineEdit>(picker, "storeNameEdit")->text(), QStringLiteral("cargo-store"));
        const QString steps = child<QLabel>(picker, "planStepsLabel")->text();
        QVERIFY2(steps.contains(QLatin1String("1. Create repository cargo-store"))
                     && steps.contains(QLatin1String("2. Associate public:crates-io with repository cargo-store"))
                     && steps.contains(QLatin1String("3. Add cargo-store as an upstream of staging-apps")),
                 qPrintable(steps));
        savePicture(picker, QStringLiteral("picker-store-route"));
    };
    connectThroughPicker(QStringLiteral("public:crates-io"), ConnectionPlan::Route::ThroughStore,
                         [&](ConnectionPlanDialog *dialog) {
        // Shown before anything runs: the steps and their commands; nothing sent yet.
        auto *view = child<QTreeView>(dialog, "planStepsView");
        stepsShown = view->model()->rowCount();
        script = child<QPlainTextEdit>(dialog, "planScriptView")->toPlainText();
        QCOMPARE(requestsNamed(QStringLiteral("CreateRepository")), 0);
        savePicture(dialog, QStringLiteral("plan-before-run"));
        child<QPushButton>(dialog, "runPlanButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 20000);
        QCOMPARE(dialog->plan().steps.size(), 3);
        for (const ConnectionPlanStep &step : dialog->plan().steps)
            QCOMPARE(step.state, State::Done);
        QVERIFY(view->model()->index(2, ConnectionPlanModel::StateColumn).data().toString().startsWith(QLatin1String("Done")));
        QVERIFY(!child<QPushButton>(dialog, "resumePlanButton")->isVisible());
        savePicture(dialog, QStringLiteral("plan-done"));
        child<QPushButton>(dialog, "closePlanButton")->click();
    }, checkPicker);
    QCOMPARE(stepsShown, 3);
    QCOMPARE(script.count(QLatin1String("aws codeartifact ")), 3);
    QVERIFY2(script.contains(QLatin1String("--upstreams repositoryName=npm-store repositoryName=pypi-store "
                                           "repositoryName=cargo-store")),
             qPrintable(script));

    // The sandbox: the store with the connection, staging-apps with it last.
    QVERIFY(inSandbox(apps.domain, QStringLiteral("cargo-store")).hasExternalConnection(QStringLiteral("public:crates-io")));
    const RepositoryDescription after = inSandbox(apps.domain, apps.repository);
    QCOMPARE(after.upstreams.size(), before.upstreams.size() + 1);
    QCOMPARE(after.upstreams.last().repositoryName, QStringLiteral("cargo-store"));
    // The tree and the details, from the answers.
    const QModelIndex storeRow = m_fx.window->inventoryModel()->repositoryIndex(ref(apps.domain, QStringLiteral("cargo-store")));
    QVERIFY(storeRow.isValid());
    QCOMPARE(storeRow.data(InventoryModel::ExternalConnectionRole).toString(), QStringLiteral("public:crates-io"));
    QCOMPARE(m_fx.window->detailsView()->repository().upstreams, after.upstreams);
    QCOMPARE(m_fx.window->inventoryModel()->repositoryIndex(apps).data(InventoryModel::UpstreamsRole).toStringList().last(),
             QStringLiteral("cargo-store"));
    QVERIFY(m_fx.prompter->errors.isEmpty());
}

void TestConnectionPlanDialog::shouldConnectThroughAnExistingStore()
{
    // acme-prod has npm-store; data-science uses pypi-store only. The tree has not described the
    // domain (background describing is off): the picker learns of npm-store while it is open.
    const RepositoryRef team = ref(QStringLiteral("acme-prod"), QStringLiteral("data-science"));
    const RepositoryDescription before = inSandbox(team.domain, team.repository);
    const int repositories = int(sandboxDomain(team.domain).repositories.size());
    selectAndLoad(team);
    auto checkPicker = [&](ExternalConnectionDialog *picker) {
        auto *store = child<QLineEdit>(picker, "storeNameEdit");
        QTRY_COMPARE_WITH_TIMEOUT(store->text(), QStringLiteral("npm-store"), 10000);
        QTRY_VERIFY(store->isReadOnly());
        QVERIFY(picker->plan().storeExists);
        QCOMPARE(picker->plan().steps.size(), 1);
        QVERIFY2(picker->explanation().contains(QLatin1String("npm-store")), qPrintable(picker->explanation()));
        savePicture(picker, QStringLiteral("picker-existing-store"));
    };
    connectThroughPicker(QStringLiteral("public:npmjs"), ConnectionPlan::Route::ThroughStore,
                         [&](ConnectionPlanDialog *dialog) {
        QCOMPARE(dialog->plan().steps.size(), 1);
        child<QPushButton>(dialog, "runPlanButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 20000);
        QCOMPARE(dialog->plan().steps.first().state, State::Done);
        QVERIFY(!child<QPushButton>(dialog, "undoPlanButton")->isHidden());
    }, checkPicker);
    const RepositoryDescription after = inSandbox(team.domain, team.repository);
    QCOMPARE(after.upstreams.size(), before.upstreams.size() + 1);
    QCOMPARE(after.upstreams.last().repositoryName, QStringLiteral("npm-store"));
    QCOMPARE(int(sandboxDomain(team.domain).repositories.size()), repositories);
    QCOMPARE(requestsNamed(QStringLiteral("CreateRepository")), 0);
    QCOMPARE(requestsNamed(QStringLiteral("UpdateRepository")), 1);
    QCOMPARE(m_fx.window->detailsView()->repository().upstreams, after.upstreams);
}

void TestConnectionPlanDialog::shouldSendADirectAssociateForARepositoryWithUpstreams()
{
    // Not blocked by our reading of the rules: the request goes out and the service's answer is shown.
    const RepositoryRef team = ref(QStringLiteral("acme-prod"), QStringLiteral("web-frontend"));
    QVERIFY(!inSandbox(team.domain, team.repository).upstreams.isEmpty());
    selectAndLoad(team);
    connectThroughPicker(QStringLiteral("public:pypi"), ConnectionPlan::Route::Direct, {},
                         [](ExternalConnectionDialog *picker) {
                             QVERIFY(picker->explanation().contains(QLatin1String("service decides")));
                         });
    QCOMPARE(requestsNamed(QStringLiteral("AssociateExternalConnection")), 1);
    const bool connected = inSandbox(team.domain, team.repository).hasExternalConnection(QStringLiteral("public:pypi"));
    if (connected) {
        QVERIFY(m_fx.prompter->errors.isEmpty());
    } else {
        // The service refused: its answer, with its code, is what the admin sees.
        QCOMPARE(m_fx.prompter->errors.size(), 1);
        QVERIFY(!m_fx.prompter->errors.constFirst().error.code().isEmpty());
        QVERIFY(!m_fx.prompter->errors.constFirst().error.requestId().isEmpty());
    }
}

void TestConnectionPlanDialog::shouldResumeAPlanThatFailedInItsSecondStep()
{
    const RepositoryRef apps = ref(QStringLiteral("acme-staging"), QStringLiteral("staging-apps"));
    selectAndLoad(apps);
    test::SandboxFaultProxy proxy(m_fx.server);
    m_fx.client->setEndpointOverride(proxy.url().toString());
    proxy.failNext(QStringLiteral("AssociateExternalConnection"),
                   AwsError(AwsError::Kind::AccessDenied,
                            QStringLiteral("User is not authorized to perform: codeartifact:AssociateExternalConnection"))
                       .setCode(QStringLiteral("AccessDeniedException"))
                       .setHttpStatus(403));
    QString failedText;
    bool resumeShown = false;
    bool undoShown = false;
    connectThroughPicker(QStringLiteral("public:crates-io"), ConnectionPlan::Route::ThroughStore,
                         [&](ConnectionPlanDialog *dialog) {
        child<QPushButton>(dialog, "runPlanButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 20000);
        QCOMPARE(dialog->plan().steps.at(0).state, State::Done);
        QCOMPARE(dialog->plan().steps.at(1).state, State::Failed);
        QCOMPARE(dialog->plan().steps.at(2).state, State::Pending);
        failedText = dialog->statusText();
        resumeShown = child<QPushButton>(dialog, "resumePlanButton")->isVisible();
        undoShown = child<QPushButton>(dialog, "undoPlanButton")->isVisible();
        savePicture(dialog, QStringLiteral("plan-failed"));
        // Between the failure and Resume the sandbox holds the bare store.
        QVERIFY(inSandbox(apps.domain, QStringLiteral("cargo-store")).externalConnections.isEmpty());
        child<QPushButton>(dialog, "resumePlanButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 20000);
        for (const ConnectionPlanStep &step : dialog->plan().steps)
            QVERIFY(step.isFinished());
        savePicture(dialog, QStringLiteral("plan-resumed"));
        child<QPushButton>(dialog, "closePlanButton")->click();
    });
    QCOMPARE(proxy.failed(), 1);
    QVERIFY(resumeShown);
    QVERIFY(undoShown);
    // Says exactly what was done and what was not.
    QVERIFY2(failedText.contains(QLatin1String("Step 2 failed")), qPrintable(failedText));
    QVERIFY2(failedText.indexOf(QLatin1String("Create repository cargo-store"))
                 < failedText.indexOf(QLatin1String("Not done:")),
             qPrintable(failedText));
    QVERIFY(failedText.indexOf(QLatin1String("Add cargo-store")) > failedText.indexOf(QLatin1String("Not done:")));
    QVERIFY(failedText.contains(QLatin1String("codeartifact:AssociateExternalConnection")));
    QCOMPARE(requestsNamed(QStringLiteral("CreateRepository")), 1);
    QVERIFY(inSandbox(apps.domain, QStringLiteral("cargo-store")).hasExternalConnection(QStringLiteral("public:crates-io")));
    QCOMPARE(inSandbox(apps.domain, apps.repository).upstreams.last().repositoryName, QStringLiteral("cargo-store"));
}

void TestConnectionPlanDialog::shouldUndoAFailedPlanAndLeaveTheDomainAsBefore()
{
    const RepositoryRef apps = ref(QStringLiteral("acme-staging"), QStringLiteral("staging-apps"));
    const SandboxDomain before = sandboxDomain(apps.domain);
    selectAndLoad(apps);
    test::SandboxFaultProxy proxy(m_fx.server);
    m_fx.client->setEndpointOverride(proxy.url().toString());
    proxy.failNext(QStringLiteral("AssociateExternalConnection"),
                   AwsError(AwsError::Kind::Server, QStringLiteral("We encountered an internal error."))
                       .setCode(QStringLiteral("InternalServerException"))
                       .setHttpStatus(500));
    connectThroughPicker(QStringLiteral("public:crates-io"), ConnectionPlan::Route::ThroughStore,
                         [&](ConnectionPlanDialog *dialog) {
        child<QPushButton>(dialog, "runPlanButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 20000);
        QVERIFY(dialog->plan().hasFailed());
        QVERIFY(sandboxDomain(apps.domain) != before);
        child<QPushButton>(dialog, "undoPlanButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 20000);
        QCOMPARE(dialog->plan().steps.at(0).state, State::Undone);
        QVERIFY(!dialog->plan().canUndo());
        QVERIFY(child<QPushButton>(dialog, "undoPlanButton")->isHidden());
        // Nothing to resume; the plan can be run again.
        QVERIFY(child<QPushButton>(dialog, "resumePlanButton")->isHidden());
        QVERIFY(child<QPushButton>(dialog, "runPlanButton")->isEnabled());
        savePicture(dialog, QStringLiteral("plan-undone"));
        child<QPushButton>(dialog, "closePlanButton")->click();
    });
    QCOMPARE(sandboxDomain(apps.domain), before);
    // The deleted store leaves the tree in place: no second load.
    QVERIFY(!m_fx.window->inventoryModel()->repositoryIndex(ref(apps.domain, QStringLiteral("cargo-store"))).isValid());
    QCOMPARE(requestsNamed(QStringLiteral("ListDomains")), 1);
}

void TestConnectionPlanDialog::shouldCopyThePlanAsCommandsTheAwsCliRuns()
{
    const RepositoryRef apps = ref(QStringLiteral("acme-staging"), QStringLiteral("staging-apps"));
    selectAndLoad(apps);
    QString copied;
    QString shown;
    connectThroughPicker(QStringLiteral("public:crates-io"), ConnectionPlan::Route::ThroughStore,
                         [&](ConnectionPlanDialog *dialog) {
        shown = dialog->cliScript();
        child<QPushButton>(dialog, "copyPlanCliButton")->click();
        copied = QApplication::clipboard()->text();
        // Closed without running.
        child<QPushButton>(dialog, "closePlanButton")->click();
    });
    QCOMPARE(copied, shown);
    QCOMPARE(requestsNamed(QStringLiteral("CreateRepository")), 0);
    QVERIFY2(copied.contains(QLatin1String("--endpoint-url ") + m_fx.server->url().toString()), qPrintable(copied));
    QVERIFY(!copied.contains(QString::fromLatin1(m_fx.server->config().secretAccessKey)));
    // The window's Copy as AWS CLI command gives the same plan.
    m_fx.window->copyCliAction()->trigger();
    QCOMPARE(m_fx.window->lastCliCommand(), copied);

    const QString aws = QStringLiteral("/usr/bin/aws");
    if (!QFile::exists(aws))
        QSKIP("/usr/bin/aws (AWS CLI v2) does not exist; ./test.sh installs Debian's awscli");
    QByteArray output;
    QVERIFY2(m_fx.runShell(copied, &output) == 0, output.constData());
    QVERIFY(inSandbox(apps.domain, QStringLiteral("cargo-store")).hasExternalConnection(QStringLiteral("public:crates-io")));
    QCOMPARE(inSandbox(apps.domain, apps.repository).upstreams.last().repositoryName, QStringLiteral("cargo-store"));
}

QTEST_MAIN(TestConnectionPlanDialog)
#include "tst_connectionplandialog.moc"
