#include "sandbox/httprequestparser.h"

#include <optional>

namespace desk {

namespace {

using Error = HttpRequestParser::Error;

constexpr QByteArrayView kCrlf("\r\n");

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (isDigit(c))
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// RFC 9110 tchar: what a method or a field name is made of.
bool isTchar(char c)
{
    if (isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
        return true;
    return c != '\0' && QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (!isTchar(c))
            return false;
    }
    return true;
}

// A control character other than HTAB: never part of a field value or a chunk extension.
bool hasControl(QByteArrayView text)
{
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t') || u == 0x7f)
            return true;
    }
    return false;
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

QByteArrayView trimBlanks(QByteArrayView text)
{
    while (!text.isEmpty() && isBlank(text.front()))
        text = text.sliced(1);
    while (!text.isEmpty() && isBlank(text.back()))
        text.chop(1);
    return text;
}

// A few bytes of what the client sent, printable, for a message.
QString quoted(QByteArrayView bytes)
{
    QString out;
    for (const char c : bytes.first(qMin<qsizetype>(bytes.size(), 24))) {
        const auto u = static_cast<unsigned char>(c);
        out += (u >= 0x20 && u < 0x7f) ? QChar::fromLatin1(c) : QChar(u'?');
    }
    return bytes.size() > 24 ? out + QStringLiteral("...") : out;
}

// A CR not followed by LF, or an LF not preceded by CR: RFC 9112 lets a server refuse both,
// and a front end that reads them differently would see another request than we do.
bool hasBareCrOrLf(QByteArrayView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))
            return true;
        if (text[i] == '\n' && (i == 0 || text[i - 1] != '\r'))
            return true;
    }
    return false;
}

struct RequestLine
{
    QByteArray method;
    QByteArray target;
    int minorVersion = 1;
    Error error;
};

RequestLine parseRequestLine(QByteArrayView line)
{
    RequestLine out;
    const qsizetype first = line.indexOf(' ');
    const qsizetype second = first < 0 ? -1 : line.indexOf(' ', first + 1);
    if (second < 0 || line.indexOf(' ', second + 1) >= 0) {
        out.error = {400, QStringLiteral("The request line '%1' is not METHOD SP TARGET SP VERSION.").arg(quoted(line))};
        return out;
    }
    const QByteArrayView method = line.first(first);
    const QByteArrayView target = line.sliced(first + 1, second - first - 1);
    const QByteArrayView version = line.sliced(second + 1);
    if (!isToken(method)) {
        out.error = {400, QStringLiteral("The method '%1' is not a token.").arg(quoted(method))};
        return out;
    }
    if (version.size() != 8 || !version.startsWith("HTTP/") || !isDigit(version[5]) || version[6] != '.'
        || !isDigit(version[7])) {
        out.error = {400, QStringLiteral("'%1' is not an HTTP version.").arg(quoted(version))};
        return out;
    }
    if (version[5] != '1') {
        out.error = {505, QStringLiteral("%1 is not supported; send HTTP/1.1.").arg(quoted(version))};
        return out;
    }
    bool targetOk = target.startsWith('/');
    for (const char c : target)
        targetOk = targetOk && c > 0x20 && c < 0x7f && c != '#';
    if (!targetOk) {
        out.error = {400, QStringLiteral("The request target '%1' is not a path (it must start with '/' and hold "
                                         "visible ASCII only).")
                              .arg(quoted(target))};
        return out;
    }
    out.method = method.toByteArray();
    out.target = target.toByteArray();
    // RFC 9110 2.5: a later 1.x minor version is read as the highest we implement.
    out.minorVersion = version[7] == '0' ? 0 : 1;
    return out;
}

struct FieldLine
{
    QByteArray name;
    QByteArray value;
    Error error;
};

FieldLine parseFieldLine(QByteArrayView line)
{
    FieldLine out;
    if (!line.isEmpty() && isBlank(line.front())) {
        out.error = {400, QStringLiteral("A header line starts with white space (line folding is not accepted).")};
        return out;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon < 0) {
        out.error = {400, QStringLiteral("The header line '%1' has no colon.").arg(quoted(line))};
        return out;
    }
    const QByteArrayView name = line.first(colon);
    if (!isToken(name)) {
        out.error = {400, QStringLiteral("The header name '%1' is malformed (white space before the colon, or a "
                                         "character a name cannot hold).")
                              .arg(quoted(name))};
        return out;
    }
    const QByteArrayView value = trimBlanks(line.sliced(colon + 1));
    if (hasControl(value)) {
        out.error = {400, QStringLiteral("The value of header '%1' holds a control character.").arg(quoted(name))};
        return out;
    }
    out.name = name.toByteArray();
    out.value = value.toByteArray();
    return out;
}

// The comma-separated elements of every field with this name, trimmed and lowercased.
QList<QByteArray> listElements(const SandboxWireRequest &request, const QByteArray &name)
{
    QList<QByteArray> out;
    for (const auto &[key, value] : request.headers) {
        if (key.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray &element : value.split(',')) {
            const QByteArray trimmed = trimBlanks(element).toByteArray().toLower();
            if (!trimmed.isEmpty())
                out.append(trimmed);
        }
    }
    return out;
}

bool keepAliveOf(const SandboxWireRequest &request, int minorVersion)
{
    const QList<QByteArray> options = listElements(request, "connection");
    if (options.contains("close"))
        return false;
    return minorVersion == 1 || options.contains("keep-alive");
}

} // namespace

HttpRequestParser::HttpRequestParser(Limits limits)
    : m_limits(limits)
{
}

bool HttpRequestParser::isIdle() const
{
    return m_phase == Phase::Head && available() == 0 && m_skippedBytes == 0;
}

HttpRequestParser::Result HttpRequestParser::feed(QByteArrayView bytes)
{
    if (m_phase == Phase::Failed)
        return fail(m_error.status, m_error.message);
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_scanFrom = qMax<qsizetype>(0, m_scanFrom - m_pos);
        m_pos = 0;
    }
    m_buffer.append(bytes);
    return step();
}

QList<HttpRequestParser::Result> HttpRequestParser::parseAll(QByteArrayView bytes, Limits limits)
{
    HttpRequestParser parser(limits);
    QList<Result> results;
    Result r = parser.feed(bytes);
    for (;;) {
        if (r.status != Status::ContinueExpected)
            results.append(r);
        if (r.status == Status::NeedMore || r.status == Status::Error)
            return results;
        r = parser.next();
    }
}

HttpRequestParser::Result HttpRequestParser::step()
{
    for (;;) {
        Step r;
        switch (m_phase) {
        case Phase::Head: r = readHead(); break;
        case Phase::Body: r = readBody(); break;
        case Phase::ChunkSize: r = readChunkSize(); break;
        case Phase::ChunkData: r = readChunkData(); break;
        case Phase::ChunkEnd: r = readChunkEnd(); break;
        case Phase::Trailers: r = readTrailers(); break;
        case Phase::Failed: return fail(m_error.status, m_error.message);
        }
        if (r)
            return *r;
    }
}

HttpRequestParser::Result HttpRequestParser::fail(int status, const QString &message)
{
    m_phase = Phase::Failed;
    m_error = {status, message};
    m_buffer.clear();   // nothing after an error is read: drop it, so it cannot pile up
    m_pos = 0;
    Result r;
    r.status = Status::Error;
    r.error = m_error;
    return r;
}

HttpRequestParser::Step HttpRequestParser::readHead()
{
    // RFC 9112 2.2: empty lines before a request line are ignored (a client may send one after a body).
    while (available() >= 2 && m_buffer.at(m_pos) == '\r' && m_buffer.at(m_pos + 1) == '\n') {
        m_pos += 2;
        m_skippedBytes += 2;
    }
    const auto overLimit = [this] {
        return fail(431, QStringLiteral("The request line and headers are over the limit of %1 bytes.")
                             .arg(m_limits.maxHeaderBytes));
    };
    const qsizetype end = m_buffer.indexOf("\r\n\r\n", qMax(m_scanFrom, m_pos));
    if (end < 0) {
        if (available() + m_skippedBytes > m_limits.maxHeaderBytes)
            return overLimit();
        m_scanFrom = qMax(m_pos, m_buffer.size() - 3);
        return Result{};
    }
    if (end + 4 - m_pos + m_skippedBytes > m_limits.maxHeaderBytes)
        return overLimit();
    const QByteArrayView head = QByteArrayView(m_buffer).sliced(m_pos, end + 2 - m_pos);
    m_pos = end + 4;
    m_scanFrom = m_pos;
    m_skippedBytes = 0;
    if (hasBareCrOrLf(head))
        return fail(400, QStringLiteral("The header section holds a CR or LF that is not part of a CRLF."));

    qsizetype lineEnd = head.indexOf(kCrlf);
    const RequestLine line = parseRequestLine(head.first(lineEnd));
    if (line.error.status != 0)
        return fail(line.error.status, line.error.message);
    SandboxWireRequest &wire = m_request.wire;
    wire.method = line.method;
    const qsizetype question = line.target.indexOf('?');
    wire.path = question < 0 ? line.target : line.target.left(question);
    wire.rawQuery = question < 0 ? QByteArray() : line.target.mid(question + 1);
    m_request.minorVersion = line.minorVersion;
    for (qsizetype start = lineEnd + 2; start < head.size(); start = lineEnd + 2) {
        lineEnd = head.indexOf(kCrlf, start);
        const FieldLine field = parseFieldLine(head.sliced(start, lineEnd - start));
        if (field.error.status != 0)
            return fail(field.error.status, field.error.message);
        wire.headers.append({field.name, field.value});
    }
    return startBody();
}

// RFC 9112 6: how long the body is, refusing every ambiguity (the root of request smuggling).
HttpRequestParser::Step HttpRequestParser::startBody()
{
    const SandboxWireRequest &wire = m_request.wire;
    const int minor = m_request.minorVersion;
    const int hosts = wire.headerCount("host");
    if (minor == 1 ? hosts != 1 : hosts > 1)
        return fail(400, QStringLiteral("An HTTP/1.1 request carries exactly one Host header; this one has %1.").arg(hosts));
    const int lengths = wire.headerCount("content-length");
    if (wire.hasHeader("transfer-encoding")) {
        if (minor == 0)
            return fail(400, QStringLiteral("Transfer-Encoding is not allowed in an HTTP/1.0 request."));
        if (lengths > 0)
            return fail(400, QStringLiteral("A request cannot have both Content-Length and Transfer-Encoding."));
        const QList<QByteArray> codings = listElements(wire, "transfer-encoding");
        if (codings.isEmpty() || codings.last() != "chunked" || codings.count("chunked") > 1)
            return fail(400, QStringLiteral("The request's length cannot be known: Transfer-Encoding must end with "
                                            "chunked, once."));
        if (codings.size() > 1)
            return fail(501, QStringLiteral("The transfer coding '%1' is not implemented; only chunked is.")
                                 .arg(quoted(codings.first())));
        m_chunked = true;
        m_phase = Phase::ChunkSize;
    } else if (lengths > 1) {
        return fail(400, QStringLiteral("A request cannot have more than one Content-Length header."));
    } else if (lengths == 1) {
        const QByteArray value = wire.header("content-length");
        bool digits = !value.isEmpty() && value.size() <= 18;
        for (const char c : value)
            digits = digits && isDigit(c);
        if (!digits)
            return fail(400, QStringLiteral("Content-Length '%1' is not a decimal number of bytes.").arg(quoted(value)));
        m_remaining = value.toLongLong();
        if (m_remaining > m_limits.maxBodyBytes)
            return fail(413, QStringLiteral("The request body is %1 bytes; the limit is %2 bytes.")
                                 .arg(m_remaining)
                                 .arg(m_limits.maxBodyBytes));
        m_phase = Phase::Body;
    } else {
        m_remaining = 0;
        m_phase = Phase::Body;
    }
    m_request.keepAlive = keepAliveOf(wire, minor);
    const bool bodyComing = m_chunked || m_remaining > 0;
    if (bodyComing && minor == 1 && available() == 0 && listElements(wire, "expect").contains("100-continue")) {
        Result r;
        r.status = Status::ContinueExpected;
        return Step(r);
    }
    return m_remaining == 0 && !m_chunked ? Step(complete()) : std::nullopt;
}

HttpRequestParser::Step HttpRequestParser::readBody()
{
    const qint64 take = qMin<qint64>(available(), m_remaining);
    m_request.wire.body.append(QByteArrayView(m_buffer).sliced(m_pos, take));
    m_pos += take;
    m_remaining -= take;
    return m_remaining == 0 ? complete() : Result{};
}

HttpRequestParser::Step HttpRequestParser::readChunkSize()
{
    const qsizetype end = m_buffer.indexOf(kCrlf, qMax(m_scanFrom, m_pos));
    // Until its CRLF arrives, a last CR may be the start of it rather than part of the line: a
    // line of exactly the limit, cut between CR and LF, is not over it.
    const qsizetype lineSoFar = available() - (m_buffer.endsWith('\r') ? 1 : 0);
    if (end < 0 ? lineSoFar > maxChunkLineBytes : end - m_pos > maxChunkLineBytes)
        return fail(400, QStringLiteral("A chunk-size line is over %1 bytes.").arg(maxChunkLineBytes));
    if (end < 0) {
        m_scanFrom = qMax(m_pos, m_buffer.size() - 1);
        return Result{};
    }
    const QByteArrayView line = QByteArrayView(m_buffer).sliced(m_pos, end - m_pos);
    m_pos = end + 2;
    m_scanFrom = m_pos;
    quint64 size = 0;
    qsizetype digits = 0;
    for (; digits < line.size() && hexValue(line[digits]) >= 0; ++digits)
        size = size * 16 + static_cast<quint64>(hexValue(line[digits]));
    if (digits == 0 || digits > 16)
        return fail(400, QStringLiteral("The chunk size '%1' is not a hexadecimal number of at most 16 digits.")
                             .arg(quoted(line)));
    const QByteArrayView extension = trimBlanks(line.sliced(digits));
    if (!extension.isEmpty() && (extension.front() != ';' || hasControl(extension)))
        return fail(400, QStringLiteral("The chunk-size line '%1' is malformed.").arg(quoted(line)));
    if (size == 0) {
        m_phase = Phase::Trailers;
        return std::nullopt;
    }
    if (size > static_cast<quint64>(m_limits.maxBodyBytes - m_request.wire.body.size()))
        return fail(413, QStringLiteral("The request body is over the limit of %1 bytes.").arg(m_limits.maxBodyBytes));
    m_remaining = static_cast<qint64>(size);
    m_phase = Phase::ChunkData;
    return std::nullopt;
}

HttpRequestParser::Step HttpRequestParser::readChunkData()
{
    const qint64 take = qMin<qint64>(available(), m_remaining);
    m_request.wire.body.append(QByteArrayView(m_buffer).sliced(m_pos, take));
    m_pos += take;
    m_remaining -= take;
    if (m_remaining > 0)
        return Result{};
    m_phase = Phase::ChunkEnd;
    return std::nullopt;
}

HttpRequestParser::Step HttpRequestParser::readChunkEnd()
{
    if (available() < 2 && (available() == 0 || m_buffer.at(m_pos) == '\r'))
        return Result{};
    // One byte that is not CR is wrong already; never look past what arrived.
    if (QByteArrayView(m_buffer).sliced(m_pos, qMin<qsizetype>(2, available())) != kCrlf)
        return fail(400, QStringLiteral("A chunk is longer than its size says (no CRLF after it)."));
    m_pos += 2;
    m_phase = Phase::ChunkSize;
    return std::nullopt;
}

// Trailer fields are checked like headers and dropped: nothing the sandbox reads may come late.
HttpRequestParser::Step HttpRequestParser::readTrailers()
{
    const qsizetype end = m_buffer.indexOf(kCrlf, qMax(m_scanFrom, m_pos));
    const qsizetype lineBytes = end < 0 ? available() : end + 2 - m_pos;
    if (m_trailerBytes + lineBytes > m_limits.maxHeaderBytes)
        return fail(431, QStringLiteral("The trailer section is over the limit of %1 bytes.").arg(m_limits.maxHeaderBytes));
    if (end < 0) {
        m_scanFrom = qMax(m_pos, m_buffer.size() - 1);
        return Result{};
    }
    const QByteArrayView line = QByteArrayView(m_buffer).sliced(m_pos, end - m_pos);
    m_pos = end + 2;
    m_scanFrom = m_pos;
    m_trailerBytes += lineBytes;
    if (line.isEmpty())
        return complete();
    if (const FieldLine field = parseFieldLine(line); field.error.status != 0)
        return fail(field.error.status, field.error.message);
    return std::nullopt;
}

HttpRequestParser::Result HttpRequestParser::complete()
{
    Result r;
    r.status = Status::Complete;
    r.request = std::move(m_request);
    m_request = {};
    m_phase = Phase::Head;
    m_chunked = false;
    m_remaining = 0;
    m_trailerBytes = 0;
    m_scanFrom = m_pos;
    return r;
}

} // namespace desk
