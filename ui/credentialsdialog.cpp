#include "ui/credentialsdialog.h"

#include "api/codeartifactclient.h"
#include "api/domainjobs.h"
#include "api/getcalleridentityjob.h"
#include "aws/endpointresolver.h"
#include "ui/messagewidget.h"
#include "ui/prompter.h"
#include "credentials/appprofilestore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace desk {

namespace {

void wipe(QLineEdit *edit)
{
    // QLineEdit keeps no history of its text in Password mode; overwrite, then clear.
    edit->setText(QString(edit->text().size(), u'\0'));
    edit->clear();
}

QByteArray takeSecret(QLineEdit *edit)
{
    QString text = edit->text().trimmed();
    QByteArray out = text.toUtf8();
    text.fill(u'\0');
    return out;
}

void markSecret(QLineEdit *edit)
{
    edit->setEchoMode(QLineEdit::Password);
    edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    edit->setContextMenuPolicy(Qt::NoContextMenu);  // no "Copy" of a masked secret
}

} // namespace

CredentialsDialog::CredentialsDialog(AppProfileStore *store, QNetworkAccessManager *network, Prompter *prompter,
                                     QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_network(network)
    , m_prompter(prompter)
{
    if (!m_prompter) {
        m_ownPrompter = std::make_unique<Prompter>();
        m_prompter = m_ownPrompter.get();
    }
    setObjectName(QStringLiteral("credentialsDialog"));
    setWindowTitle(tr("Credentials"));

    m_keychainBanner = new MessageWidget(this);
    m_keychainBanner->setObjectName(QStringLiteral("keychainBanner"));
    m_keychainBanner->setCloseButtonVisible(false);
    m_keychainBanner->hide();

    m_model = new QStandardItemModel(this);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setAccessibleName(tr("Artifact Desk profiles"));
    m_list->setModel(m_model);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_add = new QPushButton(tr("&New"), this);
    m_add->setObjectName(QStringLiteral("addProfileButton"));
    m_remove = new QPushButton(tr("Remo&ve…"), this);
    m_remove->setObjectName(QStringLiteral("removeProfileButton"));

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setAccessibleName(tr("Profile name"));
    m_accessKeyId = new QLineEdit(this);
    m_accessKeyId->setObjectName(QStringLiteral("accessKeyIdEdit"));
    m_accessKeyId->setAccessibleName(tr("Access key ID"));
    m_accessKeyId->setPlaceholderText(QStringLiteral("AKIA…"));
    m_secret = new QLineEdit(this);
    m_secret->setObjectName(QStringLiteral("secretAccessKeyEdit"));
    m_secret->setAccessibleName(tr("Secret access key"));
    markSecret(m_secret);
    m_sessionToken = new QLineEdit(this);
    m_sessionToken->setObjectName(QStringLiteral("sessionTokenEdit"));
    m_sessionToken->setAccessibleName(tr("Session token"));
    markSecret(m_sessionToken);
    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("regionCombo"));
    m_region->setAccessibleName(tr("Default region"));
    m_region->setEditable(true);
    m_region->addItem(QString());
    m_region->addItems(EndpointResolver::codeArtifactRegions());
    m_endpoint = new QLineEdit(this);
    m_endpoint->setObjectName(QStringLiteral("endpointEdit"));
    m_endpoint->setAccessibleName(tr("Endpoint URL"));
    m_endpoint->setPlaceholderText(tr("optional, e.g. http://127.0.0.1:8080"));
    m_endpoint->setToolTip(tr("Optional: where requests go instead of AWS's endpoint, e.g. http://127.0.0.1:8080 "
                              "for the sandbox"));

    auto *form = new QFormLayout;
    // Each Alt+letter once in the dialog, buttons included (New, Remove, Save, Test, and the
    // banner's Retry and Details).
    form->addRow(tr("Na&me:"), m_name);
    form->addRow(tr("&Access key ID:"), m_accessKeyId);
    form->addRow(tr("Secret access &key:"), m_secret);
    form->addRow(tr("Session t&oken:"), m_sessionToken);
    form->addRow(tr("Default re&gion:"), m_region);
    form->addRow(tr("&Endpoint URL:"), m_endpoint);

    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setAutoDefault(false);
    m_test = new QPushButton(tr("&Test"), this);
    m_test->setObjectName(QStringLiteral("testButton"));
    m_test->setAutoDefault(false);
    m_test->setToolTip(tr("Ask AWS STS who these credentials belong to (GetCallerIdentity)"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // What an action came to: an error with its Details, or a success, in the app's banner.
    m_result = new MessageWidget(this);
    m_result->setObjectName(QStringLiteral("resultBanner"));
    m_result->hide();
    connect(m_result, &MessageWidget::closed, m_result, &QWidget::hide);
    m_identity = new QLabel(this);
    m_identity->setObjectName(QStringLiteral("identityLabel"));
    m_identity->setWordWrap(true);
    m_identity->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("dialogButtons"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list);
    left->addLayout(listButtons);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_test);
    actions->addStretch();
    actions->addWidget(m_save);
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addLayout(actions);
    right->addWidget(m_status);
    right->addWidget(m_result);
    right->addWidget(m_identity);
    right->addStretch();
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_keychainBanner);
    layout->addLayout(columns);
    layout->addWidget(buttons);

    connect(m_add, &QPushButton::clicked, this, &CredentialsDialog::newProfile);
    connect(m_remove, &QPushButton::clicked, this, &CredentialsDialog::removeProfile);
    connect(m_save, &QPushButton::clicked, this, &CredentialsDialog::save);
    connect(m_test, &QPushButton::clicked, this, &CredentialsDialog::test);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &CredentialsDialog::handleSelectionChanged);
    for (QLineEdit *edit : {m_name, m_accessKeyId, m_secret})
        connect(edit, &QLineEdit::textChanged, this, &CredentialsDialog::updateButtons);
    if (m_store) {
        connect(m_store, &AppProfileStore::profilesChanged, this, &CredentialsDialog::reloadList);
        connect(m_store, &AppProfileStore::keychainAvailabilityChanged, this, &CredentialsDialog::showKeychainState);
        showKeychainState(m_store->isKeychainAvailable(), m_store->keychainMessage());
    }
    reloadList();
    newProfile();
    resize(860, 460);
}

CredentialsDialog::~CredentialsDialog()
{
    clearSecretFields();
}

void CredentialsDialog::done(int result)
{
    // A secret typed and not saved would be lost without a word: ask first (Cancel keeps it).
    if (!m_secret->text().isEmpty() || !m_sessionToken->text().isEmpty()) {
        const QString name = m_name->text().trimmed();
        const QString text = name.isEmpty()
            ? tr("The secret you typed has not been saved. Close and discard it?")
            : tr("The secret you typed for %1 has not been saved. Close and discard it?").arg(name);
        if (!m_prompter->confirm(this, tr("Discard Unsaved Secret"), text, tr("Discard"),
                                 Prompter::DefaultAnswer::Cancel))
            return;
    }
    clearSecretFields();
    QDialog::done(result);
}

void CredentialsDialog::clearSecretFields()
{
    if (m_secret)
        wipe(m_secret);
    if (m_sessionToken)
        wipe(m_sessionToken);
}

void CredentialsDialog::reloadList()
{
    const QString keep = m_editing;
    m_model->clear();
    if (!m_store)
        return;
    for (const AppProfile &p : m_store->profiles()) {
        auto *item = new QStandardItem(p.name);
        item->setData(p.name, Qt::UserRole);
        item->setToolTip(p.region.isEmpty() ? p.accessKeyId : tr("%1 · %2").arg(p.accessKeyId, p.region));
        m_model->appendRow(item);
    }
    if (!keep.isEmpty())
        selectProfile(keep);
    updateButtons();
}

void CredentialsDialog::selectProfile(const QString &name)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->item(row)->data(Qt::UserRole).toString() == name) {
            m_list->setCurrentIndex(m_model->index(row, 0));
            handleSelectionChanged();
            return;
        }
    }
    newProfile();
}

void CredentialsDialog::handleSelectionChanged()
{
    const QModelIndex index = m_list->currentIndex();
    if (!index.isValid() || !m_store)
        return;
    const AppProfile p = m_store->profile(index.data(Qt::UserRole).toString());
    if (!p.isValid())
        return;
    m_editing = p.name;
    m_name->setText(p.name);
    m_accessKeyId->setText(p.accessKeyId);
    clearSecretFields();
    // Where the secret really is: a profile saved while the keychain was away has it in memory.
    const QString stored = m_store->isKeptForThisRunOnly(p.name) ? tr("session only; type to replace")
                                                                  : tr("in the keychain; type to replace");
    m_secret->setPlaceholderText(stored);
    m_sessionToken->setPlaceholderText(p.hasSessionToken ? stored : tr("optional"));
    m_region->setCurrentText(p.region);
    m_endpoint->setText(p.endpointUrl);
    m_identity->clear();
    setStatus({});
    updateButtons();
}

void CredentialsDialog::newProfile()
{
    m_editing.clear();
    m_list->clearSelection();
    m_list->setCurrentIndex({});
    m_name->clear();
    m_accessKeyId->clear();
    clearSecretFields();
    m_secret->setPlaceholderText(QString());
    m_sessionToken->setPlaceholderText(tr("optional, for temporary credentials"));
    m_region->setCurrentText(QString());
    m_endpoint->clear();
    m_identity->clear();
    setStatus({});
    m_name->setFocus();
    updateButtons();
}

void CredentialsDialog::updateButtons()
{
    const bool hasForm = !m_name->text().trimmed().isEmpty() && !m_accessKeyId->text().trimmed().isEmpty()
        && (!m_editing.isEmpty() || !m_secret->text().isEmpty());
    m_save->setEnabled(!m_busy && m_store && hasForm);
    m_test->setEnabled(!m_busy && m_network && hasForm);
    m_remove->setEnabled(!m_busy && !m_editing.isEmpty());
    m_add->setEnabled(!m_busy);
}

void CredentialsDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void CredentialsDialog::setStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    m_result->hideMessage();
    m_result->hide();
}

void CredentialsDialog::showOutcome(const QString &text, MessageWidget::Type type, const QString &details)
{
    m_status->clear();
    m_status->hide();
    m_result->showMessage(text, type, details);
    m_result->show();
}

void CredentialsDialog::showKeychainState(bool available, const QString &message)
{
    if (available) {
        m_keychainBanner->hideMessage();
        m_keychainBanner->hide();
        return;
    }
    m_keychainBanner->showMessage(tr("The system keychain is unavailable: secrets you save are kept for this run only "
                                     "and are not written anywhere."),
                                  MessageWidget::Type::Warning, message);
    m_keychainBanner->show();
}

void CredentialsDialog::save()
{
    if (!m_store || m_busy)
        return;
    AppProfile profile;
    profile.name = m_name->text().trimmed();
    profile.accessKeyId = m_accessKeyId->text().trimmed();
    profile.region = m_region->currentText().trimmed();
    profile.endpointUrl = m_endpoint->text().trimmed();
    if (!profile.region.isEmpty() && !EndpointResolver::isValidRegion(profile.region)) {
        showOutcome(tr("\"%1\" is not a region name (for example us-east-1).").arg(profile.region),
                    MessageWidget::Type::Error);
        return;
    }
    if (!profile.endpointUrl.isEmpty()) {
        const QUrl url(profile.endpointUrl, QUrl::StrictMode);
        if (const AwsError error = EndpointResolver::checkEndpoint(url)) {
            showOutcome(error.userMessage(), MessageWidget::Type::Error, error.details());
            return;
        }
    }
    std::optional<QByteArray> secret;
    std::optional<QByteArray> token;
    if (!m_secret->text().isEmpty())
        secret = takeSecret(m_secret);
    if (!m_sessionToken->text().isEmpty())
        token = takeSecret(m_sessionToken);
    else if (secret && !m_editing.isEmpty())
        token = QByteArray();  // a new key pair without a token: the old token goes
    setBusy(true);
    setStatus(tr("Saving…"));
    AppProfileJob *job = m_store->save(profile, std::move(secret), std::move(token), m_editing);
    connect(job, &AppProfileJob::finished, this, [this, name = profile.name, j = job] {
        setBusy(false);
        if (j->error()) {
            showOutcome(j->error().userMessage(), MessageWidget::Type::Error, j->error().details());
            return;
        }
        clearSecretFields();
        m_editing = name;
        reloadList();
        selectProfile(name);
        if (j->isStoredForThisRunOnly())
            showOutcome(tr("Saved. The secret is kept for this run only: the keychain is unavailable."),
                        MessageWidget::Type::Warning);
        else
            showOutcome(tr("Saved. The secret is in the system keychain."), MessageWidget::Type::Positive);
        Q_EMIT profileSaved(name);
    });
}

void CredentialsDialog::removeProfile()
{
    if (!m_store || m_editing.isEmpty() || m_busy)
        return;
    const QString name = m_editing;
    if (!m_prompter->confirm(this, tr("Remove Profile"),
                             tr("Remove the profile %1 and its secret from the keychain?").arg(name), tr("Remove"),
                             Prompter::DefaultAnswer::Cancel))
        return;
    setBusy(true);
    AppProfileJob *job = m_store->remove(name);
    connect(job, &AppProfileJob::finished, this, [this, name, j = job] {
        setBusy(false);
        newProfile();
        reloadList();
        if (j->error())
            showOutcome(j->error().userMessage(), MessageWidget::Type::Error, j->error().details());
        else
            showOutcome(tr("Profile %1 was removed.").arg(name), MessageWidget::Type::Information);
        Q_EMIT profileRemoved(name);
    });
}

void CredentialsDialog::test()
{
    if (m_busy || !m_network)
        return;
    m_identity->clear();
    // The name is checked first: a test that passes and a Save that then refuses the name would
    // send the admin round twice.
    if (const QString name = m_name->text().trimmed(); !name.isEmpty()) {
        if (const AwsError invalid = AppProfileStore::validateName(name)) {
            showOutcome(invalid.userMessage(), MessageWidget::Type::Error);
            m_name->setFocus();
            return;
        }
    }
    if (!m_secret->text().isEmpty() || m_editing.isEmpty()) {
        AwsCredentials c;
        c.accessKeyId = m_accessKeyId->text().trimmed();
        c.secretAccessKey = takeSecret(m_secret);
        c.sessionToken = takeSecret(m_sessionToken);
        c.source = tr("the Credentials dialog");
        runTest(std::move(c));
        return;
    }
    // Editing without retyping the secret: test with the stored one.
    setBusy(true);
    setStatus(tr("Reading the secret from the keychain…"));
    const QString accessKeyId = m_accessKeyId->text().trimmed();
    AppProfileJob *job = m_store->loadCredentials(m_editing);
    connect(job, &AppProfileJob::finished, this, [this, accessKeyId, j = job] {
        setBusy(false);
        if (j->error()) {
            showOutcome(j->error().userMessage(), MessageWidget::Type::Error, j->error().details());
            return;
        }
        AwsCredentials c = j->takeCredentials();
        c.accessKeyId = accessKeyId;
        if (!m_sessionToken->text().isEmpty())
            c.sessionToken = takeSecret(m_sessionToken);
        runTest(std::move(c));
    });
}

void CredentialsDialog::runTest(AwsCredentials credentials)
{
    if (m_testClient)
        m_testClient->deleteLater();
    auto *client = new CodeArtifactClient(m_network, this);
    m_testClient = client;
    QString region = m_region->currentText().trimmed();
    if (region.isEmpty())
        region = QStringLiteral("us-east-1");
    client->setRegion(region);
    const QString endpoint = m_endpoint->text().trimmed();
    client->setEndpointOverride(endpoint);
    client->setStsEndpointOverride(endpoint);
    client->setTimeoutMs(m_testTimeoutMs);
    client->setCredentialsProvider(std::make_shared<StaticCredentialsProvider>(std::move(credentials)));
    credentials.clear();

    setBusy(true);
    setStatus(tr("Asking AWS STS who these credentials belong to…"));
    auto *job = new GetCallerIdentityJob(client, this);
    connect(job, &AwsJob::finished, this, [this, job, client] {
        if (job->error()) {
            setBusy(false);
            client->setCredentialsProvider(nullptr);
            client->deleteLater();
            showOutcome(tr("The credentials being tested did not pass: %1").arg(job->error().userMessage()),
                        MessageWidget::Type::Error, job->error().details());
            return;
        }
        const CallerIdentity identity = job->identity();
        m_identity->setText(tr("Account %1\n%2").arg(identity.account, identity.arn));
        Q_EMIT testSucceeded(identity.account, identity.arn);
        testCodeArtifact(client, identity);
    });
    job->start();
}

void CredentialsDialog::testCodeArtifact(CodeArtifactClient *client, const CallerIdentity &identity)
{
    // STS proves who the credentials are; one CodeArtifact call shows what they may do there.
    setStatus(tr("Asking CodeArtifact for the domains (ListDomains)\u2026"));
    auto *list = new ListDomainsJob(client, 1, {}, this);
    connect(list, &AwsJob::finished, this, [this, list, client, identity] {
        setBusy(false);
        client->setCredentialsProvider(nullptr);
        client->deleteLater();
        if (list->error()) {
            showOutcome(tr("These credentials belong to account %1, but CodeArtifact refused ListDomains: %2")
                            .arg(identity.account, list->error().userMessage()),
                        MessageWidget::Type::Warning, list->error().details());
            return;
        }
        showOutcome(tr("These credentials work: STS knows them (account %1), and CodeArtifact answered ListDomains.")
                        .arg(identity.account),
                    MessageWidget::Type::Positive);
    });
    list->start();
}

} // namespace desk
