// Background describing seen in the real window (demo sandbox): the status line under the tree,
// the rows on screen described first in a large account, and Describe All from the line's link and
// from the View menu.

#include "testpictures.h"
#include "uitestsupport.h"

#include "ui/backgrounddescribestatus.h"
#include "ui/inventorypanel.h"

#include "models/inventoryfiltermodel.h"
#include "models/inventorymodel.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

#include <algorithm>

using namespace desk;
using desk::test::SandboxFixture;
using desk::test::savePicture;

class TestBackgroundDescribeStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_fx.stop(); }

    void shouldDescribeEveryRowAndThenSayNothing();
    void shouldDescribeTheRowsOnScreenOfALargeAccountAndOfferDescribeAll();
    void shouldKeepTheChosenRateAndDescribeNothingWhenOff();

private:
    QList<RepositoryRef> allRepositories() const;
    SandboxFixture m_fx;
};

void TestBackgroundDescribeStatus::init()
{
    m_fx = SandboxFixture();
    const QString error = m_fx.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(!m_fx.window->isInventoryLoading(), 20000);
}

QList<RepositoryRef> TestBackgroundDescribeStatus::allRepositories() const
{
    QList<RepositoryRef> out;
    InventoryModel *model = m_fx.window->inventoryModel();
    for (int d = 0; d < model->rowCount(); ++d) {
        const QModelIndex domain = model->index(d, 0);
        for (int r = 0; r < model->rowCount(domain); ++r)
            out << model->index(r, 0, domain).data(InventoryModel::RepositoryRefRole).value<RepositoryRef>();
    }
    return out;
}

void TestBackgroundDescribeStatus::shouldDescribeEveryRowAndThenSayNothing()
{
    InventoryModel *model = m_fx.window->inventoryModel();
    BackgroundDescribeStatus *status = m_fx.window->describeStatus();
    QVERIFY(status);
    QVERIFY(model->repositoryCount() > 10);
    QTRY_COMPARE_WITH_TIMEOUT(model->describedCount(), model->repositoryCount(), 20000);
    // Everything known: nothing to say, nothing to ask for.
    QTRY_VERIFY(!status->isVisible());
    QVERIFY(!status->describeAllAction()->isEnabled());
    // The menu has it.
    QMenu *view = nullptr;
    for (QAction *action : m_fx.window->menuBar()->actions()) {
        if (action->menu() && action->text().contains(QLatin1String("View")))
            view = action->menu();
    }
    QVERIFY(view);
    QVERIFY(view->actions().contains(status->describeAllAction()));
}

void TestBackgroundDescribeStatus::shouldDescribeTheRowsOnScreenOfALargeAccountAndOfferDescribeAll()
{
    // A "large" account: above 3 repositories only the rows on screen are described.
    InventoryController *inventory = m_fx.window->inventory();
    inventory->setVisibleOnlyAbove(3);
    InventoryModel *model = m_fx.window->inventoryModel();
    QTreeView *tree = m_fx.window->inventoryPanel()->treeView();
    tree->collapseAll();
    // No selection: its details would describe one more repository.
    tree->selectionModel()->clear();
    tree->setCurrentIndex(QModelIndex());
    m_fx.window->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!m_fx.window->isInventoryLoading(), 20000);
    tree->collapseAll();
    QTRY_COMPARE_WITH_TIMEOUT(inventory->describeProgress().queued, 0, 10000);
    BackgroundDescribeStatus *status = m_fx.window->describeStatus();
    QVERIFY(inventory->describeProgress().visibleOnly);
    const int before = model->describedCount();
    QVERIFY2(before < model->repositoryCount(), qPrintable(QString::number(before)));
    QTRY_VERIFY(status->isVisible());
    QVERIFY2(status->text().contains(QLatin1String("only the ones on screen")), qPrintable(status->text()));
    QVERIFY2(status->text().contains(QLatin1String("describe-all")), qPrintable(status->text()));
    QVERIFY(status->describeAllAction()->isEnabled());

    // Opening the domain with the most rows not described yet puts them on screen: they are described.
    QModelIndex widest;
    int most = 0;
    for (int d = 0; d < model->rowCount(); ++d) {
        const QModelIndex domain = model->index(d, 0);
        int undescribed = 0;
        for (int r = 0; r < model->rowCount(domain); ++r)
            undescribed += model->isDescribed(model->index(r, 0, domain).data(InventoryModel::RepositoryRefRole).value<RepositoryRef>()) ? 0 : 1;
        if (undescribed > most) {
            most = undescribed;
            widest = domain;
        }
    }
    QVERIFY(most >= 2);
    tree->expand(m_fx.window->filterModel()->mapFromSource(widest));
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (int r = 0; r < model->rowCount(widest); ++r) {
                if (!model->isDescribed(model->index(r, 0, widest).data(InventoryModel::RepositoryRefRole).value<RepositoryRef>()))
                    return false;
            }
            return true;
        }(),
        10000);
    QTRY_COMPARE_WITH_TIMEOUT(inventory->describeProgress().queued, 0, 10000);
    QCOMPARE(model->describedCount(), before + most);   // those, and nothing else
    savePicture(m_fx.window.get(), QStringLiteral("describe-visible-only"));

    // The link asks for the rest.
    Q_EMIT status->linkActivated(QStringLiteral("describe-all"));
    QVERIFY(inventory->describeProgress().all);
    QTRY_COMPARE_WITH_TIMEOUT(model->describedCount(), model->repositoryCount(), 20000);
    QTRY_VERIFY(!status->isVisible());
    const QList<RepositoryRef> all = allRepositories();
    QVERIFY(std::all_of(all.begin(), all.end(), [model](const RepositoryRef &ref) { return model->isDescribed(ref); }));
}

void TestBackgroundDescribeStatus::shouldKeepTheChosenRateAndDescribeNothingWhenOff()
{
    BackgroundDescribeStatus *status = m_fx.window->describeStatus();
    InventoryController *inventory = m_fx.window->inventory();
    auto *two = status->rateMenu()->findChild<QAction *>(QStringLiteral("describeRate2"));
    auto *off = status->rateMenu()->findChild<QAction *>(QStringLiteral("describeRateOff"));
    QVERIFY(two && off);
    two->trigger();
    QCOMPARE(inventory->backgroundRate(), 2.0);
    QCOMPARE(QSettings().value(QLatin1String(BackgroundDescribeStatus::kRateSetting)).toDouble(), 2.0);
    QVERIFY(two->isChecked());

    off->trigger();
    QCOMPARE(QSettings().value(QLatin1String(BackgroundDescribeStatus::kRateSetting)).toDouble(), 0.0);
    QTreeView *tree = m_fx.window->inventoryPanel()->treeView();
    tree->selectionModel()->clear();
    tree->setCurrentIndex(QModelIndex());
    m_fx.window->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!m_fx.window->isInventoryLoading(), 20000);
    QTest::qWait(500);
    QCOMPARE(m_fx.window->inventoryModel()->describedCount(), 0);
    QCOMPARE(inventory->describeProgress().queued, 0);
    // Describe All still works.
    status->describeAllAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_fx.window->inventoryModel()->describedCount(), m_fx.window->inventoryModel()->repositoryCount(), 20000);
    QSettings().remove(QLatin1String(BackgroundDescribeStatus::kRateSetting));
}

QTEST_MAIN(TestBackgroundDescribeStatus)
#include "tst_backgrounddescribestatus.moc"
