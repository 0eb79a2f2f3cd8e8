// The real main window against the in-process sandbox over real HTTP.

#include "scriptedhttpserver.h"
#include "testsupport.h"
#include "testpictures.h"
#include "uitestsupport.h"
#include "ui/inventoryexportaction.h"

#include "ui/activitypanel.h"
#include "ui/connectionbar.h"
#include "ui/externalconnectiondialog.h"
#include "ui/inventorypanel.h"
#include "ui/messagewidget.h"
#include "ui/repositorydetailsview.h"
#include "ui/welcomepage.h"

#include "api/externalconnectionjobs.h"
#include "base/job.h"
#include "aws/awscredentials.h"
#include "sandbox/sandboxdemoseed.h"
#include "models/activitymodel.h"
#include "models/inventoryfiltermodel.h"
#include "models/inventorymodel.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QProcess>
#include <QDir>
#include <QTemporaryDir>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolBar>
#include <QToolButton>
#include <QSet>
#include <QSignalSpy>
#include <QStatusBar>
#include <QStyle>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QWindow>

using namespace desk;
using desk::test::SandboxFixture;

using desk::test::savePicture;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void shouldFillTreeWithEveryDomainAndRepository();
    void shouldExportTheInventoryFromTheFileMenu();
    void shouldNarrowTreeWhileTyping();
    void shouldKeepExpansionAndSelectionWhenTheFilterIsCleared();
    void shouldShowDomainDetails();
    void shouldAssociatePypiFromKeyboard();
    void shouldExplainSecondConnectionBeforeSending();
    void shouldExplainUpstreamsBeforeSending();
    void shouldReplaceInTwoVisibleSteps();
    void shouldCopyAReplaceAsCommandsTheAwsCliRuns();
    void shouldShowConflictWithRequestIdAndWhatIsTrue();
    void shouldNameIamActionWhenAccessDenied();
    void shouldNameIamActionWhenAssociateIsDenied();
    void shouldDisassociateAfterConfirmation();
    void shouldNameEveryRepositoryThatReachesTheRegistryThroughIt();
    void shouldListRequestsWithoutSecrets();
    void shouldCopyCliCommandWithoutSecrets();
    void shouldShowIdentityFromSts();
    void shouldStayUsableInANarrowWindow();
    void shouldKeepABannerWithWhatItIsAbout();
    void shouldExplainAWrongRegionWithoutRetry();
    void shouldOfferRetryWhenRetryingCanHelp();
    void shouldShowAFailedDomainInPlaceAndTheOthers();
    void shouldLetCrossAccountOwnerBeEditedAndValidated();
    void shouldPreselectOnlyWhatTheRepositoryNames();
    void shouldKeepFocusOnReplaceAndGiveEveryControlItsOwnMnemonic();
    void shouldOfferSandboxOnWelcomePage();
    void shouldNameTheApplicationOnceInTheTitle();

private:
    // The sandbox's truth, read through its state: the repository and its connection.
    QString connectionInSandbox(const QString &owner, const QString &domain, const QString &repository) const;
    void selectAndLoad(const RepositoryRef &ref);
    int requestsNamed(const QString &operation) const;
    static RepositoryRef ref(const QString &domain, const QString &repository, const QString &owner = {});

    SandboxFixture m_fx;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Artifact Desk"));   // as main() does
}

void TestMainWindow::init()
{
    m_fx = SandboxFixture();
    // These tests count the requests each action sends; background describing has its own.
    m_fx.backgroundDescribing = false;
    const QString error = m_fx.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(!m_fx.window->isInventoryLoading(), 20000);
}

void TestMainWindow::cleanup()
{
    m_fx.stop();
}

void TestMainWindow::shouldExportTheInventoryFromTheFileMenu()
{
    auto *action = m_fx.window->findChild<InventoryExportAction *>(QStringLiteral("exportInventoryAction"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("inventory.csv"));
    action->setFileChooser([file] { return file; });
    action->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!action->isExporting(), 30000);
    QTRY_VERIFY(m_fx.window->banner()->isVisible());
    QCOMPARE(m_fx.window->banner()->type(), MessageWidget::Type::Positive);
    QVERIFY2(m_fx.window->banner()->text().contains(QDir::toNativeSeparators(file)), qPrintable(m_fx.window->banner()->text()));
    savePicture(m_fx.window.get(), QStringLiteral("inventory-exported"));
    // One row per repository the tree shows (shared domains too), after the header.
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().split('\n');
    const int repositories = m_fx.window->inventoryModel()->repositoryCount();
    QVERIFY(repositories >= 5);
    QCOMPARE(lines.size() - 2, repositories);
    QVERIFY(lines.first().startsWith("name,domainName,domainOwner"));

    // Cancelled when asked where to: nothing happens.
    action->setFileChooser([] { return QString(); });
    m_fx.window->banner()->hide();
    action->trigger();
    QVERIFY(!action->isExporting());
}

RepositoryRef TestMainWindow::ref(const QString &domain, const QString &repository, const QString &owner)
{
    return RepositoryRef{domain, owner.isEmpty() ? SandboxConfig::defaultAccount() : owner, repository};
}

QString TestMainWindow::connectionInSandbox(const QString &owner, const QString &domain, const QString &repository) const
{
    const auto outcome = m_fx.server->state().describeRepository(owner, domain, owner, repository);
    if (!outcome.ok() || outcome.value.externalConnections.isEmpty())
        return {};
    return outcome.value.externalConnections.constFirst().externalConnectionName;
}

void TestMainWindow::selectAndLoad(const RepositoryRef &r)
{
    QVERIFY(m_fx.window->selectRepository(r));
    QTRY_VERIFY_WITH_TIMEOUT(m_fx.window->detailsView()->isRepositoryLoaded(), 10000);
    QCOMPARE(m_fx.window->detailsView()->repository().name, r.repository);
}

int TestMainWindow::requestsNamed(const QString &operation) const
{
    int n = 0;
    for (const RequestRecord &r : m_fx.window->activityModel()->records())
        n += r.operation == operation ? 1 : 0;
    return n;
}

void TestMainWindow::shouldFillTreeWithEveryDomainAndRepository()
{
    const QString caller = SandboxConfig::defaultAccount();
    const QList<DomainSummary> domains = m_fx.server->state().listDomains(caller);
    QVERIFY(domains.size() >= 2);
    int repositories = 0;
    for (const DomainSummary &d : domains) {
        const auto listed = m_fx.server->state().listRepositoriesInDomain(caller, d.name, d.owner, {}, {});
        QVERIFY(listed.ok());
        repositories += int(listed.value.size());
        const QModelIndex domainIndex = m_fx.window->inventoryModel()->domainIndex(d.owner, d.name);
        QVERIFY2(domainIndex.isValid(), qPrintable(d.name));
        QCOMPARE(m_fx.window->inventoryModel()->rowCount(domainIndex), int(listed.value.size()));
        QCOMPARE(domainIndex.siblingAtColumn(InventoryModel::CountColumn).data().toString(),
                 QString::number(listed.value.size()));
    }
    QCOMPARE(m_fx.window->inventoryModel()->domainCount(), int(domains.size()));
    QCOMPARE(m_fx.window->inventoryModel()->repositoryCount(), repositories);
    QCOMPARE(m_fx.window->filterModel()->rowCount(), int(domains.size()));
    QVERIFY(!m_fx.window->banner()->isVisible());
}

void TestMainWindow::shouldNarrowTreeWhileTyping()
{
    auto *filterEdit = m_fx.window->findChild<QLineEdit *>(QStringLiteral("domainFilterEdit"));
    QVERIFY(filterEdit);
    QTest::keyClick(m_fx.window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(filterEdit->hasFocus());
    QTest::keyClicks(filterEdit, QStringLiteral("store"));
    InventoryFilterModel *filter = m_fx.window->filterModel();
    QCOMPARE(filter->filterText(), QStringLiteral("store"));

    // Every visible repository row matches, and every repository that matches is visible.
    int visible = 0;
    for (int d = 0; d < filter->rowCount(); ++d) {
        const QModelIndex domain = filter->index(d, 0);
        for (int r = 0; r < filter->rowCount(domain); ++r) {
            QVERIFY(filter->index(r, 0, domain).data().toString().contains(QLatin1String("store")));
            ++visible;
        }
    }
    int expected = 0;
    const QString caller = SandboxConfig::defaultAccount();
    for (const DomainSummary &d : m_fx.server->state().listDomains(caller)) {
        for (const RepositorySummary &r : m_fx.server->state().listRepositoriesInDomain(caller, d.name, d.owner, {}, {}).value)
            expected += r.name.contains(QLatin1String("store")) ? 1 : 0;
    }
    QVERIFY(expected > 0);
    QCOMPARE(visible, expected);
    QVERIFY(visible < m_fx.window->inventoryModel()->repositoryCount());

    QTest::keyClick(filterEdit, Qt::Key_Escape);
    QCOMPARE(filterEdit->text(), QString());
    QCOMPARE(filter->rowCount(), m_fx.window->inventoryModel()->domainCount());

    QTest::keyClicks(filterEdit, QStringLiteral("no-such-thing"));
    QCOMPARE(filter->rowCount(), 0);
    auto *hint = m_fx.window->findChild<QLabel *>(QStringLiteral("inventoryEmptyHint"));
    QVERIFY(hint && hint->isVisible());
    QVERIFY(hint->text().contains(QLatin1String("no-such-thing")));
}

void TestMainWindow::shouldKeepExpansionAndSelectionWhenTheFilterIsCleared()
{
    auto *tree = m_fx.window->findChild<QTreeView *>(QStringLiteral("inventoryTree"));
    auto *filterEdit = m_fx.window->findChild<QLineEdit *>(QStringLiteral("domainFilterEdit"));
    InventoryFilterModel *filter = m_fx.window->filterModel();
    InventoryModel *model = m_fx.window->inventoryModel();
    const QString own = SandboxConfig::defaultAccount();
    auto shown = [&](const char *domain) {
        return filter->mapFromSource(model->domainIndex(domain == QByteArray("partner-shared") ? SandboxDemoSeed::partnerAccount() : own,
                                                        QString::fromLatin1(domain)));
    };
    // The admin opens acme-prod by hand and selects scratch (which opens acme-experiments).
    tree->expand(shown("acme-prod"));
    const RepositoryRef scratch = ref(QStringLiteral("acme-experiments"), QStringLiteral("scratch"));
    selectAndLoad(scratch);
    QVERIFY(tree->isExpanded(shown("acme-experiments")));
    QVERIFY(!tree->isExpanded(shown("acme-staging")));

    // A filter that hides scratch, then Esc.
    QTest::keyClick(m_fx.window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(filterEdit->hasFocus());
    QTest::keyClicks(filterEdit, QStringLiteral("store"));
    QVERIFY(!filter->mapFromSource(model->repositoryIndex(scratch)).isValid());
    QVERIFY(!tree->currentIndex().isValid());
    QTest::keyClick(filterEdit, Qt::Key_Escape);
    QCOMPARE(filterEdit->text(), QString());

    // The domains are open and closed as before, and scratch is selected again.
    QVERIFY(tree->isExpanded(shown("acme-prod")));
    QVERIFY(tree->isExpanded(shown("acme-experiments")));
    QVERIFY(!tree->isExpanded(shown("acme-staging")));
    QVERIFY(!tree->isExpanded(shown("partner-shared")));
    QCOMPARE(filter->mapToSource(tree->currentIndex()), model->repositoryIndex(scratch));
    QCOMPARE(m_fx.window->inventory()->currentRepository(), scratch);
    QTRY_VERIFY_WITH_TIMEOUT(m_fx.window->detailsView()->isRepositoryLoaded(), 10000);
    QCOMPARE(m_fx.window->detailsView()->repository().name, scratch.repository);
}

void TestMainWindow::shouldShowDomainDetails()
{
    QVERIFY(m_fx.window->selectDomain(SandboxConfig::defaultAccount(), QStringLiteral("acme-prod")));
    RepositoryDetailsView *details = m_fx.window->detailsView();
    QCOMPARE(details->page(), RepositoryDetailsView::Page::Domain);
    auto *bucket = details->findChild<QLabel *>(QStringLiteral("domainS3BucketLabel"));
    QVERIFY(bucket);
    QTRY_VERIFY(bucket->text().startsWith(QLatin1String("arn:")));
    auto *count = details->findChild<QLabel *>(QStringLiteral("domainRepositoriesLabel"));
    const auto described = m_fx.server->state().describeDomain(SandboxConfig::defaultAccount(), QStringLiteral("acme-prod"), {});
    QVERIFY(described.ok());
    QCOMPARE(count->text(), QString::number(*described.value.repositoryCount));
    QCOMPARE(requestsNamed(QStringLiteral("DescribeDomain")), 1);
}

void TestMainWindow::shouldAssociatePypiFromKeyboard()
{
    const RepositoryRef scratch = ref(QStringLiteral("acme-experiments"), QStringLiteral("scratch"));
    QCOMPARE(connectionInSandbox(scratch.domainOwner, scratch.domain, scratch.repository), QString());
    selectAndLoad(scratch);
    QVERIFY(m_fx.window->associateAction()->isEnabled());
    QVERIFY(!m_fx.window->disassociateAction()->isEnabled());
    // The ARN field scrolls; its tooltip holds the whole ARN.
    auto *arn = m_fx.window->findChild<QLineEdit *>(QStringLiteral("repositoryArnEdit"));
    QCOMPARE(arn->text(), QStringLiteral("arn:aws:codeartifact:us-east-1:111122223333:repository/acme-experiments/scratch"));
    QCOMPARE(arn->toolTip(), arn->text());

    bool sawDialog = false;
    m_fx.prompter->onDialog = [&](QDialog *dialog) {
        sawDialog = true;
        auto *search = dialog->findChild<QLineEdit *>(QStringLiteral("connectionSearchEdit"));
        QVERIFY(search);
        QTest::keyClicks(search, QStringLiteral("pypi"));
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("associateOkButton"));
        QVERIFY(ok && ok->isEnabled());
        savePicture(dialog, QStringLiteral("picker-pypi"));
        QTest::keyClick(search, Qt::Key_Return);
    };
    QTest::keyClick(m_fx.window.get(), Qt::Key_E, Qt::ControlModifier);
    QVERIFY(sawDialog);

    RepositoryDetailsView *details = m_fx.window->detailsView();
    QTRY_COMPARE_WITH_TIMEOUT(details->externalConnectionRows(),
                              QStringList{QStringLiteral("public:pypi | pypi | Available")}, 10000);
    QCOMPARE(details->highlightedConnection(), QStringLiteral("public:pypi"));
    QCOMPARE(connectionInSandbox(scratch.domainOwner, scratch.domain, scratch.repository), QStringLiteral("public:pypi"));
    // From the Associate answer, not a second fetch.
    QCOMPARE(requestsNamed(QStringLiteral("AssociateExternalConnection")), 1);
    QCOMPARE(requestsNamed(QStringLiteral("DescribeRepository")), 1);
    // The tree knows too.
    const QModelIndex row = m_fx.window->inventoryModel()->repositoryIndex(scratch);
    QCOMPARE(row.data(InventoryModel::ExternalConnectionRole).toString(), QStringLiteral("public:pypi"));
    QVERIFY(m_fx.window->disassociateAction()->isEnabled());
    QCOMPARE(m_fx.window->banner()->type(), MessageWidget::Type::Positive);
    QVERIFY(m_fx.prompter->errors.isEmpty());
}

void TestMainWindow::shouldExplainSecondConnectionBeforeSending()
{
    const RepositoryRef npmStore = ref(QStringLiteral("acme-prod"), QStringLiteral("npm-store"));
    const QString existing = connectionInSandbox(npmStore.domainOwner, npmStore.domain, npmStore.repository);
    QVERIFY(!existing.isEmpty());
    selectAndLoad(npmStore);
    QString explanation;
    bool okEnabled = true;
    bool replaceVisible = false;
    m_fx.prompter->onDialog = [&](QDialog *dialog) {
        auto *picker = qobject_cast<ExternalConnectionDialog *>(dialog);
        QVERIFY(picker);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("connectionSearchEdit")), QStringLiteral("pypi"));
        explanation = picker->explanation();
        savePicture(dialog, QStringLiteral("picker-second-connection"));
        okEnabled = dialog->findChild<QPushButton *>(QStringLiteral("associateOkButton"))->isEnabled();
        replaceVisible = dialog->findChild<QCheckBox *>(QStringLiteral("replaceCheck"))->isVisible();
        QTest::keyClick(dialog, Qt::Key_Return);   // refused: OK is disabled
        QVERIFY(dialog->isVisible());
    };
    m_fx.window->associateAction()->trigger();
    QVERIFY(explanation.contains(existing));
    QVERIFY(explanation.contains(QLatin1String("only one")));
    QVERIFY(!okEnabled);
    QVERIFY(replaceVisible);
    QCOMPARE(requestsNamed(QStringLiteral("AssociateExternalConnection")), 0);
    QCOMPARE(connectionInSandbox(npmStore.domainOwner, npmStore.domain, npmStore.repository), existing);
}

void TestMainWindow::shouldExplainUpstreamsBeforeSending()
{
    // data-science reaches PyPI through its upstream pypi-store: the store route, offered first
    // for a repository with upstreams, finds nothing to do once the domain has been read.
    const RepositoryRef team = ref(QStringLiteral("acme-prod"), QStringLiteral("data-science"));
    selectAndLoad(team);
    const auto upstreams = m_fx.window->detailsView()->repository().upstreams;
    QVERIFY(!upstreams.isEmpty());
    QString explanation;
    bool okEnabled = true;
    ConnectionPlan::Route route = ConnectionPlan::Route::Direct;
    m_fx.prompter->onDialog = [&](QDialog *dialog) {
        auto *picker = qobject_cast<ExternalConnectionDialog *>(dialog);
        QVERIFY(picker->selectConnection(QStringLiteral("public:pypi")));
        route = picker->route();
        QTRY_VERIFY_WITH_TIMEOUT(picker->explanation().contains(QLatin1String("Nothing to do")), 10000);
        explanation = picker->explanation();
        savePicture(dialog, QStringLiteral("picker-upstreams"));
        okEnabled = picker->isAcceptable();
        // No plan is listed when no step would change anything.
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("planStepsLabel"))->isVisible());
    };
    m_fx.window->associateAction()->trigger();
    QCOMPARE(route, ConnectionPlan::Route::ThroughStore);
    QVERIFY(explanation.contains(QLatin1String("upstream")));
    QVERIFY(explanation.contains(upstreams.constFirst().repositoryName));
    QVERIFY(!okEnabled);
    QCOMPARE(requestsNamed(QStringLiteral("AssociateExternalConnection")), 0);
    QCOMPARE(requestsNamed(QStringLiteral("UpdateRepository")), 0);
}

void TestMainWindow::shouldReplaceInTwoVisibleSteps()
{
    const RepositoryRef store = ref(QStringLiteral("acme-staging"), QStringLiteral("npm-store"));
    QCOMPARE(connectionInSandbox(store.domainOwner, store.domain, store.repository), QStringLiteral("public:npmjs"));
    selectAndLoad(store);
    m_fx.prompter->onDialog = [&](QDialog *dialog) {
        auto *picker = qobject_cast<ExternalConnectionDialog *>(dialog);
        QVERIFY(picker->selectConnection(QStringLiteral("public:crates-io")));
        QVERIFY(!picker->isAcceptable());
        dialog->findChild<QCheckBox *>(QStringLiteral("replaceCheck"))->setChecked(true);
        QVERIFY(picker->isAcceptable());
        QTest::keyClick(dialog, Qt::Key_Return);
    };
    QSignalSpy finished(m_fx.window.get(), &MainWindow::actionFinished);
    m_fx.window->associateAction()->trigger();
    QCOMPARE(m_fx.prompter->confirmTexts.size(), 1);
    QVERIFY(m_fx.prompter->confirmTexts.constFirst().contains(QLatin1String("public:npmjs")));
    QVERIFY(m_fx.prompter->confirmTexts.constFirst().contains(QLatin1String("public:crates-io")));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QCOMPARE(finished.constFirst().constFirst().toBool(), true);
    QCOMPARE(connectionInSandbox(store.domainOwner, store.domain, store.repository), QStringLiteral("public:crates-io"));
    QCOMPARE(requestsNamed(QStringLiteral("DisassociateExternalConnection")), 1);
    QCOMPARE(requestsNamed(QStringLiteral("AssociateExternalConnection")), 1);
    QCOMPARE(m_fx.window->detailsView()->externalConnectionRows(),
             QStringList{QStringLiteral("public:crates-io | cargo | Available")});
}

void TestMainWindow::shouldCopyAReplaceAsCommandsTheAwsCliRuns()
{
    const QString aws = QStringLiteral("/usr/bin/aws");
    if (!QFile::exists(aws))
        QSKIP("/usr/bin/aws (AWS CLI v2) does not exist; ./test.sh installs Debian's awscli");
    const RepositoryRef store = ref(QStringLiteral("acme-staging"), QStringLiteral("npm-store"));
    selectAndLoad(store);
    m_fx.prompter->onDialog = [&](QDialog *dialog) {
        QVERIFY(qobject_cast<ExternalConnectionDialog *>(dialog)->selectConnection(QStringLiteral("public:crates-io")));
        dialog->findChild<QCheckBox *>(QStringLiteral("replaceCheck"))->setChecked(true);
        QTest::keyClick(dialog, Qt::Key_Return);
    };
    QSignalSpy finished(m_fx.window.get(), &MainWindow::actionFinished);
    m_fx.window->associateAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QCOMPARE(connectionInSandbox(store.domainOwner, store.domain, store.repository), QStringLiteral("public:crates-io"));

    // Both steps, in order, each a whole command, in a script that stops at the first failure.
    m_fx.window->copyCliAction()->trigger();
    const QString copied = m_fx.window->lastCliCommand();
    const QStringList lines = copied.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), QStringLiteral("set -e"));
    QVERIFY2(lines.at(1).startsWith(QLatin1String("aws codeartifact disassociate-external-connection "))
                 && lines.at(1).contains(QLatin1String("--external-connection public:npmjs")),
             qPrintable(copied));
    QVERIFY2(lines.at(2).startsWith(QLatin1String("aws codeartifact associate-external-connection "))
                 && lines.at(2).contains(QLatin1String("--external-connection public:crates-io")),
             qPrintable(copied));
    QCOMPARE(QApplication::clipboard()->text(), copied);

    // Put the repository back as it was, then let the AWS CLI do the replace from the copied text.
    for (AwsRequestJob *job : std::initializer_list<AwsRequestJob *>{
             new DisassociateExternalConnectionJob(m_fx.client.get(), store, QStringLiteral("public:crates-io")),
             new AssociateExternalConnectionJob(m_fx.client.get(), store, QStringLiteral("public:npmjs"))}) {
        QSignalSpy done(job, &Job::finished);
        job->start();
        QTRY_COMPARE(done.size(), 1);
    }
    QCOMPARE(connectionInSandbox(store.domainOwner, store.domain, store.repository), QStringLiteral("public:npmjs"));
    QByteArray output;
    QVERIFY2(m_fx.runShell(copied, &output) == 0, output.constData());
    QCOMPARE(connectionInSandbox(store.domainOwner, store.domain, store.repository), QStringLiteral("public:crates-io"));
}

void TestMainWindow::shouldShowConflictWithRequestIdAndWhatIsTrue()
{
    const RepositoryRef scratch = ref(QStringLiteral("acme-experiments"), QStringLiteral("scratch"));
    selectAndLoad(scratch);
    // Someone else connects the repository while the window still shows it without one.
    {
        auto *other = new AssociateExternalConnectionJob(m_fx.client.get(), scratch, QStringLiteral("public:npmjs"));
        QSignalSpy done(other, &AwsJob::finished);
        other->start();
        QTRY_COMPARE(done.size(), 1);
    }
    QCOMPARE(connectionInSandbox(scratch.domainOwner, scratch.domain, scratch.repository), QStringLiteral("public:npmjs"));
    QVERIFY(m_fx.window->detailsView()->repository().externalConnections.isEmpty());

    m_fx.prompter->onDialog = [&](QDialog *dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("connectionSearchEdit")), QStringLiteral("pypi"));
        QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("connectionSearchEdit")), Qt::Key_Return);
    };
    QSignalSpy finished(m_fx.window.get(), &MainWindow::actionFinished);
    m_fx.window->associateAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QCOMPARE(finished.constFirst().constFirst().toBool(), false);
    QCOMPARE(m_fx.prompter->errors.size(), 1);
    const auto shown = m_fx.prompter->errors.constFirst();
    QCOMPARE(shown.error.kind(), AwsError::Kind::Conflict);
    QCOMPARE(shown.error.httpStatus(), 409);
    QVERIFY(!shown.error.requestId().isEmpty());
    QVERIFY(shown.error.details().contains(shown.error.requestId()));
    QVERIFY(!shown.canRetry);
    // What is true now: the re-read repository, in the message and in the details pane.
    QVERIFY2(shown.context.contains(QLatin1String("public:npmjs")), qPrintable(shown.context));
    QCOMPARE(m_fx.window->detailsView()->externalConnectionRows(),
             QStringList{QStringLiteral("public:npmjs | npm | Available")});
    // Said once, in the dialog: no banner repeats it.
    QVERIFY(!m_fx.window->banner()->isVisible() || m_fx.window->banner()->type() != MessageWidget::Type::Error);
}

void TestMainWindow::shouldNameIamActionWhenAccessDenied()
{
    // The partner's domain is shared read-only with the caller: changing it is refused.
    const RepositoryRef partner = ref(QStringLiteral("partner-shared"), QStringLiteral("partner-npm"),
                                      SandboxDemoSeed::partnerAccount());
    const QString before = connectionInSandbox(partner.domainOwner, partner.domain, partner.repository);
    QVERIFY(!before.isEmpty());
    selectAndLoad(partner);
    QSignalSpy finished(m_fx.window.get(), &MainWindow::actionFinished);
    m_fx.window->disassociateAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QCOMPARE(m_fx.prompter->errors.size(), 1);
    const auto shown = m_fx.prompter->errors.constFirst();
    QCOMPARE(shown.error.kind(), AwsError::Kind::AccessDenied);
    QVERIFY2(shown.error.userMessage().contains(QLatin1String("codeartifact:DisassociateExternalConnection")),
             qPrintable(shown.error.userMessage()));
    QVERIFY(!shown.error.requestId().isEmpty());
    QVERIFY(shown.error.details().contains(shown.error.requestId()));
    QCOMPARE(connectionInSandbox(partner.domainOwner, partner.domain, partner.repository), before);
    QCOMPARE(m_fx.window->detailsView()->externalConnectionRows().size(), 1);
}

void TestMainWindow::shouldNameIamActionWhenAssociateIsDenied()
{
    // A repository in the partner's shared domain with neither connection nor upstreams: the
    // picker has nothing to explain, so the request goes out and the service refuses it.
    const RepositoryRef partner = ref(QStringLiteral("partner-shared"), QStringLiteral("partner-maven"),
                                      SandboxDemoSeed::partnerAccount());
    QCOMPARE(connectionInSandbox(partner.domainOwner, partner.domain, partner.repository), QString());
    selectAndLoad(partner);
    m_fx.prompter->onDialog = [&](QDialog *dialog) {
        auto *search = dialog->findChild<QLineEdit *>(QStringLiteral("connectionSearchEdit"));
        QTest::keyClicks(search, QStringLiteral("maven-central"));
        QTest::keyClick(search, Qt::Key_Return);
    };
    QSignalSpy finished(m_fx.window.get(), &MainWindow::actionFinished);
    m_fx.window->associateAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QCOMPARE(finished.constFirst().constFirst().toBool(), false);
    QCOMPARE(requestsNamed(QStringLiteral("AssociateExternalConnection")), 1);
    QCOMPARE(m_fx.prompter->errors.size(), 1);
    const auto shown = m_fx.prompter->errors.constFirst();
    QCOMPARE(shown.error.kind(), AwsError::Kind::AccessDenied);
    QCOMPARE(shown.error.httpStatus(), 403);
    QVERIFY2(shown.error.userMessage().contains(QLatin1String("codeartifact:AssociateExternalConnection")),
             qPrintable(shown.error.userMessage()));
    QVERIFY(!shown.error.requestId().isEmpty());
    QVERIFY(shown.error.details().contains(shown.error.requestId()));
    // Retrying an authorization failure changes nothing.
    QVERIFY(!shown.canRetry);
    QCOMPARE(connectionInSandbox(partner.domainOwner, partner.domain, partner.repository), QString());
    QVERIFY(m_fx.window->detailsView()->externalConnectionRows().isEmpty());
    // Said once, in the dialog: no banner repeats it.
    QVERIFY(!m_fx.window->banner()->isVisible() || m_fx.window->banner()->type() != MessageWidget::Type::Error);
}

void TestMainWindow::shouldDisassociateAfterConfirmation()
{
    const RepositoryRef store = ref(QStringLiteral("acme-prod"), QStringLiteral("crates-store"));
    const QString connection = connectionInSandbox(store.domainOwner, store.domain, store.repository);
    QVERIFY(!connection.isEmpty());
    selectAndLoad(store);

    m_fx.prompter->confirmAnswer = false;   // Cancel first: nothing is sent
    m_fx.window->disassociateAction()->trigger();
    // The question comes once Artifact Desk knows who uses the repository.
    QTRY_COMPARE_WITH_TIMEOUT(m_fx.prompter->confirmTexts.size(), 1, 10000);
    QCOMPARE(requestsNamed(QStringLiteral("DisassociateExternalConnection")), 0);
    // Enter does not disassociate: Cancel is the default.
    QCOMPARE(m_fx.prompter->confirmDefaults.constLast(), Prompter::DefaultAnswer::Cancel);

    m_fx.prompter->confirmAnswer = true;
    QSignalSpy finished(m_fx.window.get(), &MainWindow::actionFinished);
    QTRY_VERIFY(m_fx.window->disassociateAction()->isEnabled());
    QTest::keyClick(m_fx.window.get(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE_WITH_TIMEOUT(m_fx.prompter->confirmTexts.size(), 2, 10000);
    const QString question = m_fx.prompter->confirmTexts.constLast();
    QVERIFY(question.contains(connection));
    QVERIFY(question.contains(store.repository));
    // crates-store is an upstream of tooling: the question names it.
    QVERIFY2(question.contains(QLatin1String("tooling")), qPrintable(question));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QCOMPARE(finished.constFirst().constFirst().toBool(), true);
    QCOMPARE(connectionInSandbox(store.domainOwner, store.domain, store.repository), QString());
    QVERIFY(m_fx.window->detailsView()->externalConnectionRows().isEmpty());
    QVERIFY(m_fx.window->detailsView()->isRepositoryLoaded());
    QVERIFY(!m_fx.window->disassociateAction()->isEnabled());
}

void TestMainWindow::shouldNameEveryRepositoryThatReachesTheRegistryThroughIt()
{
    // npm-store is an upstream of web-frontend, which release uses: both lose npm packages.
    const RepositoryRef npm = ref(QStringLiteral("acme-prod"), QStringLiteral("npm-store"));
    selectAndLoad(npm);
    m_fx.prompter->confirmAnswer = false;
    const int describedBefore = requestsNamed(QStringLiteral("DescribeRepository"));
    m_fx.window->disassociateAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_fx.prompter->confirmTexts.size(), 1, 10000);
    const QString question = m_fx.prompter->confirmTexts.constFirst();
    QVERIFY2(question.contains(QLatin1String("web-frontend, release")), qPrintable(question));
    QVERIFY(!question.contains(QLatin1String("data-science")));
    QVERIFY(!question.contains(QLatin1String("could not be read")));
    // Every other repository of acme-prod was described once to know its upstreams.
    const int repositories = m_fx.window->inventoryModel()->rowCount(
        m_fx.window->inventoryModel()->domainIndex(npm.domainOwner, npm.domain));
    QCOMPARE(requestsNamed(QStringLiteral("DescribeRepository")) - describedBefore, repositories - 1);
    QCOMPARE(requestsNamed(QStringLiteral("DisassociateExternalConnection")), 0);
    // Asked again, it knows already: no more requests before the question.
    m_fx.window->disassociateAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_fx.prompter->confirmTexts.size(), 2, 10000);
    QCOMPARE(requestsNamed(QStringLiteral("DescribeRepository")) - describedBefore, repositories - 1);
}

void TestMainWindow::shouldListRequestsWithoutSecrets()
{
    QDockWidget *dock = m_fx.window->activityDock();
    QVERIFY(!dock->isVisible());
    QTest::keyClick(m_fx.window.get(), Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY(dock->isVisible());
    selectAndLoad(ref(QStringLiteral("acme-experiments"), QStringLiteral("scratch")));

    ActivityModel *model = m_fx.window->activityModel();
    QTRY_VERIFY(model->rowCount() >= 3);
    savePicture(m_fx.window.get(), QStringLiteral("activity"));
    QStringList operations;
    const QByteArray secret = m_fx.server->config().secretAccessKey;
    for (int row = 0; row < model->rowCount(); ++row) {
        operations << model->index(row, ActivityModel::OperationColumn).data().toString();
        for (int column = 0; column < model->columnCount(); ++column) {
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)}) {
                const QString cell = model->index(row, column).data(role).toString();
                QVERIFY2(!cell.contains(QString::fromLatin1(secret)), qPrintable(cell));
                QVERIFY(!cell.contains(QLatin1String("Signature="), Qt::CaseInsensitive));
                QVERIFY(!cell.contains(QLatin1String("X-Amz-Security-Token"), Qt::CaseInsensitive));
                QVERIFY(!cell.contains(QLatin1String("Authorization"), Qt::CaseInsensitive));
            }
        }
        QVERIFY(!model->index(row, ActivityModel::RequestIdColumn).data().toString().isEmpty());
        QCOMPARE(model->index(row, ActivityModel::StatusColumn).data().toString(), QStringLiteral("200"));
    }
    QVERIFY(operations.contains(QStringLiteral("ListDomains")));
    QVERIFY(operations.contains(QStringLiteral("ListRepositoriesInDomain")));
    QVERIFY(operations.contains(QStringLiteral("GetCallerIdentity")));
    QVERIFY(operations.contains(QStringLiteral("DescribeRepository")));
    // Each request names the IAM action it needs, as the operation table says.
    const int describe = int(operations.indexOf(QStringLiteral("DescribeRepository")));
    QCOMPARE(model->index(describe, ActivityModel::OperationColumn).data(ActivityModel::IamActionRole).toString(),
             QStringLiteral("codeartifact:DescribeRepository"));
    const int identity = int(operations.indexOf(QStringLiteral("GetCallerIdentity")));
    QCOMPARE(model->index(identity, ActivityModel::OperationColumn).data(ActivityModel::IamActionRole).toString(),
             QStringLiteral("sts:GetCallerIdentity"));

    auto *panel = dock->findChild<ActivityPanel *>();
    QVERIFY(panel);
    const QString copied = panel->selectionText();
    QVERIFY(copied.startsWith(QLatin1String("Time\tOperation")));
    QCOMPARE(copied.count(u'\n'), model->rowCount() + 1);
    QVERIFY(!copied.contains(QString::fromLatin1(secret)));

    // Target and Status whole at a common width.
    m_fx.window->resize(1280, 800);
    QTableView *view = panel->tableView();
    QTRY_VERIFY(view->isVisible());
    QCoreApplication::sendPostedEvents();
    const QFontMetrics metrics = view->fontMetrics();
    // As QItemDelegate and QStyledItemDelegate keep on each side of a cell's text.
    const int textMargins = 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1);
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        for (int column : {int(ActivityModel::TargetColumn), int(ActivityModel::StatusColumn), int(ActivityModel::OperationColumn)}) {
            const QString text = view->model()->index(row, column).data().toString();
            QTRY_VERIFY2(metrics.horizontalAdvance(text) + textMargins <= view->columnWidth(column),
                         qPrintable(QStringLiteral("%1 in %2 px").arg(text).arg(view->columnWidth(column))));
        }
    }
    savePicture(m_fx.window.get(), QStringLiteral("activity-wide"));

    // Filter by operation, by result and by text; the count says how many of all are shown.
    auto *operation = panel->findChild<QComboBox *>(QStringLiteral("activityOperationFilter"));
    auto *status = panel->findChild<QComboBox *>(QStringLiteral("activityStatusFilter"));
    auto *text = panel->findChild<QLineEdit *>(QStringLiteral("activityFilterEdit"));
    auto *count = panel->findChild<QLabel *>(QStringLiteral("activityCountLabel"));
    QVERIFY(operation && status && text && count);
    const int all = model->rowCount();
    QCOMPARE(count->text(), QStringLiteral("%1 requests").arg(all));
    const int describeItem = operation->findText(QStringLiteral("DescribeRepository"));
    QVERIFY(describeItem > 0);
    operation->setCurrentIndex(describeItem);
    QCOMPARE(view->model()->rowCount(), int(operations.count(QStringLiteral("DescribeRepository"))));
    QCOMPARE(count->text(), QStringLiteral("%1 of %2").arg(view->model()->rowCount()).arg(all));
    status->setCurrentIndex(status->findText(QStringLiteral("Failed")));
    QCOMPARE(view->model()->rowCount(), 0);
    status->setCurrentIndex(0);
    operation->setCurrentIndex(0);
    QTest::keyClicks(text, QStringLiteral("scratch"));
    QVERIFY(view->model()->rowCount() >= 1);
    for (int row = 0; row < view->model()->rowCount(); ++row)
        QVERIFY(view->model()->index(row, ActivityModel::TargetColumn).data().toString().contains(QLatin1String("scratch")));

    // A request in full: what the columns shorten or leave out.
    view->setCurrentIndex(view->model()->index(0, 0));
    auto *detail = panel->findChild<QPlainTextEdit *>(QStringLiteral("activityDetail"));
    QVERIFY(detail);
    const QString full = detail->toPlainText();
    QVERIFY2(full.contains(QLatin1String("IAM action: codeartifact:DescribeRepository")), qPrintable(full));
    QVERIFY2(full.contains(QLatin1String("Request: GET ")), qPrintable(full));
    QVERIFY2(full.contains(QLatin1String("Request ID: ") + view->model()->index(0, ActivityModel::RequestIdColumn).data().toString()),
             qPrintable(full));
    QVERIFY(!full.contains(QString::fromLatin1(secret)));
    savePicture(m_fx.window.get(), QStringLiteral("activity-filtered"));
    text->clear();
    QCOMPARE(view->model()->rowCount(), model->rowCount());
}

void TestMainWindow::shouldCopyCliCommandWithoutSecrets()
{
    const RepositoryRef scratch = ref(QStringLiteral("acme-experiments"), QStringLiteral("scratch"));
    selectAndLoad(scratch);
    const QString endpoint = m_fx.server->url().toString();
    m_fx.window->copyCliAction()->trigger();
    // The status bar says what was copied in words that fit, not the command cut off.
    m_fx.window->resize(1024, 700);
    QCoreApplication::sendPostedEvents();
    QStatusBar *status = m_fx.window->statusBar();
    QVERIFY2(status->fontMetrics().horizontalAdvance(status->currentMessage()) < status->width() - 24,
             qPrintable(status->currentMessage()));
    QVERIFY(status->currentMessage().contains(QLatin1String("AWS CLI")));
    QCOMPARE(m_fx.window->lastCliCommand(),
             QStringLiteral("aws codeartifact describe-repository --domain acme-experiments --domain-owner %1 "
                            "--repository scratch --region us-east-1 --endpoint-url %2")
                 .arg(scratch.domainOwner, endpoint));

    m_fx.prompter->onDialog = [&](QDialog *dialog) {
        QVERIFY(qobject_cast<ExternalConnectionDialog *>(dialog)->selectConnection(QStringLiteral("public:npmjs")));
        QTest::keyClick(dialog, Qt::Key_Return);
    };
    QSignalSpy finished(m_fx.window.get(), &MainWindow::actionFinished);
    m_fx.window->associateAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    // The picker was the active window; shortcuts need the main window active again (a window
    // manager does this on a desktop, the offscreen platform does not).
    m_fx.window->activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), m_fx.window.get());
    QTest::keyClick(m_fx.window.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    const QString command = m_fx.window->lastCliCommand();
    QCOMPARE(command,
             QStringLiteral("aws codeartifact associate-external-connection --domain acme-experiments --domain-owner %1 "
                            "--repository scratch --external-connection public:npmjs --region us-east-1 --endpoint-url %2")
                 .arg(scratch.domainOwner, endpoint));
    QVERIFY(!command.contains(QString::fromLatin1(m_fx.server->config().secretAccessKey)));
    QVERIFY(!command.contains(m_fx.server->config().accessKeyId));
}

void TestMainWindow::shouldShowIdentityFromSts()
{
    ConnectionBar *bar = m_fx.window->connectionBar();
    QTRY_VERIFY(bar->identityText().contains(QLatin1String("sandbox-admin")));
    QCOMPARE(m_fx.window->callerAccount(), SandboxConfig::defaultAccount());
    QCOMPARE(bar->region(), QStringLiteral("us-east-1"));
    auto *endpoint = bar->findChild<QLabel *>(QStringLiteral("endpointLabel"));
    QCOMPARE(endpoint->text(), m_fx.server->url().toString());

    // Room for the sentence: it is shown whole.
    auto *identity = bar->findChild<QLabel *>(QStringLiteral("identityLabel"));
    m_fx.window->resize(1600, 760);
    QTRY_COMPARE(identity->text(), QStringLiteral("Signed in as sandbox-admin (111122223333)"));
    // Narrower: the short form, then the short form elided in the middle; never text cut at the
    // edge, and the full sentence and ARN stay available.
    const QFontMetrics metrics = identity->fontMetrics();
    for (int width : {1200, 1000, 900}) {
        m_fx.window->resize(width, 760);
        QCoreApplication::sendPostedEvents();
        QTRY_VERIFY2(metrics.horizontalAdvance(identity->text()) <= identity->contentsRect().width(),
                     qPrintable(QStringLiteral("%1 px: \"%2\"").arg(width).arg(identity->text())));
        QVERIFY(identity->text() == QLatin1String("Signed in as sandbox-admin (111122223333)")
                || identity->text() == QLatin1String("sandbox-admin (111122223333)")
                || identity->text().contains(QChar(0x2026)));
        QCOMPARE(bar->identityText(), QStringLiteral("Signed in as sandbox-admin (111122223333)"));
        QCOMPARE(identity->toolTip(), QStringLiteral("arn:aws:iam::111122223333:user/sandbox-admin"));
    }
}

void TestMainWindow::shouldStayUsableInANarrowWindow()
{
    selectAndLoad(ref(QStringLiteral("acme-experiments"), QStringLiteral("scratch")));
    ConnectionBar *bar = m_fx.window->connectionBar();
    QTRY_VERIFY(bar->identityText().contains(QLatin1String("sandbox-admin")));
    auto *toolBar = m_fx.window->findChild<QToolBar *>(QStringLiteral("connectionToolBar"));
    auto *overflow = toolBar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
    auto *endpoint = bar->findChild<QLabel *>(QStringLiteral("endpointLabel"));
    auto *endpointIcon = bar->findChild<QLabel *>(QStringLiteral("endpointIcon"));
    auto *identity = bar->findChild<QLabel *>(QStringLiteral("identityLabel"));
    auto *page = m_fx.window->detailsView()->findChild<QScrollArea *>(QStringLiteral("repositoryPage"));
    QVERIFY(toolBar && overflow && endpoint && endpointIcon && identity && page);
    const QString url = m_fx.server->url().toString();

    // Inside the window's width (the toolbar's), wholly: nothing behind an overflow button.
    auto shownWhole = [toolBar](QWidget *widget) {
        const QRect rect(widget->mapTo(toolBar, QPoint(0, 0)), widget->size());
        return widget->isVisible() && toolBar->rect().contains(rect);
    };
    for (int width : {1600, 1280, 1024, 960, 800}) {
        m_fx.window->resize(width, 600);
        QCoreApplication::sendPostedEvents();
        const QString at = QStringLiteral("%1 px").arg(width);
        QTRY_COMPARE_WITH_TIMEOUT(m_fx.window->width(), width, 2000);
        QTRY_VERIFY2(!overflow->isVisible(), qPrintable(at + QStringLiteral(": the toolbar overflows")));
        QVERIFY2(shownWhole(bar), qPrintable(at + QStringLiteral(": the connection bar is cut")));
        QVERIFY2(shownWhole(bar->regionCombo()), qPrintable(at));
        // The endpoint is in the bar or, condensed, in its icon's tooltip; never gone.
        QVERIFY2(endpoint->isVisible() != endpointIcon->isVisible(), qPrintable(at));
        if (endpoint->isVisible())
            QVERIFY2(shownWhole(endpoint) && endpoint->text() == url, qPrintable(at));
        else
            QVERIFY2(shownWhole(endpointIcon) && endpointIcon->toolTip().contains(url), qPrintable(at));
        // The identity's text fits where it is shown, elided rather than cut.
        if (identity->isVisible())
            QVERIFY2(identity->fontMetrics().horizontalAdvance(identity->text()) <= identity->contentsRect().width(),
                     qPrintable(at + QStringLiteral(": \"%1\"").arg(identity->text())));
        // The details need no horizontal scroll bar, and their buttons are whole.
        QTRY_VERIFY2(!page->horizontalScrollBar()->isVisible(),
                     qPrintable(at + QStringLiteral(": the details scroll sideways")));
        for (const char *name : {"associateButton", "disassociateButton", "copyCliButton"}) {
            auto *button = page->findChild<QToolButton *>(QLatin1String(name));
            const QRect rect(button->mapTo(page->viewport(), QPoint(0, 0)), button->size());
            QVERIFY2(page->viewport()->rect().contains(rect), qPrintable(at + u' ' + QLatin1String(name)));
            QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(at + u' ' + QLatin1String(name)));
        }
    }
    // Wide (1280 px is common): everything spelt out; narrow: condensed, but at 800 px the
    // identity still has words.
    m_fx.window->resize(1280, 600);
    QTRY_COMPARE(bar->condensation(), 0);
    QVERIFY(endpoint->isVisible());
    m_fx.window->resize(800, 600);
    QTRY_VERIFY(bar->condensation() > 0);
    QVERIFY2(bar->condensation() < ConnectionBar::kMostCondensed, qPrintable(QString::number(bar->condensation())));
    QVERIFY(identity->isVisible());

    // Settled means settled: condensing never asks the layout again and again.
    QTest::qWait(200);
    class LayoutRequests : public QObject
    {
    public:
        int count = 0;
        bool eventFilter(QObject *, QEvent *event) override
        {
            count += event->type() == QEvent::LayoutRequest ? 1 : 0;
            return false;
        }
    } requests;
    bar->installEventFilter(&requests);
    QTest::qWait(300);
    bar->removeEventFilter(&requests);
    QVERIFY2(requests.count <= 1, qPrintable(QString::number(requests.count)));
}

void TestMainWindow::shouldKeepABannerWithWhatItIsAbout()
{
    const RepositoryRef scratch = ref(QStringLiteral("acme-experiments"), QStringLiteral("scratch"));
    const RepositoryRef other = ref(QStringLiteral("acme-prod"), QStringLiteral("npm-store"));
    MessageWidget *banner = m_fx.window->banner();
    RepositoryDetailsView *details = m_fx.window->detailsView();
    QTreeView *tree = m_fx.window->inventoryPanel()->treeView();
    selectAndLoad(scratch);
    QVERIFY(!banner->isVisible());
    // Where the admin points: the tree's rows and the details' buttons.
    auto *associateButton = details->findChild<QToolButton *>(QStringLiteral("associateButton"));
    auto where = [&] {
        return QList<QRect>{QRect(tree->viewport()->mapTo(m_fx.window.get(), QPoint(0, 0)), QSize(1, 1)),
                            QRect(associateButton->mapTo(m_fx.window.get(), QPoint(0, 0)), associateButton->size())};
    };
    const QList<QRect> before = where();
    test::savePicture(m_fx.window.get(), QStringLiteral("banner-before"));

    // An action on scratch: its banner says how it went.
    m_fx.prompter->onDialog = [&](QDialog *dialog) {
        auto *search = dialog->findChild<QLineEdit *>(QStringLiteral("connectionSearchEdit"));
        QTest::keyClicks(search, QStringLiteral("pypi"));
        QTest::keyClick(search, Qt::Key_Return);
    };
    QTest::keyClick(m_fx.window.get(), Qt::Key_E, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(banner->type(), MessageWidget::Type::Positive, 10000);
    QTRY_VERIFY(banner->isVisible());
    const QString scratchText = banner->text();
    QVERIFY2(scratchText.contains(QLatin1String("scratch")), qPrintable(scratchText));
    QCoreApplication::sendPostedEvents();
    test::savePicture(m_fx.window.get(), QStringLiteral("banner-after"));
    // Showing it moved nothing the admin points at.
    QCOMPARE(where(), before);

    // Another repository: scratch's banner is not about it.
    selectAndLoad(other);
    QTRY_VERIFY(!banner->isVisible());
    QCOMPARE(where(), before);
    // Back on scratch, its banner is back.
    selectAndLoad(scratch);
    QTRY_VERIFY(banner->isVisible());
    QCOMPARE(banner->text(), scratchText);

    // A notice for the whole window shows wherever the selection is, until the selection has one
    // of its own.
    m_fx.window->showNotice(QStringLiteral("For everyone"));
    QCOMPARE(banner->text(), scratchText);
    selectAndLoad(other);
    QTRY_VERIFY(banner->isVisible());
    QCOMPARE(banner->text(), QStringLiteral("For everyone"));
    QCOMPARE(where(), before);
}

void TestMainWindow::shouldExplainAWrongRegionWithoutRetry()
{
    // The sandbox only accepts signatures for its own region: another region fails every request.
    ConnectionBar *bar = m_fx.window->connectionBar();
    QSignalSpy loaded(m_fx.window.get(), &MainWindow::inventoryFinished);
    bar->regionCombo()->setCurrentText(QStringLiteral("eu-central-1"));
    bar->regionCombo()->lineEdit()->editingFinished();
    QCOMPARE(m_fx.client->region(), QStringLiteral("eu-central-1"));
    QVERIFY(!bar->isRegionWarningShown());   // a region CodeArtifact runs in
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);
    QCOMPARE(loaded.constFirst().constFirst().toBool(), false);
    MessageWidget *banner = m_fx.window->banner();
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->type(), MessageWidget::Type::Error);
    // The headline follows the service's reason, and nothing offers to send the same again.
    QVERIFY2(banner->text().contains(QLatin1String("region this endpoint does not serve")), qPrintable(banner->text()));
    QVERIFY(!banner->isRetryVisible());
    QVERIFY2(banner->details().contains(QLatin1String("Request ID: ")), qPrintable(banner->details()));
    QVERIFY(banner->details().contains(QLatin1String("HTTP status: 403")));
    QVERIFY(banner->details().contains(QLatin1String("Credential should be scoped to a valid region")));
    QCOMPARE(m_fx.window->inventoryModel()->domainCount(), 0);
    QVERIFY(!m_fx.window->inventoryPanel()->findChild<QLabel *>(QStringLiteral("inventoryEmptyHint"))->text().isEmpty());

    // Not a region name: refused in place, nothing sent.
    const int before = m_fx.window->activityModel()->rowCount();
    bar->regionCombo()->setCurrentText(QStringLiteral("not a region"));
    bar->regionCombo()->lineEdit()->editingFinished();
    QCOMPARE(m_fx.client->region(), QStringLiteral("eu-central-1"));
    QCOMPARE(m_fx.window->activityModel()->rowCount(), before);

    // A region name CodeArtifact does not run in: allowed (regions come and go), but said.
    bar->regionCombo()->setCurrentText(QStringLiteral("mars-north-9"));
    bar->regionCombo()->lineEdit()->editingFinished();
    QCOMPARE(m_fx.client->region(), QStringLiteral("mars-north-9"));
    QVERIFY(bar->isRegionWarningShown());
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 10000);

    // Back to the sandbox's region: choosing it loads everything again.
    bar->regionCombo()->setCurrentText(QStringLiteral("us-east-1"));
    bar->regionCombo()->lineEdit()->editingFinished();
    QVERIFY(!bar->isRegionWarningShown());
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 3, 10000);
    QCOMPARE(loaded.constLast().constFirst().toBool(), true);
    QVERIFY(!banner->isVisible());
    QVERIFY(m_fx.window->inventoryModel()->domainCount() > 0);

    // F5 loads again.
    QTest::keyClick(m_fx.window.get(), Qt::Key_F5);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 4, 10000);
    QCOMPARE(loaded.constLast().constFirst().toBool(), true);
}

void TestMainWindow::shouldOfferRetryWhenRetryingCanHelp()
{
    // A service that fails for a while, then works: Retry in the banner loads everything.
    bool failing = true;
    test::ScriptedHttpServer server;
    server.setHandler([&failing](const test::ScriptedHttpServer::Request &request) {
        using Response = test::ScriptedHttpServer::Response;
        if (failing)
            return Response::json(500, R"({"message":"An internal error occurred."})", "InternalServerException", "req-500");
        if (request.path == "/v1/domains")
            return Response::json(200, R"({"domains":[{"name":"back-again","owner":"111122223333","status":"Active","createdTime":1.7e9}]})");
        if (request.path == "/v1/domain/repositories")
            return Response::json(200, R"({"repositories":[]})");
        return Response::json(403, "{}", "AccessDenied", "req-sts");
    });
    QNetworkAccessManager network;
    const auto client = test::makeLocalClient(&network, server.url().toString());
    MainWindow window(client.get());
    window.setPrompter(m_fx.prompter);
    QSignalSpy loaded(&window, &MainWindow::inventoryFinished);
    window.show();
    window.start();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 20000);
    QCOMPARE(loaded.constFirst().constFirst().toBool(), false);
    QCOMPARE(window.banner()->type(), MessageWidget::Type::Error);
    QVERIFY(window.banner()->isRetryVisible());
    QVERIFY(window.banner()->text().contains(QLatin1String("Try again")));
    failing = false;
    QTest::mouseClick(window.banner()->findChild<QPushButton *>(QStringLiteral("messageRetryButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 10000);
    QCOMPARE(loaded.constLast().constFirst().toBool(), true);
    QVERIFY(!window.banner()->isVisible());
    QCOMPARE(window.inventoryModel()->domainCount(), 1);
}

void TestMainWindow::shouldShowAFailedDomainInPlaceAndTheOthers()
{
    // A responder where one of two domains refuses its listing (the sandbox cannot single out
    // a domain): the other loads, the refused one shows its error under its own row.
    test::ScriptedHttpServer server;
    server.setHandler([](const test::ScriptedHttpServer::Request &request) {
        using Response = test::ScriptedHttpServer::Response;
        if (request.path == "/v1/domains")
            return Response::json(200, R"({"domains":[{"name":"open-domain","owner":"111122223333","status":"Active","createdTime":1.7e9},)"
                                       R"({"name":"locked-domain","owner":"111122223333","status":"Active","createdTime":1.7e9}]})");
        if (request.path == "/v1/domain/repositories" && request.query.contains("domain=locked-domain"))
            return Response::json(403, R"({"message":"User is not authorized to perform: codeartifact:ListRepositoriesInDomain"})",
                                  "AccessDeniedException", "req-locked-1");
        if (request.path == "/v1/domain/repositories")
            return Response::json(200, R"({"repositories":[{"name":"app","domainName":"open-domain","domainOwner":"111122223333",)"
                                       R"("administratorAccount":"111122223333","arn":"arn:aws:codeartifact:us-east-1:111122223333:repository/open-domain/app"}]})");
        if (request.path == "/")   // STS
            return Response::json(403, "{}", "AccessDenied", "req-sts");
        return Response::json(404, R"({"message":"not scripted"})", "ResourceNotFoundException");
    });
    QNetworkAccessManager network;
    const auto client = test::makeLocalClient(&network, server.url().toString());
    MainWindow window(client.get());
    window.setPrompter(m_fx.prompter);
    QSignalSpy loaded(&window, &MainWindow::inventoryFinished);
    window.show();
    window.start();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);
    window.inventoryPanel()->findChild<QTreeView *>(QStringLiteral("inventoryTree"))->expandAll();
    savePicture(&window, QStringLiteral("domain-failed-in-place"));

    InventoryModel *model = window.inventoryModel();
    const QModelIndex open = model->domainIndex(QStringLiteral("111122223333"), QStringLiteral("open-domain"));
    const QModelIndex locked = model->domainIndex(QStringLiteral("111122223333"), QStringLiteral("locked-domain"));
    QVERIFY(open.isValid() && locked.isValid());
    QCOMPARE(model->rowCount(open), 1);
    QCOMPARE(locked.data(InventoryModel::DomainStateRole).value<InventoryModel::DomainState>(),
             InventoryModel::DomainState::Failed);
    // The error row under the domain: the sentence with the IAM action, the details with the request id.
    QCOMPARE(model->rowCount(locked), 1);
    const QModelIndex errorRow = model->index(0, InventoryModel::NameColumn, locked);
    QCOMPARE(errorRow.data(InventoryModel::KindRole).value<InventoryModel::ItemKind>(), InventoryModel::ItemKind::Error);
    QVERIFY2(errorRow.data().toString().contains(QLatin1String("codeartifact:ListRepositoriesInDomain")),
             qPrintable(errorRow.data().toString()));
    QVERIFY(errorRow.data(Qt::ToolTipRole).toString().contains(QLatin1String("req-locked-1")));
    // It spans the row, so the sentence is not cut at the Name column.
    auto *tree = window.inventoryPanel()->findChild<QTreeView *>(QStringLiteral("inventoryTree"));
    const QModelIndex shownLocked = window.filterModel()->mapFromSource(locked);
    QVERIFY(tree->isFirstColumnSpanned(0, shownLocked));
    QVERIFY(!tree->isFirstColumnSpanned(0, window.filterModel()->mapFromSource(open)));
    // Selecting the error row tells the whole sentence in the details pane.
    tree->setCurrentIndex(window.filterModel()->mapFromSource(errorRow));
    QTRY_VERIFY(window.detailsView()->hintText().contains(QLatin1String("codeartifact:ListRepositoriesInDomain")));
    savePicture(&window, QStringLiteral("domain-failed-selected"));
    // One domain failing is not a failed window: no error banner hides the domain that loaded.
    QVERIFY(m_fx.prompter->errors.isEmpty());
    QVERIFY(!window.banner()->isVisible() || window.banner()->type() != MessageWidget::Type::Error
            || window.banner()->text().contains(QLatin1String("locked-domain")));
}

void TestMainWindow::shouldLetCrossAccountOwnerBeEditedAndValidated()
{
    QTRY_COMPARE(m_fx.window->callerAccount(), SandboxConfig::defaultAccount());
    // Own domain: the owner is shown, not editable.
    selectAndLoad(ref(QStringLiteral("acme-experiments"), QStringLiteral("scratch")));
    bool readOnly = false;
    m_fx.prompter->onDialog = [&](QDialog *dialog) {
        readOnly = dialog->findChild<QLineEdit *>(QStringLiteral("domainOwnerEdit"))->isReadOnly();
    };
    m_fx.window->associateAction()->trigger();
    QVERIFY(readOnly);

    // The partner's domain: editable, and only 12 digits are accepted.
    selectAndLoad(ref(QStringLiteral("partner-shared"), QStringLiteral("shared-libs"), SandboxDemoSeed::partnerAccount()));
    m_fx.prompter->onDialog = [&](QDialog *dialog) {
        auto *owner = dialog->findChild<QLineEdit *>(QStringLiteral("domainOwnerEdit"));
        auto *hint = dialog->findChild<QLabel *>(QStringLiteral("domainOwnerHint"));
        QVERIFY(!owner->isReadOnly());
        QCOMPARE(owner->text(), SandboxDemoSeed::partnerAccount());
        QVERIFY(hint->text().contains(SandboxConfig::defaultAccount()));
        owner->selectAll();
        QTest::keyClicks(owner, QStringLiteral("12ab34"));
        QCOMPARE(owner->text(), QStringLiteral("1234"));   // digits only
        QVERIFY(hint->text().contains(QLatin1String("12-digit")));
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("associateOkButton"))->isEnabled());
    };
    m_fx.window->associateAction()->trigger();
    QCOMPARE(m_fx.prompter->dialogs, 2);
    QCOMPARE(requestsNamed(QStringLiteral("AssociateExternalConnection")), 0);
}

void TestMainWindow::shouldPreselectOnlyWhatTheRepositoryNames()
{
    // Nothing is chosen for the admin: Enter alone associates nothing.
    selectAndLoad(ref(QStringLiteral("acme-experiments"), QStringLiteral("scratch")));
    QString chosen = QStringLiteral("unset");
    bool okEnabled = true;
    m_fx.prompter->onDialog = [&](QDialog *dialog) {
        chosen = dialog->findChild<QTreeView *>(QStringLiteral("connectionView"))->currentIndex().data().toString();
        okEnabled = dialog->findChild<QPushButton *>(QStringLiteral("associateOkButton"))->isEnabled();
        QTest::keyClick(dialog, Qt::Key_Return);
    };
    m_fx.window->associateAction()->trigger();
    QCOMPARE(chosen, QString());
    QVERIFY(!okEnabled);
    QCOMPARE(requestsNamed(QStringLiteral("AssociateExternalConnection")), 0);

    // "Partner's Maven libraries" (partner-maven) says which: Maven Central, not npm.
    selectAndLoad(ref(QStringLiteral("partner-shared"), QStringLiteral("partner-maven"), SandboxDemoSeed::partnerAccount()));
    m_fx.prompter->onDialog = [&](QDialog *dialog) {
        chosen = qobject_cast<ExternalConnectionDialog *>(dialog)->choice().connection;
    };
    m_fx.window->associateAction()->trigger();
    QCOMPARE(chosen, QStringLiteral("public:maven-central"));

    // The suggestion, from the name and the description; none when they name several or none.
    auto suggest = [](const char *name, const char *description) {
        RepositoryDescription r;
        r.name = QString::fromLatin1(name);
        r.description = QString::fromLatin1(description);
        return ExternalConnectionDialog::suggestedConnection(r);
    };
    QCOMPARE(suggest("pypi-store", "Proxy of the Python Package Index"), QStringLiteral("public:pypi"));
    QCOMPARE(suggest("google-android-store", "Proxy of Google's Android repository"), QStringLiteral("public:maven-googleandroid"));
    QCOMPARE(suggest("maven-gradle", ""), QStringLiteral("public:maven-gradleplugins"));
    QCOMPARE(suggest("web-frontend", "JavaScript packages of the web team"), QStringLiteral("public:npmjs"));
    QCOMPARE(suggest("tooling", "Ruby and Rust tooling"), QString());
    QCOMPARE(suggest("scratch", "Throw-away experiments"), QString());
}

void TestMainWindow::shouldKeepFocusOnReplaceAndGiveEveryControlItsOwnMnemonic()
{
    const RepositoryRef store = ref(QStringLiteral("acme-prod"), QStringLiteral("npm-store"));
    selectAndLoad(store);
    QWidget *focusAfterTick = nullptr;
    QString ownerSelection = QStringLiteral("unset");
    QStringList mnemonics;
    m_fx.prompter->onDialog = [&](QDialog *dialog) {
        auto *picker = qobject_cast<ExternalConnectionDialog *>(dialog);
        QVERIFY(picker->selectConnection(QStringLiteral("public:pypi")));
        auto *replace = dialog->findChild<QCheckBox *>(QStringLiteral("replaceCheck"));
        QVERIFY(replace->isVisible());
        replace->setFocus();
        QTest::keyClick(replace, Qt::Key_Space);   // ticked from the keyboard
        QVERIFY(replace->isChecked());
        focusAfterTick = dialog->focusWidget();
        ownerSelection = dialog->findChild<QLineEdit *>(QStringLiteral("domainOwnerEdit"))->selectedText();
        // Every visible control's Alt+letter is its own.
        for (QWidget *w : dialog->findChildren<QWidget *>()) {
            if (!w->isVisible())
                continue;
            QString text;
            if (auto *button = qobject_cast<QAbstractButton *>(w))
                text = button->text();
            else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
                text = label->text();
            const qsizetype amp = text.indexOf(u'&');
            if (amp >= 0 && amp + 1 < text.size())
                mnemonics << text.at(amp + 1).toLower();
        }
    };
    m_fx.window->associateAction()->trigger();
    QVERIFY(focusAfterTick);
    QCOMPARE(focusAfterTick->objectName(), QStringLiteral("replaceCheck"));
    QCOMPARE(ownerSelection, QString());
    QVERIFY(mnemonics.size() >= 5);
    QCOMPARE(QSet<QString>(mnemonics.begin(), mnemonics.end()).size(), mnemonics.size());
}

void TestMainWindow::shouldOfferSandboxOnWelcomePage()
{
    // A window without credentials, with a starter that hands over this fixture's sandbox.
    QNetworkAccessManager network;
    CodeArtifactClient client(&network);
    client.setEnvironment(QProcessEnvironment());
    client.setRegion(QStringLiteral("us-east-1"));
    client.setCredentialsProvider(std::make_shared<StaticCredentialsProvider>(AwsCredentials()));
    MainWindow window(&client);
    int started = 0;
    const SandboxEndpoint endpoint = m_fx.endpoint;
    window.setSandboxStarter([&] {
        ++started;
        return endpoint;
    });
    window.show();
    window.start();
    QVERIFY(window.isWelcomeShown());
    savePicture(&window, QStringLiteral("welcome"));
    auto *help = window.findChild<QPushButton *>(QStringLiteral("addCredentialsButton"));
    QTest::mouseClick(help, Qt::LeftButton);
    QVERIFY(window.welcomePage()->isCredentialsHelpVisible());
    auto *snippet = window.findChild<QPlainTextEdit *>(QStringLiteral("credentialsSnippet"));
    QVERIFY(snippet && snippet->toPlainText().contains(QLatin1String("AWS_ACCESS_KEY_ID")));

    auto *trySandbox = window.findChild<QPushButton *>(QStringLiteral("trySandboxButton"));
    QVERIFY(trySandbox && trySandbox->isEnabled());
    QTest::mouseClick(trySandbox, Qt::LeftButton);
    QCOMPARE(started, 1);
    QVERIFY(!window.isWelcomeShown());
    QTRY_VERIFY_WITH_TIMEOUT(!window.isInventoryLoading(), 20000);
    QCOMPARE(window.inventoryModel()->domainCount(), m_fx.window->inventoryModel()->domainCount());
    QVERIFY(window.windowTitle().contains(QLatin1String("Sandbox")));
}

void TestMainWindow::shouldNameTheApplicationOnceInTheTitle()
{
    // A desktop platform (xcb, Wayland) appends the application's display name to every window
    // title ("Sandbox — Artifact Desk"); the offscreen one used here does not. So the window's
    // own title must say what it is connected to, and never the application's name again.
    QCOMPARE(m_fx.window->windowTitle(), QStringLiteral("Sandbox"));
    QVERIFY(!m_fx.window->windowTitle().contains(QGuiApplication::applicationDisplayName()));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
