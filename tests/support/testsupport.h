#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <QStringList>

#include <memory>

class QNetworkAccessManager;

namespace desk {
class CodeArtifactClient;
class Job;
}

namespace desk::test {

// build/bin, where the executables are (DESK_BIN_DIR).
QString binDir();
// tests/data in the source tree: everything a test reads (see tests/data/README.md).
QString testDataDir();

// A shared file (~/.aws/config or ~/.aws/credentials) that cannot be used at all, made at path:
// "fifo" (a named pipe nobody writes to), "folder", "unreadable" (mode 000), "huge" (20 MB),
// "utf16le-bom", "utf16be-bom", "utf16le" (no BOM), "binary" (a NUL byte on line 3). The text
// ones hold "[profile dev]" and "[profile other]". Returns what went wrong, empty when made.
QStringList unusableSharedFileKinds();
QString makeUnusableSharedFile(const QString &kind, const QString &path);
// True when this process reads files whatever their mode (root): "unreadable" proves nothing.
bool readsEveryFile();

// Runs a job to its end with the event loop turning; it no longer deletes itself (a job on the
// stack, or one whose results are read afterwards). False when it did not end in time.
bool runJob(Job *job, int timeoutMs = 20000);

// A client aimed at a local endpoint for CodeArtifact and STS alike, in us-east-1, with static
// keys, no environment, and fast retries.
std::unique_ptr<CodeArtifactClient> makeLocalClient(QNetworkAccessManager *network, const QString &endpoint,
                                                    const QString &accessKeyId = QStringLiteral("AKIDEXAMPLE"),
                                                    const QByteArray &secretAccessKey = QByteArrayLiteral("not-the-secret"),
                                                    const QByteArray &sessionToken = {});

// Plays the browser's part of an IAM Identity Center sign-in against the sandbox: opens the
// verification page (its URL carries the code) and clicks "approve" or "deny" on its own form.
// True when the page answered 200 to the click.
bool decideSsoSignIn(const QUrl &verificationUrl, const QString &decision);

} // namespace desk::test
