#include "paginationtoken.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace desk {

PaginationToken::PaginationToken(QByteArray salt)
    : m_salt(std::move(salt))
{
    if (m_salt.isEmpty()) {
        m_salt.resize(32);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(m_salt.data()), 8);
    }
}

QByteArray PaginationToken::mac(const QString &listingKey, qsizetype offset) const
{
    const QByteArray message = listingKey.toUtf8() + '\n' + QByteArray::number(offset);
    return QMessageAuthenticationCode::hash(message, m_salt, QCryptographicHash::Sha256).left(16).toHex();
}

QString PaginationToken::encode(const QString &listingKey, qsizetype offset) const
{
    const QByteArray raw = QByteArray::number(offset) + '.' + mac(listingKey, offset);
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<qsizetype> PaginationToken::decode(const QString &listingKey, const QString &token) const
{
    const auto decoded = QByteArray::fromBase64Encoding(token.toLatin1(),
                                                        QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || token.size() > 200)
        return std::nullopt;
    const QByteArray raw = *decoded;
    const qsizetype dot = raw.indexOf('.');
    if (dot <= 0)
        return std::nullopt;
    bool ok = false;
    const qlonglong offset = raw.left(dot).toLongLong(&ok);
    if (!ok || offset < 0 || QByteArray::number(offset) != raw.left(dot))
        return std::nullopt;
    const QByteArray expected = mac(listingKey, offset);
    const QByteArray given = raw.mid(dot + 1);
    if (given.size() != expected.size())
        return std::nullopt;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < given.size(); ++i)
        diff |= static_cast<unsigned char>(given.at(i) ^ expected.at(i));
    if (diff != 0)
        return std::nullopt;
    return static_cast<qsizetype>(offset);
}

} // namespace desk
