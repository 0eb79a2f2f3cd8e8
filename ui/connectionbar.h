#pragma once

#include "base/awserror.h"
#include "base/codeartifacttypes.h"

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;

namespace desk {

// The connection bar (in the main window's toolbar): where the credentials come from, the region
// (a picker of the regions CodeArtifact runs in, editable for others), the endpoint when it is
// overridden, and who the credentials belong to (STS GetCallerIdentity).
class ConnectionBar : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionBar(QWidget *parent = nullptr);

    void setCredentialsSource(const QString &source);
    // Puts the profile switcher where the credentials source is shown (it then shows the source).
    void setProfileSwitcher(QWidget *switcher);
    // The sandbox has its one key pair: it shows the source as text instead of the switcher.
    void setProfileSwitcherShown(bool shown);
    // Without a connection (the welcome page) the region and identity are disabled; the profile
    // switcher and its key button stay usable, as they are a way to connect.
    void setConnected(bool connected);
    void setRegion(const QString &region);
    QString region() const;
    // Whether the region is marked as one CodeArtifact does not run in.
    bool isRegionWarningShown() const;
    // Empty hides the endpoint.
    void setEndpoint(const QString &endpoint, const QString &source);
    void setIdentityLoading();
    void setIdentity(const desk::CallerIdentity &identity);
    // STS GetCallerIdentity failed: shown in the bar, with the details in the tooltip.
    void setIdentityFailed(const desk::AwsError &error);

    QComboBox *regionCombo() const { return m_region; }
    QString identityText() const;

Q_SIGNALS:
    // The user picked or typed a region (already checked to look like one).
    void regionChosen(const QString &region);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void commitRegion();
    void updateRegionWarning();
    void showIdentityText(const QString &full, const QString &compact = {});
    void fitIdentityText();

    QLabel *m_credentialsIcon = nullptr;
    QLabel *m_credentials = nullptr;
    QHBoxLayout *m_layout = nullptr;
    QWidget *m_switcher = nullptr;
    QLabel *m_regionLabel = nullptr;
    QComboBox *m_region = nullptr;
    QLabel *m_regionWarning = nullptr;
    QLabel *m_endpointLabel = nullptr;
    QLabel *m_endpoint = nullptr;
    QLabel *m_identityIcon = nullptr;
    QLabel *m_identity = nullptr;
    QString m_identityFull;      // what identityText() says
    QString m_identityCompact;   // what is shown when the full text does not fit
    QString m_committedRegion;
};

} // namespace desk
