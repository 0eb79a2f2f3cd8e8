// The sandbox's pagination tokens (PaginationToken), from any bytes. The input is a listing key,
// a sort key and a token, separated by NUL bytes (the sandbox's keys hold newlines).
// Checks: what encode() makes, decode() gives back, for that listing only and for that server's
// salt only; a token is base64url without padding; a token with a byte changed, cut, or grown
// gives back nothing or the very same key; and decode() of the raw token never crashes and
// never gives back a key for a token the server did not make.

#include "fuzzcheck.h"
#include "sandbox/paginationtoken.h"

using namespace desk;

namespace {

bool isBase64Url(const QString &token)
{
    for (const QChar c : token) {
        const bool ok = (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-'
            || c == u'_';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const PaginationToken server(QByteArrayLiteral("fuzz-salt-0123456789abcdef0123456"));
    static const PaginationToken otherServer(QByteArrayLiteral("another-salt-0123456789abcdef012"));

    fuzz::FuzzInput input(data, size);
    const QString listing = QString::fromUtf8(input.takePart());
    const QString afterKey = QString::fromUtf8(input.takePart());
    const QByteArray raw = input.rest();

    // Round trip, for this listing and this server only.
    const QString token = server.encode(listing, afterKey);
    FUZZ_CHECK(isBase64Url(token));
    const std::optional<QString> back = server.decode(listing, token);
    if (afterKey.toUtf8().size() < 1400) {   // decode() refuses tokens over 2,000 characters
        FUZZ_CHECK(back.has_value());
        FUZZ_CHECK(*back == afterKey);
    } else {
        FUZZ_CHECK(!back.has_value() || *back == afterKey);
    }
    FUZZ_CHECK(!server.decode(listing + u'x', token).has_value());
    FUZZ_CHECK(!otherServer.decode(listing, token).has_value());

    // The same token changed by the input's bytes: overwritten, cut, grown.
    QString changed = token;
    for (qsizetype i = 0; i + 1 < raw.size() && !changed.isEmpty(); i += 2) {
        const qsizetype at = static_cast<unsigned char>(raw.at(i)) % changed.size();
        const char c = raw.at(i + 1);
        if (c == '\x01')
            changed.remove(at, 1);
        else if (c == '\x02')
            changed.insert(at, changed.at(at));
        else
            changed[at] = QChar::fromLatin1(c);
    }
    const std::optional<QString> changedBack = server.decode(listing, changed);
    FUZZ_CHECK(!changedBack.has_value() || *changedBack == afterKey);

    // The input itself as a token: only a token the server made decodes.
    const std::optional<QString> rawBack = server.decode(listing, QString::fromLatin1(raw));
    if (rawBack)
        FUZZ_CHECK(server.decode(listing, server.encode(listing, *rawBack)) == rawBack);
    return 0;
}
