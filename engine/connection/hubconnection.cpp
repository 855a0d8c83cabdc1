#include "connection/hubconnection.h"

#include <QCoreApplication>

namespace ActionDeck {

bool HubConnection::setListening(bool, QString* error) {
    if (error)
        *error = QCoreApplication::translate("ActionDeck::HubConnection",
                                             "Only the hub on this computer is started and "
                                             "stopped here; a server's hub runs as its service.");
    return false;
}

QFuture<HubReply<std::vector<ReceivedRequest>>> HubConnection::recentRequests() {
    return QtFuture::makeReadyFuture(HubReply<std::vector<ReceivedRequest>>{
        {},
        QCoreApplication::translate("ActionDeck::HubConnection",
                                    "This hub does not list the requests it received.")});
}

QFuture<HubReply<std::vector<RunRecord>>> HubConnection::runs(RunFilter) {
    return QtFuture::makeReadyFuture(HubReply<std::vector<RunRecord>>{
        {}, QCoreApplication::translate("ActionDeck::HubConnection", "This hub keeps no runs.")});
}

QFuture<HubReply<RunRecord>> HubConnection::run(qint64) {
    return QtFuture::makeReadyFuture(HubReply<RunRecord>{
        {}, QCoreApplication::translate("ActionDeck::HubConnection", "This hub keeps no runs.")});
}

QFuture<HubReply<QByteArray>> HubConnection::requestResult(qint64) {
    return QtFuture::makeReadyFuture(HubReply<QByteArray>{
        {},
        QCoreApplication::translate("ActionDeck::HubConnection",
                                    "This hub does not list the requests it received.")});
}

QFuture<HubReply<std::vector<SyncScopeInfo>>> HubConnection::syncScopes() {
    return QtFuture::makeReadyFuture(HubReply<std::vector<SyncScopeInfo>>{
        {},
        QCoreApplication::translate("ActionDeck::HubConnection",
                                    "This hub does not show what it remembers of the rows sent.")});
}

QFuture<HubReply<int>> HubConnection::resetSync(std::optional<QString>) {
    return QtFuture::makeReadyFuture(HubReply<int>{
        0, QCoreApplication::translate("ActionDeck::HubConnection",
                                       "This hub does not forget the rows sent from here.")});
}

QFuture<HubReply<SyncState>> HubConnection::syncState(SyncScopeKey) {
    return QtFuture::makeReadyFuture(HubReply<SyncState>{
        {},
        QCoreApplication::translate("ActionDeck::HubConnection",
                                    "This hub does not show what it remembers of the rows sent.")});
}

namespace {

QString noConfiguration() {
    return QCoreApplication::translate("ActionDeck::HubConnection",
                                       "This hub's configuration can not be seen or changed from "
                                       "here.");
}

} // namespace

QFuture<HubReply<HubConfig>> HubConnection::changeConfig(const QJsonObject&,
                                                         const std::optional<HostSettings>&) {
    return QtFuture::makeReadyFuture(HubReply<HubConfig>{{}, noConfiguration()});
}

QList<RegionTokenInfo> HubConnection::regionTokens(const QString&) const {
    return {};
}

QStringList HubConnection::revokedNonces(const QString&) const {
    return {};
}

QFuture<HubReply<MadeToken>> HubConnection::makeRegionToken(const QString&) {
    return QtFuture::makeReadyFuture(HubReply<MadeToken>{{}, noConfiguration()});
}

QFuture<HubReply<bool>> HubConnection::revokeRegionToken(const QString&, const QString&) {
    return QtFuture::makeReadyFuture(HubReply<bool>{false, noConfiguration()});
}

QFuture<HubReply<QString>> HubConnection::revealWriteKey(const QString&) {
    return QtFuture::makeReadyFuture(HubReply<QString>{{}, noConfiguration()});
}

QFuture<HubReply<ConnectionProbe::Result>> HubConnection::testSource(const QString&, const QString&,
                                                                     const QString&) {
    return QtFuture::makeReadyFuture(HubReply<ConnectionProbe::Result>{{}, noConfiguration()});
}

QFuture<HubReply<int>> HubConnection::sendMessages(const QString&, const std::vector<std::string>&,
                                                   const QString&) {
    return QtFuture::makeReadyFuture(HubReply<int>{
        0, QCoreApplication::translate("ActionDeck::HubConnection",
                                       "This hub does not take messages from the window.")});
}

void HubConnection::setState(State state, const QString& reason) {
    if (state == m_state && reason == m_stateReason)
        return;
    m_state = state;
    m_stateReason = reason;
    emit stateChanged(state);
}

void HubConnection::setSnapshot(const HubSnapshot& snapshot) {
    m_snapshot = snapshot;
    emit snapshotChanged();
}

QString hubConnectionStateText(HubConnection::State state) {
    switch (state) {
    case HubConnection::State::Connecting:
        return QCoreApplication::translate("ActionDeck::HubConnection", "Connecting");
    case HubConnection::State::Connected:
        return QCoreApplication::translate("ActionDeck::HubConnection", "Connected");
    case HubConnection::State::Reconnecting:
        return QCoreApplication::translate("ActionDeck::HubConnection", "Reconnecting");
    case HubConnection::State::Unauthorized:
        return QCoreApplication::translate("ActionDeck::HubConnection", "Unauthorized");
    case HubConnection::State::CertificateChanged:
        return QCoreApplication::translate("ActionDeck::HubConnection", "Certificate not trusted");
    case HubConnection::State::Closed:
        return QCoreApplication::translate("ActionDeck::HubConnection", "Off");
    }
    return {};
}

} // namespace ActionDeck
