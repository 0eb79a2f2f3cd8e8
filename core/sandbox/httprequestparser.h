#pragma once

#include "sandbox/sandboxconfig.h"
#include "sandbox/sandboxwirerequest.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace desk {

// What one request may hold (SandboxConfig has the defaults and says why).
struct HttpRequestLimits
{
    qsizetype maxHeaderBytes = SandboxConfig::defaultMaxHeaderBytes;   // request line and headers
    qsizetype maxBodyBytes = SandboxConfig::defaultMaxBodyBytes;       // decoded
};

// HTTP/1.1 request framing for the sandbox (RFC 9112), with no socket: bytes go in, whole
// requests or one error come out. SandboxConnection feeds it what its socket reads; a test or a
// fuzz target feeds it any bytes, whole or split anywhere, and gets the same results.
//
//     HttpRequestParser parser(limits);
//     Result r = parser.feed(bytes);   // appends the bytes, then parses as far as they go
//     r = parser.next();               // parses what is buffered, adds nothing
//     HttpRequestParser::parseAll(bytes, limits);   // pure: every result for one byte string
//
// feed() and next() return one of:
//   NeedMore          no whole request yet: feed more bytes.
//   ContinueExpected  the head is whole and valid, it says "Expect: 100-continue" and no body
//                     byte has arrived: write "HTTP/1.1 100 Continue" and call next(). At most
//                     once per request.
//   Complete          `request` is one whole request. Bytes after it stay buffered (pipelining):
//                     call next() before feeding more.
//   Error             `error` has the status to answer (400, 413, 431, 501, 505) and why.
//                     The stream cannot be trusted after it: answer and close. Later calls
//                     return it again.
//
// Memory: the parser holds at most maxHeaderBytes of head, or the body read so far (never more
// than maxBodyBytes decoded) plus one chunk-size line, plus what the caller fed past the request
// it is reading. A caller that feeds only after NeedMore bounds that by the size of one feed.
//
// What it accepts, strictly (anything else is an Error; the choices are in core/sandbox/README.md):
//   - request line `METHOD SP /origin-form SP HTTP/1.x CRLF`: a method is any token (the server
//     decides which it implements); the target starts with '/' and holds visible ASCII but '#';
//     HTTP/1.0 and HTTP/1.1 (1.2 and later minors as 1.1); another major version is 505.
//   - header lines `name: value` ending in CRLF: a bare CR or LF, a line without a colon, white
//     space before the colon, a folded line, a control character in a value: 400.
//   - Host: exactly one in HTTP/1.1, at most one in HTTP/1.0.
//   - Content-Length: one field of 1 to 18 digits (no sign, no hex, no list, no duplicate, even
//     an identical one); over maxBodyBytes is 413 as soon as the head is read.
//   - Transfer-Encoding: `chunked` alone, in HTTP/1.1, without Content-Length: strict hex sizes
//     (at most 16 digits), chunk extensions ignored, CRLF after each chunk, trailers checked and
//     dropped (over maxHeaderBytes: 431); the decoded size over maxBodyBytes is 413 as soon as a
//     chunk size says so. Any
//     other coding is 400 (a request whose length cannot be known) or 501 (gzip, chunked).
//   - empty lines before a request line are skipped (they count towards maxHeaderBytes).
class HttpRequestParser
{
public:
    using Limits = HttpRequestLimits;

    struct Request
    {
        SandboxWireRequest wire;
        int minorVersion = 1;    // HTTP/1.0 or HTTP/1.1
        bool keepAlive = true;   // false: "Connection: close", or HTTP/1.0 without keep-alive
    };

    struct Error
    {
        int status = 0;          // 400, 413, 431, 501, 505 (and 408 from SandboxConnection)
        QString message;         // one sentence; it never repeats more than a few request bytes
    };

    enum class Status { NeedMore, ContinueExpected, Complete, Error };

    struct Result
    {
        Status status = Status::NeedMore;
        Request request;   // Complete
        Error error;       // Error
    };

    // The longest chunk-size line (size and extensions) accepted.
    static constexpr qsizetype maxChunkLineBytes = 1024;

    explicit HttpRequestParser(Limits limits = {});

    Result feed(QByteArrayView bytes);
    Result next() { return feed({}); }
    // True when no byte of a next request is buffered (a timeout then closes quietly).
    bool isIdle() const;

    // Every result for `bytes` fed at once: the requests in order, then the NeedMore, or the
    // Error, that ends them (a ContinueExpected is not listed).
    static QList<Result> parseAll(QByteArrayView bytes, Limits limits = {});

private:
    enum class Phase { Head, Body, ChunkSize, ChunkData, ChunkEnd, Trailers, Failed };
    // What a reader returns: a result for the caller, or nothing when it moved to another phase
    // and parsing goes on.
    using Step = std::optional<Result>;

    Result step();
    Step readHead();
    Step startBody();
    Step readBody();
    Step readChunkSize();
    Step readChunkData();
    Step readChunkEnd();
    Step readTrailers();
    Result complete();
    Result fail(int status, const QString &message);
    qsizetype available() const { return m_buffer.size() - m_pos; }

    Limits m_limits;
    QByteArray m_buffer;        // unread bytes start at m_pos
    qsizetype m_pos = 0;
    qsizetype m_scanFrom = 0;   // where the search for the current terminator resumes
    qsizetype m_skippedBytes = 0;   // empty lines skipped before this request line
    Phase m_phase = Phase::Head;
    Request m_request;          // the request being read
    bool m_chunked = false;
    qint64 m_remaining = 0;     // body bytes (Body) or chunk bytes (ChunkData) still to come
    qsizetype m_trailerBytes = 0;
    Error m_error;
};

} // namespace desk
