// ~/.aws/config and ~/.aws/credentials (SharedConfigFile::parse), from any bytes, as both kinds.
// Checks: the structure holds (issues name a line of the file, keys are lower case and never
// hold a delimiter, every profile listed can be looked up, at most 50 issues and a note); and an
// issue never contains a value: a section of values that cannot appear anywhere else, put before
// and after the input, must not show up in any issue.

#include "aws/sharedconfigfile.h"
#include "fuzzcheck.h"

#include <QSet>

using namespace desk;

namespace {

const QString kFileName = QStringLiteral("/fuzz/config");
const QByteArray kCanary = QByteArrayLiteral("cAnArY-Vh7Qz");
const QByteArray kCanarySection = QByteArrayLiteral(
    "\n[profile fuzzcanary]\n"
    "aws_secret_access_key = cAnArY-Vh7Qz-secret\n"
    "services_nested =\n"
    "  endpoint_url = cAnArY-Vh7Qz-nested\n"
    "multi_line = first\n"
    "  cAnArY-Vh7Qz-continued\n");

bool isLowerKey(const QString &key)
{
    return !key.isEmpty() && key == key.toLower() && key == key.trimmed();
}

void checkStructure(const SharedConfigFile &file, const QByteArray &content)
{
    const int lines = int(content.count('\n')) + 1;
    FUZZ_CHECK(file.fileName() == kFileName);
    FUZZ_CHECK(file.issues().size() <= 51);
    bool anyError = false;
    for (const SharedConfigIssue &issue : file.issues()) {
        FUZZ_CHECK(issue.file == kFileName);
        FUZZ_CHECK(issue.line >= 0 && issue.line <= lines);
        FUZZ_CHECK(!issue.message.isEmpty());
        FUZZ_CHECK(issue.toString().endsWith(issue.message));
        anyError = anyError || issue.isError();
    }
    FUZZ_CHECK(file.hasErrors() == anyError);

    int lastLine = 0;
    for (const SharedConfigSection &section : file.sections()) {
        FUZZ_CHECK(section.line > lastLine && section.line <= lines);
        lastLine = section.line;
        FUZZ_CHECK(!section.header.isEmpty() && section.header == section.header.simplified());
        for (auto it = section.values.cbegin(); it != section.values.cend(); ++it) {
            FUZZ_CHECK(isLowerKey(it.key()));
            FUZZ_CHECK(!it.key().contains(u'=') && !it.key().contains(u':'));
            FUZZ_CHECK(!section.subSections.contains(it.key()));
            FUZZ_CHECK(section.valueLines.value(it.key()) >= section.line);
            FUZZ_CHECK(it.value() == it.value().trimmed());
        }
        for (auto it = section.subSections.cbegin(); it != section.subSections.cend(); ++it) {
            FUZZ_CHECK(isLowerKey(it.key()));
            FUZZ_CHECK(!it.value().isEmpty());
            for (auto sub = it.value().cbegin(); sub != it.value().cend(); ++sub)
                FUZZ_CHECK(!sub.key().contains(u'='));
        }
    }

    const QStringList names = file.profileNames();
    FUZZ_CHECK(QSet<QString>(names.cbegin(), names.cend()).size() == names.size());
    for (const QString &name : names) {
        FUZZ_CHECK(!name.isEmpty());
        const SharedConfigSection *profile = file.profile(name);
        FUZZ_CHECK(profile != nullptr);
        FUZZ_CHECK(profile->header == name);
    }
    if (file.kind() == SharedConfigFile::Kind::Credentials) {
        QSet<QString> headers;
        for (const SharedConfigSection &section : file.sections())
            headers.insert(section.header);
        FUZZ_CHECK(headers.size() == names.size());
    }
}

void checkNoValueInIssues(const SharedConfigFile &file)
{
    for (const SharedConfigIssue &issue : file.issues())
        FUZZ_CHECK(!issue.toString().contains(QLatin1String(kCanary), Qt::CaseInsensitive));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray content(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const bool canaryFree = !content.toLower().contains(kCanary.toLower());
    for (const auto kind : {SharedConfigFile::Kind::Config, SharedConfigFile::Kind::Credentials}) {
        const SharedConfigFile file = SharedConfigFile::parse(content, kFileName, kind);
        checkStructure(file, content);
        if (!canaryFree)
            continue;
        const QByteArray before = kCanarySection.mid(1) + content;
        const QByteArray after = content + kCanarySection;
        const SharedConfigFile first = SharedConfigFile::parse(before, kFileName, kind);
        const SharedConfigFile last = SharedConfigFile::parse(after, kFileName, kind);
        checkStructure(first, before);
        checkStructure(last, after);
        checkNoValueInIssues(first);
        checkNoValueInIssues(last);
        // A file that is not UTF-8 text at all (NUL bytes, UTF-16) is refused whole, once: none
        // of it is read, the canary section neither.
        if (last.hasFileProblem()) {
            FUZZ_CHECK(last.issues().size() == 1 && last.profileNames().isEmpty() && last.sections().isEmpty());
            FUZZ_CHECK(after.contains('\0') || after.startsWith("\xFF\xFE") || after.startsWith("\xFE\xFF"));
            continue;
        }
        // The section after the input is read whatever the input left unfinished.
        const QString profileName = kind == SharedConfigFile::Kind::Config ? QStringLiteral("fuzzcanary")
                                                                            : QStringLiteral("profile fuzzcanary");
        const SharedConfigSection *canary = last.profile(profileName);
        FUZZ_CHECK(canary != nullptr);
        FUZZ_CHECK(canary->values.value(QStringLiteral("aws_secret_access_key")) == QLatin1String("cAnArY-Vh7Qz-secret"));
        FUZZ_CHECK(canary->values.value(QStringLiteral("multi_line")).endsWith(QLatin1String("\ncAnArY-Vh7Qz-continued")));
        FUZZ_CHECK(canary->subSections.value(QStringLiteral("services_nested")).value(QStringLiteral("endpoint_url"))
                   == QLatin1String("cAnArY-Vh7Qz-nested"));
    }
    return 0;
}
