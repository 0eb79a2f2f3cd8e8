#pragma once

#include "models/inventorymodel.h"

#include <QStyledItemDelegate>

namespace desk {

// Draws the inventory tree's rows: an icon per kind (domain, error) and, for a repository, per
// connection state (connected, via upstream, none, not known yet); the package format's icon
// beside a connection; failed domains and their error rows in the error colour; counts that are
// still loading, and connections that are not the repository's own, dimmed.
class InventoryItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The icon (Icons::get) of a repository in that state.
    static QString repositoryIconName(InventoryModel::ConnectionState state);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace desk
