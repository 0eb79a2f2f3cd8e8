#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

class QNetworkAccessManager;

namespace desk::test {

// build/bin, where the executables are (DESK_BIN_DIR).
QString binDir();
// tests/data in the source tree: everything a test reads (see tests/data/README.md).
QString testDataDir();

} // namespace desk::test

namespace desk {
class CodeArtifactClient;
}

namespace desk::test {

// A client aimed at a local endpoint for CodeArtifact and STS alike, in us-east-1, with static
// keys, no environment, and fast retries.
std::unique_ptr<CodeArtifactClient> makeLocalClient(QNetworkAccessManager *network, const QString &endpoint,
                                                    const QString &accessKeyId = QStringLiteral("AKIDEXAMPLE"),
                                                    const QByteArray &secretAccessKey = QByteArrayLiteral("not-the-secret"),
                                                    const QByteArray &sessionToken = {});

} // namespace desk::test
