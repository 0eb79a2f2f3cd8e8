// Repository → Connection Instructions… in the real window against the in-process sandbox: the
// endpoint the dialog shows is the sandbox's for every format, the blocks copy, the token comes
// masked with a countdown and never reaches the activity view or the log, and the AWS CLI lines it
// prints run against the sandbox.

#include "layoutinspector.h"
#include "testpictures.h"
#include "uitestsupport.h"

#include "ui/connectioninstructionsaction.h"
#include "ui/connectioninstructionsdialog.h"
#include "ui/inventorypanel.h"
#include "ui/messagewidget.h"
#include "ui/repositorydetailsview.h"

#include "api/repositoryjobs.h"
#include "models/activitymodel.h"
#include "sandbox/sandboxconfig.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMutex>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace desk;
using desk::test::child;
using desk::test::SandboxFixture;

namespace {

// Everything the process logs while a test runs, to look for the token in it.
QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log << message;
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

RepositoryRef npmStore()
{
    return {QStringLiteral("acme-prod"), SandboxConfig::defaultAccount(), QStringLiteral("npm-store")};
}

} // namespace

class TestConnectionInstructionsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void shouldBeOfferedForARepositoryInTheMenuAndTheTree();
    void shouldShowTheEndpointTheSandboxReturnsForEveryFormat();
    void shouldCopyABlockToTheClipboard();
    void shouldShowTheTokenMaskedCountItDownAndKeepItOutOfTheActivityAndTheLog();
    void shouldExplainAnEndpointThatCannotBeRead();
    void shouldFitAt1280x800WithNothingClipped();
    void shouldPrintCliLinesTheAwsCliRunsAgainstTheSandbox();

private:
    ConnectionInstructionsDialog *openFor(const RepositoryRef &ref);
    QString sandboxEndpoint(const RepositoryRef &ref, const QString &format);

    SandboxFixture m_fx;
};

void TestConnectionInstructionsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    g_previousHandler = qInstallMessageHandler(captureMessage);
}

void TestConnectionInstructionsDialog::cleanupTestCase()
{
    qInstallMessageHandler(g_previousHandler);
}

void TestConnectionInstructionsDialog::init()
{
    m_fx = SandboxFixture();
    // The tests count the requests the dialog sends; background describing has its own.
    m_fx.backgroundDescribing = false;
    const QString error = m_fx.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(!m_fx.window->isInventoryLoading(), 20000);
}

void TestConnectionInstructionsDialog::cleanup()
{
    QApplication::clipboard()->clear();
    m_fx.stop();
}

ConnectionInstructionsDialog *TestConnectionInstructionsDialog::openFor(const RepositoryRef &ref)
{
    if (!m_fx.window->selectRepository(ref))
        return nullptr;
    // The description names the repository's format, which the dialog opens on.
    if (!QTest::qWaitFor([this] { return m_fx.window->detailsView()->isRepositoryLoaded(); }, 10000))
        return nullptr;
    auto *action = m_fx.window->repositoryActions()->instructionsAction();
    if (!action->isEnabled())
        return nullptr;
    action->trigger();
    return action->dialog();
}

// What GetRepositoryEndpoint answers, asked directly with a job of its own.
QString TestConnectionInstructionsDialog::sandboxEndpoint(const RepositoryRef &ref, const QString &format)
{
    GetRepositoryEndpointJob job(m_fx.client.get(), ref, format);
    job.setAutoDelete(false);   // on the stack: it must not delete itself after finished()
    QSignalSpy finished(&job, &Job::finished);
    job.start();
    if (!finished.wait(10000) || job.error())
        return {};
    return job.repositoryEndpoint();
}

void TestConnectionInstructionsDialog::shouldBeOfferedForARepositoryInTheMenuAndTheTree()
{
    QAction *action = m_fx.window->instructionsAction();
    QCOMPARE(action->objectName(), QStringLiteral("connectionInstructionsAction"));
    QVERIFY(m_fx.window->inventoryPanel()->treeView()->actions().contains(action));
    bool inRepositoryMenu = false;
    for (QAction *menu : m_fx.window->menuBar()->actions()) {
        if (menu->menu() && menu->menu()->actions().contains(action))
            inRepositoryMenu = menu->text().remove(u'&') == QLatin1String("Repository");
    }
    QVERIFY(inRepositoryMenu);

    QVERIFY(m_fx.window->selectDomain(SandboxConfig::defaultAccount(), QStringLiteral("acme-prod")));
    QTRY_VERIFY(!action->isEnabled());
    QVERIFY(m_fx.window->selectRepository(npmStore()));
    QTRY_VERIFY(action->isEnabled());
}

void TestConnectionInstructionsDialog::shouldShowTheEndpointTheSandboxReturnsForEveryFormat()
{
    ConnectionInstructionsDialog *dialog = openFor(npmStore());
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *combo = child<QComboBox>(dialog, "formatCombo");
    auto *endpointEdit = child<QLineEdit>(dialog, "endpointEdit");
    QVERIFY(combo && endpointEdit);
    // npm-store proxies npmjs: the dialog opens on npm.
    QCOMPARE(dialog->format(), QStringLiteral("npm"));
    QCOMPARE(combo->currentData().toString(), QStringLiteral("npm"));

    QStringList seen;
    for (int i = 0; i < combo->count(); ++i) {
        const QString format = combo->itemData(i).toString();
        combo->setCurrentIndex(i);
        QCOMPARE(dialog->format(), format);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isLoading() && !endpointEdit->text().isEmpty(), 10000);
        const QString truth = sandboxEndpoint(npmStore(), format);
        QVERIFY2(!truth.isEmpty(), qPrintable(format));
        QVERIFY2(truth.contains(u'/' + format + QStringLiteral("/npm-store/")), qPrintable(truth));
        QCOMPARE(endpointEdit->text(), truth);
        QCOMPARE(dialog->endpoint(), truth);

        // One block per snippet, each showing its text, and the endpoint in the instructions.
        const QList<ConnectionSnippet> snippets = dialog->snippets();
        // Cargo needs no token block: its one block runs the CLI for each token.
        QVERIFY2(snippets.size() >= (format == QLatin1String("cargo") ? 1 : 2), qPrintable(format));
        bool endpointInBlocks = false;
        for (const ConnectionSnippet &s : snippets) {
            auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("text_") + s.id);
            QVERIFY2(text, qPrintable(format + u'/' + s.id));
            QCOMPARE(text->toPlainText(), s.text);
            QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("copy_") + s.id));
            endpointInBlocks = endpointInBlocks || s.text.contains(truth.mid(QStringLiteral("https:").size()));
        }
        QVERIFY2(endpointInBlocks, qPrintable(format));
        seen << format;
        test::savePicture(dialog, QStringLiteral("connection-instructions-") + format);
    }
    QCOMPARE(seen, ConnectionInstructions::formats());
    // Back to a format already read: no second request.
    const int before = int(m_fx.window->activityModel()->records().size());
    combo->setCurrentIndex(combo->findData(QStringLiteral("npm")));
    QVERIFY(!dialog->isLoading());
    QCOMPARE(endpointEdit->text(), sandboxEndpoint(npmStore(), QStringLiteral("npm")));
    QCOMPARE(int(m_fx.window->activityModel()->records().size()), before + 1);   // only the test's own check
    dialog->reject();
}

void TestConnectionInstructionsDialog::shouldCopyABlockToTheClipboard()
{
    ConnectionInstructionsDialog *dialog = openFor(npmStore());
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->endpoint().isEmpty(), 10000);
    QApplication::clipboard()->clear();
    auto *copy = child<QPushButton>(dialog, "copy_npmrc");
    QVERIFY(copy);
    QTest::mouseClick(copy, Qt::LeftButton);
    const QString copied = QApplication::clipboard()->text();
    QCOMPARE(copied, child<QPlainTextEdit>(dialog, "text_npmrc")->toPlainText());
    QVERIFY(copied.startsWith(QStringLiteral("registry=") + dialog->endpoint() + u'\n'));
    QVERIFY(copied.contains(QLatin1String(":_authToken=${CODEARTIFACT_AUTH_TOKEN}")));
    QVERIFY(!child<QLabel>(dialog, "copiedLabel")->text().isEmpty());

    auto *copyEndpoint = child<QPushButton>(dialog, "copyEndpointButton");
    QTest::mouseClick(copyEndpoint, Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), dialog->endpoint());
    dialog->reject();
}

void TestConnectionInstructionsDialog::shouldShowTheTokenMaskedCountItDownAndKeepItOutOfTheActivityAndTheLog()
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log.clear();
    }
    ConnectionInstructionsDialog *dialog = openFor(npmStore());
    QVERIFY(dialog);
    auto *duration = child<QComboBox>(dialog, "tokenDurationCombo");
    auto *get = child<QPushButton>(dialog, "getTokenButton");
    auto *tokenEdit = child<QLineEdit>(dialog, "tokenEdit");
    auto *show = child<QPushButton>(dialog, "showTokenButton");
    auto *copy = child<QPushButton>(dialog, "copyTokenButton");
    auto *expiry = child<QLabel>(dialog, "tokenExpiryLabel");
    QVERIFY(duration && get && tokenEdit && show && copy && expiry);
    QVERIFY(!show->isEnabled() && !copy->isEnabled());
    // What the API takes: 0 or 15 minutes to 12 hours.
    QList<qint64> offered;
    for (int i = 0; i < duration->count(); ++i)
        offered << duration->itemData(i).toLongLong();
    QCOMPARE(offered, (QList<qint64>{900, 3600, 43200, 0}));

    duration->setCurrentIndex(duration->findData(qint64(900)));
    const QDateTime asked = QDateTime::currentDateTimeUtc();
    QSignalSpy finished(dialog, &ConnectionInstructionsDialog::tokenFinished);
    QTest::mouseClick(get, Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.constFirst().constFirst().toBool(), true);
    QVERIFY(dialog->hasToken());
    const QString token = tokenEdit->text();
    QVERIFY(token.size() >= 20);

    // Masked until Show; Show reveals it, and masks again when toggled off.
    QCOMPARE(tokenEdit->echoMode(), QLineEdit::Password);
    QVERIFY(tokenEdit->displayText() != token);
    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE(tokenEdit->echoMode(), QLineEdit::Normal);
    QVERIFY(tokenEdit->displayText() == token);
    test::savePicture(dialog, QStringLiteral("connection-instructions-token"));
    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE(tokenEdit->echoMode(), QLineEdit::Password);

    // The chosen lifetime, and a countdown that runs.
    const qint64 lifetime = asked.secsTo(dialog->tokenExpiration());
    QVERIFY2(lifetime > 880 && lifetime <= 905, qPrintable(QString::number(lifetime)));
    const QString first = expiry->text();
    QVERIFY2(first.contains(QLatin1String("0:14:") ) || first.contains(QLatin1String("0:15:00")), qPrintable(first));
    QTRY_VERIFY_WITH_TIMEOUT(expiry->text() != first, 3000);

    // The clipboard gets it only through Copy.
    QApplication::clipboard()->clear();
    QTest::mouseClick(copy, Qt::LeftButton);
    QVERIFY(QApplication::clipboard()->text() == token);
    QApplication::clipboard()->clear();

    // The request is in the activity view; the token is in none of its cells, nor in the log.
    ActivityModel *activity = m_fx.window->activityModel();
    bool listed = false;
    for (const RequestRecord &r : activity->records())
        listed = listed || r.operation == QLatin1String("GetAuthorizationToken");
    QVERIFY(listed);
    for (int row = 0; row < activity->rowCount(); ++row) {
        for (int column = 0; column < activity->columnCount(); ++column) {
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(ActivityModel::RecordRole)}) {
                const QVariant value = activity->index(row, column).data(role);
                QVERIFY(!value.toString().contains(token));
                if (value.canConvert<RequestRecord>()) {
                    const RequestRecord record = value.value<RequestRecord>();
                    QVERIFY(!record.url.contains(token) && !record.errorMessage.contains(token));
                }
            }
        }
    }
    {
        QMutexLocker lock(&g_logMutex);
        for (const QString &line : std::as_const(g_log))
            QVERIFY(!line.contains(token));
    }

    // Closing forgets it.
    QPointer<QLineEdit> edit = tokenEdit;
    dialog->reject();
    QVERIFY(edit.isNull() || edit->text().isEmpty());
    QVERIFY(!dialog->hasToken());
}

void TestConnectionInstructionsDialog::shouldExplainAnEndpointThatCannotBeRead()
{
    ConnectionTarget target;
    target.repository = RepositoryRef{QStringLiteral("acme-prod"), SandboxConfig::defaultAccount(), QStringLiteral("no-such-repo")};
    target.format = QStringLiteral("pypi");
    ConnectionInstructionsDialog dialog(m_fx.client.get(), target, m_fx.window.get());
    dialog.show();
    QSignalSpy finished(&dialog, &ConnectionInstructionsDialog::endpointFinished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.constFirst().at(1).toString(), QString());
    auto *banner = child<MessageWidget>(&dialog, "instructionsBanner");
    QTRY_VERIFY(banner->isVisible());
    QCOMPARE(banner->type(), MessageWidget::Type::Error);
    QVERIFY2(banner->text().contains(QLatin1String("no-such-repo")), qPrintable(banner->text()));
    QVERIFY(!banner->details().isEmpty());
    QVERIFY(dialog.snippets().isEmpty());
    QVERIFY(child<QLineEdit>(&dialog, "endpointEdit")->text().isEmpty());
    QVERIFY(!child<QPushButton>(&dialog, "copyEndpointButton")->isEnabled());
    test::savePicture(&dialog, QStringLiteral("connection-instructions-error"));
}

void TestConnectionInstructionsDialog::shouldFitAt1280x800WithNothingClipped()
{
    m_fx.window->resize(1280, 800);
    ConnectionInstructionsDialog *dialog = openFor(RepositoryRef{QStringLiteral("acme-prod"), SandboxConfig::defaultAccount(),
                                                                 QStringLiteral("maven-central-store")});
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->endpoint().isEmpty(), 10000);
    QCOMPARE(dialog->format(), QStringLiteral("maven"));
    QVERIFY(dialog->width() <= 1280 && dialog->height() <= 800);
    QVERIFY(dialog->minimumSizeHint().width() <= 1280 && dialog->minimumSizeHint().height() <= 800);
    QSignalSpy token(dialog, &ConnectionInstructionsDialog::tokenFinished);
    QTest::mouseClick(child<QPushButton>(dialog, "getTokenButton"), Qt::LeftButton);
    QVERIFY(token.wait(10000));
    QCoreApplication::sendPostedEvents();
    test::LayoutInspector inspector;
    QStringList problems = inspector.inspect(dialog);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    test::savePicture(dialog, QStringLiteral("connection-instructions"));
    // Smaller still, as a laptop's half screen: still no text cut off.
    dialog->resize(dialog->minimumSizeHint().expandedTo(QSize(640, 480)));
    QCoreApplication::sendPostedEvents();
    problems = inspector.inspect(dialog);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    dialog->reject();
}

void TestConnectionInstructionsDialog::shouldPrintCliLinesTheAwsCliRunsAgainstTheSandbox()
{
    const QString aws = QStringLiteral("/usr/bin/aws");
    if (!QFile::exists(aws))
        QSKIP("/usr/bin/aws (the AWS CLI) does not exist: the printed commands cannot be run");
    ConnectionInstructionsDialog *dialog = openFor(npmStore());
    QVERIFY(dialog);
    const auto run = [this](const QString &script, QByteArray *out) { return m_fx.runShell(script, out, 90000); };

    int loginsRun = 0;
    for (const QString &format : {QStringLiteral("npm"), QStringLiteral("pypi")}) {
        dialog->setFormat(format);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->endpoint().isEmpty(), 10000);
        const QString endpoint = dialog->endpoint();
        QString tokenLine;
        QStringList logins;
        for (const ConnectionSnippet &s : dialog->snippets()) {
            if (s.id == QLatin1String("token"))
                tokenLine = s.text;
            if (s.id == QLatin1String("login"))
                logins = s.text.split(u'\n');
        }
        QVERIFY(tokenLine.contains(QLatin1String("--endpoint-url http://127.0.0.1:")));
        // The token line sets the variable every other block reads.
        QByteArray out;
        QCOMPARE(run(tokenLine + QStringLiteral(" && test ${#CODEARTIFACT_AUTH_TOKEN} -ge 20 && echo token-ok"), &out), 0);
        QVERIFY(out.contains("token-ok"));
        // Each login line, as a dry run: it asks the sandbox for the endpoint and prints the setup.
        for (const QString &login : std::as_const(logins)) {
            QVERIFY(login.contains(QLatin1String(" --endpoint-url http://127.0.0.1:")));
            const int exit = run(login + QStringLiteral(" --dry-run"), &out);
            QVERIFY2(exit == 0, qPrintable(login));
            QVERIFY2(out.contains(endpoint.mid(QStringLiteral("https://").size()).toUtf8()), qPrintable(login));
            ++loginsRun;
        }
    }
    QCOMPARE(loginsRun, 3);   // npm, pip, twine

    // Cargo's credential provider runs the same command and reads the token from its output.
    dialog->setFormat(QStringLiteral("cargo"));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->endpoint().isEmpty(), 10000);
    const QString cargo = dialog->snippets().value(0).text;
    static const QRegularExpression provider(QStringLiteral("credential-provider = \"cargo:token-from-stdout (.*)\""));
    const QRegularExpressionMatch match = provider.match(cargo);
    QVERIFY(match.hasMatch());
    QByteArray out;
    QCOMPARE(run(match.captured(1), &out), 0);
    QVERIFY(out.trimmed().size() >= 20);
    dialog->reject();
}

QTEST_MAIN(TestConnectionInstructionsDialog)
#include "tst_connectioninstructionsdialog.moc"
