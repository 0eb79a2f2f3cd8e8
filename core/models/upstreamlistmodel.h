#pragma once

#include <QSet>
#include <QStringListModel>

namespace desk {

// A repository's upstreams as they are being edited, in search order: each row shows its place
// ("2. npm-store"), and a name the domain does not have (a repository deleted since: a
// dangling upstream) says so. Rows move by drag and drop (within the list) and by move();
// EditRole is the bare name.
class UpstreamListModel : public QStringListModel
{
    Q_OBJECT

public:
    explicit UpstreamListModel(QObject *parent = nullptr);

    // The domain's repositories; an upstream not among them is dangling.
    void setExisting(const QStringList &repositories);
    bool isDangling(int row) const;
    QStringList danglingNames() const;
    // Moves a row one place up (delta -1) or down (+1); false when it cannot move.
    bool move(int row, int delta);
    // The rows as shown ("1. web-frontend"), for tests and accessibility.
    QStringList displayRows() const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;

private:
    void renumber();

    QSet<QString> m_existing;
};

} // namespace desk
