#pragma once

#include <QSortFilterProxyModel>

namespace desk {

// Narrows an ExternalConnectionModel to a package format and to the rows whose name, format,
// display name or description contain every word of the filter text.
class ExternalConnectionFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)
    Q_PROPERTY(QString packageFormat READ packageFormat WRITE setPackageFormat NOTIFY packageFormatChanged)

public:
    explicit ExternalConnectionFilterModel(QObject *parent = nullptr);

    QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);
    // Empty: every format.
    QString packageFormat() const { return m_format; }
    void setPackageFormat(const QString &format);

Q_SIGNALS:
    void filterTextChanged(const QString &text);
    void packageFormatChanged(const QString &format);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_filterText;
    QStringList m_words;
    QString m_format;
};

} // namespace desk
