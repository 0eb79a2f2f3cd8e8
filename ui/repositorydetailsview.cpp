#include "ui/repositorydetailsview.h"

#include "ui/elidinglabel.h"
#include "ui/flowlayout.h"
#include "ui/icons.h"

#include "base/externalconnection.h"
#include "models/inventorymodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollArea>
#include <QStackedWidget>
#include <QToolButton>
#include <QVariantAnimation>
#include <QVBoxLayout>

namespace desk {

namespace {
QFont titleFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 1.4);
    font.setBold(true);
    return font;
}

QFormLayout *newForm()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(6);
    return form;
}
} // namespace

RepositoryDetailsView::RepositoryDetailsView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("detailsView"));
    m_stack = new QStackedWidget(this);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("detailsHintLabel"));
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setMargin(24);

    m_stack->addWidget(m_hint);
    m_stack->addWidget(buildRepositoryPage());
    m_stack->addWidget(buildDomainPage());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    showHint(tr("Select a repository to see its details and external connections,\nor a domain to see the domain."));
}

QLabel *RepositoryDetailsView::valueLabel(const QString &objectName)
{
    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QWidget *RepositoryDetailsView::arnField(QLineEdit **edit, const QString &objectName, const QString &buttonName)
{
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);
    *edit = new QLineEdit(box);
    (*edit)->setObjectName(objectName);
    (*edit)->setReadOnly(true);
    (*edit)->setAccessibleName(tr("ARN"));
    // A long ARN scrolls in the field; the tooltip shows all of it at once.
    connect(*edit, &QLineEdit::textChanged, *edit, &QWidget::setToolTip);
    auto *copy = new QToolButton(box);
    copy->setObjectName(buttonName);
    copy->setIcon(Icons::get(QStringLiteral("copy")));
    copy->setToolTip(tr("Copy the ARN"));
    copy->setAccessibleName(tr("Copy ARN"));
    QLineEdit *target = *edit;
    connect(copy, &QToolButton::clicked, this, [target] { QApplication::clipboard()->setText(target->text()); });
    row->addWidget(*edit, 1);
    row->addWidget(copy);
    return box;
}

RepositoryDetailsView::PageFrame RepositoryDetailsView::buildPageFrame(const QString &pageName, const QString &titleName)
{
    PageFrame frame;
    frame.scroll = new QScrollArea(this);
    frame.scroll->setObjectName(pageName);
    frame.scroll->setWidgetResizable(true);
    frame.scroll->setFrameShape(QFrame::NoFrame);
    frame.page = new QWidget(frame.scroll);
    frame.layout = new QVBoxLayout(frame.page);
    frame.layout->setContentsMargins(16, 12, 16, 16);
    frame.layout->setSpacing(10);
    // A name of up to 100 characters with no space to wrap at: elided (whole in the tooltip)
    // rather than widening the pane past a narrow window.
    frame.title = new ElidingLabel(frame.page);
    frame.title->setObjectName(titleName);
    frame.title->setFont(titleFont(font()));
    frame.title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return frame;
}

QWidget *RepositoryDetailsView::buildRepositoryPage()
{
    const PageFrame frame = buildPageFrame(QStringLiteral("repositoryPage"), QStringLiteral("repositoryTitleLabel"));
    QScrollArea *scroll = frame.scroll;
    QWidget *page = frame.page;
    QVBoxLayout *layout = frame.layout;
    m_repoTitle = frame.title;
    m_repoSubtitle = new ElidingLabel(page);
    m_repoSubtitle->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_repoTitle);
    layout->addWidget(m_repoSubtitle);

    // The buttons wrap onto a second line in a narrow pane.
    auto *actions = new FlowLayout(nullptr, 6, 6);
    auto makeButton = [page](const QString &name) {
        auto *b = new QToolButton(page);
        b->setObjectName(name);
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        return b;
    };
    m_associateButton = makeButton(QStringLiteral("associateButton"));
    m_disassociateButton = makeButton(QStringLiteral("disassociateButton"));
    m_copyCliButton = makeButton(QStringLiteral("copyCliButton"));
    actions->addWidget(m_associateButton);
    actions->addWidget(m_disassociateButton);
    actions->addWidget(m_copyCliButton);
    layout->addLayout(actions);

    auto *form = newForm();
    m_repoDomain = valueLabel(QStringLiteral("repositoryDomainLabel"));
    m_repoDomainOwner = valueLabel(QStringLiteral("repositoryDomainOwnerLabel"));
    m_repoAdmin = valueLabel(QStringLiteral("repositoryAdministratorLabel"));
    m_repoDescription = valueLabel(QStringLiteral("repositoryDescriptionLabel"));
    m_repoCreated = valueLabel(QStringLiteral("repositoryCreatedLabel"));
    form->addRow(tr("Domain:"), m_repoDomain);
    form->addRow(tr("Domain owner:"), m_repoDomainOwner);
    form->addRow(tr("Administrator account:"), m_repoAdmin);
    form->addRow(tr("ARN:"), arnField(&m_repoArn, QStringLiteral("repositoryArnEdit"), QStringLiteral("copyArnButton")));
    form->addRow(tr("Description:"), m_repoDescription);
    form->addRow(tr("Created:"), m_repoCreated);
    layout->addLayout(form);

    m_upstreamsBox = new QGroupBox(tr("Upstream repositories (in search order)"), page);
    m_upstreamsBox->setObjectName(QStringLiteral("upstreamsBox"));
    m_upstreamsLayout = new QVBoxLayout(m_upstreamsBox);
    m_upstreamsLayout->setSpacing(4);
    layout->addWidget(m_upstreamsBox);

    m_usedByBox = new QGroupBox(tr("Used by"), page);
    m_usedByBox->setObjectName(QStringLiteral("usedByBox"));
    m_usedByLayout = new QVBoxLayout(m_usedByBox);
    m_usedByLayout->setSpacing(4);
    layout->addWidget(m_usedByBox);

    m_connectionsBox = new QGroupBox(tr("External connection"), page);
    m_connectionsBox->setObjectName(QStringLiteral("externalConnectionsBox"));
    m_connectionsBox->setAutoFillBackground(true);
    m_connectionsLayout = new QGridLayout(m_connectionsBox);
    m_connectionsLayout->setHorizontalSpacing(16);
    m_connectionsLayout->setVerticalSpacing(4);
    layout->addWidget(m_connectionsBox);

    m_reachesBox = new QGroupBox(tr("Reaches (public registries, in search order)"), page);
    m_reachesBox->setObjectName(QStringLiteral("reachesBox"));
    m_reachesLayout = new QVBoxLayout(m_reachesBox);
    m_reachesLayout->setSpacing(4);
    layout->addWidget(m_reachesBox);
    layout->addStretch(1);

    scroll->setWidget(page);
    return scroll;
}

QWidget *RepositoryDetailsView::buildDomainPage()
{
    const PageFrame frame = buildPageFrame(QStringLiteral("domainPage"), QStringLiteral("domainTitleLabel"));
    QScrollArea *scroll = frame.scroll;
    QWidget *page = frame.page;
    QVBoxLayout *layout = frame.layout;
    m_domainTitle = frame.title;
    layout->addWidget(m_domainTitle);
    auto *subtitle = new QLabel(tr("Domain"), page);
    subtitle->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(subtitle);

    auto *form = newForm();
    m_domainOwner = valueLabel(QStringLiteral("domainOwnerLabel"));
    m_domainStatus = valueLabel(QStringLiteral("domainStatusLabel"));
    m_domainCreated = valueLabel(QStringLiteral("domainCreatedLabel"));
    m_domainRepositories = valueLabel(QStringLiteral("domainRepositoriesLabel"));
    m_domainAssetSize = valueLabel(QStringLiteral("domainAssetSizeLabel"));
    m_domainEncryptionKey = valueLabel(QStringLiteral("domainEncryptionKeyLabel"));
    m_domainS3Bucket = valueLabel(QStringLiteral("domainS3BucketLabel"));
    form->addRow(tr("Owner account:"), m_domainOwner);
    form->addRow(tr("ARN:"), arnField(&m_domainArn, QStringLiteral("domainArnEdit"), QStringLiteral("copyDomainArnButton")));
    form->addRow(tr("Status:"), m_domainStatus);
    form->addRow(tr("Created:"), m_domainCreated);
    form->addRow(tr("Repositories:"), m_domainRepositories);
    form->addRow(tr("Asset size:"), m_domainAssetSize);
    form->addRow(tr("Encryption key:"), m_domainEncryptionKey);
    form->addRow(tr("S3 bucket:"), m_domainS3Bucket);
    layout->addLayout(form);
    layout->addStretch(1);
    scroll->setWidget(page);
    return scroll;
}

void RepositoryDetailsView::setRepositoryActions(QAction *associate, QAction *disassociate, QAction *copyCli)
{
    m_associateButton->setDefaultAction(associate);
    m_disassociateButton->setDefaultAction(disassociate);
    m_copyCliButton->setDefaultAction(copyCli);
}

RepositoryDetailsView::Page RepositoryDetailsView::page() const
{
    switch (m_stack->currentIndex()) {
    case 1:
        return Page::Repository;
    case 2:
        return Page::Domain;
    default:
        return Page::Hint;
    }
}

QString RepositoryDetailsView::hintText() const
{
    return m_hint->text();
}

void RepositoryDetailsView::showHint(const QString &hint)
{
    m_hint->setText(hint);
    m_repositoryLoaded = false;
    m_repository = {};
    m_stack->setCurrentIndex(0);
}

QString RepositoryDetailsView::formatTime(const QDateTime &time)
{
    if (!time.isValid())
        return tr("Unknown");
    return QLocale().toString(time.toLocalTime(), QLocale::LongFormat);
}

void RepositoryDetailsView::showSelection(const QModelIndex &sourceIndex)
{
    if (!sourceIndex.isValid()) {
        showHint(tr("Select a repository to see its details and external connections,\nor a domain to see the domain."));
        return;
    }
    const QModelIndex row = sourceIndex.siblingAtColumn(0);
    switch (row.data(InventoryModel::KindRole).value<InventoryModel::ItemKind>()) {
    case InventoryModel::ItemKind::Repository:
        showRepositorySummary(row.data(InventoryModel::RepositorySummaryRole).value<RepositorySummary>());
        return;
    case InventoryModel::ItemKind::Domain:
        if (row.data(InventoryModel::DomainStateRole).value<InventoryModel::DomainState>() == InventoryModel::DomainState::Failed) {
            showHint(tr("The repositories of domain %1 could not be listed.\n\n%2\n\nPress F5 to try again.")
                         .arg(row.data().toString(), row.data(InventoryModel::ErrorRole).value<AwsError>().userMessage()));
            return;
        }
        showDomainSummary(row.data(InventoryModel::DomainSummaryRole).value<DomainSummary>(),
                          row.data(InventoryModel::RepositoryCountRole).toInt());
        return;
    case InventoryModel::ItemKind::Error:
        showHint(tr("%1\n\nPress F5 to try again.").arg(row.data(InventoryModel::ErrorRole).value<AwsError>().userMessage()));
        return;
    }
}

void RepositoryDetailsView::showRepositorySummary(const RepositorySummary &summary)
{
    m_repository = RepositoryDescription(summary);
    m_repositoryLoaded = false;
    m_repoTitle->setFullText(summary.name);
    m_repoSubtitle->setFullText(tr("Repository in domain %1").arg(summary.domainName));
    m_repoDomain->setText(summary.domainName);
    m_repoDomainOwner->setText(summary.domainOwner);
    m_repoAdmin->setText(summary.administratorAccount);
    m_repoArn->setText(summary.arn);
    m_repoArn->setCursorPosition(0);
    m_repoDescription->setText(summary.description.isEmpty() ? tr("No description") : summary.description);
    m_repoDescription->setForegroundRole(summary.description.isEmpty() ? QPalette::PlaceholderText : QPalette::WindowText);
    m_repoCreated->setText(formatTime(summary.createdTime));
    fillUpstreams({}, true);
    fillConnections({}, true);
    fillRelations();
    m_stack->setCurrentIndex(1);
}

void RepositoryDetailsView::showRepository(const RepositoryDescription &repository, const QString &highlightConnection)
{
    showRepositorySummary(repository.summary());
    m_repository = repository;
    m_repositoryLoaded = true;
    fillUpstreams(repository.upstreams, false);
    fillConnections(repository.externalConnections, false);
    fillRelations();
    if (!highlightConnection.isEmpty())
        startHighlight(highlightConnection);
}

void RepositoryDetailsView::fillUpstreams(const QList<UpstreamRepositoryInfo> &upstreams, bool loading)
{
    while (QLayoutItem *item = m_upstreamsLayout->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
    m_upstreamRows.clear();
    auto addLine = [this](const QString &text, bool dim) {
        auto *label = new QLabel(text, m_upstreamsBox);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setWordWrap(true);
        if (dim)
            label->setForegroundRole(QPalette::PlaceholderText);
        m_upstreamsLayout->addWidget(label);
    };
    if (loading) {
        addLine(tr("Loading\u2026"), true);
        return;
    }
    if (upstreams.isEmpty()) {
        addLine(tr("None. This repository does not search other repositories."), true);
        return;
    }
    // Each upstream selects its repository; a name the domain does not have (deleted since: a
    // dangling upstream) is plain text that says so.
    const QModelIndex domainRow = m_model ? m_model->domainIndex(m_repository.domainOwner, m_repository.domainName) : QModelIndex();
    const bool domainKnown = domainRow.isValid()
        && domainRow.data(InventoryModel::DomainStateRole).value<InventoryModel::DomainState>() == InventoryModel::DomainState::Loaded;
    for (qsizetype i = 0; i < upstreams.size(); ++i) {
        const QString name = upstreams.at(i).repositoryName;
        if (!domainKnown) {
            addLine(QStringLiteral("%1. %2").arg(i + 1).arg(name), false);
            m_upstreamRows << QStringLiteral("%1. %2").arg(i + 1).arg(name);
            continue;
        }
        if (!m_model->repositoryIndex(RepositoryRef{m_repository.domainName, m_repository.domainOwner, name}).isValid()) {
            addLine(tr("%1. %2 (not found in this domain)").arg(i + 1).arg(name), false);
            m_upstreamRows << tr("%1. %2 (not found in this domain)").arg(i + 1).arg(name);
            m_upstreamsLayout->itemAt(m_upstreamsLayout->count() - 1)->widget()->setObjectName(QStringLiteral("upstreamDanglingLabel"));
            continue;
        }
        auto *label = new QLabel(m_upstreamsBox);
        label->setObjectName(QStringLiteral("upstreamLink"));
        label->setTextFormat(Qt::RichText);
        label->setTextInteractionFlags(Qt::TextBrowserInteraction);
        label->setText(QStringLiteral("%1. <a href=\"%2\">%2</a>").arg(i + 1).arg(name.toHtmlEscaped()));
        label->setAccessibleName(QStringLiteral("%1. %2").arg(i + 1).arg(name));
        label->setToolTip(tr("Select %1 in the tree").arg(name));
        connect(label, &QLabel::linkActivated, this, &RepositoryDetailsView::activateLink);
        m_upstreamsLayout->addWidget(label);
        m_upstreamRows << label->accessibleName();
    }
}

void RepositoryDetailsView::fillConnections(const QList<RepositoryExternalConnectionInfo> &connections, bool loading)
{
    for (QWidget *w : std::as_const(m_connectionWidgets))
        w->deleteLater();
    m_connectionWidgets.clear();
    m_connectionRows.clear();
    while (QLayoutItem *item = m_connectionsLayout->takeAt(0))
        delete item;
    auto add = [this](const QString &text, int row, int column, bool dim, int span = 1) {
        auto *label = new QLabel(text, m_connectionsBox);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setWordWrap(span > 1);
        if (dim)
            label->setForegroundRole(QPalette::PlaceholderText);
        m_connectionsLayout->addWidget(label, row, column, 1, span);
        m_connectionWidgets << label;
        return label;
    };
    if (loading) {
        add(tr("Loading\u2026"), 0, 0, true, 3);
        return;
    }
    if (connections.isEmpty()) {
        add(tr("None. Use “Associate External Connection\u2026\u201d to connect this repository to a public "
               "repository such as PyPI or npm."),
            0, 0, true, 3);
        return;
    }
    QFont bold = font();
    bold.setBold(true);
    const QStringList headers = {tr("Name"), tr("Package format"), tr("Status")};
    for (int c = 0; c < headers.size(); ++c)
        add(headers.at(c), 0, c, true);
    int row = 1;
    for (const RepositoryExternalConnectionInfo &c : connections) {
        QLabel *name = add(c.externalConnectionName, row, 0, false);
        name->setObjectName(QStringLiteral("externalConnectionNameLabel"));
        name->setFont(bold);
        add(c.packageFormat, row, 1, false)->setObjectName(QStringLiteral("externalConnectionFormatLabel"));
        QLabel *status = add(c.status, row, 2, false);
        status->setObjectName(QStringLiteral("externalConnectionStatusLabel"));
        if (c.status.compare(QLatin1String("Available"), Qt::CaseInsensitive) == 0)
            status->setStyleSheet(QStringLiteral("color: #2f7d32;"));
        m_connectionRows << QStringLiteral("%1 | %2 | %3").arg(c.externalConnectionName, c.packageFormat, c.status);
        ++row;
    }
    m_connectionsLayout->setColumnStretch(2, 1);
}

void RepositoryDetailsView::setInventoryModel(const InventoryModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (!model)
        return;
    // A description anywhere in the domain can add a user or a registry: look again once the
    // model has settled (many descriptions in a row are one refill).
    connect(model, &QAbstractItemModel::dataChanged, this, &RepositoryDetailsView::scheduleRelations);
    connect(model, &QAbstractItemModel::rowsInserted, this, &RepositoryDetailsView::scheduleRelations);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &RepositoryDetailsView::scheduleRelations);
    connect(model, &QAbstractItemModel::modelReset, this, &RepositoryDetailsView::scheduleRelations);
}

void RepositoryDetailsView::scheduleRelations()
{
    if (m_relationsScheduled || page() != Page::Repository)
        return;
    m_relationsScheduled = true;
    QMetaObject::invokeMethod(this, [this] {
        m_relationsScheduled = false;
        if (page() == Page::Repository)
            fillRelations();
    }, Qt::QueuedConnection);
}

void RepositoryDetailsView::activateLink(const QString &repository)
{
    Q_EMIT repositoryLinkActivated(RepositoryRef{m_repository.domainName, m_repository.domainOwner, repository});
}

void RepositoryDetailsView::fillRelations()
{
    // One line of either box: plain text for tests and accessibility, rich text with links shown.
    struct Line
    {
        QString objectName;
        QString plain;
        QString rich;   // empty: a dimmed plain line
        QString icon;
    };
    QList<Line> usedBy;
    QList<Line> reaches;
    auto link = [](const QString &name) {
        return QStringLiteral("<a href=\"%1\">%1</a>").arg(name.toHtmlEscaped());
    };

    const QModelIndex row = m_model ? m_model->repositoryIndex(RepositoryRef{m_repository.domainName, m_repository.domainOwner,
                                                                              m_repository.name})
                                    : QModelIndex();
    if (!row.isValid()) {
        usedBy << Line{QStringLiteral("usedByPendingLabel"), tr("Not known yet"), {}, {}};
        reaches << Line{QStringLiteral("reachesPendingLabel"), tr("Not known yet"), {}, {}};
    } else {
        // Used by: the described repositories of the domain that name this one as an upstream.
        const QStringList users = row.data(InventoryModel::UsedByRole).toStringList();
        int undescribed = row.parent().data(InventoryModel::UndescribedCountRole).toInt();
        if (row.data(InventoryModel::UpstreamCountRole).toInt() < 0)
            --undescribed;   // its own description says nothing about who uses it
        for (const QString &user : users)
            usedBy << Line{QStringLiteral("usedByLink"), user, link(user), {}};
        const QString count = QLocale().toString(undescribed);
        if (undescribed > 0 && users.isEmpty()) {
            usedBy << Line{QStringLiteral("usedByPendingLabel"),
                           undescribed == 1 ? tr("Not known yet: 1 repository of this domain is not described yet.")
                                            : tr("Not known yet: %1 repositories of this domain are not described yet.").arg(count),
                           {}, {}};
        } else if (undescribed > 0) {
            usedBy << Line{QStringLiteral("usedByPendingLabel"),
                           undescribed == 1 ? tr("Perhaps more: 1 repository of this domain is not described yet.")
                                            : tr("Perhaps more: %1 repositories of this domain are not described yet.").arg(count),
                           {}, {}};
        } else if (users.isEmpty()) {
            usedBy << Line{QStringLiteral("usedByNoneLabel"), tr("None. No repository of this domain has this one as an upstream."),
                           {}, {}};
        }

        // Reaches: the registries in the order the service searches them, and the path to each.
        const auto registries = row.data(InventoryModel::ReachesRole).value<QList<UpstreamReach>>();
        const QStringList pending = row.data(InventoryModel::ReachesPendingRole).toStringList();
        for (const UpstreamReach &reach : registries) {
            const ExternalConnectionInfo *info = ExternalConnections::find(reach.connection);
            const QString icon = info ? QStringLiteral("format-") + info->packageFormat : QString();
            if (reach.via.isEmpty()) {
                reaches << Line{QStringLiteral("reachesLine"), tr("%1 (its own external connection)").arg(reach.connection),
                                tr("<b>%1</b> (its own external connection)").arg(reach.connection.toHtmlEscaped()), icon};
                continue;
            }
            QStringList links;
            for (const QString &name : reach.via)
                links << link(name);
            reaches << Line{QStringLiteral("reachesLine"),
                            tr("%1 via %2").arg(reach.connection, reach.via.join(QStringLiteral(" \u2192 "))),
                            tr("<b>%1</b> via %2").arg(reach.connection.toHtmlEscaped(), links.join(QStringLiteral(" \u2192 "))),
                            icon};
        }
        if (pending.contains(m_repository.name)) {
            reaches << Line{QStringLiteral("reachesPendingLabel"), tr("Not known yet: this repository is not described yet."), {}, {}};
        } else if (!pending.isEmpty()) {
            const QString names = pending.join(QStringLiteral(", "));
            reaches << Line{QStringLiteral("reachesPendingLabel"),
                            registries.isEmpty() ? tr("Not known yet: %1 not described yet.").arg(names)
                                                 : tr("Perhaps more: %1 not described yet.").arg(names),
                            {}, {}};
        } else if (registries.isEmpty()) {
            reaches << Line{QStringLiteral("reachesNoneLabel"),
                            tr("None. Neither this repository nor its upstreams have an external connection."), {}, {}};
        }
    }

    auto plainOf = [](const QList<Line> &lines) {
        QStringList out;
        for (const Line &line : lines)
            out << line.plain;
        return out;
    };
    const QStringList usedByRows = plainOf(usedBy);
    const QStringList reachesRows = plainOf(reaches);
    const QString shownFor = m_repository.domainOwner + u'/' + m_repository.domainName + u'/' + m_repository.name;
    if (usedByRows == m_usedByRows && reachesRows == m_reachesRows && shownFor == m_relationsShownFor)
        return;   // nothing new: the links (and a keyboard focus on one) stay
    m_usedByRows = usedByRows;
    m_reachesRows = reachesRows;
    m_relationsShownFor = shownFor;

    auto fill = [this](QGroupBox *box, QVBoxLayout *layout, const QList<Line> &lines) {
        while (QLayoutItem *item = layout->takeAt(0)) {
            if (QWidget *w = item->widget()) {
                w->hide();
                w->deleteLater();
            }
            delete item;
        }
        for (const Line &line : lines) {
            auto *label = new QLabel(box);
            label->setObjectName(line.objectName);
            label->setWordWrap(true);
            if (!line.rich.isEmpty()) {
                label->setTextFormat(Qt::RichText);
                label->setTextInteractionFlags(Qt::TextBrowserInteraction);
                label->setText(line.rich);
                label->setAccessibleName(line.plain);
                connect(label, &QLabel::linkActivated, this, &RepositoryDetailsView::activateLink);
            } else {
                label->setTextFormat(Qt::PlainText);
                label->setTextInteractionFlags(Qt::TextSelectableByMouse);
                label->setForegroundRole(QPalette::PlaceholderText);
                label->setText(line.plain);
            }
            if (line.objectName == QLatin1String("usedByLink"))
                label->setToolTip(tr("Select %1 in the tree").arg(line.plain));
            if (line.icon.isEmpty()) {
                layout->addWidget(label);
                continue;
            }
            // A registry's line: its package format's icon, then the text.
            auto *rowWidget = new QWidget(box);
            auto *rowLayout = new QHBoxLayout(rowWidget);
            rowLayout->setContentsMargins(0, 0, 0, 0);
            rowLayout->setSpacing(6);
            auto *iconLabel = new QLabel(rowWidget);
            iconLabel->setPixmap(Icons::get(line.icon).pixmap(16, 16));
            iconLabel->setAlignment(Qt::AlignTop);
            label->setParent(rowWidget);
            rowLayout->addWidget(iconLabel);
            rowLayout->addWidget(label, 1);
            layout->addWidget(rowWidget);
        }
    };
    fill(m_usedByBox, m_usedByLayout, usedBy);
    fill(m_reachesBox, m_reachesLayout, reaches);
}

QStringList RepositoryDetailsView::externalConnectionRows() const
{
    return m_connectionRows;
}

void RepositoryDetailsView::startHighlight(const QString &connection)
{
    if (m_highlightAnimation)
        m_highlightAnimation->stop();
    m_highlighted = connection;
    auto *animation = new QVariantAnimation(this);
    m_highlightAnimation = animation;
    const QColor base = palette().color(QPalette::Window);
    const QColor flash(0xfc, 0xe8, 0x8c);
    animation->setStartValue(flash);
    animation->setEndValue(base);
    animation->setDuration(2500);
    animation->setEasingCurve(QEasingCurve::InQuad);
    connect(animation, &QVariantAnimation::valueChanged, m_connectionsBox, [this](const QVariant &value) {
        QPalette p = m_connectionsBox->palette();
        p.setColor(QPalette::Window, value.value<QColor>());
        m_connectionsBox->setPalette(p);
    });
    connect(animation, &QVariantAnimation::finished, this, [this] {
        m_highlighted.clear();
        m_connectionsBox->setPalette(QPalette());
    });
    animation->start(QAbstractAnimation::DeleteWhenStopped);
}

void RepositoryDetailsView::showDomainSummary(const DomainSummary &summary, int repositoryCount)
{
    DomainDescription d;
    d.name = summary.name;
    d.owner = summary.owner;
    d.arn = summary.arn;
    d.status = summary.status;
    d.createdTime = summary.createdTime;
    d.encryptionKey = summary.encryptionKey;
    if (repositoryCount >= 0)
        d.repositoryCount = repositoryCount;
    showDomain(d);
    if (!d.assetSizeBytes)
        m_domainAssetSize->setText(tr("Loading\u2026"));
    if (d.s3BucketArn.isEmpty())
        m_domainS3Bucket->setText(tr("Loading\u2026"));
}

void RepositoryDetailsView::showDomain(const DomainDescription &domain)
{
    m_repositoryLoaded = false;
    m_repository = {};
    m_domainTitle->setFullText(domain.name);
    m_domainOwner->setText(domain.owner);
    m_domainArn->setText(domain.arn);
    m_domainArn->setCursorPosition(0);
    m_domainStatus->setText(domain.status.isEmpty() ? tr("Unknown") : domain.status);
    m_domainCreated->setText(formatTime(domain.createdTime));
    m_domainRepositories->setText(domain.repositoryCount ? QLocale().toString(*domain.repositoryCount) : tr("Unknown"));
    m_domainAssetSize->setText(domain.assetSizeBytes ? QLocale().formattedDataSize(*domain.assetSizeBytes) : tr("Unknown"));
    m_domainEncryptionKey->setText(domain.encryptionKey.isEmpty() ? tr("AWS managed key") : domain.encryptionKey);
    m_domainS3Bucket->setText(domain.s3BucketArn.isEmpty() ? tr("Unknown") : domain.s3BucketArn);
    m_stack->setCurrentIndex(2);
}

} // namespace desk
