#pragma once

#include "controllers/connectioninstructions.h"

#include <QByteArray>
#include <QDateTime>
#include <QDialog>
#include <QHash>
#include <QPointer>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QTimer;
class QVBoxLayout;

namespace desk {

class CodeArtifactClient;
class GetAuthorizationTokenJob;
class GetRepositoryEndpointJob;
class JobErrorPresenter;
class MessageWidget;

// Repository → Connection Instructions…: for one repository and the chosen package format, the
// endpoint (GetRepositoryEndpoint, fetched once per format), one copyable block per tool
// (ConnectionInstructions) and, on request, an authorization token (GetAuthorizationToken) with
// the chosen lifetime. The token shows masked until Show, reaches the clipboard only through its
// Copy button, is counted down to its expiry and forgotten when it expires or the dialog closes.
// It is never logged or written anywhere.
class ConnectionInstructionsDialog : public QDialog
{
    Q_OBJECT

public:
    // `target`: the repository and how the CLI lines reach the service; its format is the one
    // shown first and its endpoint is ignored (it is fetched).
    ConnectionInstructionsDialog(CodeArtifactClient *client, const ConnectionTarget &target, QWidget *parent = nullptr);
    ~ConnectionInstructionsDialog() override;

    // The lifetimes offered for a token, in seconds; 0: as long as the AWS credentials.
    static QList<qint64> tokenDurations();

    QString format() const { return m_target.format; }
    void setFormat(const QString &format);
    // The current format's endpoint, once fetched; empty while loading or after a failure.
    QString endpoint() const { return m_endpoints.value(m_target.format); }
    bool isLoading() const { return !m_endpointJob.isNull(); }
    QList<ConnectionSnippet> snippets() const { return m_snippets; }
    bool hasToken() const { return !m_token.isEmpty(); }
    QDateTime tokenExpiration() const { return m_expiration; }

public Q_SLOTS:
    void requestToken();
    void done(int result) override;

Q_SIGNALS:
    // The current format's endpoint was fetched (or failed: endpoint empty).
    void endpointFinished(const QString &format, const QString &endpoint);
    // GetAuthorizationToken ended: ok, or its error is in the banner.
    void tokenFinished(bool ok);

private:
    void fetchEndpoint();
    void showInstructions();
    QWidget *createBlock(const ConnectionSnippet &snippet, QWidget *parent);
    void copyToClipboard(const QString &text, const QString &what);
    void showToken(const QByteArray &token, const QDateTime &expiration);
    void updateCountdown();
    void forgetToken();

    QPointer<CodeArtifactClient> m_client;
    ConnectionTarget m_target;
    QHash<QString, QString> m_endpoints;      // by format
    QList<ConnectionSnippet> m_snippets;
    QPointer<GetRepositoryEndpointJob> m_endpointJob;
    QPointer<GetAuthorizationTokenJob> m_tokenJob;
    QByteArray m_token;                        // a secret: never logged, cleared on close
    QDateTime m_expiration;

    QComboBox *m_formatCombo = nullptr;
    QLineEdit *m_endpointEdit = nullptr;
    QPushButton *m_copyEndpointButton = nullptr;
    QLabel *m_endpointStatus = nullptr;
    MessageWidget *m_banner = nullptr;
    JobErrorPresenter *m_errors = nullptr;
    QGroupBox *m_tokenGroup = nullptr;
    QComboBox *m_durationCombo = nullptr;
    QPushButton *m_getTokenButton = nullptr;
    QLineEdit *m_tokenEdit = nullptr;
    QPushButton *m_showTokenButton = nullptr;
    QPushButton *m_copyTokenButton = nullptr;
    QLabel *m_expiryLabel = nullptr;
    QTimer *m_countdown = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_blocks = nullptr;
    QVBoxLayout *m_blocksLayout = nullptr;
    QLabel *m_copiedLabel = nullptr;
};

} // namespace desk
