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
#include <QPushButton>
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
    m_view->setMinimumHeight(230);
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

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_okButton = m_buttons->addButton(tr("&Associate"), QDialogButtonBox::AcceptRole);
    m_okButton->setObjectName(QStringLiteral("associateOkButton"));
    m_okButton->setIcon(Icons::get(QStringLiteral("link")));
    m_okButton->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_searchEdit, 1);
    auto *formatLabel = new QLabel(tr("&Format:"), this);
    formatLabel->setBuddy(m_formatCombo);
    searchRow->addWidget(formatLabel);
    searchRow->addWidget(m_formatCombo);
    auto *searchLabel = new QLabel(tr("&Connection:"), this);
    searchLabel->setBuddy(m_searchEdit);
    form->addRow(searchLabel, searchRow);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_replaceCheck);
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
    setTabOrder(m_view, m_replaceCheck);
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
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExternalConnectionDialog::tryAccept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_searchEdit->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);
    m_searchEdit->setFocus();
    resize(720, 560);
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

    bool offerReplace = false;
    m_acceptable = false;
    m_okButton->setText(tr("&Associate"));

    if (!m_repository.upstreams.isEmpty()) {
        QStringList names;
        for (const UpstreamRepositoryInfo &u : m_repository.upstreams)
            names << u.repositoryName;
        m_message->showMessage(
            tr("%1 has upstream repositories (%2). Upstreams and an external connection are alternatives (the API model "
               "calls them that, and the sandbox refuses a repository with both: ConflictException). The usual layout puts %3 on a dedicated store repository that %1 uses as an "
               "upstream. Either associate %3 with such a store repository, or remove %1's upstreams first.")
                .arg(repo, names.join(QStringLiteral(", ")), connection.isEmpty() ? tr("the connection") : connection),
            MessageWidget::Type::Warning);
    } else if (!existing.isEmpty() && existing == connection) {
        m_message->showMessage(tr("%1 is already connected to %2. Nothing to do.").arg(repo, existing),
                               MessageWidget::Type::Information);
    } else if (!existing.isEmpty()) {
        m_message->showMessage(
            tr("%1 already has its one external connection, %2; a repository can have only one. To use %3 instead, "
               "replace it: Artifact Desk first disassociates %2, then associates %3 (two requests; in between the "
               "repository has no external connection).")
                .arg(repo, existing, connection.isEmpty() ? tr("another") : connection),
            MessageWidget::Type::Warning);
        m_replaceCheck->setText(tr("Re&place %1 with %2").arg(existing, connection.isEmpty() ? tr("the new connection") : connection));
        offerReplace = true;
        if (!connection.isEmpty() && m_replaceCheck->isChecked()) {
            m_acceptable = true;
            m_okButton->setText(tr("&Replace"));
        }
    } else if (!info) {
        m_message->showMessage(tr("Choose the public repository to connect %1 to.").arg(repo),
                               MessageWidget::Type::Information);
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
    if (!m_repository.externalConnections.isEmpty() && m_replaceCheck->isChecked()) {
        const QString existing = m_repository.externalConnections.constFirst().externalConnectionName;
        if (existing != c.connection)
            c.replaces = existing;
    }
    return c;
}

void ExternalConnectionDialog::tryAccept()
{
    if (m_acceptable)
        accept();
}

} // namespace desk
