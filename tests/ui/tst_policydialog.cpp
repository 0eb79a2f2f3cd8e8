// Repository → Domain Policy… / Repository Policy… in the real window against the in-process
// sandbox: the policy shown with its revision or "no policy", edit and save, a change made behind
// the dialog's back refused and a reload offered, delete, invalid JSON refused before anything is
// sent, a template filled with an account, Copy as AWS CLI, and the message for an access denied
// on another account's domain.

#include "testpictures.h"
#include "uitestsupport.h"

#include "ui/joberrorpresenter.h"
#include "ui/messagewidget.h"
#include "ui/policyactions.h"
#include "ui/policydialog.h"

#include "api/permissionspolicyjobs.h"
#include "base/policydocument.h"
#include "sandbox/sandboxconfig.h"
#include "sandbox/sandboxdemoseed.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProcess>
#include <QTemporaryDir>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextCursor>

using namespace desk;
using desk::test::child;
using desk::test::SandboxFixture;

namespace {

RepositoryRef webFrontend()
{
    return {QStringLiteral("acme-prod"), SandboxConfig::defaultAccount(), QStringLiteral("web-frontend")};
}

QString policyFor(const QString &account)
{
    return QStringLiteral("{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Principal\": "
                          "{\"AWS\": \"arn:aws:iam::%1:root\"}, \"Action\": \"codeartifact:ReadFromRepository\", "
                          "\"Resource\": \"*\"}]}")
        .arg(account);
}

} // namespace

class TestPolicyDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void shouldBeInTheRepositoryMenuAndFollowTheSelection();
    void shouldSayClearlyThatThereIsNoPolicy();
    void shouldSaveAnEditWithTheRevisionAndShowTheNewOne();
    void shouldRefuseAChangeMadeBehindItsBackAndOfferToReload();
    void shouldNotOverwriteAPolicySetAfterItReadNone();
    void shouldDeleteAfterConfirmingWithTheRevision();
    void shouldRefuseInvalidJsonBeforeSendingAnything();
    void shouldFillATemplateWithACheckedAccount();
    void shouldCopyThePutAsAnAwsCliCommand();
    void shouldCopyACommandTheAwsCliRunsOnceAndThenRefuses();
    void shouldSayTheDomainOwnerDecidesOnAnotherAccountsDomain();

private:
    PolicyDialog *openRepositoryPolicy(const RepositoryRef &ref);
    PolicyDialog *openDomainPolicy(const RepositoryRef &ref);
    ResourcePolicy putBehindTheDialogsBack(const PermissionsPolicyTarget &target, const QString &document,
                                           const std::optional<QString> &revision = std::nullopt);
    int requestsOf(const QString &operation) const { return m_sent.count(operation); }

    SandboxFixture m_fx;
    QStringList m_sent;   // the operations of the requests that went out
};

void TestPolicyDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestPolicyDialog::init()
{
    m_fx = SandboxFixture();
    m_fx.backgroundDescribing = false;
    const QString error = m_fx.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(!m_fx.window->isInventoryLoading(), 20000);
    m_sent.clear();
    connect(m_fx.client.get(), &CodeArtifactClient::requestFinished, this,
            [this](const RequestRecord &record) { m_sent << record.operation; });
}

void TestPolicyDialog::cleanup()
{
    QApplication::clipboard()->clear();
    m_fx.stop();
}

PolicyDialog *TestPolicyDialog::openRepositoryPolicy(const RepositoryRef &ref)
{
    if (!m_fx.window->selectRepository(ref))
        return nullptr;
    PolicyActions *actions = m_fx.window->policyActions();
    if (!QTest::qWaitFor([actions] { return actions->repositoryPolicyAction()->isEnabled(); }, 5000))
        return nullptr;
    actions->repositoryPolicyAction()->trigger();
    PolicyDialog *dialog = actions->dialog();
    if (!dialog || !QTest::qWaitFor([dialog] { return dialog->isLoaded() || !dialog->isBusy(); }, 10000))
        return nullptr;
    return dialog;
}

PolicyDialog *TestPolicyDialog::openDomainPolicy(const RepositoryRef &ref)
{
    if (!m_fx.window->selectRepository(ref))
        return nullptr;
    PolicyActions *actions = m_fx.window->policyActions();
    if (!QTest::qWaitFor([actions] { return actions->domainPolicyAction()->isEnabled(); }, 5000))
        return nullptr;
    actions->domainPolicyAction()->trigger();
    PolicyDialog *dialog = actions->dialog();
    if (!dialog || !QTest::qWaitFor([dialog] { return !dialog->isBusy(); }, 10000))
        return nullptr;
    return dialog;
}

ResourcePolicy TestPolicyDialog::putBehindTheDialogsBack(const PermissionsPolicyTarget &target, const QString &document,
                                                         const std::optional<QString> &revision)
{
    PutPermissionsPolicyJob job(m_fx.client.get(), target, document, revision);
    job.setAutoDelete(false);
    QSignalSpy finished(&job, &Job::finished);
    job.start();
    if (!finished.wait(10000) || job.error())
        return {};
    return job.policy();
}

void TestPolicyDialog::shouldBeInTheRepositoryMenuAndFollowTheSelection()
{
    PolicyActions *actions = m_fx.window->policyActions();
    QAction *domain = actions->domainPolicyAction();
    QAction *repository = actions->repositoryPolicyAction();
    QCOMPARE(domain->objectName(), QStringLiteral("domainPolicyAction"));
    QCOMPARE(repository->objectName(), QStringLiteral("repositoryPolicyAction"));
    bool inRepositoryMenu = false;
    for (QAction *menu : m_fx.window->menuBar()->actions()) {
        if (menu->menu() && menu->menu()->actions().contains(repository) && menu->menu()->actions().contains(domain))
            inRepositoryMenu = menu->text().remove(u'&') == QLatin1String("Repository");
    }
    QVERIFY(inRepositoryMenu);
    QVERIFY(m_fx.window->selectDomain(SandboxConfig::defaultAccount(), QStringLiteral("acme-prod")));
    QTRY_VERIFY(domain->isEnabled());
    QVERIFY(!repository->isEnabled());
    QVERIFY(m_fx.window->selectRepository(webFrontend()));
    QTRY_VERIFY(repository->isEnabled());
    QVERIFY(domain->isEnabled());
}

void TestPolicyDialog::shouldSayClearlyThatThereIsNoPolicy()
{
    PolicyDialog *dialog = openRepositoryPolicy(webFrontend());
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isLoaded());
    QVERIFY(!dialog->hasPolicy());
    auto *state = child<QLabel>(dialog, "policyStateLabel");
    QVERIFY(state->text().contains(QLatin1String("No policy")));
    QVERIFY(dialog->documentText().isEmpty());
    QVERIFY(!child<QPushButton>(dialog, "deletePolicyButton")->isEnabled());
    QVERIFY(!child<QPushButton>(dialog, "saveButton")->isEnabled());
    QCOMPARE(requestsOf(QStringLiteral("GetRepositoryPermissionsPolicy")), 1);
    test::savePicture(dialog, QStringLiteral("policy-dialog-none"));
}

void TestPolicyDialog::shouldSaveAnEditWithTheRevisionAndShowTheNewOne()
{
    const PermissionsPolicyTarget target = PermissionsPolicyTarget::forRepository(webFrontend());
    const ResourcePolicy before = putBehindTheDialogsBack(target, policyFor(QStringLiteral("444455556666")));
    QVERIFY(!before.revision.isEmpty());
    PolicyDialog *dialog = openRepositoryPolicy(webFrontend());
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isLoaded());
    QVERIFY(dialog->hasPolicy());
    QCOMPARE(dialog->revision(), before.revision);
    auto *state = child<QLabel>(dialog, "policyStateLabel");
    QVERIFY(state->text().contains(before.revision));
    // Pretty-printed: one member per line, the same policy.
    auto *editor = child<QPlainTextEdit>(dialog, "policyEdit");
    QVERIFY(editor->toPlainText().count(u'\n') > 5);
    QCOMPARE(QJsonDocument::fromJson(editor->toPlainText().toUtf8()), QJsonDocument::fromJson(before.document.toUtf8()));
    test::savePicture(dialog, QStringLiteral("policy-dialog-loaded"));

    const QString edited = editor->toPlainText().replace(QStringLiteral("444455556666"), QStringLiteral("777788889999"));
    editor->setPlainText(edited);
    auto *save = child<QPushButton>(dialog, "saveButton");
    QVERIFY(save->isEnabled());
    const int putsBefore = requestsOf(QStringLiteral("PutRepositoryPermissionsPolicy"));   // the one behind its back
    QSignalSpy saved(dialog, &PolicyDialog::saved);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(saved.first().first().toBool(), true);
    QVERIFY(dialog->revision() != before.revision);
    QVERIFY(state->text().contains(dialog->revision()));
    QCOMPARE(requestsOf(QStringLiteral("PutRepositoryPermissionsPolicy")), putsBefore + 1);

    GetPermissionsPolicyJob read(m_fx.client.get(), target);
    read.setAutoDelete(false);
    QSignalSpy done(&read, &Job::finished);
    read.start();
    QVERIFY(done.wait(10000));
    QCOMPARE(read.policy().revision, dialog->revision());
    QVERIFY(read.policy().document.contains(QLatin1String("777788889999")));
    QCOMPARE(child<MessageWidget>(dialog, "policyBanner")->type(), MessageWidget::Type::Positive);
}

void TestPolicyDialog::shouldRefuseAChangeMadeBehindItsBackAndOfferToReload()
{
    const PermissionsPolicyTarget target = PermissionsPolicyTarget::forRepository(webFrontend());
    const ResourcePolicy first = putBehindTheDialogsBack(target, policyFor(QStringLiteral("444455556666")));
    PolicyDialog *dialog = openRepositoryPolicy(webFrontend());
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isLoaded());
    QCOMPARE(dialog->revision(), first.revision);

    // Someone else changes the policy while the dialog is open.
    const ResourcePolicy theirs = putBehindTheDialogsBack(target, policyFor(QStringLiteral("121212121212")), first.revision);
    QVERIFY(!theirs.revision.isEmpty());

    m_fx.prompter->confirmAnswer = false;   // decline the reload first
    dialog->setDocumentText(dialog->documentText().replace(QStringLiteral("444455556666"), QStringLiteral("777788889999")));
    QSignalSpy saved(dialog, &PolicyDialog::saved);
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(saved.first().first().toBool(), false);
    auto *banner = child<MessageWidget>(dialog, "policyBanner");
    QVERIFY2(banner->text().contains(QLatin1String("Nothing was overwritten")), qPrintable(banner->text()));
    QCOMPARE(m_fx.prompter->confirmAcceptTexts.last(), QStringLiteral("Reload"));
    test::savePicture(dialog, QStringLiteral("policy-dialog-conflict"));

    // Theirs stands.
    GetPermissionsPolicyJob read(m_fx.client.get(), target);
    read.setAutoDelete(false);
    QSignalSpy done(&read, &Job::finished);
    read.start();
    QVERIFY(done.wait(10000));
    QCOMPARE(read.policy(), theirs);
    // The edit is still in the editor, and the dialog still holds the old revision.
    QVERIFY(dialog->documentText().contains(QLatin1String("777788889999")));

    // Saving again, accepting the reload this time: the current policy comes in.
    m_fx.prompter->confirmAnswer = true;
    QSignalSpy loaded(dialog, &PolicyDialog::loaded);
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    QTRY_COMPARE(loaded.count(), 1);
    QCOMPARE(dialog->revision(), theirs.revision);
    QVERIFY(dialog->documentText().contains(QLatin1String("121212121212")));
}

void TestPolicyDialog::shouldNotOverwriteAPolicySetAfterItReadNone()
{
    PolicyDialog *dialog = openDomainPolicy(webFrontend());
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isLoaded());
    QVERIFY(!dialog->hasPolicy());
    const ResourcePolicy theirs = putBehindTheDialogsBack(PermissionsPolicyTarget::forDomain(webFrontend().domainRef()),
                                                          policyFor(QStringLiteral("121212121212")));
    QVERIFY(!theirs.revision.isEmpty());
    m_fx.prompter->confirmAnswer = false;
    dialog->setDocumentText(policyFor(QStringLiteral("777788889999")));
    QSignalSpy saved(dialog, &PolicyDialog::saved);
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(saved.first().first().toBool(), false);
    QCOMPARE(requestsOf(QStringLiteral("PutDomainPermissionsPolicy")), 1);   // only the one behind its back
}

void TestPolicyDialog::shouldDeleteAfterConfirmingWithTheRevision()
{
    const PermissionsPolicyTarget target = PermissionsPolicyTarget::forRepository(webFrontend());
    putBehindTheDialogsBack(target, policyFor(QStringLiteral("444455556666")));
    PolicyDialog *dialog = openRepositoryPolicy(webFrontend());
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->hasPolicy());
    auto *deleteButton = child<QPushButton>(dialog, "deletePolicyButton");
    QVERIFY(deleteButton->isEnabled());

    m_fx.prompter->confirmAnswer = false;
    QTest::mouseClick(deleteButton, Qt::LeftButton);
    QCOMPARE(m_fx.prompter->confirmTitles.last(), QStringLiteral("Delete Policy"));
    QCOMPARE(m_fx.prompter->confirmDefaults.last(), Prompter::DefaultAnswer::Cancel);
    QCOMPARE(requestsOf(QStringLiteral("DeleteRepositoryPermissionsPolicy")), 0);

    m_fx.prompter->confirmAnswer = true;
    QSignalSpy deleted(dialog, &PolicyDialog::deleted);
    QTest::mouseClick(deleteButton, Qt::LeftButton);
    QTRY_COMPARE(deleted.count(), 1);
    QCOMPARE(deleted.first().first().toBool(), true);
    QVERIFY(!dialog->hasPolicy());
    QVERIFY(child<QLabel>(dialog, "policyStateLabel")->text().contains(QLatin1String("No policy")));
    QCOMPARE(requestsOf(QStringLiteral("DeleteRepositoryPermissionsPolicy")), 1);
    GetPermissionsPolicyJob read(m_fx.client.get(), target);
    read.setAutoDelete(false);
    QSignalSpy done(&read, &Job::finished);
    read.start();
    QVERIFY(done.wait(10000));
    QCOMPARE(read.error().kind(), AwsError::Kind::NotFound);
}

void TestPolicyDialog::shouldRefuseInvalidJsonBeforeSendingAnything()
{
    PolicyDialog *dialog = openRepositoryPolicy(webFrontend());
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isLoaded());
    auto *editor = child<QPlainTextEdit>(dialog, "policyEdit");
    auto *validation = child<QLabel>(dialog, "validationLabel");
    // Typed by the admin: a comma is missing at the end of line 2.
    editor->setPlainText(QStringLiteral("{\n  \"Version\": \"2012-10-17\"\n  \"Statement\": []"));
    editor->moveCursor(QTextCursor::End);
    editor->setFocus();
    QTest::keyClicks(editor, QStringLiteral(" }"));
    QVERIFY2(validation->text().contains(QLatin1String("Line 3")), qPrintable(validation->text()));
    QSignalSpy saved(dialog, &PolicyDialog::saved);
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.first().first().toBool(), false);
    QCOMPARE(editor->textCursor().blockNumber(), 2);   // the cursor goes to the line with the error
    // A policy without a principal: valid JSON, still refused here.
    editor->setPlainText(QStringLiteral("{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", "
                                        "\"Action\": \"codeartifact:*\"}]}"));
    QVERIFY(validation->text().contains(QLatin1String("Principal")));
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    QCOMPARE(saved.count(), 2);
    QTest::qWait(200);
    QCOMPARE(requestsOf(QStringLiteral("PutRepositoryPermissionsPolicy")), 0);
    QCOMPARE(requestsOf(QStringLiteral("GetRepositoryPermissionsPolicy")), 1);   // only the first read
    test::savePicture(dialog, QStringLiteral("policy-dialog-invalid"));
}

void TestPolicyDialog::shouldFillATemplateWithACheckedAccount()
{
    PolicyDialog *dialog = openRepositoryPolicy(webFrontend());
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isLoaded());
    auto *account = child<QLineEdit>(dialog, "accountEdit");
    auto *add = child<QPushButton>(dialog, "addTemplateButton");
    QVERIFY(child<QComboBox>(dialog, "templateCombo")->count() >= 1);
    QTest::keyClicks(account, QStringLiteral("12345abc"));
    QCOMPARE(account->text(), QStringLiteral("12345"));   // digits only
    QVERIFY(!add->isEnabled());
    QTest::keyClicks(account, QStringLiteral("67890123"));
    QCOMPARE(account->text(), QStringLiteral("123456789012"));
    QVERIFY(add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
    const QJsonObject policy = QJsonDocument::fromJson(dialog->documentText().toUtf8()).object();
    const QJsonObject statement = policy.value(QLatin1String("Statement")).toArray().first().toObject();
    QCOMPARE(statement.value(QLatin1String("Principal")).toObject().value(QLatin1String("AWS")).toString(),
             QStringLiteral("arn:aws:iam::123456789012:root"));
    QVERIFY(statement.value(QLatin1String("Action")).toArray().contains(QStringLiteral("codeartifact:ReadFromRepository")));
    QVERIFY(PolicyDocument::check(dialog->documentText()).ok);
    test::savePicture(dialog, QStringLiteral("policy-dialog-template"));

    // Saved as it is, the sandbox takes it.
    QSignalSpy saved(dialog, &PolicyDialog::saved);
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    QTRY_COMPARE(saved.count(), 1);
    QVERIFY2(saved.first().first().toBool(), qPrintable(child<MessageWidget>(dialog, "policyBanner")->text()));
    QVERIFY(dialog->hasPolicy());
}

void TestPolicyDialog::shouldCopyThePutAsAnAwsCliCommand()
{
    const PermissionsPolicyTarget target = PermissionsPolicyTarget::forRepository(webFrontend());
    const ResourcePolicy current = putBehindTheDialogsBack(target, policyFor(QStringLiteral("444455556666")));
    PolicyDialog *dialog = openRepositoryPolicy(webFrontend());
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->hasPolicy());
    dialog->setDocumentText(dialog->documentText().replace(QStringLiteral("Allow"), QStringLiteral("Deny")) + QStringLiteral("\n"));
    QTest::mouseClick(child<QPushButton>(dialog, "copyCliButton"), Qt::LeftButton);
    const QString command = QApplication::clipboard()->text();
    QCOMPARE(command, dialog->lastCliCommand());
    QVERIFY2(command.startsWith(QLatin1String("aws codeartifact put-repository-permissions-policy ")), qPrintable(command));
    QVERIFY(command.contains(QStringLiteral("--domain acme-prod")));
    QVERIFY(command.contains(QStringLiteral("--repository web-frontend")));
    QVERIFY(command.contains(QStringLiteral("--policy-revision ")));
    QVERIFY(command.contains(QStringLiteral("--endpoint-url ")));
    // The document, single-quoted as a whole, exactly as in the editor.
    const qsizetype at = command.indexOf(QLatin1String("--policy-document '"));
    QVERIFY(at > 0);
    const qsizetype start = at + int(QStringLiteral("--policy-document '").size());
    const QString quoted = command.mid(start, command.indexOf(u'\'', start) - start);
    QCOMPARE(quoted, dialog->documentText());
    QVERIFY(!command.contains(QLatin1String(SandboxConfig::defaultSecretAccessKey().constData())));
    QCOMPARE(requestsOf(QStringLiteral("PutRepositoryPermissionsPolicy")), 1);   // copying sends nothing
    Q_UNUSED(current);
}

void TestPolicyDialog::shouldCopyACommandTheAwsCliRunsOnceAndThenRefuses()
{
    const QString aws = QStringLiteral("/usr/bin/aws");
    if (!QFile::exists(aws))
        QSKIP("/usr/bin/aws (the AWS CLI) does not exist: the copied command cannot be run");
    const PermissionsPolicyTarget target = PermissionsPolicyTarget::forRepository(webFrontend());
    putBehindTheDialogsBack(target, policyFor(QStringLiteral("444455556666")));
    PolicyDialog *dialog = openRepositoryPolicy(webFrontend());
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->hasPolicy());
    // A Sid with a quote, a dollar sign and a backslash: the shell must pass them through as they are.
    const QString document = QStringLiteral("{\"Version\": \"2012-10-17\", \"Statement\": [{\"Sid\": \"it's $HOME \\\\ ok\", "
                                            "\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"arn:aws:iam::777788889999:root\"}, "
                                            "\"Action\": \"codeartifact:ReadFromRepository\", \"Resource\": \"*\"}]}");
    QVERIFY(PolicyDocument::check(document).ok);
    dialog->setDocumentText(document);
    QTest::mouseClick(child<QPushButton>(dialog, "copyCliButton"), Qt::LeftButton);
    const QString command = dialog->lastCliCommand();

    const auto run = [this](const QString &script, QByteArray *out) { return m_fx.runShell(script, out, 90000); };
    QByteArray out;
    QCOMPARE(run(command, &out), 0);
    GetPermissionsPolicyJob read(m_fx.client.get(), target);
    read.setAutoDelete(false);
    QSignalSpy done(&read, &Job::finished);
    read.start();
    QVERIFY(done.wait(10000));
    QCOMPARE(read.policy().document, document);   // byte for byte what the editor held
    // Run again, the revision it carries is no longer current: refused, not overwritten.
    QVERIFY(run(command, &out) != 0);
    QVERIFY2(out.contains("ConflictException"), out.constData());
}

void TestPolicyDialog::shouldSayTheDomainOwnerDecidesOnAnotherAccountsDomain()
{
    const RepositoryRef partner{QStringLiteral("partner-shared"), SandboxDemoSeed::partnerAccount(),
                                QStringLiteral("shared-libs")};
    PolicyDialog *dialog = openDomainPolicy(partner);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isLoaded());   // reading is allowed: the domain is shared with us
    dialog->setDocumentText(policyFor(SandboxConfig::defaultAccount()));
    QSignalSpy saved(dialog, &PolicyDialog::saved);
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(saved.first().first().toBool(), false);
    const QString text = child<MessageWidget>(dialog, "policyBanner")->text();
    QVERIFY2(text.contains(SandboxDemoSeed::partnerAccount()), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("domain policy")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("Ask an administrator to grant this IAM action")), qPrintable(text));
    test::savePicture(dialog, QStringLiteral("policy-dialog-access-denied"));
}

QTEST_MAIN(TestPolicyDialog)
#include "tst_policydialog.moc"
