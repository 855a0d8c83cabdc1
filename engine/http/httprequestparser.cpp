#include "http/httprequestparser.h"

#include <QUrl>

#include <iterator>

namespace ActionDeck {

namespace http = boost::beast::http;

namespace {

QByteArray toBytes(boost::beast::string_view text) {
    return QByteArray(text.data(), qsizetype(text.size()));
}

} // namespace

void resetRequestParser(std::optional<HttpRequestParser>& parser, const HttpLimits& limits) {
    parser.emplace();
    parser->header_limit(std::uint32_t(limits.maxHeaderBytes));
    parser->body_limit(boost::none);
}

std::variant<HttpRequestHead, HttpHeadRefusal> requestHeadOf(const HttpRequestParser& parser,
                                                             const HttpLimits& limits) {
    const auto& request = parser.get();
    if (std::distance(request.begin(), request.end()) > limits.maxHeaderFields)
        return HttpHeadRefusal{431, "The request header has more than " +
                                        std::to_string(limits.maxHeaderFields) + " fields."};
    HttpRequestHead head;
    head.method = toBytes(request.method_string());
    const QByteArray target = toBytes(request.target());
    const QUrl url = QUrl::fromEncoded(target, QUrl::StrictMode);
    if (!target.startsWith('/') || !url.isValid())
        return HttpHeadRefusal{400, "The request target is not a valid path."};
    head.path = url.path(QUrl::FullyDecoded);
    head.query = QUrlQuery(url);
    for (const auto& field : request)
        head.fields.append({toBytes(field.name_string()), toBytes(field.value())});
    if (const auto length = parser.content_length())
        head.contentLength = qint64(*length);
    head.chunked = parser.chunked();
    head.expectContinue = QByteArray(toBytes(request[http::field::expect]))
                              .trimmed()
                              .compare("100-continue", Qt::CaseInsensitive) == 0;
    return head;
}

} // namespace ActionDeck
