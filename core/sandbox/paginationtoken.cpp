#include "sandbox/paginationtoken.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace desk {

namespace {
constexpr qsizetype kMacSize = 32;   // hex characters
} // namespace

PaginationToken::PaginationToken(QByteArray salt)
    : m_salt(std::move(salt))
{
    if (m_salt.isEmpty()) {
        m_salt.resize(32);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(m_salt.data()), 8);
    }
}

QByteArray PaginationToken::mac(const QString &listingKey, const QByteArray &afterKey) const
{
    // Length-prefixed, so no (listing, key) pair can be shifted into another.
    const QByteArray listing = listingKey.toUtf8();
    const QByteArray message = QByteArray::number(listing.size()) + ':' + listing + afterKey;
    return QMessageAuthenticationCode::hash(message, m_salt, QCryptographicHash::Sha256).left(kMacSize / 2).toHex();
}

QString PaginationToken::encode(const QString &listingKey, const QString &afterKey) const
{
    const QByteArray key = afterKey.toUtf8();
    const QByteArray raw = mac(listingKey, key) + '.' + key;
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<QString> PaginationToken::decode(const QString &listingKey, const QString &token) const
{
    if (token.size() > 2000)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(token.toLatin1(),
                                                        QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QByteArray raw = *decoded;
    if (raw.size() < kMacSize + 1 || raw.at(kMacSize) != '.')
        return std::nullopt;
    const QByteArray key = raw.mid(kMacSize + 1);
    const QByteArray expected = mac(listingKey, key);
    unsigned char diff = 0;
    for (qsizetype i = 0; i < kMacSize; ++i)
        diff |= static_cast<unsigned char>(raw.at(i) ^ expected.at(i));
    if (diff != 0)
        return std::nullopt;
    return QString::fromUtf8(key);
}

} // namespace desk
