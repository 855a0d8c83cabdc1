#include "looker/executerequest.h"

#include "looker/executerequestparser.h"

#include <QByteArray>

namespace ActionDeck {

std::string ExecuteRequest::formParam(const std::string& name) const {
    const auto it = formParams.find(name);
    return it == formParams.end() ? std::string() : it->second;
}

std::string ExecuteRequest::param(const std::string& name) const {
    const auto it = params.find(name);
    return it == params.end() ? std::string() : it->second;
}

bool ExecuteRequest::attachmentIsBase64() const {
    return attachmentMimetype.find(";base64") != std::string::npos;
}

qint64 ExecuteRequest::attachmentSize() const {
    return attachmentSpool ? attachmentSpool->size() : qint64(attachmentData.size());
}

std::string ExecuteRequest::decodedAttachment(std::string* error) const {
    const QByteArray spooled = attachmentSpool ? attachmentSpool->readAll() : QByteArray();
    const QByteArray text =
        attachmentSpool
            ? spooled
            : QByteArray::fromRawData(attachmentData.data(), qsizetype(attachmentData.size()));
    if (!attachmentIsBase64())
        return text.toStdString();
    const auto decoded =
        QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        if (error)
            *error = "attachment.data is not valid base64 although its mimetype says \";base64\"";
        return {};
    }
    return decoded.decoded.toStdString();
}

std::optional<ExecuteRequest> ExecuteRequestReader::read(std::string_view body, ParseError* error) {
    std::string attachment;
    ExecuteRequestParser parser([&attachment](std::string_view text) {
        attachment.append(text);
        return true;
    });
    if (!parser.feed(body) || !parser.finish()) {
        if (error)
            *error = parser.error();
        return std::nullopt;
    }
    ExecuteRequest request = std::move(parser.request());
    request.attachmentData = std::move(attachment);
    return request;
}

} // namespace ActionDeck
