#pragma once

#include <QCollator>
#include <QCollatorSortKey>
#include <QHash>
#include <QSortFilterProxyModel>

namespace desk {

// Filters and sorts an InventoryModel. The filter text is split into terms; a row stays when it
// matches every term (so each word narrows: "acme-prod npm" is the npm repositories of
// acme-prod), and a domain also stays when any of its rows does (recursive filtering). A
// repository matches a term that its own row or its domain's row matches, so a domain's name or
// owner keeps all of its repositories. The terms, case folded:
// - any word: a name that contains it (as before the terms existed);
// - a word that names a public registry or a package format ("public:pypi", "pypi", "npmjs",
//   "npm", "maven-central", "maven", ...): also a repository that reaches one of those
//   registries, through its own external connection or through its upstreams (both: an admin
//   asking for "npm" wants every repository npm packages come from; the tree's icon says which);
// - a word of 12 digits: also a domain whose owner it is, and a repository whose administrator
//   account it is;
// - "no connection": a described repository that reaches no public registry (one not described
//   yet is not known to, and does not match);
// - "has upstreams": a described repository with at least one upstream.
// A row whose description arrives is filtered again (the model says which rows changed).
// Names sort naturally ("repo-2" before "repo-10") with QCollator's numeric mode; the collation
// keys are computed once per row and the terms once per edit, so typing stays fast on 10,000
// rows.
class InventoryFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)

public:
    explicit InventoryFilterModel(QObject *parent = nullptr);

    QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);

    void setSourceModel(QAbstractItemModel *model) override;

    // The repositories shown now (rows of kind Repository under the shown domains).
    int shownRepositoryCount() const;

Q_SIGNALS:
    void filterTextChanged(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    struct Term
    {
        enum class Kind { Word, NoConnection, HasUpstreams };
        Kind kind = Kind::Word;
        QString text;             // a word, case folded
        QStringList registries;   // the public registries the word names
        bool account = false;     // 12 digits
        bool plain = false;       // a word that only names match
    };
    static QList<Term> parseTerms(const QString &text);
    // Whether the row itself (not its domain) matches: by its name, or otherwise (below).
    bool rowMatches(const Term &term, const QModelIndex &sourceIndex) const;
    bool matchesBeyondName(const Term &term, const QModelIndex &sourceIndex) const;
    bool nameMatches(const QString &word, const QModelIndex &sourceIndex) const;
    // By value: a reference into the cache would dangle when the next insert rehashes it.
    QCollatorSortKey sortKey(const QModelIndex &sourceIndex) const;
    void forgetSortKeys() { m_sortKeys.clear(); }

    QString m_filterText;
    QList<Term> m_terms;
    QCollator m_collator;
    // By (internal pointer, row) of column 0: the source model only appends rows, and a reset
    // or removal clears the cache.
    mutable QHash<QPair<quintptr, int>, QCollatorSortKey> m_sortKeys;
    QList<QMetaObject::Connection> m_sourceConnections;
};

} // namespace desk
