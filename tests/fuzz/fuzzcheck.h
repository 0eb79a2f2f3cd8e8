#pragma once

// What every fuzz target uses: FUZZ_CHECK, a check that fails loudly (libFuzzer and the replay
// main both take an abort as a failure, and keep or name the input), and FuzzInput, which cuts
// the fuzzer's bytes into lines.

#include <QByteArray>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(condition)                                                                      \
    do {                                                                                           \
        if (!(condition))                                                                          \
            desk::fuzz::fail(#condition, __FILE__, __LINE__);                                      \
    } while (false)

namespace desk::fuzz {

[[noreturn]] inline void fail(const char *what, const char *file, int line)
{
    std::fprintf(stderr, "%s:%d: fuzz check failed: %s\n", file, line, what);
    std::fflush(stderr);
    std::abort();
}

// The input as parts: takeLine() returns the bytes up to the next '\n' (without it), or all that
// is left; takePart() the same up to the next NUL byte; rest() is what no part took.
class FuzzInput
{
public:
    FuzzInput(const uint8_t *data, size_t size)
        : m_bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size))
    {
    }

    const QByteArray &all() const { return m_bytes; }
    bool atEnd() const { return m_pos >= m_bytes.size(); }
    QByteArray takeLine() { return takeUntil('\n'); }
    QByteArray takePart() { return takeUntil('\0'); }
    QByteArray rest() const { return atEnd() ? QByteArray() : m_bytes.mid(m_pos); }

private:
    QByteArray takeUntil(char separator)
    {
        if (atEnd())
            return {};
        qsizetype end = m_bytes.indexOf(separator, m_pos);
        if (end < 0)
            end = m_bytes.size();
        const QByteArray line = m_bytes.mid(m_pos, end - m_pos);
        m_pos = end + 1;
        return line;
    }

    QByteArray m_bytes;
    qsizetype m_pos = 0;
};

} // namespace desk::fuzz
