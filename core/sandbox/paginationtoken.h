#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace desk {

// Opaque nextToken values: base64url of "offset.mac", where mac is an HMAC over the offset and a
// key naming the listing (operation, caller, filters) with a per-server random salt. A token
// from another listing, another sandbox run, or with a changed byte is refused.
class PaginationToken
{
public:
    explicit PaginationToken(QByteArray salt = {});

    QString encode(const QString &listingKey, qsizetype offset) const;
    // The offset, or nothing when the token was not made by this server for this listing.
    std::optional<qsizetype> decode(const QString &listingKey, const QString &token) const;

private:
    QByteArray mac(const QString &listingKey, qsizetype offset) const;
    QByteArray m_salt;
};

} // namespace desk
