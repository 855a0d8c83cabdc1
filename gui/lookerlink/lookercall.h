#pragma once

#include "gui/lookerlink/lookeraccount.h"
#include "lookerapi/lookerapiclient.h"

#include <QFuture>
#include <QObject>

#include <functional>

namespace ActionDeck {

/// Asks Looker once with a client of its own, signed out when the answer has come and then
/// deleted: no Looker session outlives a click. The account is the continuations' context, as
/// it outlives a page that a hub switch replaces; `done` runs on `receiver`'s thread unless
/// `receiver` is gone.
template <typename T>
void lookerCall(LookerAccount& account, const std::function<QFuture<T>(LookerApiClient&)>& ask,
                QObject* receiver, std::function<void(const T&)> done) {
    auto* api = new LookerApiClient(account.settings(), &account);
    ask(*api)
        .then(api,
              [api](const T& answer) {
                  if (api->signedIn())
                      api->logout().then(
                          api, [api](const LookerApiClient::Answer&) { api->deleteLater(); });
                  else
                      api->deleteLater();
                  return answer;
              })
        .then(receiver, [done = std::move(done)](const T& answer) { done(answer); });
}

} // namespace ActionDeck
