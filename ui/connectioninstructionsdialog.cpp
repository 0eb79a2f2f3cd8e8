#include "ui/connectioninstructionsdialog.h"

#include "ui/icons.h"
#include "ui/joberrorpresenter.h"
#include "ui/messagewidget.h"

#include "api/codeartifactclient.h"
#include "api/repositoryjobs.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>

namespace desk {

namespace {

// A block's text: read-only, monospaced, as tall as its lines (the dialog scrolls, not the
// block), scrolling sideways only for a line wider than the dialog.
class SnippetView : public QPlainTextEdit
{
public:
    SnippetView(const QString &text, QWidget *parent)
        : QPlainTextEdit(text, parent)
    {
        setReadOnly(true);
        setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        setLineWrapMode(QPlainTextEdit::NoWrap);
        setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
        setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        setTabChangesFocus(true);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        connect(horizontalScrollBar(), &QScrollBar::rangeChanged, this, &SnippetView::fitHeight);
        fitHeight();
    }

private:
    void fitHeight()
    {
        const int lines = document()->blockCount();
        const int margins = 2 * (frameWidth() + int(document()->documentMargin())) + contentsMargins().top()
            + contentsMargins().bottom();
        int height = lines * fontMetrics().lineSpacing() + margins + 2;
        if (horizontalScrollBar()->maximum() > 0)
            height += horizontalScrollBar()->sizeHint().height();
        if (height != this->height())
            setFixedHeight(height);
    }
};

QString durationText(qint64 seconds)
{
    switch (seconds) {
    case 0: return ConnectionInstructionsDialog::tr("As long as the AWS credentials");
    case 900: return ConnectionInstructionsDialog::tr("15 minutes");
    case 3600: return ConnectionInstructionsDialog::tr("1 hour");
    case 43200: return ConnectionInstructionsDialog::tr("12 hours");
    default: return ConnectionInstructionsDialog::tr("%1 seconds").arg(seconds);
    }
}

QString countdownText(qint64 seconds)
{
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600)
        .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

ConnectionInstructionsDialog::ConnectionInstructionsDialog(CodeArtifactClient *client, const ConnectionTarget &target,
                                                           QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_target(target)
{
    setObjectName(QStringLiteral("connectionInstructionsDialog"));
    setWindowTitle(tr("Connection Instructions"));
    setWindowIcon(Icons::get(QStringLiteral("terminal")));
    if (!ConnectionInstructions::formats().contains(m_target.format))
        m_target.format = ConnectionInstructions::formats().constFirst();

    const RepositoryRef &repository = m_target.repository;
    auto *intro = new QLabel(
        repository.domainOwner.isEmpty()
            ? tr("Set up package managers to use repository <b>%1</b> in domain <b>%2</b>.")
                  .arg(repository.repository.toHtmlEscaped(), repository.domain.toHtmlEscaped())
            : tr("Set up package managers to use repository <b>%1</b> in domain <b>%2</b> (owner %3).")
                  .arg(repository.repository.toHtmlEscaped(), repository.domain.toHtmlEscaped(),
                       repository.domainOwner.toHtmlEscaped()),
        this);
    intro->setObjectName(QStringLiteral("instructionsIntro"));
    intro->setWordWrap(true);

    m_formatCombo = new QComboBox(this);
    m_formatCombo->setObjectName(QStringLiteral("formatCombo"));
    m_formatCombo->setAccessibleName(tr("Package format"));
    for (const QString &format : ConnectionInstructions::formats())
        m_formatCombo->addItem(ConnectionInstructions::formatTitle(format), format);
    m_formatCombo->setCurrentIndex(m_formatCombo->findData(m_target.format));

    m_endpointEdit = new QLineEdit(this);
    m_endpointEdit->setObjectName(QStringLiteral("endpointEdit"));
    m_endpointEdit->setAccessibleName(tr("Repository endpoint"));
    m_endpointEdit->setReadOnly(true);
    m_endpointEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_copyEndpointButton = new QPushButton(Icons::get(QStringLiteral("copy")), tr("Cop&y"), this);
    m_copyEndpointButton->setObjectName(QStringLiteral("copyEndpointButton"));
    m_copyEndpointButton->setAccessibleName(tr("Copy the endpoint"));
    m_copyEndpointButton->setEnabled(false);
    m_endpointStatus = new QLabel(this);
    m_endpointStatus->setObjectName(QStringLiteral("endpointStatusLabel"));
    m_endpointStatus->setForegroundRole(QPalette::PlaceholderText);
    m_endpointStatus->setWordWrap(true);

    m_banner = new MessageWidget(this);
    m_banner->setObjectName(QStringLiteral("instructionsBanner"));
    m_errors = new JobErrorPresenter(m_banner, this);

    // The token: asked for, shown once, never kept beyond this dialog.
    m_tokenGroup = new QGroupBox(tr("Authorization token"), this);
    m_tokenGroup->setObjectName(QStringLiteral("tokenGroup"));
    m_durationCombo = new QComboBox(m_tokenGroup);
    m_durationCombo->setObjectName(QStringLiteral("tokenDurationCombo"));
    m_durationCombo->setAccessibleName(tr("Token lifetime"));
    for (qint64 seconds : tokenDurations())
        m_durationCombo->addItem(durationText(seconds), seconds);
    m_durationCombo->setCurrentIndex(m_durationCombo->findData(qint64(3600)));
    m_getTokenButton = new QPushButton(Icons::get(QStringLiteral("key")), tr("&Get Token"), m_tokenGroup);
    m_getTokenButton->setObjectName(QStringLiteral("getTokenButton"));
    m_getTokenButton->setToolTip(tr("Ask CodeArtifact for an authorization token for domain %1 (GetAuthorizationToken)")
                                     .arg(repository.domain));
    m_tokenEdit = new QLineEdit(m_tokenGroup);
    m_tokenEdit->setObjectName(QStringLiteral("tokenEdit"));
    m_tokenEdit->setAccessibleName(tr("Authorization token"));
    m_tokenEdit->setReadOnly(true);
    m_tokenEdit->setEchoMode(QLineEdit::Password);
    m_tokenEdit->setPlaceholderText(tr("No token yet"));
    m_tokenEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_showTokenButton = new QPushButton(tr("S&how"), m_tokenGroup);
    m_showTokenButton->setObjectName(QStringLiteral("showTokenButton"));
    m_showTokenButton->setAccessibleName(tr("Show the token"));
    m_showTokenButton->setCheckable(true);
    m_showTokenButton->setEnabled(false);
    m_copyTokenButton = new QPushButton(Icons::get(QStringLiteral("copy")), tr("Copy &Token"), m_tokenGroup);
    m_copyTokenButton->setObjectName(QStringLiteral("copyTokenButton"));
    m_copyTokenButton->setEnabled(false);
    m_expiryLabel = new QLabel(tr("The token is shown here once and forgotten when this dialog closes. The blocks "
                                  "below read it from CODEARTIFACT_AUTH_TOKEN."),
                               m_tokenGroup);
    m_expiryLabel->setObjectName(QStringLiteral("tokenExpiryLabel"));
    m_expiryLabel->setWordWrap(true);
    m_countdown = new QTimer(this);
    m_countdown->setInterval(1000);
    auto *durationLabel = new QLabel(tr("&Valid for:"), m_tokenGroup);
    durationLabel->setBuddy(m_durationCombo);
    auto *requestRow = new QHBoxLayout;
    requestRow->addWidget(durationLabel);
    requestRow->addWidget(m_durationCombo);
    requestRow->addWidget(m_getTokenButton);
    requestRow->addStretch(1);
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_tokenEdit, 1);
    tokenRow->addWidget(m_showTokenButton);
    tokenRow->addWidget(m_copyTokenButton);
    auto *tokenLayout = new QVBoxLayout(m_tokenGroup);
    tokenLayout->addLayout(requestRow);
    tokenLayout->addLayout(tokenRow);
    tokenLayout->addWidget(m_expiryLabel);

    // One block per tool, under each other; the area scrolls.
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("instructionsScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_blocks = new QWidget(m_scroll);
    m_blocks->setObjectName(QStringLiteral("instructionBlocks"));
    m_blocksLayout = new QVBoxLayout(m_blocks);
    m_blocksLayout->setContentsMargins(0, 0, 0, 0);
    m_blocksLayout->setSpacing(14);
    m_scroll->setWidget(m_blocks);

    m_copiedLabel = new QLabel(this);
    m_copiedLabel->setObjectName(QStringLiteral("copiedLabel"));
    m_copiedLabel->setForegroundRole(QPalette::PlaceholderText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *formatLabel = new QLabel(tr("Package &format:"), this);
    formatLabel->setBuddy(m_formatCombo);
    auto *formatRow = new QHBoxLayout;
    formatRow->addWidget(m_formatCombo);
    formatRow->addStretch(1);
    form->addRow(formatLabel, formatRow);
    auto *endpointLabel = new QLabel(tr("&Endpoint:"), this);
    endpointLabel->setBuddy(m_endpointEdit);
    auto *endpointRow = new QHBoxLayout;
    endpointRow->addWidget(m_endpointEdit, 1);
    endpointRow->addWidget(m_copyEndpointButton);
    form->addRow(endpointLabel, endpointRow);
    form->addRow(QString(), m_endpointStatus);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_copiedLabel, 1);
    bottom->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_banner);
    layout->addWidget(m_tokenGroup);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(bottom);

    connect(m_formatCombo, &QComboBox::currentIndexChanged, this,
            [this] { setFormat(m_formatCombo->currentData().toString()); });
    connect(m_copyEndpointButton, &QPushButton::clicked, this,
            [this] { copyToClipboard(endpoint(), tr("the endpoint")); });
    connect(m_getTokenButton, &QPushButton::clicked, this, &ConnectionInstructionsDialog::requestToken);
    connect(m_showTokenButton, &QPushButton::toggled, this, [this](bool shown) {
        m_tokenEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_showTokenButton->setText(shown ? tr("&Hide") : tr("S&how"));
        m_showTokenButton->setAccessibleName(shown ? tr("Hide the token") : tr("Show the token"));
    });
    connect(m_copyTokenButton, &QPushButton::clicked, this, [this] {
        if (!m_token.isEmpty())
            copyToClipboard(QString::fromUtf8(m_token), tr("the token"));
    });
    connect(m_countdown, &QTimer::timeout, this, &ConnectionInstructionsDialog::updateCountdown);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    resize(920, 700);
    fetchEndpoint();
}

ConnectionInstructionsDialog::~ConnectionInstructionsDialog()
{
    forgetToken();
}

QList<qint64> ConnectionInstructionsDialog::tokenDurations()
{
    // GetAuthorizationToken takes 0 or 900 to 43200 seconds (15 minutes to 12 hours).
    return {900, 3600, 43200, 0};
}

void ConnectionInstructionsDialog::setFormat(const QString &format)
{
    if (format == m_target.format || !ConnectionInstructions::formats().contains(format))
        return;
    m_target.format = format;
    const QSignalBlocker blocker(m_formatCombo);
    m_formatCombo->setCurrentIndex(m_formatCombo->findData(format));
    fetchEndpoint();
}

void ConnectionInstructionsDialog::fetchEndpoint()
{
    if (m_endpointJob) {
        m_endpointJob->disconnect(this);
        m_endpointJob->abort();
        m_endpointJob = nullptr;
    }
    m_errors->hideBanner();
    const QString format = m_target.format;
    if (m_endpoints.contains(format) || !m_client) {
        showInstructions();
        Q_EMIT endpointFinished(format, endpoint());
        return;
    }
    m_endpointEdit->clear();
    m_copyEndpointButton->setEnabled(false);
    m_endpointStatus->setText(tr("Fetching the %1 endpoint\u2026").arg(ConnectionInstructions::formatTitle(format)));
    m_endpointStatus->show();
    showInstructions();
    auto *job = new GetRepositoryEndpointJob(m_client, m_target.repository, format, {}, this);
    m_endpointJob = job;
    connect(job, &Job::finished, this, [this, job, format] {
        job->deleteLater();
        m_endpointJob = nullptr;
        if (job->error()) {
            m_endpointStatus->setText(tr("No instructions without the endpoint; the reason is below."));
            m_errors->showError(job->error(),
                                tr("Could not get the %1 endpoint of %2: %3")
                                    .arg(ConnectionInstructions::formatTitle(format), m_target.repository.repository,
                                         job->error().userMessage()),
                                [this] { fetchEndpoint(); });
            showInstructions();
            Q_EMIT endpointFinished(format, QString());
            return;
        }
        m_endpoints.insert(format, job->repositoryEndpoint());
        showInstructions();
        Q_EMIT endpointFinished(format, endpoint());
    });
    job->start();
}

void ConnectionInstructionsDialog::showInstructions()
{
    const QString current = endpoint();
    if (!current.isEmpty()) {
        m_endpointEdit->setText(current);
        m_endpointEdit->setCursorPosition(0);
        m_copyEndpointButton->setEnabled(true);
        m_endpointStatus->clear();
        m_endpointStatus->hide();
    }
    ConnectionTarget target = m_target;
    target.endpoint = current;
    m_snippets = current.isEmpty() ? QList<ConnectionSnippet>() : ConnectionInstructions::snippets(target);

    // Rebuilt whole: a format has its own blocks. (Only the format chooser or a job rebuilds
    // them, never a button inside a block, so they can go at once.)
    while (QLayoutItem *item = m_blocksLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const ConnectionSnippet &snippet : std::as_const(m_snippets))
        m_blocksLayout->addWidget(createBlock(snippet, m_blocks));
    m_blocksLayout->addStretch(1);
    m_scroll->verticalScrollBar()->setValue(0);
}

QWidget *ConnectionInstructionsDialog::createBlock(const ConnectionSnippet &snippet, QWidget *parent)
{
    auto *block = new QWidget(parent);
    block->setObjectName(QStringLiteral("block_") + snippet.id);
    auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(snippet.title.toHtmlEscaped()), block);
    auto *where = new QLabel(snippet.isShell() ? tr("shell commands") : snippet.location, block);
    where->setObjectName(QStringLiteral("where_") + snippet.id);
    where->setForegroundRole(QPalette::PlaceholderText);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *copy = new QPushButton(Icons::get(QStringLiteral("copy")), tr("Copy"), block);
    copy->setObjectName(QStringLiteral("copy_") + snippet.id);
    copy->setAccessibleName(tr("Copy %1").arg(snippet.title));
    auto *text = new SnippetView(snippet.text, block);
    text->setObjectName(QStringLiteral("text_") + snippet.id);
    text->setAccessibleName(snippet.title);

    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addWidget(where);
    header->addStretch(1);
    header->addWidget(copy);
    auto *layout = new QVBoxLayout(block);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addWidget(text);
    if (!snippet.note.isEmpty()) {
        auto *note = new QLabel(snippet.note, block);
        note->setObjectName(QStringLiteral("note_") + snippet.id);
        note->setWordWrap(true);
        note->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(note);
    }
    const QString textToCopy = snippet.text;
    const QString what = snippet.title;
    connect(copy, &QPushButton::clicked, this, [this, textToCopy, what] { copyToClipboard(textToCopy, what); });
    return block;
}

void ConnectionInstructionsDialog::copyToClipboard(const QString &text, const QString &what)
{
    if (text.isEmpty())
        return;
    QApplication::clipboard()->setText(text);
    m_copiedLabel->setText(tr("Copied %1 to the clipboard.").arg(what));
}

void ConnectionInstructionsDialog::requestToken()
{
    if (m_tokenJob || !m_client)
        return;
    forgetToken();
    m_errors->hideBanner();
    const qint64 seconds = m_durationCombo->currentData().toLongLong();
    auto *job = new GetAuthorizationTokenJob(m_client, m_target.repository.domainRef(), seconds, this);
    m_tokenJob = job;
    m_getTokenButton->setEnabled(false);
    m_expiryLabel->setText(tr("Asking CodeArtifact for a token\u2026"));
    connect(job, &Job::finished, this, [this, job] {
        m_tokenJob = nullptr;
        m_getTokenButton->setEnabled(true);
        const AwsError error = job->error();
        if (!error)
            showToken(job->token().token, job->token().expiration);
        // The job's copy is wiped when it is deleted.
        job->deleteLater();
        if (error) {
            m_expiryLabel->setText(tr("No token."));
            m_errors->showError(error,
                                tr("Could not get an authorization token for domain %1: %2")
                                    .arg(m_target.repository.domain, error.userMessage()),
                                [this] { requestToken(); });
        }
        Q_EMIT tokenFinished(!error);
    });
    job->start();
}

void ConnectionInstructionsDialog::showToken(const QByteArray &token, const QDateTime &expiration)
{
    m_token = token;
    m_expiration = expiration;
    m_tokenEdit->setText(QString::fromUtf8(m_token));
    m_tokenEdit->setCursorPosition(0);
    m_showTokenButton->setEnabled(true);
    m_copyTokenButton->setEnabled(true);
    m_countdown->start();
    updateCountdown();
}

void ConnectionInstructionsDialog::updateCountdown()
{
    if (m_token.isEmpty())
        return;
    const QString at = QLocale().toString(m_expiration.toLocalTime(), QLocale::ShortFormat);
    if (!m_expiration.isValid()) {
        m_expiryLabel->setText(tr("The service did not say when the token expires."));
        return;
    }
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(m_expiration);
    if (left <= 0) {
        forgetToken();
        m_expiryLabel->setText(tr("The token expired at %1 and was forgotten; get a new one.").arg(at));
        return;
    }
    m_expiryLabel->setText(tr("Expires at %1, in %2. Forgotten when this dialog closes.").arg(at, countdownText(left)));
}

void ConnectionInstructionsDialog::forgetToken()
{
    m_countdown->stop();
    if (m_tokenJob) {
        m_tokenJob->disconnect(this);
        m_tokenJob->abort();
        m_tokenJob = nullptr;
    }
    m_token.fill('\0');
    m_token.clear();
    m_expiration = {};
    m_tokenEdit->clear();
    m_tokenEdit->setEchoMode(QLineEdit::Password);
    m_showTokenButton->setChecked(false);
    m_showTokenButton->setEnabled(false);
    m_copyTokenButton->setEnabled(false);
}

void ConnectionInstructionsDialog::done(int result)
{
    forgetToken();
    m_expiryLabel->setText(QString());
    QDialog::done(result);
}

} // namespace desk
