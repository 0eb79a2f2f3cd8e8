#include "ui/profileswitcher.h"

#include "ui/icons.h"

#include "credentials/profilemanager.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QStandardItemModel>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QStylePainter>
#include <QToolButton>

namespace desk {

namespace {

constexpr int IdRole = Qt::UserRole + 1;
constexpr int ShortNameRole = Qt::UserRole + 2;   // what the closed box shows: the profile's name alone
constexpr int kLongestNameShown = 32;             // characters the box widens to before eliding

// The list says where each profile comes from ("dev — AWS config file"); the closed box has room
// for the profile's name only, shown whole when the toolbar has room and elided in the middle
// (never cut) when it does not; the tooltip has all of it.
class ProfileCombo : public QComboBox
{
public:
    using QComboBox::QComboBox;

    QString shownText() const
    {
        const QVariant name = currentData(ShortNameRole);
        return name.isValid() ? name.toString() : currentText();
    }

    QSize sizeHint() const override
    {
        QSize hint = QComboBox::sizeHint();
        int widest = fontMetrics().horizontalAdvance(QString(minimumContentsLength(), u'x'));
        for (int row = 0; row < count(); ++row) {
            const QString name = itemData(row, ShortNameRole).toString().left(kLongestNameShown);
            widest = qMax(widest, fontMetrics().horizontalAdvance(name));
        }
        const int extra = QComboBox::minimumSizeHint().width()
                          - fontMetrics().horizontalAdvance(QString(minimumContentsLength(), u'x'));
        hint.setWidth(widest + qMax(extra, 0));
        return hint;
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QStylePainter painter(this);
        QStyleOptionComboBox option;
        initStyleOption(&option);
        painter.drawComplexControl(QStyle::CC_ComboBox, option);
        if (currentIndex() >= 0) {
            const QRect textRect = style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, this);
            const int iconRoom = option.currentIcon.isNull() ? 0 : option.iconSize.width() + 4;
            option.currentText = fontMetrics().elidedText(shownText(), Qt::ElideMiddle, textRect.width() - iconRoom);
        }
        painter.drawControl(QStyle::CE_ComboBoxLabel, option);
    }
};

} // namespace

ProfileSwitcher::ProfileSwitcher(ProfileManager *manager, QWidget *parent)
    : QWidget(parent)
    , m_manager(manager)
{
    setObjectName(QStringLiteral("profileSwitcher"));
    m_model = new QStandardItemModel(this);
    m_combo = new ProfileCombo(this);
    m_combo->setObjectName(QStringLiteral("profileCombo"));
    m_combo->setAccessibleName(tr("Profile"));
    m_combo->setModel(m_model);
    // Compact: the connection bar shares the toolbar with the region, endpoint and identity.
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(10);
    // Shown while nothing is in use (the welcome page), instead of an empty box.
    m_combo->setPlaceholderText(tr("Not connected"));
    m_manage = new QToolButton(this);
    m_manage->setObjectName(QStringLiteral("manageProfilesButton"));
    m_manage->setText(tr("Manage…"));
    m_manage->setIcon(Icons::get(QStringLiteral("key")));
    m_manage->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_manage->setToolTip(tr("Add, edit, remove and test Artifact Desk profiles"));
    m_manage->setAccessibleName(tr("Manage credentials"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo, 1);
    layout->addWidget(m_manage);

    connect(m_combo, &QComboBox::activated, this, &ProfileSwitcher::handleActivated);
    connect(m_manage, &QToolButton::clicked, this, &ProfileSwitcher::manageRequested);
    if (m_manager) {
        connect(m_manager, &ProfileManager::profilesChanged, this, &ProfileSwitcher::rebuild);
        connect(m_manager, &ProfileManager::activated, this, &ProfileSwitcher::handleProfileActivated);
        connect(m_manager, &ProfileManager::activationFailed, this, &ProfileSwitcher::handleActivationFailed);
        connect(m_manager, &ProfileManager::activationStarted, this, [this](const QString &id) {
            m_current = id;
            selectId(id);
        });
    }
    rebuild();
}

QString ProfileSwitcher::currentId() const
{
    return m_combo->currentData(IdRole).toString();
}

QString ProfileSwitcher::shownName() const
{
    return static_cast<ProfileCombo *>(m_combo)->shownText();
}

void ProfileSwitcher::rebuild()
{
    const QSignalBlocker blocker(m_combo);
    m_model->clear();
    if (!m_manager)
        return;
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    ProfileEntry::Origin lastOrigin = ProfileEntry::Origin::Environment;
    bool first = true;
    if (m_sandboxAvailable) {
        auto *sandbox = new QStandardItem(tr("Sandbox (demo)"));
        sandbox->setData(sandboxId(), IdRole);
        sandbox->setData(sandbox->text(), ShortNameRole);
        const QString tip = tr("The built-in CodeArtifact sandbox on this computer, with demo content; "
                               "nothing reaches AWS");
        sandbox->setToolTip(tip);
        sandbox->setData(tip, Qt::AccessibleDescriptionRole);
        m_model->appendRow(sandbox);
        if (!m_manager->profiles().isEmpty())
            appendSeparator();
    }
    for (const ProfileEntry &e : m_manager->profiles()) {
        if (!first && e.origin != lastOrigin)
            appendSeparator();   // between the environment, the AWS files and the app's own profiles
        first = false;
        lastOrigin = e.origin;
        // The environment's keys say where they come from by their name alone.
        auto *item = new QStandardItem(e.origin == ProfileEntry::Origin::Environment
                                           ? tr("Environment variables")
                                           : tr("%1 — %2").arg(e.name, e.originText));
        item->setData(e.id, IdRole);
        item->setData(e.origin == ProfileEntry::Origin::Environment ? item->text() : e.name, ShortNameRole);
        QString tip = tr("%1\nfrom %2").arg(e.name, e.originText);
        if (!e.region.isEmpty())
            tip += u'\n' + tr("region %1").arg(e.region);
        if (!e.problem.isEmpty()) {
            item->setIcon(warning);
            tip += u'\n' + e.problem;
        }
        item->setToolTip(tip);
        item->setData(tip, Qt::AccessibleDescriptionRole);
        m_model->appendRow(item);
    }
    if (m_model->rowCount() == 0) {
        auto *none = new QStandardItem(tr("No credentials found"));
        none->setFlags(Qt::NoItemFlags);
        m_model->appendRow(none);
    }
    selectId(m_sandboxActive ? sandboxId() : m_current.isEmpty() ? m_manager->active().id : m_current);
    // Its width follows the longest name; the bar around it learns it too.
    m_combo->updateGeometry();
    updateGeometry();
}

void ProfileSwitcher::appendSeparator()
{
    auto *separator = new QStandardItem;
    separator->setData(QStringLiteral("separator"), Qt::AccessibleDescriptionRole);
    separator->setFlags(Qt::NoItemFlags);
    m_model->appendRow(separator);
}

void ProfileSwitcher::setSandbox(bool available, bool active)
{
    if (available == m_sandboxAvailable && active == m_sandboxActive)
        return;
    m_sandboxAvailable = available;
    m_sandboxActive = available && active;
    rebuild();
}

void ProfileSwitcher::selectId(const QString &id)
{
    const QSignalBlocker blocker(m_combo);
    // Nothing in use matches no row: separators and the "none found" line have no id either.
    for (int row = 0; !id.isEmpty() && row < m_model->rowCount(); ++row) {
        if (m_model->item(row)->data(IdRole).toString() == id) {
            m_combo->setCurrentIndex(row);
            m_combo->setToolTip(m_model->item(row)->toolTip());
            return;
        }
    }
    m_combo->setCurrentIndex(-1);
}

void ProfileSwitcher::handleActivated(int index)
{
    const QString id = m_model->item(index) ? m_model->item(index)->data(IdRole).toString() : QString();
    if (id == sandboxId()) {
        if (!m_sandboxActive)
            Q_EMIT sandboxChosen();
        return;
    }
    if (id.isEmpty() || !m_manager)
        return;
    m_current = id;
    Q_EMIT profileChosen(id);
    m_manager->activate(id);
}

void ProfileSwitcher::handleProfileActivated(const ActiveProfile &profile)
{
    m_current = profile.id;
    selectId(profile.id);
    m_combo->setToolTip(tr("%1\ncredentials: %2").arg(profile.name, profile.description));
}

void ProfileSwitcher::handleActivationFailed(const QString &id, const AwsError &error)
{
    // Still on the sandbox when the chosen profile cannot be used: show what is in use.
    selectId(m_sandboxActive ? sandboxId() : id);
    m_combo->setToolTip(error.userMessage());
}

} // namespace desk
