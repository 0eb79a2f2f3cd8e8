#pragma once

#include "base/awserror.h"
#include "base/bytearraypairs.h"
#include "base/operationinputs.h"
#include "base/operations.h"

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace desk {

// One call of an operation before it is signed: what a job sends and what "Copy as AWS CLI
// command" renders. Everything in it comes from the operation table and the input.
struct AwsRequest
{
    Operation id = Operation::ListDomains;
    OperationInput input;              // the members as given, for people and for the AWS CLI
    QString operation;                 // AssociateExternalConnection
    QString service = QStringLiteral("codeartifact");  // codeartifact, sts, sso-oidc or sso
    QByteArray method;                 // POST
    QByteArray path;                   // /v1/repository/external-connection
    ByteArrayPairs query;              // decoded, in model order
    ByteArrayPairs headers;            // header members (the portal's bearer token): secret, never logged
    QByteArray body;                   // empty: no body and no Content-Type
    QByteArray contentType;            // application/json when there is a body
    bool isMutation = false;           // mutations are not replayed after an ambiguous failure
    QString target;                    // for people: "domain/repository"
    bool responseCarriesSecret = false;  // the answer holds a token: never quote its body
    bool isSigned = true;              // false: sent without SigV4 and without credentials

    // The request the table describes for this input: query members in the model's order, body
    // members as one JSON object (sent even when empty, as the AWS CLI does), STS members as a
    // form. Members the input does not set are not sent.
    static AwsRequest forOperation(Operation operation, const OperationInput &input);
    const OperationSpec &spec() const { return Operations::spec(id); }
};

// What the activity panel shows of one request: no secret, no signature, no body.
struct RequestRecord
{
    QDateTime started;
    QString operation;
    QString service;
    QString iamAction;      // the IAM action the request needs (from the operation table)
    QString target;
    QString method;
    QString url;            // endpoint, path and query (names and values are not secret)
    int httpStatus = 0;     // 0: no HTTP response
    qint64 durationMs = 0;  // all attempts and waits
    int attempts = 0;
    QString requestId;
    QString errorCode;      // AWS code, or the error kind when there was no response
    QString errorMessage;   // userMessage()
    bool succeeded = false;
};

} // namespace desk

Q_DECLARE_METATYPE(desk::RequestRecord)
