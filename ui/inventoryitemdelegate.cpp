#include "ui/inventoryitemdelegate.h"

#include "ui/icons.h"
#include "models/inventorymodel.h"

namespace desk {

void InventoryItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto kind = index.data(InventoryModel::KindRole).value<InventoryModel::ItemKind>();
    const QColor errorColor(0xc0, 0x39, 0x2b);
    if (kind == InventoryModel::ItemKind::Error) {
        if (index.column() == InventoryModel::NameColumn) {
            option->icon = Icons::get(QStringLiteral("error"));
            option->features |= QStyleOptionViewItem::HasDecoration;
        }
        option->palette.setColor(QPalette::Text, errorColor);
        return;
    }
    if (kind == InventoryModel::ItemKind::Domain) {
        const auto state = index.data(InventoryModel::DomainStateRole).value<InventoryModel::DomainState>();
        if (index.column() == InventoryModel::NameColumn) {
            option->icon = Icons::get(state == InventoryModel::DomainState::Failed ? QStringLiteral("error")
                                                                                    : QStringLiteral("domain"));
            option->features |= QStyleOptionViewItem::HasDecoration;
        }
        if (index.column() == InventoryModel::CountColumn) {
            if (state == InventoryModel::DomainState::Failed)
                option->palette.setColor(QPalette::Text, errorColor);
            else if (state == InventoryModel::DomainState::Loading)
                option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
        }
        return;
    }
    const QColor dim = option->palette.color(QPalette::PlaceholderText);
    switch (index.column()) {
    case InventoryModel::NameColumn:
        option->icon = Icons::get(repositoryIconName(
            index.data(InventoryModel::ConnectionStateRole).value<InventoryModel::ConnectionState>()));
        option->features |= QStyleOptionViewItem::HasDecoration;
        break;
    case InventoryModel::AccountColumn:
        option->palette.setColor(QPalette::Text, dim);
        break;
    case InventoryModel::ConnectionColumn: {
        const auto state = index.data(InventoryModel::ConnectionStateRole).value<InventoryModel::ConnectionState>();
        const QString format = index.data(InventoryModel::ConnectionFormatRole).toString();
        if (!format.isEmpty() && state != InventoryModel::ConnectionState::Unknown) {
            option->icon = Icons::get(QStringLiteral("format-") + format);
            option->features |= QStyleOptionViewItem::HasDecoration;
        }
        // Only a connection of its own is in plain text: what upstreams reach, and what is not
        // known yet, is dimmed (and the former in italics).
        if (state != InventoryModel::ConnectionState::Connected)
            option->palette.setColor(QPalette::Text, dim);
        if (state == InventoryModel::ConnectionState::ViaUpstream)
            option->font.setItalic(true);
        break;
    }
    case InventoryModel::UpstreamsColumn:
        if (index.data(InventoryModel::UpstreamCountRole).toInt() <= 0)
            option->palette.setColor(QPalette::Text, dim);
        break;
    default:
        break;
    }
}

QString InventoryItemDelegate::repositoryIconName(InventoryModel::ConnectionState state)
{
    switch (state) {
    case InventoryModel::ConnectionState::Connected:
        return QStringLiteral("repository-linked");
    case InventoryModel::ConnectionState::ViaUpstream:
        return QStringLiteral("repository-upstream");
    case InventoryModel::ConnectionState::None:
        return QStringLiteral("repository");
    case InventoryModel::ConnectionState::Unknown:
        break;
    }
    return QStringLiteral("repository-unknown");
}

} // namespace desk
