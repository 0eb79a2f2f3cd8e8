#include "ui/welcomepage.h"

#include "ui/icons.h"
#include "ui/messagewidget.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace desk {

namespace {
QPushButton *bigButton(const QIcon &icon, const QString &text, QWidget *parent)
{
    auto *button = new QPushButton(icon, text, parent);
    button->setIconSize(QSize(24, 24));
    button->setMinimumHeight(44);
    button->setMinimumWidth(220);
    return button;
}
} // namespace

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *logo = new QLabel(this);
    logo->setPixmap(Icons::application().pixmap(96, 96));
    logo->setAlignment(Qt::AlignCenter);

    auto *title = new QLabel(tr("Welcome to Artifact Desk"), this);
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);

    auto *text = new QLabel(tr("Browse your AWS CodeArtifact domains and repositories, and connect repositories to "
                               "public package registries such as PyPI, npm or Maven Central.\n\n"
                               "No AWS credentials were found. Try Artifact Desk on a local sandbox with demo "
                               "content, or add your credentials."),
                            this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);

    m_sandboxButton = bigButton(Icons::get(QStringLiteral("sandbox")), tr("&Try the Sandbox"), this);
    m_sandboxButton->setObjectName(QStringLiteral("trySandboxButton"));
    m_sandboxButton->setToolTip(tr("Start a local CodeArtifact sandbox with demo domains and repositories"));
    m_credentialsButton = bigButton(Icons::get(QStringLiteral("key")), tr("&Add AWS Credentials"), this);
    m_credentialsButton->setObjectName(QStringLiteral("addCredentialsButton"));
    // The other ways (environment variables, ~/.aws/config) behind a disclosure of their own: the
    // button above is an action, not a switch.
    m_otherWaysButton = new QToolButton(this);
    m_otherWaysButton->setObjectName(QStringLiteral("otherWaysButton"));
    m_otherWaysButton->setText(tr("&Other ways to sign in"));
    m_otherWaysButton->setCheckable(true);
    m_otherWaysButton->setArrowType(Qt::RightArrow);
    m_otherWaysButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_otherWaysButton->setAutoRaise(true);

    m_message = new MessageWidget(this);
    m_message->setObjectName(QStringLiteral("welcomeMessage"));

    m_credentialsHelp = new QWidget(this);
    m_credentialsHelp->setObjectName(QStringLiteral("credentialsHelp"));
    auto *helpText = new QLabel(tr("Artifact Desk reads the same environment variables as the AWS CLI. Set them in the "
                                   "shell that starts Artifact Desk, then start it again."),
                                m_credentialsHelp);
    m_credentialsHelpText = helpText;
    helpText->setWordWrap(true);
    auto *snippet = new QPlainTextEdit(m_credentialsHelp);
    snippet->setObjectName(QStringLiteral("credentialsSnippet"));
    snippet->setAccessibleName(tr("Environment variables to set"));
    snippet->setReadOnly(true);
    snippet->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    snippet->setPlainText(QStringLiteral("export AWS_ACCESS_KEY_ID=AKIA\u2026\n"
                                         "export AWS_SECRET_ACCESS_KEY=\u2026\n"
                                         "export AWS_SESSION_TOKEN=\u2026        # only for temporary credentials\n"
                                         "export AWS_REGION=us-east-1\n"
                                         "artifact-desk"));
    snippet->setFixedHeight(snippet->fontMetrics().lineSpacing() * 5 + 16);
    auto *copySnippet = new QPushButton(Icons::get(QStringLiteral("copy")), tr("&Copy"), m_credentialsHelp);
    copySnippet->setObjectName(QStringLiteral("copySnippetButton"));
    connect(copySnippet, &QPushButton::clicked, this, [snippet] { QApplication::clipboard()->setText(snippet->toPlainText()); });
    auto *helpLayout = new QVBoxLayout(m_credentialsHelp);
    helpLayout->setContentsMargins(0, 0, 0, 0);
    helpLayout->addWidget(helpText);
    helpLayout->addWidget(snippet);
    helpLayout->addWidget(copySnippet, 0, Qt::AlignRight);
    m_credentialsHelp->setVisible(false);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_sandboxButton);
    buttons->addSpacing(12);
    buttons->addWidget(m_credentialsButton);
    buttons->addStretch(1);

    auto *column = new QVBoxLayout;
    column->setSpacing(14);
    column->addStretch(2);
    column->addWidget(logo);
    column->addWidget(title);
    column->addWidget(text);
    column->addSpacing(8);
    column->addLayout(buttons);
    column->addWidget(m_message);
    column->addWidget(m_otherWaysButton, 0, Qt::AlignHCenter);
    column->addWidget(m_credentialsHelp);
    column->addStretch(3);

    auto *layout = new QHBoxLayout(this);
    // A readable column: at most ~600 px wide, centred.
    auto *columnWidget = new QWidget(this);
    columnWidget->setLayout(column);
    columnWidget->setMaximumWidth(620);
    layout->addStretch(1);
    layout->addWidget(columnWidget, 10);
    layout->addStretch(1);

    connect(m_sandboxButton, &QPushButton::clicked, this, [this] {
        m_message->hideMessage();
        Q_EMIT sandboxRequested();
    });
    connect(m_credentialsButton, &QPushButton::clicked, this, [this] {
        if (m_credentialsDialogAvailable)
            Q_EMIT credentialsRequested();
        else
            m_otherWaysButton->setChecked(true);   // no dialog in this build: the other ways are the way
    });
    connect(m_otherWaysButton, &QToolButton::toggled, this, [this](bool shown) {
        m_credentialsHelp->setVisible(shown);
        m_otherWaysButton->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    });
    setTabOrder(m_sandboxButton, m_credentialsButton);
    setTabOrder(m_credentialsButton, m_otherWaysButton);
}

void WelcomePage::setSandboxAvailable(bool available)
{
    m_sandboxButton->setEnabled(available);
    if (!available)
        m_sandboxButton->setToolTip(tr("This build of Artifact Desk has no sandbox"));
}

void WelcomePage::setCredentialsDialogAvailable(bool available)
{
    m_credentialsDialogAvailable = available;
    m_credentialsHelpText->setText(available
        ? tr("Add a profile in the dialog: the secret access key is kept in the system keychain, never in a file. "
             "Or set the same environment variables as for the AWS CLI, or use a profile from ~/.aws/config "
             "(--profile NAME), and start Artifact Desk again.")
        : tr("Artifact Desk reads the same environment variables as the AWS CLI. Set them in the "
             "shell that starts Artifact Desk, then start it again."));
}

void WelcomePage::showError(const QString &message)
{
    m_message->showMessage(message, MessageWidget::Type::Error);
}

void WelcomePage::showSandboxError(const QString &message)
{
    m_message->showMessage(message, MessageWidget::Type::Error);
}

bool WelcomePage::isCredentialsHelpVisible() const
{
    return !m_credentialsHelp->isHidden();
}

} // namespace desk
