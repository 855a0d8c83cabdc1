#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QString>

#include <string>

namespace ActionDeck::TestSupport {

/// Looker's execute bodies as the tests send them: one place knows Looker's shape, so a test
/// names only what it is about (the rows, the schedule, the form, where the data plane is).
class LookerRequests {
public:
    /// A json_detail of users 0…rows-1 (tagged user_id) on plan "gold", those in `changed` on
    /// "platinum"; `ran_at` first when set, as Looker writes it.
    static QByteArray usersResult(int rows, const QSet<int>& changed = {},
                                  const QString& ranAt = {});
    /// The execute body of `detail` to destination source Prod for scheduled plan `planId`
    /// (null: an ad-hoc send) titled "Daily users", with these form fields besides.
    static QByteArray executeBody(const QByteArray& detail, const QJsonValue& planId = 17,
                                  QJsonObject form = {});
    /// The execute body of `detail` that names its data plane in the action's params, as the
    /// RudderStack-hosted hub is used.
    static QByteArray withParams(const QString& writeKey, const QString& dataPlaneUrl,
                                 const QByteArray& detail);
    /// The same with the result at Looker's `downloadUrl`, and these form fields when any.
    static QByteArray downloading(const QString& writeKey, const QString& dataPlaneUrl,
                                  const QString& downloadUrl, const QJsonObject& form = {});
    /// The Node reference hub's captured request tests/data/reference/NAME.request.json, its
    /// params pointed at this data plane.
    static QByteArray reference(const std::string& name, const QString& writeKey,
                                const QString& dataPlaneUrl);
};

} // namespace ActionDeck::TestSupport
