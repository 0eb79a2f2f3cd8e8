// Issue 10, part B: creating, editing and deleting domains and repositories in the real window
// against the in-process sandbox over real HTTP. Each flow is driven through its dialog by
// objectName and keyboard; the sandbox's state is the truth checked afterwards.

#include "testpictures.h"
#include "uitestsupport.h"

#include "ui/confirmdeletedialog.h"
#include "ui/domaindialog.h"
#include "ui/inventorypanel.h"
#include "ui/messagewidget.h"
#include "ui/repositorydetailsview.h"
#include "ui/repositorydialog.h"
#include "ui/repositoryeditactions.h"

#include "controllers/inventorycontroller.h"
#include "models/activitymodel.h"
#include "models/inventorymodel.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace desk;
using desk::test::SandboxFixture;
using desk::test::savePicture;

class TestRepositorySetup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void shouldCreateADomainWhoseNameIsCheckedAsTyped();
    void shouldCreateARepositoryWithOrderedUpstreams();
    void shouldReorderUpstreamsByKeyboardAndSendOneUpdate();
    void shouldShowACycleAndNotSendIt();
    void shouldStopAddingAtTenUpstreams();
    void shouldListWhatDownstreamsLoseBeforeDeleting();
    void shouldShowTheRefusalToDeleteADomainWithRepositories();
    void shouldSelectAnUpstreamFromTheDetailsAndMarkADanglingOne();

private:
    RepositoryRef ref(const QString &domain, const QString &repository) const;
    void selectAndLoad(const RepositoryRef &r);
    int requestsNamed(const QString &operation) const;
    QStringList sandboxUpstreams(const QString &domain, const QString &repository) const;
    bool sandboxHas(const QString &domain, const QString &repository = {}) const;
    // Chooses `name` in the dialog's add combo and presses Add.
    static void addUpstream(QDialog *dialog, const QString &name);
    RepositoryEditActions *actions() const { return m_fx.window->editActions(); }

    SandboxFixture m_fx;
};

void TestRepositorySetup::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestRepositorySetup::init()
{
    m_fx = SandboxFixture();
    m_fx.backgroundDescribing = false;   // these tests count requests
    const QString error = m_fx.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(!m_fx.window->isInventoryLoading(), 20000);
}

void TestRepositorySetup::cleanup()
{
    m_fx.stop();
}

RepositoryRef TestRepositorySetup::ref(const QString &domain, const QString &repository) const
{
    return RepositoryRef{domain, SandboxConfig::defaultAccount(), repository};
}

void TestRepositorySetup::selectAndLoad(const RepositoryRef &r)
{
    QVERIFY(m_fx.window->selectRepository(r));
    QTRY_VERIFY_WITH_TIMEOUT(m_fx.window->detailsView()->isRepositoryLoaded(), 10000);
    QCOMPARE(m_fx.window->detailsView()->repository().name, r.repository);
}

int TestRepositorySetup::requestsNamed(const QString &operation) const
{
    int n = 0;
    for (const RequestRecord &r : m_fx.window->activityModel()->records())
        n += r.operation == operation ? 1 : 0;
    return n;
}

QStringList TestRepositorySetup::sandboxUpstreams(const QString &domain, const QString &repository) const
{
    const auto outcome = m_fx.server->state().describeRepository(SandboxConfig::defaultAccount(), domain,
                                                                 SandboxConfig::defaultAccount(), repository);
    QStringList names;
    for (const UpstreamRepositoryInfo &u : outcome.value.upstreams)
        names << u.repositoryName;
    return names;
}

bool TestRepositorySetup::sandboxHas(const QString &domain, const QString &repository) const
{
    const auto &domains = m_fx.server->state().domains();
    const auto found = domains.constFind(SandboxConfig::defaultAccount() + u'/' + domain);
    if (found == domains.constEnd())
        return false;
    return repository.isEmpty() || found->repositories.contains(repository);
}

void TestRepositorySetup::addUpstream(QDialog *dialog, const QString &name)
{
    auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("addUpstreamCombo"));
    QVERIFY(combo);
    const int index = combo->findData(name);
    QVERIFY2(index >= 0, qPrintable(name));
    combo->setCurrentIndex(index);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addUpstreamButton")), Qt::LeftButton);
}

void TestRepositorySetup::shouldCreateADomainWhoseNameIsCheckedAsTyped()
{
    QVERIFY(actions()->newDomainAction()->isEnabled());
    QSignalSpy finished(actions(), &RepositoryEditActions::actionFinished);
    QString refusedReason;
    bool refusedEnabled = true;
    m_fx.prompter->onDialog = [&](QDialog *dialog) {
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("domainNameEdit"));
        auto *problem = dialog->findChild<QLabel *>(QStringLiteral("domainNameProblemLabel"));
        auto *create = dialog->findChild<QPushButton *>(QStringLiteral("createDomainButton"));
        QVERIFY(name && problem && create);
        QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("encryptionKeyEdit")));
        QTest::keyClicks(name, QStringLiteral("Acme_new"));
        refusedReason = problem->text();
        refusedEnabled = create->isEnabled();
        QTest::keyClick(name, Qt::Key_Return);   // refused: Create is disabled
        QVERIFY(dialog->isVisible());
        savePicture(dialog, QStringLiteral("new-domain-refused"));
        name->clear();
        QTest::keyClicks(name, QStringLiteral("acme-new"));
        QVERIFY(create->isEnabled());
        savePicture(dialog, QStringLiteral("new-domain"));
        QTest::keyClick(name, Qt::Key_Return);
    };
    QTest::keyClick(m_fx.window.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_fx.prompter->dialogs, 1);
    QVERIFY2(refusedReason.contains(QLatin1String("lowercase letter")), qPrintable(refusedReason));
    QVERIFY(!refusedEnabled);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QCOMPARE(finished.first().at(0).toBool(), true);
    QVERIFY(sandboxHas(QStringLiteral("acme-new")));
    // In the tree, selected, without a reload.
    const QModelIndex current = m_fx.window->inventory()->current();
    QCOMPARE(current.data(InventoryModel::KindRole).value<InventoryModel::ItemKind>(), InventoryModel::ItemKind::Domain);
    QCOMPARE(current.data().toString(), QStringLiteral("acme-new"));
    QCOMPARE(requestsNamed(QStringLiteral("ListDomains")), 1);
    QCOMPARE(m_fx.window->banner()->type(), MessageWidget::Type::Positive);
    QTRY_VERIFY_WITH_TIMEOUT(m_fx.window->detailsView()->page() == RepositoryDetailsView::Page::Domain, 10000);
    savePicture(m_fx.window.get(), QStringLiteral("new-domain-created"));
    // On the new domain, Copy as AWS CLI command gives the create that made it.
    m_fx.window->copyCliAction()->trigger();
    QVERIFY2(m_fx.window->lastCliCommand().startsWith(QStringLiteral("aws codeartifact create-domain --domain acme-new")),
             qPrintable(m_fx.window->lastCliCommand()));
}

void TestRepositorySetup::shouldCreateARepositoryWithOrderedUpstreams()
{
    QVERIFY(m_fx.window->selectDomain(SandboxConfig::defaultAccount(), QStringLiteral("acme-prod")));
    QTRY_VERIFY(actions()->newRepositoryAction()->isEnabled());
    QSignalSpy finished(actions(), &RepositoryEditActions::actionFinished);
    QString takenText;
    bool takenEnabled = false;
    QStringList rows;
    m_fx.prompter->onDialog = [&](QDialog *dialog) {
        auto *repositoryDialog = qobject_cast<RepositoryDialog *>(dialog);
        QVERIFY(repositoryDialog);
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("repositoryNameEdit"));
        QTest::keyClicks(name, QStringLiteral("web-frontend"));
        takenText = dialog->findChild<QLabel *>(QStringLiteral("repositoryNameProblemLabel"))->text();
        takenEnabled = repositoryDialog->okButton()->isEnabled();   // the service judges
        name->clear();
        QTest::keyClicks(name, QStringLiteral("mobile-web"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("repositoryDescriptionEdit")), QStringLiteral("Mobile web app"));
        addUpstream(dialog, QStringLiteral("pypi-store"));
        addUpstream(dialog, QStringLiteral("npm-store"));
        // npm-store (added last, current) goes first.
        auto *list = dialog->findChild<QListView *>(QStringLiteral("upstreamsList"));
        QTest::keyClick(list, Qt::Key_Up, Qt::AltModifier);
        rows = repositoryDialog->upstreamRows();
        savePicture(dialog, QStringLiteral("new-repository"));
        QTest::mouseClick(repositoryDialog->okButton(), Qt::LeftButton);
    };
    QTest::keyClick(m_fx.window.get(), Qt::Key_N, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(m_fx.prompter->dialogs, 1, 10000);
    QVERIFY2(takenText.contains(QLatin1String("already has a repository named web-frontend")), qPrintable(takenText));
    QVERIFY(takenEnabled);
    QCOMPARE(rows, (QStringList{QStringLiteral("1. npm-store"), QStringLiteral("2. pypi-store")}));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QVERIFY(finished.first().at(0).toBool());
    QCOMPARE(requestsNamed(QStringLiteral("CreateRepository")), 1);
    QCOMPARE(sandboxUpstreams(QStringLiteral("acme-prod"), QStringLiteral("mobile-web")),
             (QStringList{QStringLiteral("npm-store"), QStringLiteral("pypi-store")}));
    // The new row is selected and the details show the service's answer.
    QCOMPARE(m_fx.window->inventory()->currentRepository(), ref(QStringLiteral("acme-prod"), QStringLiteral("mobile-web")));
    RepositoryDetailsView *details = m_fx.window->detailsView();
    QVERIFY(details->isRepositoryLoaded());
    QCOMPARE(details->repository().name, QStringLiteral("mobile-web"));
    QCOMPARE(details->repository().description, QStringLiteral("Mobile web app"));
    QCOMPARE(details->upstreamRows(), rows);
    savePicture(m_fx.window.get(), QStringLiteral("new-repository-created"));
}

void TestRepositorySetup::shouldReorderUpstreamsByKeyboardAndSendOneUpdate()
{
    const RepositoryRef release = ref(QStringLiteral("acme-prod"), QStringLiteral("release"));
    selectAndLoad(release);
    const QStringList before = sandboxUpstreams(release.domain, release.repository);
    QCOMPARE(before.size(), 3);
    QSignalSpy finished(actions(), &RepositoryEditActions::actionFinished);
    QStringList shownBefore;
    m_fx.prompter->onDialog = [&](QDialog *dialog) {
        auto *repositoryDialog = qobject_cast<RepositoryDialog *>(dialog);
        QVERIFY(repositoryDialog && repositoryDialog->isEditing());
        shownBefore = repositoryDialog->upstreamRows();
        auto *list = dialog->findChild<QListView *>(QStringLiteral("upstreamsList"));
        list->setFocus();
        list->setCurrentIndex(list->model()->index(2, 0));
        QTest::keyClick(list, Qt::Key_Up, Qt::AltModifier);
        QTest::keyClick(list, Qt::Key_Up, Qt::AltModifier);
        QTest::keyClick(list, Qt::Key_Up, Qt::AltModifier);   // already first: stays
        auto *description = dialog->findChild<QLineEdit *>(QStringLiteral("repositoryDescriptionEdit"));
        description->selectAll();
        QTest::keyClicks(description, QStringLiteral("Everything that ships"));
        savePicture(dialog, QStringLiteral("edit-repository"));
        QTest::keyClick(description, Qt::Key_Return);
    };
    QTest::keyClick(m_fx.window.get(), Qt::Key_F2);
    QTRY_COMPARE_WITH_TIMEOUT(m_fx.prompter->dialogs, 1, 10000);
    QCOMPARE(shownBefore, (QStringList{QStringLiteral("1. ") + before.at(0), QStringLiteral("2. ") + before.at(1),
                                       QStringLiteral("3. ") + before.at(2)}));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    const QStringList expected{before.at(2), before.at(0), before.at(1)};
    QCOMPARE(sandboxUpstreams(release.domain, release.repository), expected);
    QCOMPARE(requestsNamed(QStringLiteral("UpdateRepository")), 1);
    const auto described = m_fx.server->state().describeRepository(release.domainOwner, release.domain, release.domainOwner,
                                                                   release.repository);
    QCOMPARE(described.value.description, QStringLiteral("Everything that ships"));
    // The details pane shows the answer: the new order.
    QCOMPARE(m_fx.window->detailsView()->upstreamRows(),
             (QStringList{QStringLiteral("1. ") + expected.at(0), QStringLiteral("2. ") + expected.at(1),
                          QStringLiteral("3. ") + expected.at(2)}));
    QCOMPARE(m_fx.window->inventoryModel()->repositoryIndex(release).data(InventoryModel::UpstreamsRole).toStringList(), expected);
    // Copy as AWS CLI command now gives the edit that was sent, the upstreams in the new order.
    m_fx.window->copyCliAction()->trigger();
    const QString copied = m_fx.window->lastCliCommand();
    QVERIFY2(copied.startsWith(QStringLiteral("aws codeartifact update-repository --domain acme-prod")), qPrintable(copied));
    QVERIFY2(copied.contains(QStringLiteral("--upstreams repositoryName=%1 repositoryName=%2 repositoryName=%3")
                                 .arg(expected.at(0), expected.at(1), expected.at(2))),
             qPrintable(copied));
}

void TestRepositorySetup::shouldShowACycleAndNotSendIt()
{
    const RepositoryRef web = ref(QStringLiteral("acme-prod"), QStringLiteral("web-frontend"));
    selectAndLoad(web);
    QString cycleText;
    QStringList cycle;
    bool saveEnabledWithCycle = true;
    bool saveEnabledAfterRemoving = false;
    m_fx.prompter->onDialog = [&](QDialog *dialog) {
        auto *repositoryDialog = qobject_cast<RepositoryDialog *>(dialog);
        QVERIFY(repositoryDialog);
        // release searches web-frontend: adding it here closes a circle.
        addUpstream(dialog, QStringLiteral("release"));
        cycle = repositoryDialog->cycle();
        cycleText = dialog->findChild<QLabel *>(QStringLiteral("upstreamProblemLabel"))->text();
        saveEnabledWithCycle = repositoryDialog->okButton()->isEnabled();
        savePicture(dialog, QStringLiteral("edit-repository-cycle"));
        QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("repositoryDescriptionEdit")), Qt::Key_Return);
        QVERIFY(dialog->isVisible());   // refused: Save is disabled
        auto *list = dialog->findChild<QListView *>(QStringLiteral("upstreamsList"));
        QTest::keyClick(list, Qt::Key_Delete);   // release, the current row
        saveEnabledAfterRemoving = repositoryDialog->okButton()->isEnabled() && repositoryDialog->cycle().isEmpty();
        addUpstream(dialog, QStringLiteral("release"));
        // Left open: cancelled.
    };
    QTest::keyClick(m_fx.window.get(), Qt::Key_F2);
    QTRY_COMPARE_WITH_TIMEOUT(m_fx.prompter->dialogs, 1, 10000);
    QCOMPARE(cycle, (QStringList{QStringLiteral("web-frontend"), QStringLiteral("release"), QStringLiteral("web-frontend")}));
    QVERIFY2(cycleText.contains(QStringLiteral("web-frontend \u2192 release \u2192 web-frontend")), qPrintable(cycleText));
    QVERIFY(!saveEnabledWithCycle);
    QVERIFY(saveEnabledAfterRemoving);
    QTest::qWait(200);
    QCOMPARE(requestsNamed(QStringLiteral("UpdateRepository")), 0);
    QCOMPARE(sandboxUpstreams(web.domain, web.repository), QStringList{QStringLiteral("npm-store")});
}

void TestRepositorySetup::shouldStopAddingAtTenUpstreams()
{
    selectAndLoad(ref(QStringLiteral("acme-prod"), QStringLiteral("mobile")));
    int added = 0;
    QString limitText;
    bool addEnabledAtLimit = true;
    m_fx.prompter->onDialog = [&](QDialog *dialog) {
        auto *repositoryDialog = qobject_cast<RepositoryDialog *>(dialog);
        auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("addUpstreamCombo"));
        auto *add = dialog->findChild<QPushButton *>(QStringLiteral("addUpstreamButton"));
        // The stores (no cycle possible through them) until the list is full.
        while (add->isEnabled() && added < 20) {
            int store = -1;
            for (int i = 0; i < combo->count() && store < 0; ++i)
                store = combo->itemData(i).toString().endsWith(QLatin1String("-store")) ? i : -1;
            if (store < 0)
                break;
            combo->setCurrentIndex(store);
            QTest::mouseClick(add, Qt::LeftButton);
            ++added;
        }
        addEnabledAtLimit = add->isEnabled();
        limitText = dialog->findChild<QLabel *>(QStringLiteral("upstreamProblemLabel"))->text();
        QCOMPARE(repositoryDialog->upstreams().size(), 10);
        savePicture(dialog, QStringLiteral("edit-repository-limit"));
    };
    m_fx.window->findChild<QAction *>(QStringLiteral("editRepositoryAction"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_fx.prompter->dialogs, 1, 10000);
    QCOMPARE(added, 10 - 3);   // mobile has three
    QVERIFY(!addEnabledAtLimit);
    QVERIFY2(limitText.contains(QLatin1String("at most 10")), qPrintable(limitText));
}

void TestRepositorySetup::shouldListWhatDownstreamsLoseBeforeDeleting()
{
    const RepositoryRef npm = ref(QStringLiteral("acme-prod"), QStringLiteral("npm-store"));
    selectAndLoad(npm);
    QSignalSpy finished(actions(), &RepositoryEditActions::actionFinished);
    QStringList consequences;
    bool enabledWhilePartlyTyped = true;
    m_fx.prompter->onDialog = [&](QDialog *dialog) {
        auto *confirm = qobject_cast<ConfirmDeleteDialog *>(dialog);
        QVERIFY(confirm);
        consequences = confirm->consequences();
        QVERIFY(!confirm->deleteButton()->isEnabled());
        QTest::keyClicks(confirm->confirmEdit(), QStringLiteral("npm-stor"));
        enabledWhilePartlyTyped = confirm->deleteButton()->isEnabled();
        QTest::keyClicks(confirm->confirmEdit(), QStringLiteral("e"));
        savePicture(dialog, QStringLiteral("delete-repository"));
        QTest::keyClick(confirm->confirmEdit(), Qt::Key_Return);
    };
    actions()->deleteRepositoryAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_fx.prompter->dialogs, 1, 10000);
    QVERIFY(!enabledWhilePartlyTyped);
    QCOMPARE(consequences.size(), 2);
    QVERIFY2(consequences.at(0).startsWith(QLatin1String("web-frontend (upstream): loses public:npmjs")),
             qPrintable(consequences.join(u'\n')));
    QVERIFY2(consequences.at(1).startsWith(QLatin1String("release (through its upstreams): loses public:npmjs")),
             qPrintable(consequences.join(u'\n')));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QCOMPARE(requestsNamed(QStringLiteral("DeleteRepository")), 1);
    if (!finished.first().at(0).toBool()) {
        // This sandbox still refuses to delete an upstream (AWS allows it: issue 10, part A). The
        // refusal is shown and nothing changed.
        QCOMPARE(m_fx.window->banner()->type(), MessageWidget::Type::Error);
        QVERIFY(m_fx.window->banner()->text().contains(QLatin1String("was not deleted")));
        QVERIFY(sandboxHas(npm.domain, npm.repository));
        QVERIFY(m_fx.window->inventoryModel()->repositoryIndex(npm).isValid());
        QSKIP("The sandbox refuses to delete a repository used as an upstream; AWS allows it (issue 10, part A).");
    }
    QVERIFY(!sandboxHas(npm.domain, npm.repository));
    QVERIFY(!m_fx.window->inventoryModel()->repositoryIndex(npm).isValid());
    // The downstream keeps the name, which the details mark as not found.
    QCOMPARE(sandboxUpstreams(npm.domain, QStringLiteral("web-frontend")), QStringList{QStringLiteral("npm-store")});
    selectAndLoad(ref(npm.domain, QStringLiteral("web-frontend")));
    QCOMPARE(m_fx.window->detailsView()->upstreamRows(), QStringList{QStringLiteral("1. npm-store (not found in this domain)")});
}

void TestRepositorySetup::shouldShowTheRefusalToDeleteADomainWithRepositories()
{
    const QString staging = QStringLiteral("acme-staging");
    const int repositories = int(m_fx.server->state().domains().value(SandboxConfig::defaultAccount() + u'/' + staging).repositories.size());
    QVERIFY(repositories > 0);
    QVERIFY(m_fx.window->selectDomain(SandboxConfig::defaultAccount(), staging));
    QTRY_VERIFY(actions()->deleteDomainAction()->isEnabled());
    QVERIFY(!actions()->deleteRepositoryAction()->isEnabled());
    QSignalSpy finished(actions(), &RepositoryEditActions::actionFinished);
    QString text;
    m_fx.prompter->onDialog = [&](QDialog *dialog) {
        auto *confirm = qobject_cast<ConfirmDeleteDialog *>(dialog);
        QVERIFY(confirm);
        text = confirm->text();
        QTest::keyClicks(confirm->confirmEdit(), staging);
        savePicture(dialog, QStringLiteral("delete-domain"));
        QTest::mouseClick(confirm->deleteButton(), Qt::LeftButton);
    };
    actions()->deleteDomainAction()->trigger();
    QCOMPARE(m_fx.prompter->dialogs, 1);
    QVERIFY2(text.contains(QStringLiteral("still has %1 repositories").arg(repositories)), qPrintable(text));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QVERIFY(!finished.first().at(0).toBool());
    // The request went out; the service's refusal is what the banner says, with what to do.
    QCOMPARE(requestsNamed(QStringLiteral("DeleteDomain")), 1);
    MessageWidget *banner = m_fx.window->banner();
    QTRY_VERIFY(banner->isVisible());
    QCOMPARE(banner->type(), MessageWidget::Type::Error);
    QVERIFY2(banner->text().contains(QStringLiteral("Domain %1 was not deleted").arg(staging)), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(QStringLiteral("Delete its %1 repositories first").arg(repositories)), qPrintable(banner->text()));
    QVERIFY(sandboxHas(staging));
    QVERIFY(m_fx.window->inventoryModel()->domainIndex(SandboxConfig::defaultAccount(), staging).isValid());
    savePicture(m_fx.window.get(), QStringLiteral("delete-domain-refused"));
}

void TestRepositorySetup::shouldSelectAnUpstreamFromTheDetailsAndMarkADanglingOne()
{
    selectAndLoad(ref(QStringLiteral("acme-prod"), QStringLiteral("release")));
    RepositoryDetailsView *details = m_fx.window->detailsView();
    // Labels of an earlier fill wait hidden for their deletion.
    auto shown = [details](const char *name) {
        QList<QLabel *> out;
        for (QLabel *label : details->findChildren<QLabel *>(QString::fromLatin1(name)))
            if (!label->isHidden())
                out << label;
        return out;
    };
    const QList<QLabel *> links = shown("upstreamLink");
    QCOMPARE(links.size(), 3);
    QLabel *first = nullptr;
    for (QLabel *link : links)
        first = link->accessibleName().startsWith(QLatin1String("1. ")) ? link : first;
    QVERIFY(first);
    QVERIFY(first->text().contains(QLatin1String("href=\"web-frontend\"")));
    Q_EMIT first->linkActivated(QStringLiteral("web-frontend"));
    QCOMPARE(m_fx.window->inventory()->currentRepository(), ref(QStringLiteral("acme-prod"), QStringLiteral("web-frontend")));

    // An upstream the domain does not have: plain text that says so, no link.
    RepositoryDescription dangling = details->repository();
    dangling.upstreams = {UpstreamRepositoryInfo{QStringLiteral("npm-store")}, UpstreamRepositoryInfo{QStringLiteral("old-store")}};
    details->showRepository(dangling);
    QCOMPARE(details->upstreamRows(), (QStringList{QStringLiteral("1. npm-store"),
                                                   QStringLiteral("2. old-store (not found in this domain)")}));
    // New labels show once the layout has run (a queued show).
    QTRY_COMPARE(shown("upstreamDanglingLabel").size(), 1);
    QTRY_COMPARE(shown("upstreamLink").size(), 1);
}

QTEST_MAIN(TestRepositorySetup)
#include "tst_repositorysetup.moc"
