#pragma once

#include "connection/hubconnection.h"
#include "hub/hubconfig.h"

#include <QByteArray>
#include <QGroupBox>
#include <QHash>
#include <QList>
#include <QSet>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QToolButton;

namespace ActionDeck {

/// The Connections page's Looker regions (those not applied yet marked) and their tokens (masked
/// unless shown; a server's hub shows a token only when it is made) with the revoked ones, the
/// Action Hub URL to paste into Looker, and each region's own Looker host. Adding regions,
/// making or revoking tokens and changing a host are the page's: the section only asks.
class RegionsSection : public QGroupBox {
    Q_OBJECT

public:
    explicit RegionsSection(QWidget* parent = nullptr);

    /// What a region's token list shows: the tokens in force and the revoked nonces.
    struct Tokens {
        QList<RegionTokenInfo> active;
        QStringList revoked;
    };
    /// Lists `regions`, keeping the selected one (the first when none was); `pending` names
    /// those not applied yet, which have no tokens until they are.
    void showRegions(const QList<RegionConfig>& regions, const QHash<QString, Tokens>& tokens,
                     const QSet<QString>& pending = {});
    void selectRegion(const QString& name);
    QString selectedRegion() const;
    /// The selected token's nonce (empty for none or a revoked one) and the token where known.
    QString selectedNonce() const;
    QByteArray selectedToken() const;
    void setEditable(bool editable);
    void clearNewRegionName();
    void setHubUrl(const QString& url);

signals:
    void addRegionRequested(const QString& name);
    void generateRequested(const QString& region);
    void revokeRequested(const QString& region, const QString& nonce);
    /// The region's Looker host cell was edited (where regions are different Looker instances).
    void lookerHostEdited(const QString& region, const QString& host);
    /// Words for the page's status line.
    void message(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fillRegions();
    void fillTokens();

    QList<RegionConfig> m_shown;
    QHash<QString, Tokens> m_tokensShown;
    QSet<QString> m_pending;
    bool m_revealTokens = false;
    bool m_editable = true;

    QTableWidget* m_regions;
    QLineEdit* m_newRegion;
    QPushButton* m_addRegion;
    QTableWidget* m_tokens;
    QPushButton* m_generate;
    QPushButton* m_copyToken;
    QToolButton* m_showTokens;
    QPushButton* m_revoke;
    QLabel* m_hubUrlLabel;
    QLineEdit* m_hubUrl;
    QPushButton* m_copyHubUrl;
};

} // namespace ActionDeck
