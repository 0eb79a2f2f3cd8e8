#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace desk {

// Opaque nextToken values: base64url of "mac.KEY", where KEY is the sort key of the last item
// on the page and mac an HMAC over KEY and a key naming the listing (operation, caller,
// filters) with a per-server random salt. The next page starts after KEY, not at a count, so a
// repository created or deleted between two pages neither hides nor repeats another one. A
// token from another listing, another sandbox run, or with a changed byte is refused.
class PaginationToken
{
public:
    explicit PaginationToken(QByteArray salt = {});

    QString encode(const QString &listingKey, const QString &afterKey) const;
    // The sort key the page ended with, or nothing when the token was not made by this server
    // for this listing.
    std::optional<QString> decode(const QString &listingKey, const QString &token) const;

private:
    QByteArray mac(const QString &listingKey, const QByteArray &afterKey) const;
    QByteArray m_salt;
};

} // namespace desk
