#include "ui/connectionbar.h"

#include "ui/icons.h"

#include "aws/endpointresolver.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace desk {

namespace {
QFrame *separator(QWidget *parent)
{
    auto *line = new QFrame(parent);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    return line;
}
} // namespace

ConnectionBar::ConnectionBar(QWidget *parent)
    : QWidget(parent)
{
    m_credentialsIcon = new QLabel(this);
    m_credentialsIcon->setPixmap(Icons::get(QStringLiteral("key")).pixmap(16, 16));
    m_credentials = new QLabel(tr("No credentials"), this);
    m_credentials->setObjectName(QStringLiteral("credentialsSourceLabel"));
    m_credentials->setToolTip(tr("Where the AWS credentials come from"));

    m_regionLabel = new QLabel(tr("Re&gion:"), this);
    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("regionCombo"));
    m_region->setAccessibleName(tr("Region"));
    m_region->setEditable(true);
    m_region->setInsertPolicy(QComboBox::NoInsert);
    m_region->addItems(EndpointResolver::codeArtifactRegions());
    m_region->setMinimumContentsLength(14);
    m_region->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_region->setToolTip(tr("The AWS region; pick one CodeArtifact runs in, or type another"));
    m_regionLabel->setBuddy(m_region);
    // Any region name is allowed (a region newer than this build works), but one CodeArtifact
    // does not run in is said, not taken silently.
    m_regionWarning = new QLabel(this);
    m_regionWarning->setObjectName(QStringLiteral("regionWarning"));
    m_regionWarning->setPixmap(Icons::get(QStringLiteral("warning")).pixmap(16, 16));
    m_regionWarning->hide();

    m_endpointLabel = new QLabel(tr("Endpoint:"), this);
    m_endpoint = new QLabel(this);
    m_endpoint->setObjectName(QStringLiteral("endpointLabel"));
    m_endpoint->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_identityIcon = new QLabel(this);
    m_identityIcon->setPixmap(Icons::get(QStringLiteral("identity")).pixmap(16, 16));
    m_identity = new QLabel(this);
    m_identity->setObjectName(QStringLiteral("identityLabel"));
    m_identity->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The identity gives way first when the toolbar is narrow (the whole ARN is in the tooltip),
    // so the profile, region and endpoint never fall into the toolbar's overflow menu.
    m_identity->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_identity->setMinimumWidth(120);
    m_identity->installEventFilter(this);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->setSpacing(6);
    layout->addWidget(m_credentialsIcon);
    layout->addWidget(m_credentials);
    layout->addSpacing(4);
    layout->addWidget(separator(this));
    layout->addSpacing(4);
    layout->addWidget(m_regionLabel);
    layout->addWidget(m_region);
    layout->addWidget(m_regionWarning);
    layout->addSpacing(4);
    layout->addWidget(m_endpointLabel);
    layout->addWidget(m_endpoint);
    layout->addSpacing(4);
    layout->addWidget(separator(this));
    layout->addSpacing(4);
    layout->addWidget(m_identityIcon);
    layout->addWidget(m_identity, 1);

    m_layout = layout;
    setEndpoint({}, {});
    showIdentityText(tr("Not signed in"));

    connect(m_region, &QComboBox::activated, this, [this] { commitRegion(); });
    connect(m_region->lineEdit(), &QLineEdit::editingFinished, this, &ConnectionBar::commitRegion);
}

void ConnectionBar::commitRegion()
{
    const QString region = m_region->currentText().trimmed();
    if (region == m_committedRegion)
        return;
    if (!EndpointResolver::isValidRegion(region)) {
        m_region->setToolTip(tr("\u201c%1\u201d is not a region name (for example us-east-1).").arg(region));
        m_region->setCurrentText(m_committedRegion);
        return;
    }
    m_committedRegion = region;
    updateRegionWarning();
    Q_EMIT regionChosen(region);
}

void ConnectionBar::updateRegionWarning()
{
    const bool known = m_committedRegion.isEmpty() || EndpointResolver::codeArtifactRegions().contains(m_committedRegion);
    const QString text = known ? QString()
                               : tr("%1 is not a region CodeArtifact runs in (as far as this version knows). Requests go to "
                                    "codeartifact.%1.amazonaws.com; the regions are %2.")
                                     .arg(m_committedRegion, EndpointResolver::codeArtifactRegions().join(QStringLiteral(", ")));
    m_regionWarning->setToolTip(text);
    m_regionWarning->setAccessibleName(known ? QString() : tr("%1 is not a CodeArtifact region").arg(m_committedRegion));
    m_regionWarning->setVisible(!known);
}

void ConnectionBar::setConnected(bool connected)
{
    for (QWidget *widget : {static_cast<QWidget *>(m_credentialsIcon), static_cast<QWidget *>(m_credentials),
                            static_cast<QWidget *>(m_regionLabel), static_cast<QWidget *>(m_region),
                            static_cast<QWidget *>(m_regionWarning), static_cast<QWidget *>(m_endpointLabel),
                            static_cast<QWidget *>(m_endpoint), static_cast<QWidget *>(m_identityIcon),
                            static_cast<QWidget *>(m_identity)})
        widget->setEnabled(connected);
}

void ConnectionBar::setCredentialsSource(const QString &source)
{
    m_credentials->setText(source);
}

void ConnectionBar::setRegion(const QString &region)
{
    m_committedRegion = region;
    m_region->setCurrentText(region);
    updateRegionWarning();
}

bool ConnectionBar::isRegionWarningShown() const
{
    return !m_regionWarning->isHidden();
}

QString ConnectionBar::region() const
{
    return m_committedRegion;
}

void ConnectionBar::setEndpoint(const QString &endpoint, const QString &source)
{
    m_endpoint->setText(endpoint);
    m_endpoint->setToolTip(source.isEmpty() ? QString() : tr("Set by %1").arg(source));
    m_endpointLabel->setVisible(!endpoint.isEmpty());
    m_endpoint->setVisible(!endpoint.isEmpty());
}

void ConnectionBar::setIdentityLoading()
{
    m_identityIcon->setPixmap(Icons::get(QStringLiteral("identity")).pixmap(16, 16));
    showIdentityText(tr("Checking identity\u2026"));
    m_identity->setToolTip({});
}

void ConnectionBar::setIdentity(const CallerIdentity &identity)
{
    const QString &arn = identity.arn;
    const QString &account = identity.account;
    m_identityIcon->setPixmap(Icons::get(QStringLiteral("identity")).pixmap(16, 16));
    // The ARN's last part names the user or role; the whole ARN is in the tooltip.
    const QString who = arn.section(u'/', -1);
    const QString shortName = who.isEmpty() ? arn : who;
    showIdentityText(tr("Signed in as %1 (%2)").arg(shortName, account), tr("%1 (%2)").arg(shortName, account));
    m_identity->setToolTip(arn);
    m_identity->setAccessibleName(tr("Signed in as %1").arg(arn));
}

void ConnectionBar::setIdentityFailed(const AwsError &error)
{
    // A short word in the bar (the AWS code or the error kind), the sentence and details in the tooltip.
    const QString reason = error.code().isEmpty() ? AwsError::kindName(error.kind()) : error.code();
    const QString message = error.userMessage();
    const QString details = error.details();
    m_identityIcon->setPixmap(Icons::get(QStringLiteral("warning")).pixmap(16, 16));
    showIdentityText(tr("Identity unknown: %1").arg(reason), tr("Identity unknown"));
    m_identity->setToolTip(tr("STS GetCallerIdentity failed: %1").arg(message) + QStringLiteral("\n\n") + details);
}

QString ConnectionBar::identityText() const
{
    return m_identityFull;
}

void ConnectionBar::showIdentityText(const QString &full, const QString &compact)
{
    m_identityFull = full;
    m_identityCompact = compact.isEmpty() ? full : compact;
    fitIdentityText();
}

void ConnectionBar::fitIdentityText()
{
    // The identity gives way when the toolbar is narrow: the sentence, then the short form, then
    // the short form elided in the middle, never text cut off at the edge.
    const QFontMetrics metrics = m_identity->fontMetrics();
    const int width = m_identity->contentsRect().width();
    QString shown = m_identityFull;
    if (metrics.horizontalAdvance(shown) > width) {
        shown = m_identityCompact;
        if (metrics.horizontalAdvance(shown) > width)
            shown = metrics.elidedText(m_identityCompact, Qt::ElideMiddle, width);
    }
    if (m_identity->text() != shown)
        m_identity->setText(shown);
}

bool ConnectionBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_identity && event->type() == QEvent::Resize)
        fitIdentityText();
    return QWidget::eventFilter(watched, event);
}

void ConnectionBar::setProfileSwitcher(QWidget *switcher)
{
    const int at = m_layout->indexOf(m_credentials);
    m_layout->insertWidget(at, switcher);
    m_switcher = switcher;
    setProfileSwitcherShown(true);
}

void ConnectionBar::setProfileSwitcherShown(bool shown)
{
    if (!m_switcher)
        return;
    m_switcher->setVisible(shown);
    m_credentials->setVisible(!shown);
    m_credentialsIcon->setVisible(!shown);   // the switcher's own button carries the key
}

} // namespace desk
