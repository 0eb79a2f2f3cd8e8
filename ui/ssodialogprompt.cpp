#include "ui/ssodialogprompt.h"

#include "credentials/ssologinjob.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace desk {

namespace {

constexpr int kRoleAccountRole = Qt::UserRole + 1;
constexpr int kRoleNameRole = Qt::UserRole + 2;

QString suggestedProfileName(const QString &accountName, const QString &accountId, const QString &roleName)
{
    QString base = (accountName.isEmpty() ? accountId : accountName) + u'-' + roleName;
    base.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.@+-]+")), QStringLiteral("-"));
    return base.left(64).toLower();
}

} // namespace

// SsoSignInDialog

SsoSignInDialog::SsoSignInDialog(SsoLoginJob *job, UrlOpener openUrl, bool openAtOnce, QWidget *parent)
    : QDialog(parent)
    , m_job(job)
    , m_openUrl(std::move(openUrl))
    , m_openAtOnce(openAtOnce)
{
    setObjectName(QStringLiteral("ssoSignInDialog"));
    setWindowTitle(tr("Sign In to IAM Identity Center"));
    const SsoSettings &settings = job->settings();

    m_intro = new QLabel(tr("Artifact Desk is signing in to %1 at %2. The AWS CLI shares this sign-in.")
                             .arg(settings.displayName(), settings.startUrl),
                         this);
    m_intro->setObjectName(QStringLiteral("ssoSignInIntro"));
    m_intro->setWordWrap(true);

    m_code = new QLabel(this);
    m_code->setObjectName(QStringLiteral("ssoUserCode"));
    m_code->setAccessibleName(tr("Sign-in code"));
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_code->setAlignment(Qt::AlignCenter);
    QFont codeFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    codeFont.setPointSizeF(codeFont.pointSizeF() * 2);
    codeFont.setBold(true);
    m_code->setFont(codeFont);
    // Room for the code from the start, so the dialog does not jump (or squeeze) when it comes.
    m_code->setText(QStringLiteral("\u2026"));
    m_code->setMinimumHeight(QFontMetrics(codeFont).height() * 2);
    m_code->setEnabled(false);

    m_status = new QLabel(tr("Asking IAM Identity Center for a sign-in code\u2026"), this);
    m_status->setObjectName(QStringLiteral("ssoSignInStatus"));
    m_status->setWordWrap(true);
    m_status->setMinimumHeight(m_status->fontMetrics().lineSpacing() * 3);
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_open = buttons->addButton(tr("&Open Sign-In Page"), QDialogButtonBox::AcceptRole);
    m_open->setObjectName(QStringLiteral("ssoOpenPage"));
    m_open->setEnabled(false);
    m_copy = buttons->addButton(tr("&Copy Link"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("ssoCopyLink"));
    m_copy->setEnabled(false);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("ssoCancel"));
    // Accept must not close the dialog: the sign-in ends it.
    disconnect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_open, &QPushButton::clicked, this, &SsoSignInDialog::openPage);
    connect(m_copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_url.toString()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addSpacing(layout->spacing() * 2);
    layout->addWidget(m_code);
    layout->addSpacing(layout->spacing() * 2);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(480);

    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &SsoSignInDialog::tick);
    connect(job, &SsoLoginJob::verificationReady, this, &SsoSignInDialog::codeReady);
    connect(job, &Job::finished, this, [this] {
        m_countdown.stop();
        m_job = nullptr;
        accept();
    });
    // Closing the dialog in any way ends a sign-in still running.
    connect(this, &QDialog::rejected, this, [this] {
        if (m_job && !m_job->isFinished())
            m_job->abort();
    });
}

QString SsoSignInDialog::userCode() const
{
    return m_code->isEnabled() ? m_code->text() : QString();
}

void SsoSignInDialog::codeReady(const QString &userCode, const QString &url, int expiresInSeconds)
{
    m_url = QUrl(url);
    m_code->setText(userCode);
    m_code->setEnabled(true);
    m_open->setEnabled(m_url.isValid());
    m_open->setDefault(true);
    m_open->setFocus();
    m_copy->setEnabled(m_url.isValid());
    m_deadline = QDateTime::currentDateTimeUtc().addSecs(expiresInSeconds);
    tick();
    m_countdown.start();
    if (m_openAtOnce)
        openPage();
}

void SsoSignInDialog::openPage()
{
    if (!m_url.isValid())
        return;
    if (!m_openUrl || !m_openUrl(m_url)) {
        m_status->setText(tr("No browser could be opened. Copy the link, open it in a browser, and check that it shows "
                             "the code above."));
    }
}

void SsoSignInDialog::tick()
{
    const qint64 left = qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(m_deadline));
    m_status->setText(tr("In the browser, check that the page shows this code and approve the sign-in. Waiting for "
                         "your approval (%1:%2 left)\u2026")
                          .arg(left / 60)
                          .arg(left % 60, 2, 10, QLatin1Char('0')));
}

// SsoRolePickerDialog

SsoRolePickerDialog::SsoRolePickerDialog(const SsoSettings &settings, const QList<SsoAccount> &accounts,
                                         const QList<SsoRole> &roles, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("ssoRolePicker"));
    setWindowTitle(tr("Choose an Account and Role"));
    auto *intro = new QLabel(tr("Profile %1 names no account and role. Choose the one to use with %2:")
                                 .arg(settings.profile, settings.displayName()),
                             this);
    intro->setWordWrap(true);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("ssoRoleTree"));
    m_tree->setAccessibleName(tr("Accounts and roles"));
    m_tree->setHeaderLabels({tr("Account or role"), tr("Account ID")});
    m_tree->setRootIsDecorated(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    for (const SsoAccount &account : accounts) {
        auto *accountItem = new QTreeWidgetItem(m_tree, {account.accountName.isEmpty() ? account.accountId : account.accountName,
                                                         account.accountId});
        accountItem->setFlags(Qt::ItemIsEnabled);
        if (!account.emailAddress.isEmpty())
            accountItem->setToolTip(0, account.emailAddress);
        for (const SsoRole &role : roles) {
            if (role.accountId != account.accountId)
                continue;
            auto *roleItem = new QTreeWidgetItem(accountItem, {role.roleName, account.accountId});
            roleItem->setData(0, kRoleAccountRole, account.accountId);
            roleItem->setData(0, kRoleNameRole, role.roleName);
            roleItem->setData(1, Qt::UserRole, account.accountName);
        }
    }
    m_tree->expandAll();

    m_save = new QCheckBox(tr("&Save as a profile in the AWS config file"), this);
    m_save->setObjectName(QStringLiteral("ssoSaveProfile"));
    m_profileName = new QLineEdit(this);
    m_profileName->setObjectName(QStringLiteral("ssoProfileName"));
    m_profileName->setAccessibleName(tr("Profile name"));
    m_profileName->setEnabled(false);
    m_nameProblem = new QLabel(this);
    m_nameProblem->setObjectName(QStringLiteral("ssoProfileNameProblem"));
    m_nameProblem->setWordWrap(true);
    m_nameProblem->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Use This Role"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && item->parent() && !m_profileName->isModified())
            m_profileName->setText(suggestedProfileName(item->data(1, Qt::UserRole).toString(),
                                                        item->data(0, kRoleAccountRole).toString(),
                                                        item->data(0, kRoleNameRole).toString()));
        updateState();
    });
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        if (item && item->parent() && m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
            accept();
    });
    connect(m_save, &QCheckBox::toggled, this, &SsoRolePickerDialog::updateState);
    connect(m_profileName, &QLineEdit::textChanged, this, &SsoRolePickerDialog::updateState);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_save);
    layout->addWidget(m_profileName);
    layout->addWidget(m_nameProblem);
    layout->addWidget(m_buttons);
    resize(520, 420);
    updateState();
}

bool SsoRolePickerDialog::selectRole(const QString &accountId, const QString &roleName)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *account = m_tree->topLevelItem(i);
        for (int j = 0; j < account->childCount(); ++j) {
            QTreeWidgetItem *role = account->child(j);
            if (role->data(0, kRoleAccountRole).toString() == accountId && role->data(0, kRoleNameRole).toString() == roleName) {
                m_tree->setCurrentItem(role);
                return true;
            }
        }
    }
    return false;
}

void SsoRolePickerDialog::setExistingProfiles(const QStringList &names)
{
    m_existingProfiles = names;
    updateState();
}

SsoRoleChoice SsoRolePickerDialog::choice() const
{
    SsoRoleChoice c;
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || !item->parent())
        return c;
    c.accountId = item->data(0, kRoleAccountRole).toString();
    c.roleName = item->data(0, kRoleNameRole).toString();
    if (m_save->isChecked())
        c.saveAsProfile = m_profileName->text().trimmed();
    return c;
}

void SsoRolePickerDialog::updateState()
{
    m_profileName->setEnabled(m_save->isChecked());
    QString problem;
    const QString name = m_profileName->text().trimmed();
    if (m_save->isChecked()) {
        if (name.isEmpty())
            problem = tr("Type a name for the profile.");
        else if (!SsoSettings::isValidProfileName(name))
            problem = tr("Use letters, digits and . _ - @ + only.");
        else if (m_existingProfiles.contains(name))
            problem = tr("A profile named %1 exists already.").arg(name);
    }
    m_nameProblem->setText(problem);
    m_nameProblem->setVisible(!problem.isEmpty());
    const QTreeWidgetItem *item = m_tree->currentItem();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(item && item->parent() && problem.isEmpty());
}

// SsoDialogPrompt

SsoDialogPrompt::SsoDialogPrompt(QWidget *parentWindow, QObject *parent)
    : QObject(parent)
    , m_window(parentWindow)
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
}

void SsoDialogPrompt::showSignIn(SsoLoginJob *job)
{
    auto *dialog = new SsoSignInDialog(job, m_openUrl, m_openAtOnce, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
    Q_EMIT signInShown(dialog);
}

void SsoDialogPrompt::chooseRole(const SsoSettings &settings, const QList<SsoAccount> &accounts,
                                 const QList<SsoRole> &roles, QObject *context,
                                 std::function<void(const SsoRoleChoice &)> done)
{
    auto *dialog = new SsoRolePickerDialog(settings, accounts, roles, m_window);
    dialog->setExistingProfiles(SharedConfigFile::load(settings.configFile, SharedConfigFile::Kind::Config).profileNames());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    QPointer<QObject> guard(context);
    connect(dialog, &QDialog::finished, this, [dialog, guard, done](int result) {
        const SsoRoleChoice choice = result == QDialog::Accepted ? dialog->choice() : SsoRoleChoice();
        if (guard)
            done(choice);
    });
    dialog->open();
    Q_EMIT rolePickerShown(dialog);
}

} // namespace desk
