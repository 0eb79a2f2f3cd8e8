#include "models/externalconnectionfiltermodel.h"

#include "models/externalconnectionmodel.h"

namespace desk {

ExternalConnectionFilterModel::ExternalConnectionFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void ExternalConnectionFilterModel::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    m_words = text.split(u' ', Qt::SkipEmptyParts);
    invalidateFilter();
    Q_EMIT filterTextChanged(m_filterText);
}

void ExternalConnectionFilterModel::setPackageFormat(const QString &format)
{
    if (format == m_format)
        return;
    m_format = format;
    invalidateFilter();
    Q_EMIT packageFormatChanged(m_format);
}

bool ExternalConnectionFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_format.isEmpty() && index.data(ExternalConnectionModel::FormatRole).toString() != m_format)
        return false;
    if (m_words.isEmpty())
        return true;
    const QString haystack = index.data(ExternalConnectionModel::NameRole).toString() + u'\n'
        + index.data(ExternalConnectionModel::FormatRole).toString() + u'\n'
        + index.data(ExternalConnectionModel::DisplayNameRole).toString() + u'\n'
        + index.data(ExternalConnectionModel::DescriptionRole).toString();
    for (const QString &word : m_words) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace desk
