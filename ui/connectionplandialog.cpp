#include "ui/connectionplandialog.h"

#include "ui/icons.h"
#include "ui/messagewidget.h"

#include "api/codeartifactclient.h"
#include "base/externalconnection.h"
#include "controllers/connectionplanjob.h"
#include "controllers/connectionplanmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace desk {

namespace {

using State = ConnectionPlanStep::State;

QIcon stateIcon(State state)
{
    switch (state) {
    case State::Done:
    case State::Skipped:
        return Icons::get(QStringLiteral("success"));
    case State::Failed:
        return Icons::get(QStringLiteral("error"));
    case State::Running:
        return Icons::get(QStringLiteral("refresh"));
    case State::Undone:
        return Icons::get(QStringLiteral("unlink"));
    case State::Pending:
        break;
    }
    return {};
}

// The plan's model with an icon per state in the State column (the model in core knows no icons).
class StateIconPlanModel : public ConnectionPlanModel
{
public:
    using ConnectionPlanModel::ConnectionPlanModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DecorationRole && index.column() == StateColumn)
            return stateIcon(State(ConnectionPlanModel::data(index, StateRole).toInt()));
        return ConnectionPlanModel::data(index, role);
    }
};

} // namespace

ConnectionPlanDialog::ConnectionPlanDialog(CodeArtifactClient *client, const ConnectionPlan &plan,
                                           const QString &cliProfile, const QString &cliNote, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
{
    setObjectName(QStringLiteral("connectionPlanDialog"));
    setWindowTitle(tr("Connect %1 to %2").arg(plan.repository.repository, plan.connection));
    setWindowIcon(Icons::get(QStringLiteral("link")));

    m_model = new StateIconPlanModel(this);
    const ResolvedEndpoint endpoint = client ? client->endpoint() : ResolvedEndpoint();
    m_model->setCliContext(client ? client->region() : QString(),
                           endpoint.isOverridden() ? endpoint.url.toString() : QString(), cliProfile, cliNote);
    m_model->setPlan(plan);

    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("planIntroLabel"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::RichText);
    m_intro->setText(introText());

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("planStepsView"));
    m_view->setAccessibleName(tr("Steps of the plan"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setAllColumnsShowFocus(true);
    m_view->setWordWrap(true);
    m_view->setColumnHidden(ConnectionPlanModel::CliColumn, true);   // the commands are below, whole
    m_view->header()->setStretchLastSection(true);
    m_view->header()->resizeSection(ConnectionPlanModel::StepColumn, 640);
    m_view->setMinimumHeight(110);

    auto *scriptLabel = new QLabel(tr("The same steps as &AWS CLI commands:"), this);
    m_script = new QPlainTextEdit(this);
    m_script->setObjectName(QStringLiteral("planScriptView"));
    m_script->setAccessibleName(tr("AWS CLI commands of the plan"));
    m_script->setReadOnly(true);
    m_script->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_script->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_script->setPlainText(cliScript());
    m_script->setMaximumHeight(m_script->fontMetrics().lineSpacing() * 7 + 12);
    scriptLabel->setBuddy(m_script);

    m_message = new MessageWidget(this);
    m_message->setObjectName(QStringLiteral("planMessage"));
    m_message->setCloseButtonVisible(false);
    m_message->showMessage(tr("Nothing has been sent yet. Run sends the steps in order; a step that is already "
                              "true is skipped."),
                           MessageWidget::Type::Information);

    auto *buttons = new QDialogButtonBox(this);
    m_run = buttons->addButton(tr("&Run"), QDialogButtonBox::ActionRole);
    m_run->setObjectName(QStringLiteral("runPlanButton"));
    m_run->setIcon(Icons::get(QStringLiteral("link")));
    m_run->setDefault(true);
    m_resume = buttons->addButton(tr("Re&sume"), QDialogButtonBox::ActionRole);
    m_resume->setObjectName(QStringLiteral("resumePlanButton"));
    m_resume->setToolTip(tr("Continue from the step that failed"));
    m_undo = buttons->addButton(tr("&Undo"), QDialogButtonBox::ActionRole);
    m_undo->setObjectName(QStringLiteral("undoPlanButton"));
    m_undo->setToolTip(tr("Revert what this plan created or changed; what existed before stays"));
    m_copy = buttons->addButton(tr("Copy as AWS &CLI"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("copyPlanCliButton"));
    m_copy->setIcon(Icons::get(QStringLiteral("terminal")));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("closePlanButton"));

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(m_intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);
    layout->addWidget(scriptLabel);
    layout->addWidget(m_script);
    layout->addWidget(buttons);

    connect(m_run, &QPushButton::clicked, this, &ConnectionPlanDialog::run);
    connect(m_resume, &QPushButton::clicked, this, &ConnectionPlanDialog::resume);
    connect(m_undo, &QPushButton::clicked, this, &ConnectionPlanDialog::undo);
    connect(m_copy, &QPushButton::clicked, this, &ConnectionPlanDialog::copyCli);
    connect(m_close, &QPushButton::clicked, this, &ConnectionPlanDialog::reject);

    resize(900, 520);
    updateButtons();
    m_run->setFocus();
}

ConnectionPlanDialog::~ConnectionPlanDialog()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
    }
}

const ConnectionPlan &ConnectionPlanDialog::plan() const
{
    return m_model->plan();
}

QString ConnectionPlanDialog::statusText() const
{
    return m_message->text();
}

QString ConnectionPlanDialog::cliScript() const
{
    return m_model->cliScript();
}

QString ConnectionPlanDialog::introText() const
{
    const ConnectionPlan &p = plan();
    const ExternalConnectionInfo *info = ExternalConnections::find(p.connection);
    const QString registry = (info ? info->displayName : p.connection).toHtmlEscaped();
    const QString repository = p.repository.repository.toHtmlEscaped();
    const QString store = p.store.toHtmlEscaped();
    if (p.route == ConnectionPlan::Route::Direct) {
        return tr("Associate <b>%1</b> (%2) directly with repository <b>%3</b> in domain %4.")
            .arg(p.connection.toHtmlEscaped(), registry, repository, p.repository.domain.toHtmlEscaped());
    }
    const QString order = tr("%1 searches its upstreams in order; %2 comes at position %3, after the ones it has.")
                              .arg(repository, store)
                              .arg(p.storePosition());
    if (p.storeExists) {
        return tr("Repository <b>%1</b> of domain %2 already has the external connection %3 (%4). <b>%5</b> gets it "
                  "as an upstream, the layout AWS recommends.")
                   .arg(store, p.repository.domain.toHtmlEscaped(), p.connection.toHtmlEscaped(), registry, repository)
            + u' ' + order;
    }
    return tr("No repository of domain %1 has the external connection %2 (%3) yet. As AWS recommends (and as the "
              "AWS Console does), the plan creates store repository <b>%4</b> with it, then gives <b>%5</b> that "
              "store as an upstream; the domain's other repositories can use the same store.")
               .arg(p.repository.domain.toHtmlEscaped(), p.connection.toHtmlEscaped(), registry, store, repository)
        + u' ' + order;
}

void ConnectionPlanDialog::run()
{
    start(int(ConnectionPlanJob::Mode::Run));
}

void ConnectionPlanDialog::resume()
{
    if (plan().hasFailed())
        start(int(ConnectionPlanJob::Mode::Run));
}

void ConnectionPlanDialog::undo()
{
    if (plan().canUndo())
        start(int(ConnectionPlanJob::Mode::Undo));
}

void ConnectionPlanDialog::start(int mode)
{
    if (m_job || !m_client)
        return;
    const auto jobMode = ConnectionPlanJob::Mode(mode);
    auto *job = new ConnectionPlanJob(m_client, plan(), jobMode, this);
    m_job = job;
    m_undone = jobMode == ConnectionPlanJob::Mode::Undo;
    connect(job, &ConnectionPlanJob::stepChanged, this, [this, job] { m_model->setPlan(job->plan()); });
    connect(job, &ConnectionPlanJob::repositoryChanged, this, &ConnectionPlanDialog::repositoryChanged);
    connect(job, &ConnectionPlanJob::repositoryDeleted, this, &ConnectionPlanDialog::repositoryDeleted);
    connect(job, &Job::finished, this, &ConnectionPlanDialog::handleFinished);
    m_message->showMessage(m_undone ? tr("Undoing what the plan changed\u2026") : tr("Running the plan\u2026"),
                           MessageWidget::Type::Information);
    job->start();
    updateButtons();
}

void ConnectionPlanDialog::handleFinished()
{
    ConnectionPlanJob *job = m_job;
    if (!job)
        return;
    m_job = nullptr;
    m_model->setPlan(job->plan());
    const AwsError error = job->error();
    const ConnectionPlan &p = plan();
    const QString repository = p.repository.repository;
    if (m_undone) {
        if (error) {
            m_message->showMessage(tr("Undo stopped: %1").arg(error.userMessage()) + QStringLiteral("\n\n") + p.summary(),
                                   MessageWidget::Type::Error, error.details());
        } else {
            m_message->showMessage(tr("Undone: what the plan created or changed is reverted; what existed before is as "
                                      "it was."),
                                   MessageWidget::Type::Positive);
        }
    } else if (error) {
        const int failed = p.nextStep();
        m_message->showMessage(tr("Step %1 failed: %2").arg(failed + 1).arg(error.userMessage()) + QStringLiteral("\n\n")
                                   + p.summary() + QStringLiteral("\n\n")
                                   + tr("Resume continues from step %1; Undo reverts what the plan changed.").arg(failed + 1),
                               MessageWidget::Type::Error, error.details());
    } else {
        const bool changedSomething = std::any_of(p.steps.begin(), p.steps.end(), [](const ConnectionPlanStep &s) {
            return s.state == State::Done;
        });
        m_message->showMessage(changedSomething
                                   ? tr("%1 now gets packages from %2.").arg(repository, p.connection)
                                   : tr("Nothing to do: every step was already true. %1 gets packages from %2.")
                                         .arg(repository, p.connection),
                               MessageWidget::Type::Positive);
    }
    updateButtons();
    Q_EMIT planFinished(!error);
}

void ConnectionPlanDialog::updateButtons()
{
    const bool running = isRunning();
    const ConnectionPlan &p = plan();
    // Not started, or wholly undone: Run (again).
    const bool started = std::any_of(p.steps.begin(), p.steps.end(), [](const ConnectionPlanStep &s) {
        return s.state != State::Pending && s.state != State::Undone;
    });
    m_run->setEnabled(!running && !started);
    m_run->setVisible(!started || running);
    m_resume->setVisible(p.hasFailed() && !running);
    m_resume->setEnabled(p.hasFailed() && !running);
    m_undo->setVisible(p.canUndo() || (running && m_undone));
    m_undo->setEnabled(p.canUndo() && !running);
    m_close->setEnabled(!running);
    if (m_resume->isVisible())
        m_resume->setDefault(true);
    else if (!m_run->isVisible())
        m_close->setDefault(true);
}

void ConnectionPlanDialog::copyCli()
{
    QApplication::clipboard()->setText(cliScript());
    m_copy->setText(tr("Copied"));
}

void ConnectionPlanDialog::reject()
{
    // The plan runs to its end (or its failure) before the dialog goes: a step half sent is
    // still reported.
    if (isRunning())
        return;
    QDialog::reject();
}

} // namespace desk
