#pragma once

#include <QStyledItemDelegate>

namespace desk {

// Draws the inventory tree's rows: an icon per kind (domain, repository, repository with an
// external connection, error), failed domains and their error rows in the error colour, counts
// that are still loading dimmed.
class InventoryItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace desk
