#pragma once

#include <QString>
#include <QUrl>

namespace ActionDeck {

/// The batch endpoint for a data plane URL as users type it: with or without `/v1/batch`, with a
/// trailing slash, or under a path prefix. Returns an invalid URL and sets `error` when the text
/// is not an http(s) URL with a host.
QUrl batchEndpoint(const QString& dataPlaneUrl, QString* error = nullptr);

} // namespace ActionDeck
