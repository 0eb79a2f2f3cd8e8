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
    if (index.column() == InventoryModel::NameColumn) {
        const bool linked = !index.data(InventoryModel::ExternalConnectionRole).toString().isEmpty();
        option->icon = Icons::get(linked ? QStringLiteral("repository-linked") : QStringLiteral("repository"));
        option->features |= QStyleOptionViewItem::HasDecoration;
    }
    if (index.column() == InventoryModel::AccountColumn)
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
}

} // namespace desk
