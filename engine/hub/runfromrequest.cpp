#include "hub/runfromrequest.h"

#include <QRegularExpression>
#include <QUrl>

namespace ActionDeck {

QString RunFromRequest::lookIdOf(const QString& url) {
    static const QRegularExpression look(QStringLiteral("/looks/(\\d+)(?:[/?#]|$)"));
    const QRegularExpressionMatch match = look.match(QUrl(url).path(QUrl::FullyDecoded) + u'/');
    return match.hasMatch() ? match.captured(1) : QString();
}

RunRecord RunFromRequest::make(const ExecuteRequest& request, const QString& action,
                               const QString& region, const QString& source) {
    RunRecord run;
    run.action = action;
    run.region = region;
    run.source = source;
    run.planId = QString::fromStdString(request.planId);
    run.planTitle = QString::fromStdString(request.planTitle);
    run.queryId = QString::fromStdString(request.queryId);
    const QUrl planUrl(QString::fromStdString(request.planUrl));
    // Only the scheme, host and path: a URL's query may hold filters worth keeping private.
    if (planUrl.isValid() && !planUrl.host().isEmpty()) {
        run.url = planUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
                      .toString();
        run.lookId = lookIdOf(run.url);
        run.lookerInstance = planUrl
                                 .adjusted(QUrl::RemovePath | QUrl::RemoveQuery |
                                           QUrl::RemoveFragment | QUrl::RemoveUserInfo)
                                 .toString();
    }
    return run;
}

} // namespace ActionDeck
