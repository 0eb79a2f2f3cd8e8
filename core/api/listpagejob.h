#pragma once

#include "api/awsrequestjob.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace desk {

// One page of a paginated operation (the table names the answer's list member): the items it
// read and the token of the next page (empty: the last page).
template <typename Item>
class ListPageJob : public AwsRequestJob
{
public:
    using ItemType = Item;

    struct Page
    {
        AwsError error;
        QList<Item> items;
        QString nextToken;
    };

    QList<Item> items() const { return m_page.items; }
    QString nextToken() const { return m_page.nextToken; }

    // Reads one answer; public so the benchmark measures exactly what the job does.
    static Page parsePage(const QJsonObject &answer, const QString &listMember)
    {
        Page page;
        const QJsonValue list = answer.value(listMember);
        if (!list.isArray() && !list.isUndefined()) {
            page.error = AwsError(AwsError::Kind::BadResponse,
                                  QCoreApplication::translate("AwsRequestJob", "\"%1\" is not a list").arg(listMember));
            return page;
        }
        const QJsonArray array = list.toArray();
        page.items.reserve(array.size());
        for (const QJsonValue &item : array)
            page.items.append(Item::fromJson(item.toObject()));
        page.nextToken = answer.value(QLatin1String("nextToken")).toString();
        return page;
    }

protected:
    ListPageJob(CodeArtifactClient *client, Operation operation, const OperationInput &input, QObject *parent)
        : AwsRequestJob(client, operation, input, parent)
    {
    }
    AwsError parseJson(const QJsonObject &answer) override
    {
        m_page = parsePage(answer, request().spec().pageItems);
        return m_page.error;
    }

private:
    Page m_page;
};

} // namespace desk
