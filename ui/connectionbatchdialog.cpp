#include "ui/connectionbatchdialog.h"

#include "ui/icons.h"
#include "ui/messagewidget.h"

#include "api/codeartifactclient.h"
#include "base/awsclicommand.h"
#include "base/externalconnection.h"
#include "base/inputvalidator.h"
#include "controllers/connectionbatchjob.h"
#include "controllers/connectionbatchmodel.h"

#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QTreeView>
#include <QVBoxLayout>

namespace desk {

namespace {

using RowState = ConnectionBatch::State;

// The results with an icon per state (the model in core knows no icons).
class StateIconBatchModel : public ConnectionBatchModel
{
public:
    using ConnectionBatchModel::ConnectionBatchModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DecorationRole && index.column() == StateColumn) {
            switch (RowState(ConnectionBatchModel::data(index, StateRole).toInt())) {
            case RowState::Done:
            case RowState::AlreadyConnected:
                return Icons::get(QStringLiteral("success"));
            case RowState::Failed:
                return Icons::get(QStringLiteral("error"));
            case RowState::Running:
                return Icons::get(QStringLiteral("refresh"));
            case RowState::Cancelled:
                return Icons::get(QStringLiteral("unlink"));
            case RowState::Pending:
                return {};
            }
        }
        if (role == Qt::DecorationRole && index.column() == RepositoryColumn)
            return Icons::get(ConnectionBatchModel::data(index, IsStoreRole).toBool() ? QStringLiteral("link")
                                                                                      : QStringLiteral("repository"));
        return ConnectionBatchModel::data(index, role);
    }
};

} // namespace

ConnectionBatchDialog::ConnectionBatchDialog(CodeArtifactClient *client, const QList<RepositoryDescription> &selected,
                                             const QString &cliProfile, const QString &cliNote, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_cliProfile(cliProfile)
    , m_cliNote(cliNote)
    , m_selected(selected)
{
    setObjectName(QStringLiteral("connectionBatchDialog"));
    setWindowTitle(tr("Connect Repositories to a Public Registry"));
    setWindowIcon(Icons::get(QStringLiteral("link")));

    m_intro = new QLabel(introText(), this);
    m_intro->setObjectName(QStringLiteral("batchIntroLabel"));
    m_intro->setWordWrap(true);

    m_registryCombo = new QComboBox(this);
    m_registryCombo->setObjectName(QStringLiteral("registryCombo"));
    m_registryCombo->setAccessibleName(tr("Public registry"));
    m_registryCombo->setPlaceholderText(tr("Choose a public registry"));
    for (const ExternalConnectionInfo &info : ExternalConnections::all())
        m_registryCombo->addItem(Icons::get(QStringLiteral("format-") + info.packageFormat),
                                 tr("%1 (%2)").arg(info.displayName, info.name), info.name);
    m_registryCombo->setCurrentIndex(-1);

    m_storeRadio = new QRadioButton(tr("Through a &store repository in each domain (AWS's recommended layout)"), this);
    m_storeRadio->setObjectName(QStringLiteral("batchStoreRadio"));
    m_storeRadio->setToolTip(tr("A domain's repository that has the registry becomes an upstream of each selected "
                                "repository, last in its search order; a domain without one gets a new store repository "
                                "first"));
    m_directRadio = new QRadioButton(tr("&Directly on each repository"), this);
    m_directRadio->setObjectName(QStringLiteral("batchDirectRadio"));
    m_directRadio->setToolTip(tr("Associate the registry with each repository itself (the service may refuse it for a "
                                 "repository that has upstreams)"));
    auto *routes = new QButtonGroup(this);
    routes->addButton(m_storeRadio);
    routes->addButton(m_directRadio);
    m_storeRadio->setChecked(true);
    auto *routeBox = new QVBoxLayout;
    routeBox->setSpacing(2);
    routeBox->addWidget(m_storeRadio);
    routeBox->addWidget(m_directRadio);

    m_storeEdit = new QLineEdit(this);
    m_storeEdit->setObjectName(QStringLiteral("batchStoreNameEdit"));
    m_storeEdit->setAccessibleName(tr("Name of a new store repository"));
    m_storeEdit->setToolTip(tr("For a domain where no repository has the registry yet. Empty: the name the AWS Console "
                               "gives it (npm-store, pypi-store ...), or the first free one"));
    m_storeEdit->setMaxLength(100);

    auto *form = new QFormLayout;
    form->addRow(tr("Public &registry:"), m_registryCombo);
    form->addRow(tr("Route:"), routeBox);
    form->addRow(tr("New store &name:"), m_storeEdit);

    m_model = new StateIconBatchModel(this);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("batchResultsView"));
    m_view->setAccessibleName(tr("Repositories of the batch and their results"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setAllColumnsShowFocus(true);
    m_view->setUniformRowHeights(true);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->resizeSection(ConnectionBatchModel::RepositoryColumn, 180);
    m_view->header()->resizeSection(ConnectionBatchModel::DomainColumn, 110);
    m_view->header()->resizeSection(ConnectionBatchModel::StateColumn, 270);
    m_view->setMinimumHeight(180);

    m_message = new MessageWidget(this);
    m_message->setObjectName(QStringLiteral("batchMessage"));
    m_message->setCloseButtonVisible(false);

    auto *buttons = new QDialogButtonBox(this);
    m_startButton = buttons->addButton(tr("C&onnect"), QDialogButtonBox::ActionRole);
    m_startButton->setObjectName(QStringLiteral("startBatchButton"));
    m_startButton->setIcon(Icons::get(QStringLiteral("link")));
    m_cancelButton = buttons->addButton(tr("Cancel"), QDialogButtonBox::ActionRole);
    m_cancelButton->setObjectName(QStringLiteral("cancelBatchButton"));
    m_cancelButton->setToolTip(tr("Stop the repositories not done yet; a request already sent may still take effect"));
    m_retryButton = buttons->addButton(tr("Retry &Failed"), QDialogButtonBox::ActionRole);
    m_retryButton->setObjectName(QStringLiteral("retryFailedButton"));
    m_retryButton->setToolTip(tr("Run the failed and cancelled repositories again; each is read first, so what was "
                                 "done already is left as it is"));
    m_copyButton = buttons->addButton(tr("Copy as AWS &CLI"), QDialogButtonBox::ActionRole);
    m_copyButton->setObjectName(QStringLiteral("copyBatchCliButton"));
    m_copyButton->setIcon(Icons::get(QStringLiteral("terminal")));
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("closeBatchButton"));

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_registryCombo, &QComboBox::currentIndexChanged, this, &ConnectionBatchDialog::rebuild);
    connect(m_storeRadio, &QRadioButton::toggled, this, &ConnectionBatchDialog::rebuild);
    connect(m_storeEdit, &QLineEdit::textChanged, this, &ConnectionBatchDialog::rebuild);
    connect(m_startButton, &QPushButton::clicked, this, &ConnectionBatchDialog::start);
    connect(m_cancelButton, &QPushButton::clicked, this, &ConnectionBatchDialog::cancel);
    connect(m_retryButton, &QPushButton::clicked, this, &ConnectionBatchDialog::retryFailed);
    connect(m_copyButton, &QPushButton::clicked, this, &ConnectionBatchDialog::copyCli);
    connect(m_closeButton, &QPushButton::clicked, this, &ConnectionBatchDialog::reject);

    resize(960, 600);
    rebuild();
    m_registryCombo->setFocus();
}

ConnectionBatchDialog::~ConnectionBatchDialog()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
    }
}

QString ConnectionBatchDialog::introText() const
{
    QStringList domains;
    for (const RepositoryDescription &repository : m_selected) {
        if (!domains.contains(repository.domainName))
            domains << repository.domainName;
    }
    const QString where = domains.size() == 1 ? tr("in domain %1").arg(domains.constFirst())
                                              : tr("in %1 domains (%2)").arg(domains.size()).arg(domains.join(QStringLiteral(", ")));
    const QString what = m_selected.size() == 1 ? tr("Connect 1 repository %1 to a public registry.").arg(where)
                                                : tr("Connect %1 repositories %2 to a public registry.").arg(m_selected.size()).arg(where);
    return what + u' '
        + tr("Nothing is sent before you press Connect. Every repository is read before it is changed: one that is "
             "already connected is left as it is.");
}

QString ConnectionBatchDialog::connection() const
{
    return m_registryCombo->currentData().toString();
}

void ConnectionBatchDialog::setDomainRepositories(const QHash<QString, QList<RepositoryDescription>> &domains, bool complete)
{
    m_domains = domains;
    m_domainsComplete = complete;
    // What the domains' reads say of the selected repositories themselves (their upstreams).
    for (RepositoryDescription &selected : m_selected) {
        for (const RepositoryDescription &known : m_domains.value(ConnectionBatch::domainKey({selected.domainName, selected.domainOwner}))) {
            if (known.name == selected.name) {
                selected = known;
                break;
            }
        }
    }
    rebuild();
}

bool ConnectionBatchDialog::selectConnection(const QString &name)
{
    const int index = m_registryCombo->findData(name);
    if (index < 0)
        return false;
    m_registryCombo->setCurrentIndex(index);
    return true;
}

void ConnectionBatchDialog::setRoute(ConnectionPlan::Route route)
{
    (route == ConnectionPlan::Route::Direct ? m_directRadio : m_storeRadio)->setChecked(true);
}

void ConnectionBatchDialog::setStoreName(const QString &name)
{
    m_storeEdit->setText(name);
}

const ConnectionBatch &ConnectionBatchDialog::batch() const
{
    return m_model->batch();
}

bool ConnectionBatchDialog::canStart() const
{
    if (m_started || m_selected.isEmpty() || connection().isEmpty() || !m_client)
        return false;
    const bool throughStore = m_storeRadio->isChecked();
    if (throughStore && !m_domainsComplete)
        return false;
    const QString store = m_storeEdit->text().trimmed();
    return !throughStore || store.isEmpty() || !InputValidator::repositoryName(store, QStringLiteral("repository"));
}

void ConnectionBatchDialog::rebuild()
{
    if (m_started)
        return;
    const QString name = connection();
    m_storeEdit->setEnabled(m_storeRadio->isChecked());
    m_storeEdit->setPlaceholderText(name.isEmpty() ? QString() : ConnectionPlan::consoleStoreName(name));
    if (name.isEmpty()) {
        m_model->setBatch({});
    } else {
        m_model->setBatch(ConnectionBatch::build(m_selected, m_domains, name,
                                                 m_storeRadio->isChecked() ? ConnectionPlan::Route::ThroughStore
                                                                           : ConnectionPlan::Route::Direct,
                                                 m_storeEdit->text().trimmed()));
    }
    const QString store = m_storeEdit->text().trimmed();
    if (name.isEmpty()) {
        m_message->showMessage(tr("Choose the public registry the repositories should get packages from."),
                               MessageWidget::Type::Information);
    } else if (m_storeRadio->isChecked() && !store.isEmpty()
               && InputValidator::repositoryName(store, QStringLiteral("repository"))) {
        m_message->showMessage(InputValidator::repositoryName(store, QStringLiteral("repository")).userMessage(),
                               MessageWidget::Type::Error);
    } else if (m_storeRadio->isChecked() && !m_domainsComplete) {
        m_message->showMessage(tr("Reading the domains' repositories to find the ones that have %1 already\u2026").arg(name),
                               MessageWidget::Type::Information);
    } else {
        const int stores = int(batch().rows.size()) - batch().repositoryCount();
        QString text = tr("Nothing has been sent yet. At most 4 requests run at a time.");
        if (stores > 0)
            text += u' ' + (stores == 1 ? tr("1 store repository is created first, once for its domain.")
                                        : tr("%1 store repositories are created first, one for each domain without one.").arg(stores));
        m_message->showMessage(text, MessageWidget::Type::Information);
    }
    updateButtons();
}

void ConnectionBatchDialog::start()
{
    if (!canStart())
        return;
    m_started = true;
    run();
}

void ConnectionBatchDialog::retryFailed()
{
    if (!m_job && m_started && batch().hasRetryable())
        run();
}

void ConnectionBatchDialog::run()
{
    auto *job = new ConnectionBatchJob(m_client, batch(), 4, this);
    m_job = job;
    connect(job, &ConnectionBatchJob::rowChanged, this, [this, job](int row) {
        m_model->updateRow(row, job->batch().rows.at(row));
        m_message->showMessage(tr("Connecting\u2026") + u' ' + job->batch().summary(), MessageWidget::Type::Information);
    });
    connect(job, &ConnectionBatchJob::repositoryChanged, this, &ConnectionBatchDialog::repositoryChanged);
    connect(job, &Job::finished, this, &ConnectionBatchDialog::handleFinished);
    m_registryCombo->setEnabled(false);
    m_storeRadio->setEnabled(false);
    m_directRadio->setEnabled(false);
    m_storeEdit->setEnabled(false);
    m_message->showMessage(tr("Connecting\u2026"), MessageWidget::Type::Information);
    job->start();
    updateButtons();
}

void ConnectionBatchDialog::cancel()
{
    if (m_job)
        m_job->abort();
}

void ConnectionBatchDialog::handleFinished()
{
    ConnectionBatchJob *job = m_job;
    if (!job)
        return;
    m_job = nullptr;
    const ConnectionBatch &ran = job->batch();
    for (int row = 0; row < ran.rows.size(); ++row)
        m_model->updateRow(row, ran.rows.at(row));
    const int failed = ran.count(RowState::Failed);
    const int cancelled = ran.count(RowState::Cancelled);
    QString text = ran.summary();
    MessageWidget::Type type = MessageWidget::Type::Positive;
    if (failed + cancelled > 0) {
        type = failed > 0 ? MessageWidget::Type::Warning : MessageWidget::Type::Information;
        text += QStringLiteral("\n")
            + tr("Retry Failed runs the %1 not done again; each is read first, so nothing is done twice.").arg(failed + cancelled);
    }
    m_message->showMessage(text, type);
    updateButtons();
    Q_EMIT batchFinished(failed + cancelled == 0);
}

void ConnectionBatchDialog::updateButtons()
{
    const bool running = isRunning();
    m_startButton->setVisible(!m_started);
    m_startButton->setEnabled(canStart());
    m_cancelButton->setVisible(m_started);
    m_cancelButton->setEnabled(running);
    m_retryButton->setVisible(m_started);
    m_retryButton->setEnabled(!running && batch().hasRetryable());
    m_copyButton->setEnabled(!batch().rows.isEmpty());
    m_closeButton->setEnabled(!running);
    if (!m_started)
        m_startButton->setDefault(true);
    else if (m_retryButton->isEnabled())
        m_retryButton->setDefault(true);
    else
        m_closeButton->setDefault(true);
}

QString ConnectionBatchDialog::statusText() const
{
    return m_message->text();
}

QString ConnectionBatchDialog::cliScript() const
{
    if (!m_client || batch().rows.isEmpty())
        return {};
    const ResolvedEndpoint endpoint = m_client->endpoint();
    return AwsCliCommand::withNote(m_cliNote, batch().cliScript(m_client->region(),
                                                                endpoint.isOverridden() ? endpoint.url.toString() : QString(),
                                                                m_cliProfile));
}

void ConnectionBatchDialog::copyCli()
{
    const QString script = cliScript();
    if (script.isEmpty())
        return;
    QApplication::clipboard()->setText(script);
    m_copyButton->setText(tr("Copied"));
}

void ConnectionBatchDialog::reject()
{
    // Escape while the batch runs cancels it; the dialog stays to show what came of each row.
    if (isRunning()) {
        cancel();
        return;
    }
    QDialog::reject();
}

} // namespace desk
