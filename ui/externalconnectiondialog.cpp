#include "ui/externalconnectiondialog.h"

#include "ui/icons.h"
#include "ui/messagewidget.h"

#include "base/externalconnection.h"
#include "base/inputvalidator.h"
#include "models/externalconnectionfiltermodel.h"
#include "models/externalconnectionmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QGridLayout>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace desk {

ExternalConnectionDialog::ExternalConnectionDialog(const RepositoryDescription &repository, const QString &callerAccount,
                                                   QWidget *parent)
    : QDialog(parent)
    , m_repository(repository)
    , m_callerAccount(callerAccount)
{
    setObjectName(QStringLiteral("externalConnectionDialog"));
    setWindowTitle(tr("Associate External Connection"));
    setWindowIcon(Icons::get(QStringLiteral("link")));

    auto *intro = new QLabel(tr("Connect repository <b>%1</b> in domain <b>%2</b> to a public package repository. "
                                "Package managers that use %1 can then fetch public packages through it.")
                                 .arg(repository.name.toHtmlEscaped(), repository.domainName.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);

    m_ownerEdit = new QLineEdit(repository.domainOwner, this);
    m_ownerEdit->setObjectName(QStringLiteral("domainOwnerEdit"));
    m_ownerEdit->setAccessibleName(tr("Domain owner"));
    m_ownerEdit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,12}")), m_ownerEdit));
    m_ownerEdit->setMaxLength(12);
    const bool crossAccount = callerAccount.isEmpty() || repository.domainOwner != callerAccount;
    m_ownerEdit->setReadOnly(!crossAccount);
    m_ownerHint = new QLabel(this);
    m_ownerHint->setObjectName(QStringLiteral("domainOwnerHint"));
    m_ownerHint->setForegroundRole(QPalette::PlaceholderText);
    m_ownerHint->setWordWrap(true);
    // What the field is for: requests name the account that owns the domain.
    if (!crossAccount)
        m_ownerHint->setText(tr("Domain %1 belongs to your account; requests name it as the domain owner.")
                                 .arg(repository.domainName));
    else if (!callerAccount.isEmpty())
        m_ownerHint->setText(tr("Domain %1 is shared with you by another account (you are %2). Requests must name the "
                                "account that owns it: check its 12-digit ID.").arg(repository.domainName, callerAccount));
    else
        m_ownerHint->setText(tr("The 12-digit AWS account that owns domain %1; requests name it as the domain owner.")
                                 .arg(repository.domainName));
    m_ownerHintText = m_ownerHint->text();

    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("connectionSearchEdit"));
    m_searchEdit->setAccessibleName(tr("Search external connections"));
    m_searchEdit->setPlaceholderText(tr("Search: pypi, npm, maven, crates\u2026"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->addAction(Icons::get(QStringLiteral("search")), QLineEdit::LeadingPosition);

    m_model = new ExternalConnectionModel(this);
    m_filter = new ExternalConnectionFilterModel(this);
    m_filter->setSourceModel(m_model);

    m_formatCombo = new QComboBox(this);
    m_formatCombo->setObjectName(QStringLiteral("formatCombo"));
    m_formatCombo->setAccessibleName(tr("Package format"));
    m_formatCombo->addItem(tr("All formats"), QString());
    for (const QString &format : m_model->packageFormats())
        m_formatCombo->addItem(format, format);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("connectionView"));
    m_view->setAccessibleName(tr("External connections"));
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(ExternalConnectionModel::NameColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(ExternalConnectionModel::FormatColumn, QHeaderView::ResizeToContents);
    m_view->setMinimumHeight(160);   // six rows; gives way to a long explanation below it
    m_emptyLabel = new QLabel(m_view->viewport());
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);

    m_message = new MessageWidget(this);
    m_message->setObjectName(QStringLiteral("pickerMessage"));
    m_message->setCloseButtonVisible(false);
    m_replaceCheck = new QCheckBox(this);
    m_replaceCheck->setObjectName(QStringLiteral("replaceCheck"));
    m_replaceCheck->setVisible(false);

    // The plans for the chosen connection: through a store repository, or directly.
    m_routeBox = new QWidget(this);
    m_routeBox->setObjectName(QStringLiteral("routeBox"));
    m_storeRadio = new QRadioButton(tr("&Through a store repository (recommended by AWS)"), m_routeBox);
    m_storeRadio->setObjectName(QStringLiteral("storeRouteRadio"));
    m_storeEdit = new QLineEdit(m_routeBox);
    m_storeEdit->setObjectName(QStringLiteral("storeNameEdit"));
    m_storeEdit->setAccessibleName(tr("Store repository name"));
    m_storeEdit->setToolTip(tr("The store repository: created with the connection when no repository of the domain "
                               "has it (the AWS Console's name, or the first free one), or the one that has it"));
    m_storeEdit->setMaxLength(100);
    m_directRadio = new QRadioButton(tr("&Directly on %1").arg(repository.name), m_routeBox);
    m_directRadio->setObjectName(QStringLiteral("directRouteRadio"));
    m_planLabel = new QLabel(m_routeBox);
    m_planLabel->setObjectName(QStringLiteral("planStepsLabel"));
    m_planLabel->setWordWrap(true);
    m_planLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *routeLayout = new QGridLayout(m_routeBox);
    routeLayout->setContentsMargins(0, 0, 0, 0);
    // The store's name beside its choice: one row fewer for a dialog that must fit 700 px.
    routeLayout->addWidget(m_storeRadio, 0, 0);
    routeLayout->addWidget(m_storeEdit, 0, 1);
    routeLayout->addWidget(m_directRadio, 1, 0, 1, 2);
    routeLayout->addWidget(m_planLabel, 2, 0, 1, 2);
    routeLayout->setColumnStretch(1, 1);
    (ConnectionPlan::defaultRoute(repository) == ConnectionPlan::Route::Direct ? m_directRadio : m_storeRadio)
        ->setChecked(true);
    m_routeBox->setVisible(false);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_okButton = m_buttons->addButton(tr("&Associate"), QDialogButtonBox::AcceptRole);
    m_okButton->setObjectName(QStringLiteral("associateOkButton"));
    m_okButton->setIcon(Icons::get(QStringLiteral("link")));
    m_okButton->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));

    // Search and format on rows of their own: the search field keeps the dialog's width for its
    // placeholder in every language.
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *searchLabel = new QLabel(tr("&Connection:"), this);
    searchLabel->setBuddy(m_searchEdit);
    form->addRow(searchLabel, m_searchEdit);
    auto *formatLabel = new QLabel(tr("&Format:"), this);
    formatLabel->setBuddy(m_formatCombo);
    auto *formatRow = new QHBoxLayout;
    formatRow->addWidget(m_formatCombo);
    formatRow->addStretch(1);
    form->addRow(formatLabel, formatRow);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_replaceCheck);
    layout->addWidget(m_routeBox);
    // The owner comes after the choice it qualifies, out of the way of searching and choosing.
    auto *ownerForm = new QFormLayout;
    ownerForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *ownerLabel = new QLabel(tr("Domain &owner:"), this);
    ownerLabel->setBuddy(m_ownerEdit);
    auto *ownerBox = new QVBoxLayout;
    ownerBox->setSpacing(2);
    ownerBox->addWidget(m_ownerEdit);
    ownerBox->addWidget(m_ownerHint);
    ownerForm->addRow(ownerLabel, ownerBox);
    layout->addLayout(ownerForm);
    layout->addWidget(m_buttons);

    setTabOrder(m_searchEdit, m_formatCombo);
    setTabOrder(m_formatCombo, m_view);
    setTabOrder(m_view, m_storeRadio);
    setTabOrder(m_storeRadio, m_storeEdit);
    setTabOrder(m_storeEdit, m_directRadio);
    setTabOrder(m_directRadio, m_replaceCheck);
    setTabOrder(m_replaceCheck, m_ownerEdit);

    connect(m_searchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterText(text);
        ensureCurrentRow();
        updateState();
    });
    connect(m_formatCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setPackageFormat(m_formatCombo->currentData().toString());
        ensureCurrentRow();
        updateState();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] { updateState(); });
    connect(m_view, &QTreeView::activated, this, [this] { tryAccept(); });
    connect(m_ownerEdit, &QLineEdit::textChanged, this, [this] { updateState(); });
    connect(m_replaceCheck, &QCheckBox::toggled, this, [this] { updateState(); });
    connect(m_storeRadio, &QRadioButton::toggled, this, [this] { updateState(); });
    connect(m_storeEdit, &QLineEdit::textEdited, this, [this] {
        m_storeNameEdited = true;
        updateState();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExternalConnectionDialog::tryAccept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_searchEdit->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);
    m_searchEdit->setFocus();
    resize(740, 600);
    // Nothing is chosen for the admin, unless the repository says which (its name or
    // description names a registry: "pypi-store", "Partner's Maven libraries").
    const QString suggested = suggestedConnection(repository);
    if (!suggested.isEmpty())
        selectConnection(suggested);
    updateState();
}

bool ExternalConnectionDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_searchEdit && event->type() == QEvent::KeyPress) {
        // Arrows in the search field move through the list, so typing and choosing go together.
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up || key->key() == Qt::Key_PageDown
            || key->key() == Qt::Key_PageUp) {
            const int rows = m_filter->rowCount();
            if (rows > 0) {
                int row = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
                const int step = (key->key() == Qt::Key_PageDown || key->key() == Qt::Key_PageUp) ? 5 : 1;
                row += (key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) ? step : -step;
                row = qBound(0, row, rows - 1);
                m_view->setCurrentIndex(m_filter->index(row, 0));
            }
            return true;
        }
    }
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        m_emptyLabel->setGeometry(m_view->viewport()->rect().adjusted(8, 8, -8, -8));
    return QDialog::eventFilter(watched, event);
}

void ExternalConnectionDialog::ensureCurrentRow()
{
    const QModelIndex current = m_view->currentIndex();
    if (m_filter->rowCount() == 0) {
        m_view->setCurrentIndex({});
    } else if (!current.isValid() && !m_searchEdit->text().isEmpty()) {
        // Typing narrows the list to a choice: the first match, so Enter takes it.
        m_view->setCurrentIndex(m_filter->index(0, 0));
    }
    m_view->scrollTo(m_view->currentIndex());
    if (m_filter->rowCount() == 0) {
        m_emptyLabel->setText(tr("No supported connection matches \u201c%1\u201d.").arg(m_searchEdit->text()));
        m_emptyLabel->setGeometry(m_view->viewport()->rect().adjusted(8, 8, -8, -8));
        m_emptyLabel->show();
    } else {
        m_emptyLabel->hide();
    }
}

QString ExternalConnectionDialog::currentConnection() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return {};
    return current.data(ExternalConnectionModel::NameRole).toString();
}

bool ExternalConnectionDialog::selectConnection(const QString &name)
{
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        if (index.data(ExternalConnectionModel::NameRole).toString() == name) {
            m_view->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

void ExternalConnectionDialog::updateState()
{
    const QString connection = currentConnection();
    const ExternalConnectionInfo *info = ExternalConnections::find(connection);
    const QString owner = m_ownerEdit->text();
    const QString repo = m_repository.name;
    QString existing;
    if (!m_repository.externalConnections.isEmpty())
        existing = m_repository.externalConnections.constFirst().externalConnectionName;
    const QStringList upstreams = m_repository.upstreamNames();
    const bool alreadyConnected = info && m_repository.hasExternalConnection(connection);

    bool offerReplace = false;
    m_acceptable = false;
    m_okButton->setText(tr("&Associate"));
    updatePlan(info, alreadyConnected);
    const bool throughStore = info && !alreadyConnected && m_storeRadio->isChecked();

    if (!info) {
        m_message->showMessage(tr("Choose the public repository to connect %1 to.").arg(repo),
                               MessageWidget::Type::Information);
    } else if (alreadyConnected) {
        m_message->showMessage(tr("%1 is already connected to %2. Nothing to do.").arg(repo, connection),
                               MessageWidget::Type::Information);
    } else if (throughStore) {
        const ConnectionPlan p = plan();
        const AwsError badName = InputValidator::repositoryName(p.store, QStringLiteral("store"));
        if (!m_domainComplete) {
            m_message->showMessage(tr("Reading which repository of domain %1 has %2\u2026").arg(m_repository.domainName, connection),
                                   MessageWidget::Type::Information);
        } else if (p.storeExists && upstreams.contains(p.store)) {
            m_planLabel->setVisible(false);   // no step would change anything
            m_message->showMessage(tr("%1 already gets %2 through its upstream %3. Nothing to do.").arg(repo, connection, p.store),
                                   MessageWidget::Type::Information);
        } else if (badName || p.store == repo) {
            m_message->showMessage(p.store == repo ? tr("The store repository needs a name other than %1's.").arg(repo)
                                                   : tr("The store repository's name: %1").arg(badName.userMessage()),
                                   MessageWidget::Type::Warning);
        } else {
            m_acceptable = true;
            m_okButton->setText(tr("Re&view Plan\u2026"));
            QString text = p.storeExists
                ? tr("%3 is the repository of domain %4 with %2: %1 gets it as an upstream, last in its search order "
                     "(position %5). This is the layout AWS recommends.")
                : tr("No repository of domain %4 has %2 yet: Artifact Desk creates %3 with it and makes it an upstream "
                     "of %1, last in its search order (position %5), as the AWS Console does. The domain's other "
                     "repositories can use %3 too.");
            text = text.arg(repo, connection, p.store, m_repository.domainName).arg(p.storePosition());
            if (!existing.isEmpty())
                text += u' ' + tr("%1 also has its own external connection, %2; the service decides whether a repository "
                                  "may have both, and its answer is shown.").arg(repo, existing);
            m_message->showMessage(text, existing.isEmpty() ? MessageWidget::Type::Information : MessageWidget::Type::Warning);
        }
    } else if (!existing.isEmpty()) {
        m_message->showMessage(
            tr("%1 already has its one external connection, %2; a repository can have only one. To use %3 instead, "
               "replace it: Artifact Desk first disassociates %2, then associates %3 (two requests; in between the "
               "repository has no external connection).")
                .arg(repo, existing, connection),
            MessageWidget::Type::Warning);
        m_replaceCheck->setText(tr("Re&place %1 with %2").arg(existing, connection));
        offerReplace = true;
        if (m_replaceCheck->isChecked()) {
            m_acceptable = true;
            m_okButton->setText(tr("&Replace"));
        }
    } else if (!upstreams.isEmpty()) {
        m_acceptable = true;
        m_message->showMessage(
            tr("%1 has upstream repositories (%2). AWS recommends one repository per domain with the external connection, "
               "used by the others as an upstream: the store route above does that. Associating %3 directly sends the "
               "request as it is; the service decides whether a repository may have upstreams and an external "
               "connection, and its answer is shown.")
                .arg(repo, upstreams.join(QStringLiteral(", ")), connection),
            MessageWidget::Type::Warning);
    } else {
        m_acceptable = true;
        m_message->showMessage(tr("%1 will get %2 packages from %3 (%4).")
                                   .arg(repo, info->packageFormat, info->displayName, info->name),
                               MessageWidget::Type::Information);
    }

    const bool ownerValid = InputValidator::isAccountId(owner);
    if (!ownerValid) {
        m_ownerHint->setText(tr("The domain owner must be a 12-digit AWS account ID."));
        m_ownerHint->setStyleSheet(QStringLiteral("color: #c0392b;"));
    } else {
        m_ownerHint->setText(m_ownerHintText);
        m_ownerHint->setStyleSheet({});
    }
    m_acceptable = m_acceptable && ownerValid && info;
    m_okButton->setEnabled(m_acceptable);
    // Hiding a focused check box hands the focus to the next field (the owner, its text
    // selected), so it is hidden or shown only when that changes.
    if (m_replaceCheck->isHidden() == offerReplace)
        m_replaceCheck->setVisible(offerReplace);
}

void ExternalConnectionDialog::updatePlan(const ExternalConnectionInfo *info, bool alreadyConnected)
{
    const bool show = info && !alreadyConnected;
    if (m_routeBox->isHidden() == show)
        m_routeBox->setVisible(show);
    if (!show)
        return;
    if (info->name != m_planConnection) {
        m_planConnection = info->name;
        m_storeNameEdited = false;
    }
    const ConnectionPlan proposed = ConnectionPlan::throughStore(m_repository, m_domainRepositories, info->name);
    m_storeEdit->setReadOnly(proposed.storeExists);
    if (proposed.storeExists || !m_storeNameEdited)
        m_storeEdit->setText(proposed.store);
    m_storeEdit->setEnabled(m_storeRadio->isChecked());
    const bool replacing = m_directRadio->isChecked() && !m_repository.externalConnections.isEmpty();
    m_planLabel->setVisible(!replacing);
    if (replacing)
        return;
    const ConnectionPlan p = plan();
    QStringList lines;
    for (int i = 0; i < p.steps.size(); ++i)
        lines << tr("%1. %2").arg(i + 1).arg(p.steps.at(i).description());
    m_planLabel->setText(tr("The plan, one request a step (nothing is sent before you run it):") + u'\n'
                         + lines.join(u'\n'));
}

void ExternalConnectionDialog::setDomainRepositories(const QList<RepositoryDescription> &repositories, bool complete)
{
    m_domainRepositories = repositories;
    m_domainComplete = complete;
    updateState();
}

ConnectionPlan::Route ExternalConnectionDialog::route() const
{
    return m_storeRadio->isChecked() ? ConnectionPlan::Route::ThroughStore : ConnectionPlan::Route::Direct;
}

void ExternalConnectionDialog::setRoute(ConnectionPlan::Route route)
{
    (route == ConnectionPlan::Route::Direct ? m_directRadio : m_storeRadio)->setChecked(true);
}

ConnectionPlan ExternalConnectionDialog::plan() const
{
    const QString connection = currentConnection();
    if (!ExternalConnections::find(connection))
        return {};
    RepositoryDescription repository = m_repository;
    repository.domainOwner = m_ownerEdit->text();
    if (route() == ConnectionPlan::Route::Direct)
        return ConnectionPlan::direct(repository, connection);
    return ConnectionPlan::throughStore(repository, m_domainRepositories, connection,
                                        m_storeEdit->isReadOnly() ? QString() : m_storeEdit->text().trimmed());
}

QString ExternalConnectionDialog::suggestedConnection(const RepositoryDescription &repository)
{
    // Words in a repository's name or description that name one registry.
    static const QList<std::pair<QStringList, QString>> hints = {
        {{QStringLiteral("npm"), QStringLiteral("node"), QStringLiteral("javascript")}, QStringLiteral("public:npmjs")},
        {{QStringLiteral("pypi"), QStringLiteral("python"), QStringLiteral("pip")}, QStringLiteral("public:pypi")},
        {{QStringLiteral("nuget"), QStringLiteral("dotnet"), QStringLiteral(".net")}, QStringLiteral("public:nuget-org")},
        {{QStringLiteral("gradle")}, QStringLiteral("public:maven-gradleplugins")},
        {{QStringLiteral("android"), QStringLiteral("googleandroid")}, QStringLiteral("public:maven-googleandroid")},
        {{QStringLiteral("commonsware")}, QStringLiteral("public:maven-commonsware")},
        {{QStringLiteral("clojars"), QStringLiteral("clojure")}, QStringLiteral("public:maven-clojars")},
        {{QStringLiteral("maven"), QStringLiteral("java"), QStringLiteral("jvm")}, QStringLiteral("public:maven-central")},
        {{QStringLiteral("ruby"), QStringLiteral("gems"), QStringLiteral("rubygems")}, QStringLiteral("public:ruby-gems-org")},
        {{QStringLiteral("crates"), QStringLiteral("cargo"), QStringLiteral("rust")}, QStringLiteral("public:crates-io")},
    };
    static const QRegularExpression separators(QStringLiteral("[^a-z0-9.]+"));
    const QStringList words = (repository.name + u' ' + repository.description).toLower().split(separators, Qt::SkipEmptyParts);
    QStringList found;
    for (const auto &[names, connection] : hints) {
        const bool named = std::any_of(names.begin(), names.end(), [&words](const QString &n) { return words.contains(n); });
        if (named && !found.contains(connection))
            found << connection;
    }
    // "maven" with a more particular Maven repository ("maven-gradle") means that one.
    const bool particularMaven = std::any_of(found.begin(), found.end(), [](const QString &c) {
        return c.startsWith(QLatin1String("public:maven-")) && c != QLatin1String("public:maven-central");
    });
    if (particularMaven)
        found.removeAll(QStringLiteral("public:maven-central"));
    // One registry named: that one. None, or several: the admin chooses.
    return found.size() == 1 ? found.constFirst() : QString();
}

QString ExternalConnectionDialog::explanation() const
{
    return m_message->text();
}

ExternalConnectionDialog::Choice ExternalConnectionDialog::choice() const
{
    Choice c;
    c.connection = currentConnection();
    c.domainOwner = m_ownerEdit->text();
    if (!m_repository.externalConnections.isEmpty() && m_replaceCheck->isChecked() && route() == ConnectionPlan::Route::Direct) {
        const QString existing = m_repository.externalConnections.constFirst().externalConnectionName;
        if (existing != c.connection)
            c.replaces = existing;
    }
    c.plan = plan();
    return c;
}

void ExternalConnectionDialog::tryAccept()
{
    if (m_acceptable)
        accept();
}

} // namespace desk
