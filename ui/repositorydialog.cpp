#include "ui/repositorydialog.h"

#include "ui/icons.h"

#include "controllers/repositorysetupcontroller.h"
#include "models/upstreamlistmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace desk {

namespace {
const QString kErrorStyle = QStringLiteral("color: #b3261e;");
}

RepositoryDialog::RepositoryDialog(RepositorySetupController *setup, const DomainRef &domain, QWidget *parent)
    : QDialog(parent)
    , m_setup(setup)
    , m_domain(domain)
{
    setObjectName(QStringLiteral("repositoryDialog"));
    setWindowTitle(tr("New Repository"));
    build();
    updateState();
}

RepositoryDialog::RepositoryDialog(RepositorySetupController *setup, const RepositoryRef &repository,
                                   const QString &description, const QStringList &upstreams, QWidget *parent)
    : QDialog(parent)
    , m_setup(setup)
    , m_domain(repository.domainRef())
    , m_editing(true)
    , m_editedName(repository.repository)
{
    setObjectName(QStringLiteral("repositoryDialog"));
    setWindowTitle(tr("Edit Repository %1").arg(repository.repository));
    build();
    m_descriptionEdit->setText(description);
    m_upstreams->setStringList(upstreams);
    if (!upstreams.isEmpty())
        m_upstreamView->setCurrentIndex(m_upstreams->index(0, 0));
    updateState();
}

void RepositoryDialog::build()
{
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    if (m_editing) {
        intro->setText(tr("Repository <b>%1</b> in domain <b>%2</b>. Save sends one change with the description and "
                          "the upstreams below; the service answers with the repository as it is then.")
                           .arg(m_editedName.toHtmlEscaped(), m_domain.domain.toHtmlEscaped()));
    } else {
        intro->setText(tr("A new repository in domain <b>%1</b>. Upstreams are other repositories of the domain that "
                          "it searches, in order, for a package it does not have.")
                           .arg(m_domain.domain.toHtmlEscaped()));
    }

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    if (!m_editing) {
        m_nameEdit = new QLineEdit(this);
        m_nameEdit->setObjectName(QStringLiteral("repositoryNameEdit"));
        m_nameEdit->setAccessibleName(tr("Repository name"));
        m_nameEdit->setPlaceholderText(tr("e.g. web-frontend"));
        m_nameProblem = new QLabel(this);
        m_nameProblem->setObjectName(QStringLiteral("repositoryNameProblemLabel"));
        m_nameProblem->setWordWrap(true);
        auto *nameLabel = new QLabel(tr("&Name:"), this);
        nameLabel->setBuddy(m_nameEdit);
        form->addRow(nameLabel, m_nameEdit);
        form->addRow(QString(), m_nameProblem);
        connect(m_nameEdit, &QLineEdit::textChanged, this, &RepositoryDialog::updateState);
    }
    m_descriptionEdit = new QLineEdit(this);
    m_descriptionEdit->setObjectName(QStringLiteral("repositoryDescriptionEdit"));
    m_descriptionEdit->setAccessibleName(tr("Description"));
    m_descriptionEdit->setMaxLength(1000);
    m_descriptionEdit->setPlaceholderText(tr("Optional: what the repository holds, for whom"));
    auto *descriptionLabel = new QLabel(tr("&Description:"), this);
    descriptionLabel->setBuddy(m_descriptionEdit);
    form->addRow(descriptionLabel, m_descriptionEdit);

    auto *box = new QGroupBox(tr("Upstreams, in search order"), this);
    box->setObjectName(QStringLiteral("upstreamsEditBox"));
    m_upstreams = new UpstreamListModel(this);
    m_upstreams->setExisting(m_setup->repositoriesOf(m_domain));
    m_upstreamView = new QListView(box);
    m_upstreamView->setObjectName(QStringLiteral("upstreamsList"));
    m_upstreamView->setAccessibleName(tr("Upstreams in search order"));
    m_upstreamView->setModel(m_upstreams);
    m_upstreamView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_upstreamView->setDragDropMode(QAbstractItemView::InternalMove);
    m_upstreamView->setDefaultDropAction(Qt::MoveAction);
    m_upstreamView->setDragEnabled(true);
    m_upstreamView->setDropIndicatorShown(true);
    m_upstreamView->setMinimumHeight(150);
    m_upstreamView->installEventFilter(this);

    auto toolButton = [box](const char *name, const QString &icon, const QString &text, const QString &tip) {
        auto *button = new QToolButton(box);
        button->setObjectName(QString::fromLatin1(name));
        button->setText(text);
        button->setToolTip(tip);
        button->setAccessibleName(text.isEmpty() ? tip : QString(text).remove(u'&'));
        if (!icon.isEmpty())
            button->setIcon(Icons::get(icon));
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
        return button;
    };
    m_upButton = toolButton("moveUpstreamUpButton", {}, tr("Move &Up"), tr("Search it earlier (Alt+Up)"));
    m_downButton = toolButton("moveUpstreamDownButton", {}, tr("Move Do&wn"), tr("Search it later (Alt+Down)"));
    m_removeButton = toolButton("removeUpstreamButton", {}, tr("&Remove"), tr("Remove the upstream (Delete)"));
    connect(m_upButton, &QToolButton::clicked, this, [this] { moveUpstream(-1); });
    connect(m_downButton, &QToolButton::clicked, this, [this] { moveUpstream(+1); });
    connect(m_removeButton, &QToolButton::clicked, this, &RepositoryDialog::removeUpstream);
    auto *side = new QVBoxLayout;
    side->addWidget(m_upButton);
    side->addWidget(m_downButton);
    side->addWidget(m_removeButton);
    side->addStretch(1);
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_upstreamView, 1);
    listRow->addLayout(side);

    m_addCombo = new QComboBox(box);
    m_addCombo->setObjectName(QStringLiteral("addUpstreamCombo"));
    m_addCombo->setAccessibleName(tr("Repository to add as an upstream"));
    m_addCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_addCombo->setMinimumContentsLength(20);
    m_addButton = new QPushButton(tr("&Add Upstream"), box);
    m_addButton->setObjectName(QStringLiteral("addUpstreamButton"));
    m_addButton->setAutoDefault(false);
    connect(m_addButton, &QPushButton::clicked, this, &RepositoryDialog::addUpstream);
    auto *addLabel = new QLabel(tr("Add fr&om %1:").arg(m_domain.domain), box);
    addLabel->setBuddy(m_addCombo);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(addLabel);
    addRow->addWidget(m_addCombo, 1);
    addRow->addWidget(m_addButton);

    m_countLabel = new QLabel(box);
    m_countLabel->setObjectName(QStringLiteral("upstreamCountLabel"));
    m_countLabel->setWordWrap(true);
    m_countLabel->setForegroundRole(QPalette::PlaceholderText);
    m_problemLabel = new QLabel(box);
    m_problemLabel->setObjectName(QStringLiteral("upstreamProblemLabel"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(kErrorStyle);

    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->addLayout(listRow, 1);
    boxLayout->addLayout(addRow);
    boxLayout->addWidget(m_countLabel);
    boxLayout->addWidget(m_problemLabel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_okButton = buttons->addButton(m_editing ? tr("&Save") : tr("&Create"), QDialogButtonBox::AcceptRole);
    m_okButton->setObjectName(m_editing ? QStringLiteral("saveRepositoryButton") : QStringLiteral("createRepositoryButton"));
    m_okButton->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_okButton->isEnabled())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(box, 1);
    layout->addWidget(buttons);

    connect(m_upstreams, &QAbstractItemModel::rowsInserted, this, &RepositoryDialog::updateState);
    connect(m_upstreams, &QAbstractItemModel::rowsRemoved, this, &RepositoryDialog::updateState);
    connect(m_upstreams, &QAbstractItemModel::rowsMoved, this, &RepositoryDialog::updateState);
    connect(m_upstreams, &QAbstractItemModel::modelReset, this, &RepositoryDialog::updateState);
    connect(m_upstreamView->selectionModel(), &QItemSelectionModel::currentChanged, this, &RepositoryDialog::updateState);
    setMinimumWidth(600);
    resize(640, 560);
}

QString RepositoryDialog::name() const
{
    return m_editing ? m_editedName : m_nameEdit->text();
}

QString RepositoryDialog::description() const
{
    return m_descriptionEdit->text();
}

QStringList RepositoryDialog::upstreams() const
{
    return m_upstreams->stringList();
}

QStringList RepositoryDialog::upstreamRows() const
{
    return m_upstreams->displayRows();
}

int RepositoryDialog::currentRow() const
{
    const QModelIndex current = m_upstreamView->currentIndex();
    return current.isValid() ? current.row() : -1;
}

bool RepositoryDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_upstreamView && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::AltModifier && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            moveUpstream(key->key() == Qt::Key_Up ? -1 : +1);
            return true;
        }
        if (key->modifiers() == Qt::NoModifier && key->key() == Qt::Key_Delete) {
            removeUpstream();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void RepositoryDialog::addUpstream()
{
    const QString name = m_addCombo->currentData().toString();
    if (name.isEmpty() || upstreams().contains(name) || upstreams().size() >= RepositorySetupController::kMaxUpstreams)
        return;
    const int row = m_upstreams->rowCount();
    m_upstreams->insertRows(row, 1);
    m_upstreams->setData(m_upstreams->index(row, 0), name);
    m_upstreamView->setCurrentIndex(m_upstreams->index(row, 0));
    updateState();
}

void RepositoryDialog::removeUpstream()
{
    const int row = currentRow();
    if (row < 0)
        return;
    m_upstreams->removeRows(row, 1);
    if (m_upstreams->rowCount() > 0)
        m_upstreamView->setCurrentIndex(m_upstreams->index(qMin(row, m_upstreams->rowCount() - 1), 0));
    updateState();
}

void RepositoryDialog::moveUpstream(int delta)
{
    const int row = currentRow();
    if (!m_upstreams->move(row, delta))
        return;
    m_upstreamView->setCurrentIndex(m_upstreams->index(row + delta, 0));
    updateState();
}

void RepositoryDialog::updateState()
{
    const QString repository = name();
    const QStringList list = upstreams();
    bool ok = true;

    if (!m_editing) {
        const QString problem = RepositorySetupController::repositoryNameProblem(repository);
        if (!problem.isEmpty()) {
            ok = false;
            m_nameProblem->setText(problem);
            m_nameProblem->setStyleSheet(repository.isEmpty() ? QString() : kErrorStyle);
            m_nameProblem->setForegroundRole(repository.isEmpty() ? QPalette::PlaceholderText : QPalette::WindowText);
        } else if (m_setup->isRepositoryNameTaken(m_domain, repository)) {
            // The inventory may be stale: say so, and let the service judge.
            m_nameProblem->setText(tr("%1 already has a repository named %2: the service will refuse a second one.")
                                       .arg(m_domain.domain, repository));
            m_nameProblem->setStyleSheet(kErrorStyle);
        } else {
            m_nameProblem->setText(tr("The name fits the service's rules."));
            m_nameProblem->setStyleSheet(QString());
            m_nameProblem->setForegroundRole(QPalette::PlaceholderText);
        }
    }

    // What can be added: the domain's other repositories not in the list yet.
    const QString chosen = m_addCombo->currentData().toString();
    m_addCombo->clear();
    for (const QString &candidate : m_setup->repositoriesOf(m_domain)) {
        if (candidate != repository && !list.contains(candidate))
            m_addCombo->addItem(candidate, candidate);
    }
    if (const int again = m_addCombo->findData(chosen); again >= 0)
        m_addCombo->setCurrentIndex(again);
    const bool full = list.size() >= RepositorySetupController::kMaxUpstreams;
    m_addCombo->setEnabled(!full && m_addCombo->count() > 0);
    m_addButton->setEnabled(!full && m_addCombo->count() > 0);

    const int row = currentRow();
    m_upButton->setEnabled(row > 0);
    m_downButton->setEnabled(row >= 0 && row < list.size() - 1);
    m_removeButton->setEnabled(row >= 0);

    if (list.isEmpty())
        m_countLabel->setText(tr("No upstreams: the repository searches only itself (and its external connection, if any)."));
    else
        m_countLabel->setText(tr("%1 of at most %2 upstreams. The service searches them in this order: drag a row, or "
                                 "press Alt+Up and Alt+Down, to reorder.")
                                  .arg(list.size())
                                  .arg(RepositorySetupController::kMaxUpstreams));

    QStringList problems;
    m_cycle = repository.isEmpty() ? QStringList() : m_setup->cycleWith(m_domain, repository, list);
    if (!m_cycle.isEmpty()) {
        ok = false;
        problems << tr("These upstreams make a cycle: %1. Remove one of them to save.")
                        .arg(m_cycle.join(QStringLiteral(" \u2192 ")));
    }
    if (full)
        problems << tr("A repository can have at most %1 upstreams: remove one to add another.")
                        .arg(RepositorySetupController::kMaxUpstreams);
    const QStringList dangling = m_upstreams->danglingNames();
    if (!dangling.isEmpty())
        problems << tr("Not found in %1: %2. Remove it; the service refuses an upstream that does not exist.")
                        .arg(m_domain.domain, dangling.join(QStringLiteral(", ")));
    const int unknown = m_setup->undescribedIn(m_domain);
    if (unknown > 0 && m_cycle.isEmpty() && !list.isEmpty())
        problems << (unknown == 1 ? tr("1 repository of the domain could not be read, so a cycle through it would not show here.")
                                  : tr("%1 repositories of the domain could not be read, so a cycle through them would "
                                       "not show here.").arg(unknown));
    m_problemLabel->setText(problems.join(u'\n'));
    m_problemLabel->setVisible(!problems.isEmpty());
    m_okButton->setEnabled(ok);
}

} // namespace desk
